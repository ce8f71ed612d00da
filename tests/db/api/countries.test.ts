/**
 * Workspaces in any country and zone (issue 15): the sandbox API's strict input, and per zone far
 * from UTC a sandbox whose contract date is a local date and whose renewal window opens at the
 * workspace's local midnight, quoted in the country's currency (converted from EUR when the
 * catalogue has no price in it, lib/prices).
 */
import { describe, expect, it } from "vitest";
import { setClockEndpoint } from "@/lib/api/v1/clock";
import { quoteOrderEndpoint } from "@/lib/api/v1/orders";
import { createSandboxEndpoint } from "@/lib/api/v1/workspaces";
import { localDate, startOfLocalDay } from "@/lib/clock/rules";
import { EXCHANGE_RATES } from "@/lib/prices/rates";
import { call, expectError, expectFieldError, STUDIO } from "./helpers";
import { ownerSql } from "../factories";

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

describe("POST /sandboxes: country, time zone, strict input", () => {
  it("422 names an unknown field instead of ignoring it, and refuses a zone of another country", async () => {
    const unknown = await call(createSandboxEndpoint, {}, { json: { template: "empty", timezone: "Pacific/Auckland" } });
    expectFieldError(unknown, "timezone");
    const foreign = await call(createSandboxEndpoint, {}, { json: { country: "PL", timeZone: "America/New_York" } });
    expectFieldError(foreign, "timeZone");
    expectFieldError(await call(createSandboxEndpoint, {}, { json: { country: "XX" } }), "country");
    expectFieldError(await call(createSandboxEndpoint, {}, { json: { country: "NZ", timeZone: "Mars/Olympus" } }), "timeZone");
  });

  it("any ISO country: Senegal pays in XOF, which has no stored rate, so it is quoted in EUR", async () => {
    const made = await call(createSandboxEndpoint, {}, { json: { template: "outside-window", country: "sn" } });
    expect(made.status, made.text).toBe(201);
    expect(made.body.workspace).toMatchObject({ country: "SN", currency: "XOF", timeZone: "Africa/Dakar" });
    const quote = await call(quoteOrderEndpoint, { workspace: made.body.workspace.slug }, { token: made.body.token.token, query: { productId: STUDIO, kind: "add_licenses", quantity: 1 } });
    expect(quote.status, quote.text).toBe(200);
    expect(quote.body.currency).toBe("EUR");
  });

  for (const [country, timeZone, currency] of [
    ["NZ", "Pacific/Auckland", "NZD"],
    ["US", "America/Los_Angeles", "USD"],
    ["IN", "Asia/Kolkata", "INR"],
  ] as const) {
    it(`${timeZone}: the anniversary is a local date and the window opens at local midnight, quoted in ${currency}`, async () => {
      const made = await call(createSandboxEndpoint, {}, { json: { template: "outside-window", country, timeZone } });
      expect(made.status, made.text).toBe(201);
      expect(made.body.workspace).toMatchObject({ country, currency, timeZone });
      const { slug, id } = made.body.workspace;
      const token = made.body.token.token;
      const now = new Date(made.body.clock.now);
      const anniversary = localDate(new Date(now.getTime() + 120 * DAY), timeZone);
      const [contract] = await ownerSql()<{ anniversary: string }[]>`select anniversary_date::text as anniversary from contracts where workspace_id = ${id}`;
      expect(contract.anniversary).toBe(anniversary);
      // The licenses' term ends at the anniversary's local midnight.
      const ends = await ownerSql()<{ end: Date }[]>`select term_end as end from licenses where workspace_id = ${id}`;
      for (const e of ends) expect(e.end.toISOString()).toBe(startOfLocalDay(anniversary, timeZone).toISOString());

      const opens = startOfLocalDay(addDays(anniversary, -30), timeZone);
      const renewal = { productId: STUDIO, kind: "renewal", quantity: 1 };
      expect((await call(setClockEndpoint, { workspace: slug }, { token, json: { now: new Date(opens.getTime() - 60_000).toISOString() } })).status).toBe(200);
      expectError(await call(quoteOrderEndpoint, { workspace: slug }, { token, query: renewal }), 409, "renewal_window_closed");
      expect((await call(setClockEndpoint, { workspace: slug }, { token, json: { now: new Date(opens.getTime() + 60_000).toISOString() } })).status).toBe(200);
      const quote = await call(quoteOrderEndpoint, { workspace: slug }, { token, query: renewal });
      expect(quote.status, quote.text).toBe(200);
      expect(quote.body).toMatchObject({ currency, termStart: anniversary });
      if (currency !== "USD") {
        // No catalogue price in NZD or INR: the EUR list price (839.00) at the stored rate, rounded up to a whole unit.
        expect(quote.body.unitAmountMinor).toBe(Math.ceil(Number((839 * EXCHANGE_RATES.perEur[currency]).toPrecision(12))) * 100);
      }
    });
  }
});
