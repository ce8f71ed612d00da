import { describe, expect, it } from "vitest";
import { seedDemo } from "@/db/seed/demo";
import { ownerSql } from "./factories";

const DEMO_SLUGS = ["kowalski-design", "mueller-maschinenbau"];
const DEMO_EMAILS = "(email like '%@kowalski.example' or email like '%@mueller.example' or email in ('rita@partner-it.example', 'paul@northwind.example'))";

/** The demo's own rows (other test files write to the same database at the same time). */
async function demoRows() {
  const sql = ownerSql();
  const perWorkspace = await sql<Record<string, number | string>[]>`
    select w.slug,
      (select count(*)::int from memberships x where x.workspace_id = w.id) as memberships,
      (select count(*)::int from directory_users x where x.workspace_id = w.id) as users,
      (select count(*)::int from licenses x where x.workspace_id = w.id) as licenses,
      (select count(*)::int from assignments x where x.workspace_id = w.id) as assignments,
      (select count(*)::int from product_seats x where x.workspace_id = w.id) as seat_rows,
      (select count(*)::int from orders x where x.workspace_id = w.id) as orders,
      (select count(*)::int from hosts x where x.workspace_id = w.id) as hosts,
      (select count(*)::int from reseller_workspaces x where x.workspace_id = w.id) as reseller_links
    from workspaces w where w.slug = any(${DEMO_SLUGS}) order by w.slug`;
  const [{ n: accounts }] = await sql<{ n: number }[]>`select count(*)::int as n from accounts where ${sql.unsafe(DEMO_EMAILS)}`;
  return { perWorkspace, accounts };
}

describe("the demo seed", () => {
  it("is idempotent and holds the seed article's 50 used / 45 renewed", { timeout: 60_000 }, async () => {
    const url = process.env.DATABASE_URL!;
    await seedDemo(url);
    const first = await demoRows();
    await seedDemo(url);
    expect(await demoRows()).toEqual(first);

    expect(first.perWorkspace.map((r) => r.slug)).toEqual(DEMO_SLUGS);
    expect(first.accounts).toBe(6);
    const users = first.perWorkspace.reduce((n, r) => n + Number(r.users), 0);
    expect(users).toBeGreaterThanOrEqual(200);
    const [studio] = await ownerSql()<{ used: number; renewed: number }[]>`
      select s.used, s.renewed from product_seats s join workspaces w on w.id = s.workspace_id
       where w.slug = 'kowalski-design' order by s.used desc limit 1`;
    expect(studio).toEqual({ used: 50, renewed: 45 });
  });
});
