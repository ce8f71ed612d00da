import { describe, expect, it } from "vitest";
import { openPublisher } from "@/lib/access/publisher";
import { loadActor } from "@/lib/auth/accounts";
import {
  activationPoolEndpoint,
  decideResetItemEndpoint,
  getHostEndpoint,
  listHostsEndpoint,
  publisherQueueEndpoint,
  reportUnusableEndpoint,
} from "@/lib/api/v1/hosts";
import { listProductsEndpoint } from "@/lib/api/v1/products";
import { decideResetItem } from "@/lib/hosts/publisher";
import { ownerSql } from "../factories";
import { seatDrift } from "../recount";
import { answer, call, expectError, expectFieldError, idemKey, newSandbox, randomId, roleToken } from "./helpers";

async function hostsSandbox() {
  const box = await newSandbox("hosts-two-publishers", "DE");
  const admin = await roleToken(box, "admin");
  const list = await call(listHostsEndpoint, { workspace: box.slug }, { token: admin.token });
  expect(list.status, list.text).toBe(200);
  const old = list.body.data.find((h: { name: string }) => h.name === "Studio-Mac (old)");
  return { box, admin, old, list };
}

const poolOf = async (slug: string, token: string) => {
  const res = await call(activationPoolEndpoint, { workspace: slug }, { token });
  expect(res.status, res.text).toBe(200);
  return Object.fromEntries(res.body.data.map((p: { licenseName: string; free: number; inUse: number }) => [p.licenseName, [p.inUse, p.free]]));
};

