/**
 * Shared pieces of the hostile-input sweeps: hostile values (fast-check), a digest of a
 * workspace's rows to prove that a refused request changed nothing, and the figure table.
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { ownerSql } from "../factories";

/** Seed of this run's generators: printed, and taken from FC_SEED to replay a failure. */
export const SEED = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
/** Generated requests per endpoint or action (bounded: the suite is part of every test run). */
export const RUNS = Number(process.env.FC_RUNS ?? 12);

const nested = (depth: number): unknown => {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

export const HUGE = "ẞ".repeat(150_000);

/** Text no form or API expects: NUL, RTL overrides, emoji, lone surrogates, markup, huge. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\u202Egnp.exe\u202C",
    "مرحبا بالعالم",
    "👩‍👩‍👧‍👦🏳️‍🌈",
    "\uD800",
    "<script>alert(1)</script>",
    "' or 1=1 --",
    "../../etc/passwd",
    "%00%ff",
    "null",
    "NaN",
    "-1",
    "1e309",
    "2026-02-30T25:61:00Z",
    HUGE,
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Anything a JSON field may carry, of the wrong type more often than not. */
export function hostileValue(ids: string[]): fc.Arbitrary<unknown> {
  const id = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.constantFrom("not-an-id", "00000000-0000-0000-0000-000000000000", randomUUID().toUpperCase()));
  return fc.oneof(
    hostileText,
    hostileNumber,
    id,
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(nested(40), nested(3_000)),
    fc.array(fc.oneof(id, hostileText, hostileNumber), { maxLength: 5 }),
    fc.dictionary(hostileText, fc.oneof(hostileText, hostileNumber), { maxKeys: 3 }),
  );
}

/** An object with the schema's own field names (some left out) and unknown ones, each hostile. */
export function hostileObject(keys: string[], ids: string[]): fc.Arbitrary<Record<string, unknown>> {
  const value = hostileValue(ids);
  const known = Object.fromEntries(keys.map((k) => [k, value]));
  return fc
    .tuple(fc.record(known, { requiredKeys: [] }), fc.dictionary(fc.constantFrom("__proto__", "constructor", "extra", "id", "workspaceId", "role"), value, { maxKeys: 2 }))
    .map(([a, b]) => ({ ...b, ...a }));
}

/** Forged cursors: base64url of the wrong things, plain garbage, and a cursor of another list. */
export const badCursor = fc.oneof(
  hostileText,
  fc.constantFrom(
    Buffer.from("[]").toString("base64url"),
    Buffer.from('["x","y"]').toString("base64url"),
    Buffer.from('["2026-01-01T00:00:00Z","\\u0000"]').toString("base64url"),
    Buffer.from(JSON.stringify([1, 2, 3, 4, 5])).toString("base64url"),
    Buffer.from(JSON.stringify({ __proto__: { a: 1 } })).toString("base64url"),
    Buffer.from("[".repeat(5_000)).toString("base64url"),
    Buffer.from(JSON.stringify(["9999-12-31T23:59:59.999Z", randomUUID()])).toString("base64url"),
    Buffer.from(JSON.stringify(["not a date", "not a uuid"])).toString("base64url"),
    Buffer.from(JSON.stringify([-1e308, null])).toString("base64url"),
  ),
  fc.base64String({ maxLength: 60 }),
);

let tables: string[] | null = null;

/** A digest of every row of workspace `id` in every workspace table (and the workspace row). */
export async function fingerprint(id: string): Promise<Record<string, string>> {
  const sql = ownerSql();
  tables ??= (
    await sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.table_schema = 'public' and c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE' order by 1`
  ).map((r) => r.table_name);
  // A token's last use is bookkeeping of every authenticated request, refused or not.
  const row = (t: string) => (t === "api_tokens" ? "(to_jsonb(x) - 'last_used_at')::text" : "x::text");
  const parts = tables.map(
    (t) => `select '${t}' as t, count(*)::int || ':' || coalesce(md5(string_agg(${row(t)}, '|' order by ${row(t)})), '') as f from "${t}" x where workspace_id = $1`,
  );
  const rows = await sql.unsafe(`${parts.join(" union all ")} union all select 'workspaces', md5(w::text) from workspaces w where id = $1`, [id]);
  return Object.fromEntries(rows.map((r) => [r.t as string, r.f as string]));
}

export type Tally = { name: string; attempts: number; ok: number; refused: number; s500: number; thrown: number; changedOnError: number };

export function tally(name: string): Tally {
  return { name, attempts: 0, ok: 0, refused: 0, s500: 0, thrown: 0, changedOnError: 0 };
}

export function printTally(title: string, rows: Tally[]) {
  const head = ["name", "attempts", "ok", "refused", "500s/internal", "thrown", "state changed on error"];
  const lines = rows.map((r) => [r.name, r.attempts, r.ok, r.refused, r.s500, r.thrown, r.changedOnError].map(String));
  const sum = (k: keyof Tally) => rows.reduce((s, r) => s + (r[k] as number), 0);
  lines.push(["TOTAL", sum("attempts"), sum("ok"), sum("refused"), sum("s500"), sum("thrown"), sum("changedOnError")].map(String));
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => l.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  ");
  console.log(`\n${title} (seed ${SEED}, ${RUNS} runs each; replay with FC_SEED=${SEED})\n${fmt(head)}\n${lines.map(fmt).join("\n")}\n`);
}

/** Which fingerprint tables differ. */
export function diff(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
}
