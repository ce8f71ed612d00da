/**
 * Issue 12: one truth about every license. Seats in use by licensing model (per device: devices,
 * per host: activations), the Products API answering the Overview's figures, and states that
 * follow the workspace clock in every view.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { licenses } from "@/db/schema";
import { withScope } from "@/db/scope";
import { seedMachines } from "@/lib/demo-data/machines";
import { asOwner } from "@/db/seed/owner";
import { NAMES } from "@/lib/demo-data/names";
import { seedWorkspaceData, type WorkspaceSpec } from "@/lib/demo-data/workspace-data";
import { licenseDetails } from "@/lib/licenses/details";
import { getLicenseEndpoint } from "@/lib/api/v1/activation";
import { assignEndpoint, listProductsEndpoint } from "@/lib/api/v1/products";
import { openReseller, inReseller } from "@/lib/reseller";
import { listResellerLicenses } from "@/lib/reseller/licenses";
import { loadActor } from "@/lib/auth/accounts";
import { listLicenses } from "@/lib/licenses";
import { licenseStateAt } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { getOverview } from "@/lib/overview";
import { renewalState } from "@/lib/renewal/state";
import { listProducts } from "@/lib/products";
import { call, issueTestToken } from "./api/helpers";
import { createAccount, createLicense, createProduct, createReseller, createWorkspace, linkReseller, ownerSql, uniq } from "./factories";
import { seatDrift, recountSeats } from "./recount";

const DAY = 86_400_000;

/** A workspace seeded the way the demo seeds Kowalski Design (inside its window) or Müller Maschinenbau (outside). */
async function demoLike(kind: "kowalski" | "mueller") {
  const ws = await createWorkspace({ country: kind === "kowalski" ? "PL" : "DE" });
  const key = uniq(kind);
  const now = new Date();
  const country = kind === "kowalski" ? "PL" : "DE";
  const base = { workspaceId: ws.id, key, domain: `${key}.example`, now, currency: ws.currency, timeZone: ws.timeZone, country } as const;
  const spec: WorkspaceSpec =
    kind === "kowalski"
      ? {
          ...base,
          names: NAMES.PL,
          users: 80,
          anniversary: new Date(now.getTime() + 12 * DAY),
          seats: [
            { sku: "NW-STUDIO-ALL", assigned: 50, purchased: 50, renewed: 45 },
            { sku: "NW-PDF-PRO", assigned: 20, purchased: 25, renewed: 25, unpaid: 5 },
            { sku: "FB-ESC-PLUS", assigned: 0, purchased: 100, renewed: 0 },
          ],
          hosts: {
            product: "FB-ESC-PLUS",
            machines: [
              ["DESIGN-WS-01", "windows"],
              ["DESIGN-WS-02", "windows"],
              ["MacBook Anna", "macos"],
              ["MacBook Piotr", "macos"],
              ["build-server", "linux"],
              ["Pixel 8 (Jan)", "android"],
              ["iPhone 15 (Ewa)", "ios"],
            ],
          },
        }
      : {
          ...base,
          names: NAMES.DE,
          users: 40,
          anniversary: new Date(now.getTime() + 150 * DAY),
          seats: [
            { sku: "NW-STUDIO-PHOTO", assigned: 30, purchased: 40, renewed: 0 },
            { sku: "FB-ESC", assigned: 0, purchased: 80, renewed: 0 },
            { sku: "CT-MIXER", assigned: 0, purchased: 4, renewed: 0 },
          ],
          hosts: { product: "CT-MIXER", machines: [["Studio-A", "macos"], ["Studio-B", "windows"], ["Werkstatt-PC", "windows"]] },
        };
  await asOwner(process.env.DATABASE_URL!, async (tx) => {
    await seedWorkspaceData(tx, spec);
    if (kind === "kowalski") {
      await seedMachines(tx, {
        workspaceId: ws.id,
        key,
        now,
        machines: [{ name: "Old Design Mac", platform: "macos", state: "unusable", lastSeenDaysAgo: 75, skus: ["NW-PDF-PRO", "FB-ESC-PLUS"] }],
      });
    }
  });
  const { token } = await issueTestToken(ws.id, "viewer");
  return { ws, token };
}

