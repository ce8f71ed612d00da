/**
 * Keyset paging (lib/tables/keyset) over the Users list: every sort and direction walks the whole
 * list forward and back in pages that neither skip nor repeat a row, ties on the sort key broken
 * by id, timestamps with microseconds; another workspace's rows never show, whatever the cursor.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { DIRECTORY_SORTS, listDirectoryUsers, type DirectorySort } from "@/lib/directory";
import { listProductUsers, PRODUCT_USER_SORTS, type ProductUserSort } from "@/lib/seats";
import { decodeKeyCursor, encodeKeyCursor, type KeysetParams } from "@/lib/tables/keyset";
import { addMembership, createAccount, createProduct, createWorkspace, ownerSql, uniq } from "../factories";

const SIZE = 4;
let ctx: WorkspaceContext;
let ws: { id: string; slug: string };
let other: { id: string };
let productId: string;

/** 19 users: names and creation instants repeat (ties), instants carry microseconds. */
async function seed(workspaceId: string, tag: string, n: number) {
  await ownerSql()`
    insert into directory_users (workspace_id, email, name, created_at)
    select ${workspaceId}, ${tag} || '-' || lpad(i::text, 2, '0') || '@keyset.test', 'User ' || (i % 5),
           timestamptz '2026-01-01 10:00:00.123456+00' + make_interval(secs => (i % 3) * 0.000001 + (i % 4))
      from generate_series(1, ${n}) i`;
}

const read = (p: KeysetParams<DirectorySort>) => inWorkspace(ctx, "directory_user", "read", (tx) => listDirectoryUsers(tx, ws.id, p, ctx.workspace.locale));
const params = (sort: DirectorySort, dir: "asc" | "desc", at: Partial<KeysetParams<DirectorySort>> = {}): KeysetParams<DirectorySort> => ({
  sort,
  dir,
  size: SIZE,
  q: "",
  filters: {},
  after: null,
  before: null,
  ...at,
});

async function expected(sort: DirectorySort, dir: "asc" | "desc") {
  const column = { name: "name", email: "email", createdAt: "created_at" }[sort];
  const d = dir === "asc" ? "asc" : "desc";
  const rows = await ownerSql().unsafe<{ id: string }[]>(`select id from directory_users where workspace_id = $1 order by ${column} ${d}, id ${d}`, [ws.id]);
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  ws = await createWorkspace();
  other = await createWorkspace();
  const account = await createAccount();
  await addMembership(ws.id, account.id, "viewer");
  ctx = await openWorkspace((await loadActor(account.id))!, ws.slug);
  await seed(ws.id, uniq("a"), 19);
  // The other workspace's users sort among ours by every key.
  await seed(other.id, uniq("a"), 19);
  // A product held by every user of both workspaces; assigned-at instants repeat (ties).
  productId = (await createProduct()).id;
  await ownerSql()`
    insert into product_seats (workspace_id, product_id, used, purchased) select id, ${productId}, 19, 19 from workspaces where id in (${ws.id}, ${other.id})`;
  await ownerSql()`
    insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
    select workspace_id, ${productId}, id, timestamptz '2026-02-01 08:00:00.654321+00' + make_interval(secs => (row_number() over (order by email)) % 3)
      from directory_users where workspace_id in (${ws.id}, ${other.id})`;
});

