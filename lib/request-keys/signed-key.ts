import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { z } from "zod";
import { looksLikeRequestKey } from "./rules";

/**
 * Name- and term-bound activation keys: a signed document that is checked without any network
 * (offline servers, zero-trust environments, test keys of new modules).
 *
 * Text form (pasteable, e-mail safe):
 *   -----BEGIN ACTIVATION KEY-----
 *   base64url(payload) "." base64url(Ed25519 signature over the payload bytes), wrapped at 64
 *   -----END ACTIVATION KEY-----
 * The payload is canonical JSON (keys sorted, no spaces), so one key has exactly one encoding and
 * the bytes signed are the bytes checked.
 */

export const KEY_BEGIN = "-----BEGIN ACTIVATION KEY-----";
export const KEY_END = "-----END ACTIVATION KEY-----";

const iso = z.iso.datetime({ offset: true });
export const activationKeyPayload = z.strictObject({
  v: z.literal(1),
  kid: z.string().min(8).max(64),
  type: z.enum(["name_term_bound", "test"]),
  licensee: z.strictObject({ id: z.uuid(), name: z.string().min(1).max(200) }),
  modules: z
    .array(
      z.strictObject({
        sku: z.string().min(1).max(64),
        name: z.string().min(1).max(200),
        quantity: z.number().int().min(1).max(1_000_000),
      }),
    )
    .min(1)
    .max(20),
  termStart: iso,
  termEnd: iso,
  updateServiceUntil: iso,
  requestKey: z.string().regex(/^\d{10}$/).nullable(),
  issuedAt: iso,
});
export type ActivationKeyPayload = z.infer<typeof activationKeyPayload>;

/** JSON with object keys sorted and no whitespace: one value, one text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

function wrap(s: string, width = 64): string {
  return s.match(new RegExp(`.{1,${width}}`, "g"))?.join("\n") ?? "";
}

/** Signs a payload with the publisher's private key (only the key service holds one). */
export function encodeActivationKey(payload: ActivationKeyPayload, privateKeyPem: string): string {
  const bytes = Buffer.from(canonicalJson(payload), "utf8");
  const signature = sign(null, bytes, createPrivateKey(privateKeyPem));
  return `${KEY_BEGIN}\n${wrap(`${bytes.toString("base64url")}.${signature.toString("base64url")}`)}\n${KEY_END}`;
}

export type KeyRefusal =
  | "empty"
  | "request_key"
  | "malformed"
  | "signature"
  | "licensee"
  | "expired";

export type KeyCheck =
  | { ok: true; payload: ActivationKeyPayload; text: string }
  | { ok: false; reason: KeyRefusal; detail?: Record<string, string> };

/** Worded at the edge: apiErrors.activation_key_problem selects on the reason. */
const refuse = (reason: KeyRefusal, detail?: Record<string, string>): KeyCheck => ({ ok: false, reason, detail });

/** Undoes the text form: the payload bytes and the signature, or null when it is not one. */
export function decodeActivationKey(text: string): { bytes: Buffer; signature: Buffer } | null {
  const trimmed = text.trim();
  const begin = trimmed.indexOf(KEY_BEGIN);
  const end = trimmed.indexOf(KEY_END);
  if (begin < 0 || end < begin) return null;
  const body = trimmed.slice(begin + KEY_BEGIN.length, end).replace(/\s+/g, "");
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(body);
  if (!m) return null;
  const bytes = Buffer.from(m[1], "base64url");
  const signature = Buffer.from(m[2], "base64url");
  // Re-encoding must give the same text: no padding, stray bits or alternative spellings.
  if (bytes.toString("base64url") !== m[1] || signature.toString("base64url") !== m[2] || signature.length !== 64) return null;
  return { bytes, signature };
}

/**
 * Checks an activation key on its own: the publisher's signature, then the licensee (this
 * workspace) and the term (by the workspace clock). The reason of a refusal is specific.
 */
export function verifyActivationKey(text: string, opts: { publicKeyPem: string; licenseeId: string; now: Date }): KeyCheck {
  if (text.trim() === "") return refuse("empty");
  if (looksLikeRequestKey(text)) return refuse("request_key");
  const decoded = decodeActivationKey(text);
  if (!decoded) return refuse("malformed");
  let good = false;
  try {
    good = verify(null, decoded.bytes, createPublicKey(opts.publicKeyPem), decoded.signature);
  } catch {
    good = false;
  }
  if (!good) return refuse("signature");
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.bytes.toString("utf8"));
  } catch {
    return refuse("malformed");
  }
  // Signed by the publisher yet not in the one canonical form or shape: not a key we understand.
  if (canonicalJson(parsed) !== decoded.bytes.toString("utf8")) return refuse("malformed");
  const payload = activationKeyPayload.safeParse(parsed);
  if (!payload.success) return refuse("malformed");
  const p = payload.data;
  if (p.licensee.id !== opts.licenseeId) return refuse("licensee", { licensee: p.licensee.name });
  if (new Date(p.termEnd).getTime() <= opts.now.getTime()) return refuse("expired", { termEnd: p.termEnd });
  return { ok: true, payload: p, text: `${KEY_BEGIN}\n${wrap(`${decoded.bytes.toString("base64url")}.${decoded.signature.toString("base64url")}`)}\n${KEY_END}` };
}
