import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { publisherPublicKey } from "./config";
import { LocalKeyService } from "./service";
import { canonicalJson, decodeActivationKey, KEY_BEGIN, KEY_END, verifyActivationKey, type ActivationKeyPayload } from "./signed-key";
import { DEMO_REQUEST_KEYS } from "./demo";

const licensee = { id: "0b6f3c52-8f7e-4a55-9d35-7e0d3f3b2a11", name: "Musterfirma GmbH" };
const other = "5d1c8a0e-3b9f-4c2a-8e61-2f4a9b7c6d10";
const now = new Date("2030-02-01T00:00:00Z");

const payload: ActivationKeyPayload = {
  v: 1,
  kid: "test-key-0001",
  type: "test",
  licensee,
  modules: [{ sku: "NW-PDF-PRO", name: "Northwind PDF Pro", quantity: 5 }],
  termStart: "2030-01-01T00:00:00.000Z",
  termEnd: "2031-01-01T00:00:00.000Z",
  updateServiceUntil: "2031-01-01T00:00:00.000Z",
  requestKey: null,
  issuedAt: "2030-01-01T00:00:00.000Z",
};

const vendor = new LocalKeyService();
const check = (text: string, opts: Partial<{ licenseeId: string; now: Date; publicKeyPem: string }> = {}) =>
  verifyActivationKey(text, { publicKeyPem: publisherPublicKey(), licenseeId: licensee.id, now, ...opts });

/** The key's payload bytes, changed by `edit`, re-wrapped with the original signature. */
function tamperPayload(text: string, edit: (json: string) => string): string {
  const d = decodeActivationKey(text)!;
  const bytes = Buffer.from(edit(d.bytes.toString("utf8")), "utf8");
  return `${KEY_BEGIN}\n${bytes.toString("base64url")}.${d.signature.toString("base64url")}\n${KEY_END}`;
}

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });
});

describe("verifyActivationKey", () => {
  const text = vendor.sign(payload);

  it("accepts a key signed by the publisher for this licensee within its term", () => {
    const res = check(text);
    expect(res).toEqual({ ok: true, payload, text });
    expect(text.startsWith(`${KEY_BEGIN}\n`)).toBe(true);
    expect(text.endsWith(`\n${KEY_END}`)).toBe(true);
  });

  it("survives the re-wrapping of mail clients (line breaks, indentation, CRLF)", () => {
    const mangled = text.split("\n").map((l) => `   ${l}`).join("\r\n");
    expect(check(`\n${mangled}\n`).ok).toBe(true);
  });

  it("refuses a key with one byte of its payload changed", () => {
    const more = tamperPayload(text, (j) => j.replace('"quantity":5', '"quantity":9'));
    expect(check(more)).toMatchObject({ ok: false, reason: "signature" });
  });

  it("refuses a key with one bit of its signature flipped", () => {
    const d = decodeActivationKey(text)!;
    d.signature[10] ^= 1;
    const flipped = `${KEY_BEGIN}\n${d.bytes.toString("base64url")}.${d.signature.toString("base64url")}\n${KEY_END}`;
    expect(check(flipped)).toMatchObject({ ok: false, reason: "signature" });
  });

  it("refuses a key issued to another licensee, naming it", () => {
    expect(check(text, { licenseeId: other })).toMatchObject({ ok: false, reason: "licensee", detail: { licensee: "Musterfirma GmbH" } });
  });

  it("refuses a key whose term has ended (by the workspace clock)", () => {
    expect(check(text, { now: new Date("2031-01-01T00:00:00Z") })).toMatchObject({ ok: false, reason: "expired" });
    expect(check(text, { now: new Date("2030-12-31T23:59:59Z") }).ok).toBe(true);
  });

  it("refuses a key signed with another publisher's key, and checked against another public key", () => {
    const stranger = generateKeyPairSync("ed25519");
    const forged = new LocalKeyService({ privateKeyPem: stranger.privateKey.export({ type: "pkcs8", format: "pem" }).toString() }).sign(payload);
    expect(check(forged)).toMatchObject({ ok: false, reason: "signature" });
    expect(check(text, { publicKeyPem: stranger.publicKey.export({ type: "spki", format: "pem" }).toString() })).toMatchObject({ ok: false, reason: "signature" });
  });

  it("says so when a request key is pasted instead", () => {
    expect(check(DEMO_REQUEST_KEYS.studio25)).toMatchObject({ ok: false, reason: "request_key" });
    expect(check("11025 00017")).toMatchObject({ ok: false, reason: "request_key" });
  });

  it("refuses truncated or empty text as incomplete", () => {
    expect(check("")).toMatchObject({ ok: false, reason: "empty" });
    expect(check(text.slice(0, 60))).toMatchObject({ ok: false, reason: "malformed" });
    expect(check(text.replace(KEY_END, ""))).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("refuses a signed payload that is not in canonical form", () => {
    // A correctly signed second spelling of one key (a space added) is not accepted.
    const pair = generateKeyPairSync("ed25519");
    const bytes = Buffer.from(canonicalJson(payload).replace('"v":1', '"v": 1'), "utf8");
    const sig = sign(null, bytes, pair.privateKey);
    const spaced = `${KEY_BEGIN}\n${bytes.toString("base64url")}.${sig.toString("base64url")}\n${KEY_END}`;
    expect(check(spaced, { publicKeyPem: pair.publicKey.export({ type: "spki", format: "pem" }).toString() })).toMatchObject({ ok: false, reason: "malformed" });
  });
});

describe("LocalKeyService", () => {
  it("has the final key ready five days after registration, the same key every time", async () => {
    const registeredAt = new Date("2030-01-10T09:00:00Z");
    const reg = await vendor.registerRequestKey({ requestKey: DEMO_REQUEST_KEYS.studio25, licensee, now: registeredAt });
    expect(reg).toEqual({ sku: "NW-STUDIO-ALL", name: "Northwind Studio — All Apps", quantity: 25, finalReadyAt: new Date("2030-01-15T09:00:00Z") });
    const pending = [{ requestKey: DEMO_REQUEST_KEYS.studio25, registeredAt }];
    expect(await vendor.checkOnline({ licensee, pending, now: new Date("2030-01-15T08:59:59Z") })).toEqual({ keys: [] });
    const a = await vendor.checkOnline({ licensee, pending, now: new Date("2030-01-15T09:00:00Z") });
    const b = await vendor.checkOnline({ licensee, pending, now: new Date("2030-01-20T00:00:00Z") });
    expect(a.keys).toHaveLength(1);
    expect(b.keys).toEqual(a.keys);
    const res = check(a.keys[0], { now: new Date("2030-01-15T09:00:00Z") });
    expect(res).toMatchObject({ ok: true, payload: { type: "name_term_bound", requestKey: DEMO_REQUEST_KEYS.studio25, licensee, termEnd: "2031-01-10T09:00:00.000Z" } });
  });

  it("refuses a well-formed request key it never issued", async () => {
    await expect(vendor.registerRequestKey({ requestKey: "9900000013", licensee, now })).rejects.toThrow(/does not know this request key/);
  });
});
