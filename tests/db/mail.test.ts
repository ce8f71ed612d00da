import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { deliverQueuedMail, listMail, queueMail } from "@/lib/mail";
import { createWorkspace, ownerSql } from "./factories";

const mail = (subject: string) => ({ kind: "test.notice", to: ["Ada@Example.test", "ada@example.test ", "bob@example.test"], subject, text: `Body of ${subject}` });

async function statusOf(id: string) {
  const [row] = await ownerSql()<{ status: string; raw: string | null; attempts: number }[]>`select status, raw, attempts from mail_messages where id = ${id}`;
  return row;
}

describe("the mail outbox", () => {
  it("queues a message only when the change around it commits", async () => {
    const ws = await createWorkspace();
    await expect(
      withScope({ kind: "system", workspaceId: ws.id }, async (tx) => {
        await queueMail(tx, ws.id, mail("rolled back"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const id = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => queueMail(tx, ws.id, mail("committed")));
    const listed = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => listMail(tx, ws.id));
    expect(listed.map((m) => [m.id, m.subject, m.status])).toEqual([[id, "committed", "queued"]]);
    // One copy per address, whatever its case or spacing.
    expect(listed[0].recipients).toEqual(["ada@example.test", "bob@example.test"]);
  });

  it("is tenant data: another workspace's scope and no scope see none of it", async () => {
    const [a, b] = [await createWorkspace(), await createWorkspace()];
    await withScope({ kind: "system", workspaceId: a.id }, (tx) => queueMail(tx, a.id, mail("for A only")));
    expect(await withScope({ kind: "system", workspaceId: b.id }, (tx) => listMail(tx, a.id))).toEqual([]);
    expect(await withScope({ kind: "anonymous" }, (tx) => listMail(tx, a.id))).toEqual([]);
    await expect(withScope({ kind: "system", workspaceId: b.id }, (tx) => queueMail(tx, a.id, mail("forged")))).rejects.toThrow();
  });

  it("delivers queued messages once, rendering them locally when no SMTP server is configured", async () => {
    const ws = await createWorkspace();
    const id = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => queueMail(tx, ws.id, mail("Your order is confirmed")));
    // Two workers at once: the row lock means one of them sends it. Other tests (orders) leave
    // queued mail in many workspaces of the shared database and a pass takes 50 workspaces, so
    // pass until ours has gone out.
    for (let i = 0; i < 100 && (await statusOf(id)).status === "queued"; i++) await Promise.all([deliverQueuedMail(), deliverQueuedMail()]);
    const row = await statusOf(id);
    expect(row.status).toBe("caught");
    expect(row.attempts).toBe(1);
    expect(row.raw).toContain("Subject: Your order is confirmed");
    expect(row.raw).toContain("To: ada@example.test, bob@example.test");
    await deliverQueuedMail();
    expect((await statusOf(id)).attempts).toBe(1);
  });

  it("refuses a message without recipients", async () => {
    const ws = await createWorkspace();
    await expect(
      withScope({ kind: "system", workspaceId: ws.id }, (tx) => queueMail(tx, ws.id, { ...mail("nobody"), to: [" "] })),
    ).rejects.toThrow("has no recipient");
  });
});
