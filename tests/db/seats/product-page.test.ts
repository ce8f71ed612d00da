import { describe, expect, it } from "vitest";
import { openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { advanceClock } from "@/lib/clock/operations";
import { AppError } from "@/lib/errors";
import { getOverview } from "@/lib/overview";
import { inWorkspace } from "@/lib/access/workspace";
import { runOperation } from "@/lib/operations";
import { listProducts } from "@/lib/products";
import { runRead } from "@/lib/operations/read";
import { encodeKeyCursor } from "@/lib/tables/keyset";
import { exportProductUsers, parseProductUsersParams, productPage, type ProductUsersParams } from "@/lib/products/page";

/** The product page's declared read, as the page runs it. */
const readProductPage = (ctx: WorkspaceContext, productId: string, users: ProductUsersParams) => runRead(ctx, productPage.with({ productId, users }));
import { createSandbox, type Sandbox } from "@/lib/sandboxes";
import type { SandboxTemplate } from "@/lib/sandboxes/templates";
import { unassignSeat } from "@/lib/seats";
import {
  addMembership,
  createAccount,
  createAssignment,
  createContract,
  createDirectoryUser,
  createLicense,
  createProduct,
  createWorkspace,
  ownerSql,
} from "../factories";

const DAY = 86_400_000;

async function contextFor(email: string, slug: string): Promise<WorkspaceContext> {
  const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${email}`;
  return openWorkspace((await loadActor(acc.id))!, slug);
}

async function sandbox(template: SandboxTemplate): Promise<{ sb: Sandbox; admin: WorkspaceContext; viewer: WorkspaceContext; productId: string }> {
  const sb = await createSandbox({ template });
  const admin = await contextFor(sb.signIns.admin.email, sb.workspace.slug);
  const viewer = await contextFor(sb.signIns.viewer.email, sb.workspace.slug);
  const [{ product_id }] = await ownerSql()<{ product_id: string }[]>`
    select product_id from product_seats where workspace_id = ${sb.workspace.id} order by product_id limit 1`;
  return { sb, admin, viewer, productId: product_id };
}

const params = (q: Record<string, string> = {}) => parseProductUsersParams(q);

/** The oracle: the N newest live seats in the window-close job's order. */
async function newest(workspaceId: string, productId: string, n: number) {
  const rows = await ownerSql()<{ directory_user_id: string }[]>`
    select directory_user_id from assignments
     where workspace_id = ${workspaceId} and product_id = ${productId} and state = 'active'
     order by assigned_at desc, id desc limit ${n}`;
  return rows.map((r) => r.directory_user_id);
}

async function expectNotFound(p: Promise<unknown>) {
  await expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.status === 404);
}

describe("a product's page (seed 003: 50 used, 45 renewed)", () => {
  it("shows 50/45 and 5 need renewal, and Requires renewal lists the 5 users the window close takes", async () => {
    const { sb, admin, productId } = await sandbox("renewal-window-50-45");
    const page = await readProductPage(admin, productId, params());
    expect(page.product).toMatchObject({ used: 50, purchased: 45, needsRenewal: 5, paymentRequired: 0, statuses: ["needsRenewal"] });
    expect(page.users.total).toBe(50);
    expect(page.users.requiresRenewal).toBe(5);
    expect(page.banner?.kind).toBe("partialBeforeAnniversary");

    const listed = await readProductPage(admin, productId, params({ view: "requiresRenewal" }));
    expect(listed.users.total).toBe(5);
    expect(listed.users.rows.every((r) => r.status === "requiresRenewal")).toBe(true);
    // Oldest of the five first: the one that drops off first.
    const expected = await newest(sb.workspace.id, productId, 5);
    expect(listed.users.rows.map((r) => r.userId)).toEqual([...expected].reverse());
    // On the full list, exactly those five carry the flag.
    const all = await readProductPage(admin, productId, params({ size: "100" }));
    expect(all.users.rows.filter((r) => r.status === "requiresRenewal").map((r) => r.userId).sort()).toEqual([...expected].sort());

    // The window closes: exactly the listed users lose access.
    await runOperation(advanceClock, admin, { days: 42 });
    const lost = await ownerSql()<{ directory_user_id: string }[]>`
      select directory_user_id from assignments where workspace_id = ${sb.workspace.id} and state = 'no_access'`;
    expect(lost.map((r) => r.directory_user_id).sort()).toEqual([...expected].sort());
    const after = await readProductPage(admin, productId, params({ view: "noAccess" }));
    expect(after.product).toMatchObject({ used: 45, purchased: 45, needsRenewal: 0, noAccess: 5, statuses: ["noAccess"] });
    expect(after.users.rows.map((r) => r.status)).toEqual(Array(5).fill("noAccess"));
    expect((await readProductPage(admin, productId, params({ view: "requiresRenewal" }))).users.total).toBe(0);
  });

  it("unassigning a user who is not on the list drops the list's first user; one on it leaves it", async () => {
    const { sb, admin, productId } = await sandbox("renewal-window-50-45");
    const before = (await readProductPage(admin, productId, params({ view: "requiresRenewal" }))).users.rows.map((r) => r.userId);
    const oldest = (await readProductPage(admin, productId, params({ sort: "assignedAt.asc", size: "25" }))).users.rows[0];
    expect(before).not.toContain(oldest.userId);
    await runOperation(unassignSeat, admin, { userId: oldest.userId, productId });
    const next = await readProductPage(admin, productId, params({ view: "requiresRenewal" }));
    expect(next.product).toMatchObject({ used: 49, needsRenewal: 4 });
    expect(next.users.rows.map((r) => r.userId)).toEqual(before.slice(1));

    await runOperation(unassignSeat, admin, { userId: before[3], productId });
    const again = await readProductPage(admin, productId, params({ view: "requiresRenewal" }));
    expect(again.users.rows.map((r) => r.userId)).toEqual([before[1], before[2], before[4]]);
    expect(await newest(sb.workspace.id, productId, 3)).toEqual([before[4], before[2], before[1]]);
  });

  it("searches by name or e-mail and pages on the server without overlaps", async () => {
    const { admin, productId } = await sandbox("renewal-window-50-45");
    const p1 = await readProductPage(admin, productId, params({ size: "25", sort: "name.asc" }));
    // Keyset paging (lib/tables/keyset): the next page starts after the cursor page 1 hands out.
    const p2 = await readProductPage(admin, productId, params({ size: "25", sort: "name.asc", after: p1.users.next! }));
    expect(p2.users.next).toBeNull();
    expect(p2.users.previous).not.toBeNull();
    expect(p1.users.rows).toHaveLength(25);
    expect(p2.users.rows).toHaveLength(25);
    const ids = new Set([...p1.users.rows, ...p2.users.rows].map((r) => r.assignmentId));
    expect(ids.size).toBe(50);
    const names = [...p1.users.rows, ...p2.users.rows].map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const last = p2.users.rows.at(-1)!;
    const empty = await readProductPage(admin, productId, params({ sort: "name.asc", after: encodeKeyCursor({ key: last.name, id: last.assignmentId }) }));
    expect(empty.users).toMatchObject({ rows: [], total: 50, next: null });
    const back = await readProductPage(admin, productId, params({ size: "25", sort: "name.asc", before: p2.users.previous! }));
    expect(back.users.rows).toEqual(p1.users.rows);

    const someone = p1.users.rows[3];
    const byEmail = await readProductPage(admin, productId, params({ q: someone.email.toUpperCase() }));
    expect(byEmail.users.rows.map((r) => r.userId)).toEqual([someone.userId]);
    const inList = await readProductPage(admin, productId, params({ view: "requiresRenewal", q: "%" }));
    expect(inList.users.total).toBe(0); // LIKE wildcards are searched literally
  });

  it("breaks ties in assigned-at by id, as the window-close job does", async () => {
    const ws = await createWorkspace({ country: "PL" });
    const product = await createProduct();
    const today = new Date();
    const contract = await createContract(ws.id, { anniversaryDate: new Date(today.getTime() + 5 * DAY).toISOString().slice(0, 10) });
    await createLicense(ws.id, product.id, { contractId: contract.id, quantity: 5 });
    const same = new Date(today.getTime() - 10 * DAY);
    const users = [];
    for (let i = 0; i < 5; i++) {
      const u = await createDirectoryUser(ws.id);
      await createAssignment(ws.id, product.id, u.id, { assignedAt: i < 4 ? same : new Date(today.getTime() - 20 * DAY) });
      users.push(u);
    }
    // Microseconds, as now() writes them: the cutoff must not lose them on a trip through JS.
    await ownerSql()`update assignments set assigned_at = date_trunc('second', assigned_at) + interval '123456 microseconds'
                      where workspace_id = ${ws.id} and assigned_at = ${same}`;
    await ownerSql()`insert into product_seats (workspace_id, product_id, used, purchased, renewed) values (${ws.id}, ${product.id}, 5, 5, 2)`;
    const account = await createAccount();
    await addMembership(ws.id, account.id, "viewer");
    const ctx = await openWorkspace((await loadActor(account.id))!, ws.slug);
    const listed = await readProductPage(ctx, product.id, params({ view: "requiresRenewal", sort: "assignedAt.desc" }));
    // Shortage 5 − 2 = 3: three of the four seats assigned at the same moment, by id.
    expect(listed.users.rows.map((r) => r.userId)).toEqual(await newest(ws.id, product.id, 3));
    // Same answer on every read: a stable order, not the planner's whim.
    for (let i = 0; i < 3; i++) {
      const again = await readProductPage(ctx, product.id, params({ view: "requiresRenewal", sort: "assignedAt.desc" }));
      expect(again.users.rows.map((r) => r.userId)).toEqual(listed.users.rows.map((r) => r.userId));
    }
  });

  it("answers 404 for a product the workspace does not license, another workspace's, unknown or malformed ids", async () => {
    const { admin } = await sandbox("renewal-window-50-45");
    const other = await sandbox("outside-window");
    const [{ product_id: otherOnly }] = await ownerSql()<{ product_id: string }[]>`
      select product_id from product_seats where workspace_id = ${other.sb.workspace.id}
         and product_id not in (select product_id from product_seats where workspace_id = ${admin.workspace.id}) limit 1`;
    const unlicensed = await createProduct();
    for (const id of [otherOnly, unlicensed.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid", "../users"]) {
      await expectNotFound(readProductPage(admin, id, params()));
      await expectNotFound(exportProductUsers(admin, id, params(), async () => {}));
    }
  });

  it("lets a viewer read and export but not unassign", async () => {
    const { viewer, productId } = await sandbox("renewal-window-50-45");
    const page = await readProductPage(viewer, productId, params({ view: "requiresRenewal" }));
    expect(page.users.total).toBe(5);
    const exported: string[] = [];
    await exportProductUsers(viewer, productId, params({ view: "requiresRenewal" }), async (rows) => {
      exported.push(...rows.map((r) => r.userId));
    });
    expect(exported).toEqual(page.users.rows.map((r) => r.userId));
    await expect(runOperation(unassignSeat, viewer, { userId: page.users.rows[0].userId, productId })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.status === 403,
    );
  });

  it("exports every row of the view in batches, in the page's order", async () => {
    const { admin, productId } = await sandbox("renewal-window-50-45");
    const batches: number[] = [];
    const ids: string[] = [];
    await exportProductUsers(admin, productId, params({ sort: "email.desc" }), async (rows, meta) => {
      batches.push(rows.length);
      ids.push(...rows.map((r) => r.assignmentId));
      expect(meta.productName).toMatch(/Studio/);
    });
    expect(batches).toEqual([50]);
    const page = await readProductPage(admin, productId, params({ sort: "email.desc", size: "100" }));
    expect(ids).toEqual(page.users.rows.map((r) => r.assignmentId));
  });
});

describe("the renewal banner follows the sandbox clock", () => {
  it("partial before the anniversary, partial after it, nothing once the window closed", async () => {
    const { admin } = await sandbox("renewal-window-50-45");
    const overview = () => inWorkspace(admin, "product", "read", (tx) => getOverview(tx, admin.workspace));
    expect((await overview()).banner).toMatchObject({ kind: "partialBeforeAnniversary", seatsShort: 5, productsShort: 1 });
    expect((await overview()).products[0]).toMatchObject({ used: 50, purchased: 45, needsRenewal: 5 });
    await runOperation(advanceClock, admin, { days: 11 });
    expect((await overview()).banner).toMatchObject({ kind: "partialAfterAnniversary", afterAnniversary: true });
    await runOperation(advanceClock, admin, { days: 31 });
    const closed = await overview();
    expect(closed.banner).toBeNull();
    expect(closed.products[0]).toMatchObject({ used: 45, purchased: 45, needsRenewal: 0, noAccess: 5 });
  });

  it("full renewal (60/70): no needs-renewal figure", async () => {
    const { admin } = await sandbox("full-renewal-60-70");
    const o = await inWorkspace(admin, "product", "read", (tx) => getOverview(tx, admin.workspace));
    expect(o.banner?.kind).toBe("fullRenewal");
    expect(o.products[0]).toMatchObject({ used: 60, purchased: 70, needsRenewal: 0, statuses: ["renewed"] });
  });

  it("window open with nothing renewed, then no renewal once it closed; unpaid seats show payment required", async () => {
    const { admin } = await sandbox("outside-window");
    const overview = () => inWorkspace(admin, "product", "read", (tx) => getOverview(tx, admin.workspace));
    const before = await overview();
    expect(before.banner).toBeNull();
    expect(before.products.find((p) => p.paymentRequired > 0)).toMatchObject({ paymentRequired: 5, needsRenewal: 0, statuses: ["paymentRequired"] });
    await runOperation(advanceClock, admin, { days: 95 });
    expect((await overview()).banner).toMatchObject({ kind: "windowOpen", seatsShort: 25 });
    await runOperation(advanceClock, admin, { days: 60 });
    const after = await overview();
    expect(after.banner).toMatchObject({ kind: "noRenewal", productsLapsed: 2 });
    expect(after.products.every((p) => p.lapsed && p.statuses.includes("noRenewal"))).toBe(true);
    // The Products tab filters the same statuses in SQL.
    const lapsed = await inWorkspace(admin, "product", "read", (tx) =>
      listProducts(tx, admin.workspace.id, { page: 1, size: 25, sort: "name", dir: "asc", q: "", filters: { status: "noRenewal" } }, { inRenewalWindow: false }),
    );
    expect(lapsed.total).toBe(2);
  });
});

describe("the Products tab (SQL filter, sort, paging)", () => {
  it("filters by status and sorts by needs renewal", async () => {
    const { admin } = await sandbox("outside-window");
    const list = (filters: Record<string, string>, sort: "needsRenewal" | "unpaid" | "name" = "name", inRenewalWindow = false) =>
      inWorkspace(admin, "product", "read", (tx) => listProducts(tx, admin.workspace.id, { page: 1, size: 25, sort, dir: "desc", q: "", filters }, { inRenewalWindow }));
    expect((await list({})).total).toBe(2);
    const unpaid = await list({ status: "paymentRequired" });
    expect(unpaid.rows.map((r) => r.paymentRequired)).toEqual([5]);
    expect((await list({ status: "needsRenewal" })).total).toBe(0);
    const inWindow = await list({ status: "needsRenewal" }, "needsRenewal", true);
    expect(inWindow.rows.map((r) => r.needsRenewal)).toEqual([20, 5]);
    expect((await list({ status: "bogus" })).total).toBe(2);
  });
});


