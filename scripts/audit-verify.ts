/**
 * Recomputes the audit chains (issue 16) and names the first broken link of each.
 *   npm run audit:verify [-- --workspace <slug>]
 * Without --workspace: every workspace's chain and every reseller's. On DATABASE_URL (the owner),
 * or the embedded dev server. Exits 1 when a chain is broken.
 */
import { parseArgs } from "node:util";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { withDatabase } from "../db/launch";
import * as schema from "../db/schema";
import { verifyChain, type ChainReport } from "../lib/audit/verify";

const { values } = parseArgs({ options: { workspace: { type: "string" } } });

let broken = 0;
function print(name: string, report: ChainReport) {
  if (report.broken) {
    broken++;
    const b = report.broken;
    console.log(`BROKEN ${report.kind} ${name}: event ${b.id} (${b.reason}), last good event ${b.afterId ?? "none"}, ${report.events} events verified before it`);
  } else {
    console.log(`ok     ${report.kind} ${name}: ${report.events} events`);
  }
}

await withDatabase(async (database) => {
  const client = postgres(database.ownerUrl, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { schema, casing: "snake_case" });
  try {
    const run = <T>(fn: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<T>) => db.transaction(fn, { accessMode: "read only" });
    const workspaces = values.workspace
      ? await client<{ id: string; slug: string }[]>`select id, slug from workspaces where slug = ${values.workspace}`
      : await client<{ id: string; slug: string }[]>`select id, slug from workspaces order by slug`;
    if (values.workspace && workspaces.length === 0) throw new Error(`no workspace ${values.workspace}`);
    for (const ws of workspaces) print(ws.slug, await verifyChain(run, "workspace", ws.id));
    if (!values.workspace) {
      for (const r of await client<{ id: string; slug: string }[]>`select id, slug from resellers order by slug`) print(r.slug, await verifyChain(run, "reseller", r.id));
    }
  } finally {
    await client.end();
  }
});
if (broken > 0) process.exitCode = 1;