describe("hosts API", () => {
  it("lists the template's hosts, greyed-out state included, and the pool", async () => {
    const { box, admin, old, list } = await hostsSandbox();
    expect(list.body.data.map((h: { name: string; state: string; activations: number }) => [h.name, h.state, h.activations])).toEqual([
      ["Edit-PC", "active", 1],
      ["Studio-Mac (new)", "active", 1],
      ["Studio-Mac (old)", "unusable", 2],
    ]);
    expect(await poolOf(box.slug, admin.token)).toEqual({
      "Contoso Mixer Ultimate": [2, 1],
      "Fabrikam Endpoint Security Cloud Plus": [2, 3],
    });
    const details = await call(getHostEndpoint, { workspace: box.slug, hostId: old.id }, { token: admin.token });
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ state: "unusable", canReport: true, request: null });
    expect(details.body.activations.map((a: { publisherName: string }) => a.publisherName).sort()).toEqual(["Contoso Audio", "Fabrikam Security"]);
    expect(box.body.publisherSignIns.map((p: { publisher: string }) => p.publisher).sort()).toEqual(["contoso", "fabrikam"]);
  });

  it("report-unusable: validated, refused to viewers and other workspaces, idempotent", async () => {
    const { box, admin, old } = await hostsSandbox();
    const path = { workspace: box.slug, hostId: old.id };
    expectError(await call(reportUnusableEndpoint, path, { json: { reason: "lost", understood: true } }), 401, "unauthenticated");
    const viewer = await roleToken(box, "viewer");
    expectError(await call(reportUnusableEndpoint, path, { token: viewer.token, json: { reason: "lost", understood: true } }), 403, "forbidden");
    expectFieldError(await call(reportUnusableEndpoint, path, { token: admin.token, json: { reason: "   ", understood: true } }), "reason");
    expectFieldError(await call(reportUnusableEndpoint, path, { token: admin.token, json: { reason: "lost", understood: false } }), "understood");
    // Another workspace's host and a random id answer exactly alike.
    const other = await hostsSandbox();
    const foreign = await call(reportUnusableEndpoint, { workspace: box.slug, hostId: other.old.id }, { token: admin.token, json: { reason: "x", understood: true } });
    const missing = await call(reportUnusableEndpoint, { workspace: box.slug, hostId: randomId() }, { token: admin.token, json: { reason: "x", understood: true } });
    expectError(foreign, 404, "not_found");
    expect(answer(foreign)).toEqual(answer(missing));
    expectError(await call(getHostEndpoint, { workspace: box.slug, hostId: other.old.id }, { token: admin.token }), 404, "not_found");
    expectError(await call(getHostEndpoint, { workspace: other.box.slug, hostId: other.old.id }, { token: admin.token }), 404, "not_found");

    const first = await call(reportUnusableEndpoint, path, { token: admin.token, idempotencyKey: idemKey(), json: { reason: "Sold with the studio.", understood: true } });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ existing: false, state: "reset_requested" });
    expect(first.body.items).toHaveLength(2);
    const again = await call(reportUnusableEndpoint, path, { token: admin.token, json: { reason: "Sold with the studio.", understood: true } });
    expect(again.body).toMatchObject({ existing: true, requestId: first.body.requestId });
  });

  it("a publisher's decision moves the pool and the host; workspace tokens are no publisher", async () => {
    const { box, admin, old } = await hostsSandbox();
    const report = await call(reportUnusableEndpoint, { workspace: box.slug, hostId: old.id }, { token: admin.token, json: { reason: "Burnt in a fire.", understood: true } });
    const contosoItem = report.body.items.find((i: { publisherName: string }) => i.publisherName === "Contoso Audio");
    const fabrikamItem = report.body.items.find((i: { publisherName: string }) => i.publisherName === "Fabrikam Security");

    // Workspace tokens (even the supervisor's) have no publisher: not found; no token: 401.
    expectError(await call(publisherQueueEndpoint, { publisher: "contoso" }, { token: box.token }), 404, "not_found");
    expectError(await call(publisherQueueEndpoint, { publisher: "contoso" }), 401, "unauthenticated");
    expectError(
      await call(decideResetItemEndpoint, { publisher: "contoso", itemId: contosoItem.id }, { token: admin.token, json: { decision: "approved" } }),
      404,
      "not_found",
    );

    const staff = async (publisher: string) => {
      const signIn = box.body.publisherSignIns.find((p: { publisher: string }) => p.publisher === publisher);
      const [row] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${signIn.email}`;
      return openPublisher((await loadActor(row.id))!, publisher);
    };
    const contoso = await staff("contoso");
    // Contoso's staff cannot decide Fabrikam's license.
    await expect(decideResetItem(contoso, { itemId: fabrikamItem.id, decision: "approved" })).rejects.toMatchObject({ status: 404 });
    await decideResetItem(contoso, { itemId: contosoItem.id, decision: "approved", note: "Approved." });
    await decideResetItem(await staff("fabrikam"), { itemId: fabrikamItem.id, decision: "denied", note: "Send the invoice." });

    expect(await poolOf(box.slug, admin.token)).toEqual({
      "Contoso Mixer Ultimate": [1, 2],
      "Fabrikam Endpoint Security Cloud Plus": [2, 3],
    });
    // Products count what the pool counts: per host the activations in use, per device the devices.
    const products = await call(listProductsEndpoint, { workspace: box.slug }, { token: admin.token });
    expect(Object.fromEntries(products.body.data.map((p: { sku: string; seats: { used: number } }) => [p.sku, p.seats.used]))).toEqual({ "CT-MIXER": 1, "FB-ESC-PLUS": 2 });
    expect(await seatDrift(box.id)).toEqual([]);
    const details = await call(getHostEndpoint, { workspace: box.slug, hostId: old.id }, { token: admin.token });
    expect(details.body.state).toBe("unusable");
    expect(details.body.request.items.map((i: { publisherName: string; decision: string }) => [i.publisherName, i.decision]).sort()).toEqual([
      ["Contoso Audio", "approved"],
      ["Fabrikam Security", "denied"],
    ]);
  });
});

describe("hosts API paging", () => {
  it("walks every host once with a cursor", async () => {
    const { box, admin } = await hostsSandbox();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof call>> = await call(listHostsEndpoint, { workspace: box.slug }, { token: admin.token, query: { limit: 2, ...(cursor ? { cursor } : {}) } });
      expect(res.status, res.text).toBe(200);
      seen.push(...res.body.data.map((h: { name: string }) => h.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Edit-PC", "Studio-Mac (new)", "Studio-Mac (old)"]);
  });
});