const system = <T>(workspaceId: string, fn: Parameters<typeof withScope<T>>[1]) => withScope({ kind: "system", workspaceId }, fn);

async function figures(ws: { id: string; timeZone: string; currency: string }) {
  return system(ws.id, async (tx) => {
    const state = await renewalState(tx, ws);
    const overview = await getOverview(tx, ws);
    const products = await listProducts(tx, ws.id, { page: 1, size: 100, sort: "name", dir: "asc", q: "", filters: {} }, { inRenewalWindow: state.inWindow });
    return { state, overview, products };
  });
}

const SEAT_KEYS = ["used", "purchased", "purchasedThisTerm", "renewed", "needsRenewal", "paymentRequired", "noAccess"] as const;
const seatsOf = (row: Record<string, unknown>) => Object.fromEntries(SEAT_KEYS.map((k) => [k, row[k]]));

describe("seats by licensing model", () => {
  it("per device: the demo's Fabrikam counts the 8 devices running it, on the Overview, Products and the API", async () => {
    const { ws, token } = await demoLike("kowalski");
    expect(await seatDrift(ws.id)).toEqual([]);
    const { overview, products } = await figures(ws);
    const fabrikam = overview.products.find((p) => p.licensingModel === "per_device")!;
    expect(fabrikam).toMatchObject({ used: 8, purchasedThisTerm: 100 });
    expect(products.rows.find((p) => p.id === fabrikam.productId)).toMatchObject({ used: 8 });
    const api = await call(listProductsEndpoint, { workspace: ws.slug }, { token });
    expect(api.body.data.find((p: { id: string }) => p.id === fabrikam.productId).seats).toMatchObject({ used: 8, purchasedThisTerm: 100 });
  });

  it("per host: the demo's Contoso Mixer counts its 3 host activations of 4, as the Hosts pool does", async () => {
    const { ws } = await demoLike("mueller");
    expect(await seatDrift(ws.id)).toEqual([]);
    const { overview } = await figures(ws);
    const mixer = overview.products.find((p) => p.licensingModel === "per_host")!;
    expect(mixer).toMatchObject({ used: 3, purchased: 4 });
  });

  it("the Products API answers the Overview's figures for every product of every model, inside the window and outside", async () => {
    for (const kind of ["kowalski", "mueller"] as const) {
      const { ws, token } = await demoLike(kind);
      const { state, overview, products } = await figures(ws);
      expect(state.inWindow).toBe(kind === "kowalski");
      const api = await call(listProductsEndpoint, { workspace: ws.slug }, { token });
      expect(api.status).toBe(200);
      const apiById = new Map(api.body.data.map((p: { id: string; seats: Record<string, unknown> }) => [p.id, p.seats]));
      expect(new Set(overview.products.map((p) => p.licensingModel))).toEqual(new Set(kind === "kowalski" ? ["per_user", "per_device"] : ["per_user", "per_device", "per_host"]));
      for (const p of overview.products) {
        expect(apiById.get(p.productId), `${kind} ${p.name}`).toEqual(seatsOf(p));
        expect(seatsOf(products.rows.find((r) => r.id === p.productId)!), `${kind} ${p.name}`).toEqual(seatsOf(p));
      }
      if (kind === "kowalski") {
        // The seed article's 50/45: the API no longer says 50 where the Overview says 45.
        const studio = overview.products.find((p) => p.used === 50)!;
        expect(apiById.get(studio.productId)).toMatchObject({ used: 50, purchased: 45, purchasedThisTerm: 50, renewed: 45, needsRenewal: 5 });
        const pdf = overview.products.find((p) => p.used === 20)!;
        expect(apiById.get(pdf.productId)).toMatchObject({ paymentRequired: 5 });
      }
    }
  });
});