describe("keyset paging of the Users list", () => {
  for (const sort of DIRECTORY_SORTS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`${sort} ${dir}: forward by Next and back by Previous, the same pages, every row once`, async () => {
        const want = await expected(sort, dir);
        const forward: string[][] = [];
        let page = await read(params(sort, dir));
        expect(page.previous).toBeNull();
        forward.push(page.rows.map((r) => r.id));
        while (page.next) {
          page = await read(params(sort, dir, { after: decodeKeyCursor(page.next) }));
          expect(page.previous).not.toBeNull();
          forward.push(page.rows.map((r) => r.id));
        }
        expect(forward.flat()).toEqual(want);
        expect(forward.map((p) => p.length)).toEqual([4, 4, 4, 4, 3]);

        const back: string[][] = [page.rows.map((r) => r.id)];
        while (page.previous) {
          page = await read(params(sort, dir, { before: decodeKeyCursor(page.previous) }));
          expect(page.next).not.toBeNull();
          back.unshift(page.rows.map((r) => r.id));
        }
        expect(back).toEqual(forward);
      });
    }
  }

  it("search narrows the walk and keeps its order", async () => {
    const page = await read({ ...params("email", "asc"), size: 25, q: "User 3" });
    expect(page.rows.map((r) => r.name)).toEqual(["User 3", "User 3", "User 3", "User 3"]);
    expect(page.rows.map((r) => r.email)).toEqual([...page.rows.map((r) => r.email)].sort());
    expect(page.next).toBeNull();
    const two = await read({ ...params("email", "asc"), size: 2, q: "User 3" });
    const rest = await read({ ...params("email", "asc", { after: decodeKeyCursor(two.next!) }), size: 2, q: "User 3" });
    expect([...two.rows, ...rest.rows].map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    expect(rest.next).toBeNull();
  });

  it("shows only its workspace's rows, even after a cursor taken from another workspace's row", async () => {
    const [foreign] = await ownerSql()<{ id: string; name: string }[]>`select id, name from directory_users where workspace_id = ${other.id} order by name, id limit 1`;
    const mine = new Set(await expected("name", "asc"));
    let page = await read(params("name", "asc", { after: { key: foreign.name, id: foreign.id } }));
    const seen = [...page.rows];
    while (page.next) {
      page = await read(params("name", "asc", { after: decodeKeyCursor(page.next) }));
      seen.push(...page.rows);
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => mine.has(r.id))).toBe(true);
    // Asked for the other workspace by id, the same query returns nothing: row-level security.
    const theirs = await inWorkspace(ctx, "directory_user", "read", (tx) => listDirectoryUsers(tx, other.id, params("name", "asc"), ctx.workspace.locale));
    expect(theirs.rows).toEqual([]);
  });

  it("a cursor is the key's exact text: microseconds survive the round trip", async () => {
    const first = await read(params("createdAt", "asc"));
    const cursor = decodeKeyCursor(first.next!);
    expect(cursor?.key).toMatch(/\.\d{6}\+00$|\.\d{6}/);
    expect(encodeKeyCursor(cursor!)).toBe(first.next);
  });

  for (const sort of PRODUCT_USER_SORTS) {
    for (const dir of ["asc", "desc"] as const) {
      it(`a product's users by ${sort} ${dir}: the same walk both ways, only this workspace's seats`, async () => {
        const column = { assignedAt: "a.assigned_at", name: "u.name", email: "u.email" }[sort];
        const want = (
          await ownerSql().unsafe<{ id: string }[]>(
            `select a.id from assignments a join directory_users u on u.id = a.directory_user_id
              where a.workspace_id = $1 and a.product_id = $2 order by ${column} ${dir}, a.id ${dir}`,
            [ws.id, productId],
          )
        ).map((r) => r.id);
        const at = (c: Partial<KeysetParams<ProductUserSort>>) =>
          inWorkspace(ctx, "assignment", "read", (tx) =>
            listProductUsers(tx, ws.id, productId, { view: "all", sort, dir, size: SIZE, q: "", filters: {}, after: null, before: null, ...c }, { inRenewalWindow: false, locale: ctx.workspace.locale }),
          );
        let page = await at({});
        const forward = [page.rows.map((r) => r.assignmentId)];
        while (page.next) {
          page = await at({ after: decodeKeyCursor(page.next) });
          expect(page.total).toBe(19);
          forward.push(page.rows.map((r) => r.assignmentId));
        }
        expect(forward.flat()).toEqual(want);
        const back = [forward.at(-1)!];
        while (page.previous) {
          page = await at({ before: decodeKeyCursor(page.previous) });
          back.unshift(page.rows.map((r) => r.assignmentId));
        }
        expect(back).toEqual(forward);
      });
    }
  }
});
