// Issue 21, finding 12: activation_codes (workspace and license ids) were readable and writable by
// the app role without row-level security.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { hashCode } from "@/lib/activation-service";
import { issueActivationCodeEndpoint } from "@/lib/api/v1/activation";
import { call, newSandbox, type TestSandbox } from "../api/helpers";

async function codeOf(ws: TestSandbox): Promise<string> {
  const res = await call(issueActivationCodeEndpoint, { workspace: ws.slug }, { token: ws.token, json: { sku: "FB-ESC-PRO", quantity: 150, termDays: 365 } });
  expect(res.status, res.text).toBe(201);
  return res.body.code;
}

const inScopeOf = <T>(ws: { id: string }, fn: Parameters<typeof withScope<T>>[1]) => withScope({ kind: "system", workspaceId: ws.id }, fn);

describe("activation codes behind row-level security", () => {
  it("a workspace sees and changes only its own codes, and finds another's by hash neither", async () => {
    const a = await newSandbox("activation-devices");
    const b = await newSandbox("activation-devices");
    await codeOf(a);
    const codeB = await codeOf(b);
    const seen = await inScopeOf(a, (tx) => tx.execute<{ ws: string }>(sql`select distinct issued_for_workspace_id::text as ws from activation_codes`));
    expect(seen.map((r) => r.ws)).toEqual([a.id]);
    const updated = await inScopeOf(a, (tx) => tx.execute(sql`update activation_codes set redeemed_at = now() where issued_for_workspace_id = ${b.id}::uuid returning id`));
    expect(updated).toHaveLength(0);
    // By hash, asking for the other workspace (not in scope), or for its own: nothing.
    const byHash = await inScopeOf(a, (tx) => tx.execute(sql`select id from app_activation_code(${hashCode(codeB)}, ${b.id}::uuid, false)`));
    expect(byHash).toHaveLength(0);
    const asOwn = await inScopeOf(a, (tx) => tx.execute(sql`select id from app_activation_code(${hashCode(codeB)}, ${a.id}::uuid, false)`));
    expect(asOwn).toHaveLength(0);
    const own = await inScopeOf(b, (tx) => tx.execute(sql`select id from app_activation_code(${hashCode(codeB)}, ${b.id}::uuid, false)`));
    expect(own).toHaveLength(1);
    // Without any workspace in scope: no code, no definition.
    const anon = await withScope({ kind: "anonymous" }, (tx) => tx.execute<{ n: number }>(sql`select (select count(*) from activation_codes)::int + (select count(*) from license_definitions)::int as n`));
    expect(anon[0].n).toBe(0);
  });

  it("definitions are never rewritten by the app", async () => {
    const a = await newSandbox("activation-devices");
    await codeOf(a);
    const err = await inScopeOf(a, (tx) => tx.execute(sql`update license_definitions set quantity = 1`)).catch((e) => e);
    expect(err.cause?.code ?? err.code).toBe("42501");
  });
});
