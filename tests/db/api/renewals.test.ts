/** GET …/licenses/{id}/renewal and POST …/licenses/{id}/renew: the online renewal through the API. */
import { describe, expect, it } from "vitest";
import { getRenewalEndpoint, renewLicenseEndpoint } from "@/lib/api/v1/renewals";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { addDays } from "@/lib/renewal/window";
import { createLicense, ownerSql } from "../factories";
import { call, expectError, idemKey, newSandbox, randomId, roleToken, STUDIO } from "./helpers";

const STUDIO_PLN = 359900;

async function sandboxWithLicense(daysLeft = 20, opts: { source?: "web_store" | "reseller" } = {}) {
  const ws = await newSandbox("empty", "PL");
  const now = new Date(ws.clockNow);
  const day = (n: number) => startOfLocalDay(addDays(localDate(now, "Europe/Warsaw"), n), "Europe/Warsaw");
  const license = await createLicense(ws.id, STUDIO, { quantity: 4, source: opts.source ?? "web_store", termStart: day(daysLeft - 365), termEnd: day(daysLeft) });
  return { ws, license, day };
}

describe("online renewal through the API", () => {
  it("quotes, renews once per Idempotency-Key, and answers the replay with the same renewal", async () => {
    const { ws, license, day } = await sandboxWithLicense(20);
    const quote = await call(getRenewalEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: ws.token });
    expect(quote.status, quote.text).toBe(200);
    expect(quote.body).toMatchObject({ eligible: true, daysLeft: 20, reasons: [], quote: { currency: "PLN", unitAmountMinor: STUDIO_PLN, amountMinor: 4 * STUDIO_PLN, carriedDays: 20 } });
    const body = { expectedTermEnd: quote.body.termEnd, expectedAmountMinor: quote.body.quote.amountMinor };
    const key = idemKey();
    const first = await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: ws.token, json: body, idempotencyKey: key });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ currency: "PLN", amountMinor: 4 * STUDIO_PLN, termEnd: day(365 + 20).toISOString(), carriedDays: 20 });
    const again = await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: ws.token, json: body, idempotencyKey: key });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.orderId).toBe(first.body.orderId);
    const [{ n }] = await ownerSql()`select count(*)::int as n from orders where workspace_id = ${ws.id} and kind = 'renewal' and status = 'paid'`;
    expect(n).toBe(1);
    // Without a key, the same body again would renew the same term twice: 409 with the reason, nothing charged.
    expectError(await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: ws.token, json: body }), 409, "term_already_renewed");
  });

  it("explains why not, and refuses to renew what is not eligible", async () => {
    const { ws, license } = await sandboxWithLicense(10, { source: "reseller" });
    const quote = await call(getRenewalEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: ws.token });
    expect(quote.body).toMatchObject({ eligible: false, reasons: ["not_web_store"], quote: null });
    const res = await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: ws.token, json: { expectedTermEnd: quote.body.termEnd, expectedAmountMinor: 0 } });
    expectError(res, 409, "conflict");
  });

  it("another workspace's license is 404; a viewer may read but not renew; no token is 401", async () => {
    const { ws, license } = await sandboxWithLicense(20);
    const other = await sandboxWithLicense(20);
    const body = { expectedTermEnd: new Date().toISOString(), expectedAmountMinor: 0 };
    for (const id of [other.license.id, randomId()]) {
      expectError(await call(getRenewalEndpoint, { workspace: ws.slug, licenseId: id }, { token: ws.token }), 404, "not_found");
      expectError(await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: id }, { token: ws.token, json: body }), 404, "not_found");
    }
    // The other workspace's token on this workspace's path: the workspace itself is not found.
    expectError(await call(getRenewalEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: other.ws.token }), 404, "not_found");
    const viewer = await roleToken(ws, "viewer");
    expect((await call(getRenewalEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: viewer.token })).status).toBe(200);
    expectError(await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: license.id }, { token: viewer.token, json: body }), 403, "forbidden");
    expect((await call(getRenewalEndpoint, { workspace: ws.slug, licenseId: license.id })).status).toBe(401);
    expect((await call(renewLicenseEndpoint, { workspace: ws.slug, licenseId: license.id }, { json: body })).status).toBe(401);
  });
});