describe("license states follow the workspace clock", () => {
  it("a license past its end reads expired in the API, the licenses list, the license page and the reseller list", async () => {
    const ws = await createWorkspace();
    const product = await createProduct();
    const ended = await createLicense(ws.id, product.id, { name: "Ended yesterday", termEnd: new Date(Date.now() - DAY), state: "active" });
    const ending = await createLicense(ws.id, product.id, { name: "Ends in ten days", termEnd: new Date(Date.now() + 10 * DAY) });
    const running = await createLicense(ws.id, product.id, { name: "Runs", termEnd: new Date(Date.now() + 200 * DAY) });
    const expected = new Map([
      [ended.id, "expired"],
      [ending.id, "expiring"],
      [running.id, "active"],
    ]);

    const { token } = await issueTestToken(ws.id, "viewer");
    for (const [id, state] of expected) {
      const res = await call(getLicenseEndpoint, { workspace: ws.slug, licenseId: id }, { token });
      expect(res.body.state, res.text).toBe(state);
      expect((await system(ws.id, (tx) => licenseDetails(tx, ws.id, id)))!.state).toBe(state);
    }
    const list = await system(ws.id, (tx) => listLicenses(tx, ws.id, { page: 1, size: 25, sort: "state", dir: "asc", q: "", filters: {} }));
    expect(new Map(list.rows.map((r) => [r.id, r.state]))).toEqual(expected);

    const reseller = await createReseller();
    await linkReseller(reseller.id, ws.id);
    const staff = await createAccount({ resellerId: reseller.id });
    const ctx = await openReseller((await loadActor(staff.id))!, reseller.slug);
    const query = { page: 1, size: 25, sort: "termEnd" as const, dir: "asc" as const, q: "", filters: {} };
    const rows = await inReseller(ctx, (tx) => listResellerLicenses(tx, reseller.id, query));
    expect(new Map(rows.rows.map((r) => [r.id, r.state]))).toEqual(expected);
    const expiredOnly = await inReseller(ctx, (tx) => listResellerLicenses(tx, reseller.id, { ...query, filters: { state: "expired" } }));
    expect(expiredOnly.rows.map((r) => r.id)).toEqual([ended.id]);
  });
});

describe("the recount oracle", () => {
  it("sees a drifted seat row", async () => {
    const { ws } = await demoLike("mueller");
    const [mixer] = (await recountSeats(ws.id)).filter((r) => r.licensingModel === "per_host");
    await ownerSql()`update product_seats set used = used + 1 where workspace_id = ${ws.id} and product_id = ${mixer.productId}`;
    expect(await seatDrift(ws.id)).toEqual([{ ...mixer, stored: 4, counted: 3 }]);
  });
});

describe("the state rule in SQL", () => {
  it("filters and sorts by exactly what licenseStateAt says, for every stored state around every boundary", async () => {
    const ws = await createWorkspace();
    const product = await createProduct();
    const now = new Date();
    const offsets = [-DAY, -1000, 0, 1000, 30 * DAY - 1000, 30 * DAY, 30 * DAY + 1000, 200 * DAY];
    const stored = ["active", "provisional", "expired", "replaced", "cancelled"] as const;
    for (const state of stored) {
      for (const offset of offsets) await createLicense(ws.id, product.id, { state, termEnd: new Date(now.getTime() + offset) });
    }
    const rows = await system(ws.id, (tx) =>
      tx
        .select({ state: licenses.state, termEnd: licenses.termEnd, replacedById: licenses.replacedById, derived: licenseStateSql(now) })
        .from(licenses)
        .where(eq(licenses.workspaceId, ws.id)),
    );
    expect(rows).toHaveLength(stored.length * offsets.length);
    for (const r of rows) expect(r.derived, `${r.state} ending ${r.termEnd.toISOString()}`).toBe(licenseStateAt(r, now));
  });
});

describe("per-device and per-host products take no users", () => {
  it("assigning a user to one is refused (409) and moves nothing", async () => {
    const { ws } = await demoLike("mueller");
    const { token } = await issueTestToken(ws.id, "admin");
    const [mixer] = (await recountSeats(ws.id)).filter((r) => r.licensingModel === "per_host");
    const [user] = await ownerSql()<{ id: string }[]>`select id from directory_users where workspace_id = ${ws.id} limit 1`;
    const res = await call(assignEndpoint, { workspace: ws.slug, productId: mixer.productId }, { token, json: { userId: user.id }, idempotencyKey: uniq("k") });
    expect(res.status, res.text).toBe(409);
    expect(await recountSeats(ws.id)).toContainEqual(mixer);
    expect(await seatDrift(ws.id)).toEqual([]);
  });
});
