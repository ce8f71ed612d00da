/**
 * The two keyset lists by name (the Users list, a product's users) in a Polish workspace: names
 * that differ only in case or accents sit together in the language's order (lib/tables/collation),
 * and the cursor compares under the same collation, so pages of 3 neither skip nor repeat a row
 * either way, ties on the name broken by id.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { listDirectoryUsers } from "@/lib/directory";
import { listProductUsers } from "@/lib/seats";
import { decodeKeyCursor, type KeyCursor, type KeysetPage } from "@/lib/tables/keyset";
import { addMembership, createAccount, createProduct, createWorkspace, ownerSql, uniq } from "../factories";

// Byte order would give Ala, Ola, Zenon, ala, Ąla, Łukasz; Polish puts ą after a and ł after l,
// lower case before upper only between otherwise equal names.
const NAMES = ["Zenon", "Łukasz", "ala", "Ola", "Ąla", "Ala", "ala", "Łukasz"];
const POLISH = ["ala", "ala", "Ala", "Ąla", "Łukasz", "Łukasz", "Ola", "Zenon"];

let ctx: WorkspaceContext;
let ws: { id: string };
let productId: string;

beforeAll(async () => {
  const w = await createWorkspace({ country: "PL" });
  ws = w;
  const account = await createAccount();
  await addMembership(w.id, account.id, "viewer");
  ctx = await openWorkspace((await loadActor(account.id))!, w.slug);
  expect(ctx.workspace.locale).toBe("pl-PL");
  const tag = uniq("c");
  await ownerSql()`
    insert into directory_users (workspace_id, email, name)
    select ${w.id}, ${tag} || '-' || i || '@collation.test', n from unnest(${NAMES}::text[]) with ordinality as t(n, i)`;
  productId = (await createProduct()).id;
  await ownerSql()`insert into product_seats (workspace_id, product_id, used, purchased) values (${w.id}, ${productId}, ${NAMES.length}, ${NAMES.length})`;
  await ownerSql()`
    insert into assignments (workspace_id, product_id, directory_user_id, assigned_at)
    select workspace_id, ${productId}, id, now() from directory_users where workspace_id = ${w.id}`;
});

type Cursors = { after: KeyCursor | null; before: KeyCursor | null };

/** Walks every page forward by Next, then back by Previous; both walks must give the same pages. */
async function walk<T>(read: (c: Cursors) => Promise<KeysetPage<T>>, id: (r: T) => string, name: (r: T) => string) {
  let page = await read({ after: null, before: null });
  const forward = [page.rows];
  while (page.next) {
    page = await read({ after: decodeKeyCursor(page.next), before: null });
    forward.push(page.rows);
  }
  const back = [page.rows];
  while (page.previous) {
    page = await read({ after: null, before: decodeKeyCursor(page.previous) });
    back.unshift(page.rows);
  }
  expect(back.map((p) => p.map(id))).toEqual(forward.map((p) => p.map(id)));
  const rows = forward.flat();
  return { ids: rows.map(id), names: rows.map(name), sizes: forward.map((p) => p.length) };
}

/** The same order in plain SQL: Polish collation, then id. */
async function expectedIds(column: "u.id" | "a.id", dir: "asc" | "desc") {
  const rows = await ownerSql().unsafe<{ id: string }[]>(
    `select ${column} as id from directory_users u join assignments a on a.directory_user_id = u.id
      where u.workspace_id = $1 order by u.name collate "pl-x-icu" ${dir}, ${column} ${dir}`,
    [ws.id],
  );
  return rows.map((r) => r.id);
}

describe("keyset lists by name under the workspace's collation", () => {
  for (const dir of ["asc", "desc"] as const) {
    const want = dir === "asc" ? POLISH : [...POLISH].reverse();

    it(`Users by name ${dir}: Polish order, every row once in pages of 3, both ways`, async () => {
      const got = await walk(
        (c) =>
          inWorkspace(ctx, "directory_user", "read", (tx) =>
            listDirectoryUsers(tx, ws.id, { sort: "name", dir, size: 3, q: "", filters: {}, ...c }, ctx.workspace.locale),
          ),
        (r) => r.id,
        (r) => r.name,
      );
      expect(got.names).toEqual(want);
      expect(got.ids).toEqual(await expectedIds("u.id", dir));
      expect(got.sizes).toEqual([3, 3, 2]);
    });

    it(`a product's users by name ${dir}: Polish order, every seat once in pages of 3, both ways`, async () => {
      const got = await walk(
        (c) =>
          inWorkspace(ctx, "assignment", "read", (tx) =>
            listProductUsers(tx, ws.id, productId, { view: "all", sort: "name", dir, size: 3, q: "", filters: {}, ...c }, { inRenewalWindow: false, locale: ctx.workspace.locale }),
          ),
        (r) => r.assignmentId,
        (r) => r.name,
      );
      expect(got.names).toEqual(want);
      expect(got.ids).toEqual(await expectedIds("a.id", dir));
      expect(got.sizes).toEqual([3, 3, 2]);
    });
  }
});
