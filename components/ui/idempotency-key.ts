/**
 * A key for one attempt of a change (one opening of a dialog): a double submit or a retried
 * request carries the same key and acts once (Idempotency-Key on the server).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
