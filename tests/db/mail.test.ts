import { describe, expect, it } from "vitest";
import { withScope } from "@/db/scope";
import { deliverQueuedMail, listMail, queueMail } from "@/lib/mail";
import { createAccount, createMember, createPublisher, createWorkspace, ownerSql } from "./factories";

const mail = (subject: string) => ({
  kind: "test.notice",
  to: ["Ada@Example.test", "ada@example.test ", "bob@example.test"],
  compose: () => ({ subject, text: `Body of ${subject}` }),
});

async function setLocale(accountId: string, locale: string) {
  await ownerSql()`update accounts set locale = ${locale} where id = ${accountId}`;
}

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
    const [id] = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => queueMail(tx, ws.id, mail("committed")));
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
    const [id] = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => queueMail(tx, ws.id, mail("Your order is confirmed")));
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

  it("writes one message per language: each recipient's own, else the workspace's", async () => {
    const ws = await createWorkspace({ country: "DE" });
    const polish = await createMember(ws.id, "admin");
    const german = await createMember(ws.id, "supervisor");
    const english = await createMember(ws.id, "admin");
    await setLocale(polish.id, "pl");
    await setLocale(german.id, "de");
    await setLocale(english.id, "en");
    // Publisher staff are no members of the workspace (its scope cannot read their row), yet read their own language.
    const publisher = await createPublisher();
    const staff = await createAccount({ publisherId: publisher.id });
    await setLocale(staff.id, "pl");
    const withoutAccount = "someone@example.test";
    // A language set on an account that does not work for this workspace is not told.
    const stranger = await createAccount();
    await setLocale(stranger.id, "pl");

    await withScope({ kind: "system", workspaceId: ws.id }, (tx) =>
      queueMail(tx, ws.id, {
        kind: "order.lapsed",
        to: [polish.email, german.email, english.email, staff.email, withoutAccount, stranger.email],
        compose: (t) => ({
          subject: t("mail.orderLapsed.subject", { number: "LC-2026-000007", hasPo: "no", po: "", quantity: "2", product: "Atlas" }),
          text: t("mail.orderLapsed.intro", { workspace: ws.name }),
        }),
      }),
    );
    const listed = await withScope({ kind: "system", workspaceId: ws.id }, (tx) => listMail(tx, ws.id));
    const bySubject = Object.fromEntries(listed.map((m) => [m.subject, [...m.recipients].sort()]));
    expect(bySubject).toEqual({
      "Zamówienie LC-2026-000007 wygasło bez płatności: 2 × Atlas": [polish.email, staff.email].sort(),
      // de-DE workspace: its language for whoever chose none.
      "Bestellung LC-2026-000007 unbezahlt verfallen: 2 × Atlas": [german.email, withoutAccount, stranger.email].sort(),
      "Order LC-2026-000007 lapsed unpaid: 2 × Atlas": [english.email],
    });
    expect(listed.find((m) => m.recipients.includes(polish.email))?.text).toBe(
      `Nieopłacone zamówienie w obszarze roboczym ${ws.name} nie może już zostać opłacone i wygasło; nie zostanie naliczona żadna opłata.`,
    );
  });
});
