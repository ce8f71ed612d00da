import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { DEMO_DATA_WRITERS, inModule, TABLE_OWNERS, WRITER_DEBT } from "./owners";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCANNED = ["lib", "app", "components"];

/** drizzle's export name → SQL name, for every table of db/schema. */
const TABLES = new Map(
  Object.entries(schema)
    .filter(([, v]) => is(v, PgTable))
    .map(([name, table]) => [name, getTableName(table as PgTable)]),
);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/**
 * The tables a source writes: drizzle's insert/update/delete of a schema table (`tx.update(x)`,
 * `.insert(s.x)`), and raw SQL (`update product_seats …`, `delete from ${x} …`).
 */
function writesOf(source: string): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(/\.(?:insert|update|delete)\(\s*(?:\w+\.)?(\w+)\s*\)/g)) {
    const table = TABLES.get(m[1]);
    if (table) found.add(table);
  }
  const sqlNames = new Set(TABLES.values());
  for (const m of source.matchAll(/\b(?:insert\s+into|update|delete\s+from)\s+(?:\$\{\s*(?:\w+\.)?(\w+)\s*\}|"?(\w+)"?)/gi)) {
    const table = m[1] ? TABLES.get(m[1]) : sqlNames.has(m[2]) ? m[2] : undefined;
    if (table) found.add(table);
  }
  return found;
}

/** table → files that write it. */
function writers(): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const file of SCANNED.flatMap(sources)) {
    for (const table of writesOf(readFileSync(path.join(ROOT, file), "utf8"))) byTable.set(table, [...(byTable.get(table) ?? []), file]);
  }
  return byTable;
}

describe("each table has one owning module", () => {
  it("recognises drizzle and raw SQL writes, and nothing else", () => {
    expect([...writesOf("await tx.update(productSeats).set({ used: 1 })")]).toEqual(["product_seats"]);
    expect([...writesOf("await tx\n  .insert(s.contracts)\n  .values({})")]).toEqual(["contracts"]);
    expect([...writesOf("tx.delete(workspaces).where(eq(workspaces.id, id))")]).toEqual(["workspaces"]);
    expect([...writesOf("sql`delete from product_seats ps where …`")]).toEqual(["product_seats"]);
    expect([...writesOf("sql`update ${assignments} set state = 'no_access'`")]).toEqual(["assignments"]);
    expect([...writesOf("sql`INSERT INTO \"bulk_jobs\" (id) values (1)`")]).toEqual(["bulk_jobs"]);
    expect([...writesOf("tx.select().from(licenses); url.searchParams.delete(key); hash.update(secret)")]).toEqual([]);
  });

  it("names an owner (or none) for every table of db/schema", () => {
    expect(Object.keys(TABLE_OWNERS).sort()).toEqual([...TABLES.values()].sort());
  });

  it("no module writes a table it does not own, beyond the listed debt", () => {
    const strays: string[] = [];
    for (const [table, files] of writers()) {
      const allowed = [...(TABLE_OWNERS[table] ?? []), ...(WRITER_DEBT[table] ?? []), ...DEMO_DATA_WRITERS];
      for (const file of files) if (!allowed.some((m) => inModule(file, m))) strays.push(`${table} written by ${file}`);
    }
    expect(strays).toEqual([]);
  });

  it("the listed debt is still real (paid debt leaves the list)", () => {
    const found = writers();
    const paid = Object.entries(WRITER_DEBT).flatMap(([table, files]) =>
      files.filter((f) => !(found.get(table) ?? []).some((w) => inModule(w, f))).map((f) => `${table}: ${f}`),
    );
    expect(paid).toEqual([]);
  });
});
