import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { withScope } from "@/db/scope";
import { openWorkspace } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { advanceClock } from "@/lib/clock/operations";
import { runDueTimersEverywhere } from "@/lib/jobs";
import { runOperation } from "@/lib/operations";
import { createSandbox } from "@/lib/sandboxes";
import { ownerSql } from "./factories";

const DAY = 86_400_000;

async function sandboxContext(template: string) {
  const sb = await createSandbox({ template: template as "renewal-window-50-45" });
  const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${sb.signIn.email}`;
  const ctx = await openWorkspace((await loadActor(acc.id))!, sb.workspace.slug);
  return { sb, ctx };
}

async function seats(workspaceId: string) {
  const [row] = await ownerSql()<{ used: number; purchased: number; renewed: number; no_access: number }[]>`
    select used, purchased, renewed, no_access from product_seats where workspace_id = ${workspaceId}`;
  return row;
}

describe("closing the renewal window", () => {
  it("takes access from the 5 most recently assigned users when the sandbox clock passes the window's end, once", async () => {
    const { sb, ctx } = await sandboxContext("renewal-window-50-45");
    const ws = sb.workspace.id;
    const newest = await ownerSql()<{ directory_user_id: string }[]>`
      select directory_user_id from assignments where workspace_id = ${ws} and state = 'active'
       order by assigned_at desc, id desc limit 5`;

    // Past the anniversary (10 days), still inside the window: nothing happens yet.
    await runOperation(advanceClock, ctx, { days: 20 });
    expect(await seats(ws)).toMatchObject({ used: 50, purchased: 50, renewed: 45, no_access: 0 });

    // The window closes 30 days after the anniversary, at the workspace's midnight.
    await runOperation(advanceClock, ctx, { days: 22 });
    expect(await seats(ws)).toEqual({ used: 45, purchased: 45, renewed: 0, no_access: 5 });
    const lost = await ownerSql()<{ directory_user_id: string; end_reason: string }[]>`
      select directory_user_id, end_reason from assignments where workspace_id = ${ws} and state = 'no_access'`;
    expect(lost.map((r) => r.directory_user_id).sort()).toEqual(newest.map((r) => r.directory_user_id).sort());
    expect(lost.every((r) => r.end_reason === "window_closed")).toBe(true);

    const [{ count: users }] = await ownerSql()`select count(*)::int as count from directory_users where workspace_id = ${ws}`;
    expect(users).toBe(60); // their data stays
    const audit = await ownerSql()<{ action: string; actor_label: string }[]>`
      select action, actor_label from audit_events where workspace_id = ${ws} and action like 'renewal.%' or (workspace_id = ${ws} and action like 'job.%')`;
    // The license's own term-end job ran at the anniversary: renewed (the ledger), nothing to end.
    expect(audit.map((a) => a.action).sort()).toEqual(["job.licenses.term_end", "job.renewal.window_close", "renewal.window_closed"]);
    const [termEnd] = await ownerSql()<{ outcome: { skipped?: string } }[]>`
      select outcome from workspace_timers where workspace_id = ${ws} and kind = 'licenses.term_end' and done_at is not null`;
    expect(termEnd.outcome.skipped).toBe("renewed");
    const [contract] = await ownerSql()<{ anniversary_date: string }[]>`select anniversary_date::text from contracts where workspace_id = ${ws}`;
    const [next] = await ownerSql()<{ due_at: Date; done_at: Date | null }[]>`
      select due_at, done_at from workspace_timers where workspace_id = ${ws} and done_at is null`;
    expect(next.due_at.getTime()).toBeGreaterThan(Date.now() + 300 * DAY);
    expect(contract.anniversary_date > sb.clock.now.slice(0, 10)).toBe(true);

    // The supervisor and the admin are told, once, who lost access; the viewer is not.
    const mail = await ownerSql()<{ recipients: string[]; subject: string; text: string }[]>`
      select recipients, subject, text from mail_messages where workspace_id = ${ws} and kind = 'renewal.window_closed'`;
    expect(mail).toHaveLength(1);
    expect(mail[0].recipients.sort()).toEqual([sb.signIns.admin.email, sb.signIns.supervisor.email].map((e) => e.toLowerCase()).sort());
    // Nobody chose a language: the pl-PL workspace's, with the Polish plural of 5.
    expect(mail[0].subject).toMatch(/okres odnawiania zamknięty, 5 użytkowników straciło dostęp$/);
    const lostEmails = await ownerSql()<{ email: string }[]>`
      select u.email from assignments a join directory_users u on u.id = a.directory_user_id
       where a.workspace_id = ${ws} and a.state = 'no_access'`;
    for (const { email } of lostEmails) expect(mail[0].text).toContain(email);

    // Advancing further does not run the same close again.
    await runOperation(advanceClock, ctx, { days: 30 });
    expect(await seats(ws)).toEqual({ used: 45, purchased: 45, renewed: 0, no_access: 5 });
    const [{ n: mails }] = await ownerSql()<{ n: number }[]>`select count(*)::int as n from mail_messages where workspace_id = ${ws}`;
    expect(mails).toBe(1);
  });

  it("with nothing renewed the subscription ends: everybody loses access, the license expires", async () => {
    const { sb, ctx } = await sandboxContext("renewal-window-50-45");
    const ws = sb.workspace.id;
    await ownerSql()`update product_seats set renewed = 0 where workspace_id = ${ws}`;
    await runOperation(advanceClock, ctx, { days: 45 });
    expect(await seats(ws)).toEqual({ used: 0, purchased: 0, renewed: 0, no_access: 50 });
    const states = await ownerSql()<{ state: string }[]>`select state from licenses where workspace_id = ${ws}`;
    expect(states.map((l) => l.state)).toEqual(["expired"]);
    const [mail] = await ownerSql()<{ text: string }[]>`select text from mail_messages where workspace_id = ${ws} and kind = 'renewal.window_closed'`;
    expect(mail.text).toContain("nic nie zostało odnowione, więc subskrypcja wygasła i 50 użytkowników straciło dostęp");
  });

  it("with a full renewal nobody loses access", async () => {
    const { sb, ctx } = await sandboxContext("full-renewal-60-70");
    await runOperation(advanceClock, ctx, { days: 45 });
    expect(await seats(sb.workspace.id)).toEqual({ used: 60, purchased: 70, renewed: 0, no_access: 0 });
  });

  it("runs on real time through the worker's sweep for workspaces without a test clock", async () => {
    const { sb } = await sandboxContext("renewal-window-50-45");
    const ws = sb.workspace.id;
    // Make it a real-time workspace whose window closed a minute ago.
    await ownerSql()`delete from workspace_clocks where workspace_id = ${ws}`;
    await ownerSql()`update workspace_timers set due_at = now() - interval '1 minute' where workspace_id = ${ws}`;
    const [a, b] = await Promise.all([runDueTimersEverywhere(), runDueTimersEverywhere()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await seats(ws)).toEqual({ used: 45, purchased: 45, renewed: 0, no_access: 5 });
    const [{ n }] = await withScope({ kind: "system", workspaceId: ws }, (tx) =>
      tx.execute<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'renewal.window_closed'`),
    );
    expect(n).toBe(1);
  });
});
