import { RuleTester } from "eslint";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
// @ts-expect-error: a plain .mjs ESLint rule, without types.
import { ownerWriteOptions, ownerWrites } from "../eslint/table-owners.mjs";
import { TABLE_OWNERS } from "./owners";

// RuleTester reports through the test framework's hooks when it is given them.
Object.assign(RuleTester, { afterAll, describe, it });

/** drizzle's export name → SQL name, for every table of db/schema. */
const TABLES = new Map(
  Object.entries(schema)
    .filter(([, v]) => is(v, PgTable))
    .map(([name, table]) => [name, getTableName(table as PgTable)]),
);

/** The options eslint.config.mjs gives the rule: the whole map. */
const options = [ownerWriteOptions(TABLE_OWNERS)];
const at = (path: string) => `${process.cwd()}/${path}`;

describe("each table has one owning module", () => {
  it("names an owner (or none) for every table of db/schema", () => {
    expect(Object.keys(TABLE_OWNERS).sort()).toEqual([...TABLES.values()].sort());
  });

  it("gives the rule drizzle's export name of every table", () => {
    const drizzleNames = (options[0] as { table: string; drizzle: string }[]).map((o): [string, string] => [o.drizzle, o.table]);
    expect(new Map(drizzleNames)).toEqual(TABLES);
  });
});

new RuleTester().run("tables/owner-writes", ownerWrites, {
  valid: [
    { code: "await tx.update(licenses).set({ state: 'expired' }).where(byId);", filename: at("lib/licenses/lifecycle.ts"), options },
    { code: "await tx.insert(licenses).values(row);", filename: at("lib/licenses/lifecycle.ts"), options },
    { code: "await tx.update(productSeats).set({ used: 1 }).where(byId);", filename: at("lib/seats/ledger.ts"), options },
    { code: "await tx.insert(s.directoryUsers).values(row);", filename: at("lib/directory/import.ts"), options },
    { code: "await tx.select().from(licenses).where(byId).for('update');", filename: at("lib/orders/index.ts"), options },
    { code: "sql`select sum(${licenses.quantity}) from ${licenses} where state = 'active'`;", filename: at("lib/renewal/index.ts"), options },
    { code: "url.searchParams.delete(key); hash.update(secret); set.delete(hosts.id);", filename: at("lib/orders/index.ts"), options },
    { code: "const s = 'update license_terms set seats = 1';", filename: at("lib/licenses/terms.ts"), options },
  ],
  invalid: [
    { code: "await tx.update(licenses).set({ state: 'expired' }).where(byId);", filename: at("lib/orders/index.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.insert(schema.licenses).values(row);", filename: at("lib/sandboxes/resellers.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.delete(workspaces).where(byId);", filename: at("app/page.tsx"), options, errors: [{ messageId: "write" }] },
    // A file owner is not a folder owner: lib/seats/ledger.ts owns product_seats, lib/seats/ does not.
    { code: "await tx\n  .update(productSeats)\n  .set({ used: 1 });", filename: at("lib/seats/assignments.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.execute(sql`update ${assignments} set state = 'no_access'`);", filename: at("lib/renewal/index.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.execute(sql`delete from product_seats ps where ps.id = ${id}`);", filename: at("lib/orders/index.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.execute(sql`INSERT INTO \"bulk_jobs\" (id) values (1)`);", filename: at("lib/seats/selection.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await sql.unsafe('delete from public.licenses where id = $1', [id]);", filename: at("scripts/console.ts"), options, errors: [{ messageId: "write" }] },
    // No owner: only the seeds and the migrations' functions write it.
    { code: "await tx.insert(products).values(row);", filename: at("lib/products/index.ts"), options, errors: [{ messageId: "write" }] },
  ],
});
