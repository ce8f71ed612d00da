import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { mailMessages } from "@/db/schema";
import { withScope, type Tx } from "@/db/scope";
import { workspaceNow } from "@/lib/clock";
import { DEFAULT_UI_LOCALE, uiLocaleOf, type UiLocale } from "@/lib/i18n/locales";
import { translatorFor, type Translator } from "@/lib/i18n/translate";
import { deliver } from "./transport";

export type Mail = {
  /** What it is about, for the outbox and tests: "order.confirmation", "renewal.window_closed", ... */
  kind: string;
  to: string[];
  /**
   * Writes the message in one language from the catalogues' `mail` namespace; called once per
   * language among the recipients. Dates and money in it stay in the workspace's locale and
   * currency, whatever language the words are in.
   */
  compose: (t: Translator) => { subject: string; text: string };
};

/** Delivery is retried this often before a message is marked failed. */
const MAX_ATTEMPTS = 5;

/**
 * Queues a message in the caller's transaction: if the change rolls back, no mail was ever
 * queued; if it commits, the worker delivers it. Duplicate recipients are sent one copy. Each
 * recipient reads it in their account's language, else the workspace's: one message per
 * language, so nobody sees another recipient's language (the ids come in the languages' order).
 */
export async function queueMail(tx: Tx, workspaceId: string, mail: Mail): Promise<string[]> {
  const recipients = [...new Set(mail.to.map((r) => r.trim().toLowerCase()).filter(Boolean))];
  if (recipients.length === 0) throw new Error(`mail ${mail.kind} has no recipient`);
  const queuedAt = await workspaceNow(tx, workspaceId);
  const ids: string[] = [];
  for (const [locale, to] of await languagesOf(tx, workspaceId, recipients)) {
    const { subject, text } = mail.compose(translatorFor(locale));
    const [row] = await tx
      .insert(mailMessages)
      .values({ workspaceId, kind: mail.kind, recipients: to, subject, text, queuedAt })
      .returning({ id: mailMessages.id });
    ids.push(row.id);
  }
  return ids;
}

/**
 * An account's own mail (a reset link, an invitation's link): in no workspace's outbox, so no
 * member of a workspace reads a link meant for one person; written in `locale`, the recipient's.
 * Queued in the caller's transaction, whatever its scope (app_queue_account_mail, migration 0030).
 */
export async function queueAccountMail(tx: Tx, mail: Omit<Mail, "to"> & { to: string; locale: UiLocale }): Promise<string> {
  const { subject, text } = mail.compose(translatorFor(mail.locale));
  const [row] = await tx.execute<{ id: string }>(sql`select app_queue_account_mail(${mail.kind}, ${mail.to}, ${subject}, ${text}) as id`);
  return row.id;
}

/**
 * Accounts' own mail to these addresses, newest first: read by the system scope of no workspace,
 * the only one its policy lets in. For a test installation's sandboxes (lib/sandboxes), whose
 * suites follow a reset or an invitation link as a person would from their mailbox.
 */
export async function accountMailTo(emails: string[], limit = 20) {
  if (emails.length === 0) return [];
  return withScope(
    { kind: "system" },
    (tx) =>
      tx
        .select({ id: mailMessages.id, kind: mailMessages.kind, recipients: mailMessages.recipients, subject: mailMessages.subject, text: mailMessages.text, queuedAt: mailMessages.queuedAt })
        .from(mailMessages)
        .where(and(isNull(mailMessages.workspaceId), sql`${mailMessages.recipients} && ${`{${emails.map((e) => JSON.stringify(e.toLowerCase())).join(",")}}`}::text[]`))
        .orderBy(desc(mailMessages.createdAt))
        .limit(limit),
    { readOnly: true },
  );
}

/**
 * The recipients grouped by the language they read (app_mail_locales: the account's choice, else
 * the workspace's locale), languages in a fixed order, addresses in the order given.
 */
async function languagesOf(tx: Tx, workspaceId: string, recipients: string[]): Promise<Map<UiLocale, string[]>> {
  const rows = await tx.execute<{ email: string; locale: string }>(
    sql`select email, locale from app_mail_locales(${workspaceId}::uuid, array[${sql.join(recipients.map((r) => sql`${r}`), sql`, `)}]::text[])`,
  );
  // No row at all: the workspace is not the caller's, and the insert's row policy will refuse it.
  const localeOf = new Map(rows.map((r) => [r.email, uiLocaleOf(r.locale) ?? DEFAULT_UI_LOCALE]));
  const byLocale = new Map<UiLocale, string[]>();
  for (const email of recipients) {
    const locale = localeOf.get(email) ?? DEFAULT_UI_LOCALE;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), email]);
  }
  return new Map([...byLocale].sort(([a], [b]) => a.localeCompare(b)));
}

/** The workspace's messages, newest first (the outbox page and tests read this). */
export async function listMail(tx: Tx, workspaceId: string, opts: { limit?: number; kind?: string } = {}) {
  return tx
    .select({
      id: mailMessages.id,
      kind: mailMessages.kind,
      recipients: mailMessages.recipients,
      subject: mailMessages.subject,
      text: mailMessages.text,
      status: mailMessages.status,
      queuedAt: mailMessages.queuedAt,
      deliveredAt: mailMessages.deliveredAt,
      lastError: mailMessages.lastError,
    })
    .from(mailMessages)
    .where(and(eq(mailMessages.workspaceId, workspaceId), opts.kind ? eq(mailMessages.kind, opts.kind) : undefined))
    .orderBy(desc(mailMessages.queuedAt), desc(mailMessages.createdAt))
    .limit(opts.limit ?? 100);
}

export async function rawMail(tx: Tx, workspaceId: string, id: string): Promise<{ subject: string; raw: string | null } | null> {
  const [row] = await tx
    .select({ subject: mailMessages.subject, raw: mailMessages.raw })
    .from(mailMessages)
    .where(and(eq(mailMessages.workspaceId, workspaceId), eq(mailMessages.id, id)));
  return row ?? null;
}

/**
 * Delivers one queued message of a workspace, if any: the row is locked (SKIP LOCKED, so workers
 * never send one message twice at once) and its outcome saved in the same transaction.
 */
async function deliverNext(workspaceId: string | null): Promise<boolean> {
  // Accounts' own mail (no workspace) is read by the system scope of no workspace only.
  return withScope({ kind: "system", workspaceId: workspaceId ?? undefined }, async (tx) => {
    const [msg] = await tx
      .select()
      .from(mailMessages)
      .where(and(workspaceId ? eq(mailMessages.workspaceId, workspaceId) : isNull(mailMessages.workspaceId), eq(mailMessages.status, "queued")))
      .orderBy(mailMessages.createdAt)
      .limit(1)
      .for("update", { skipLocked: true });
    if (!msg) return false;
    try {
      const delivery = await deliver({ to: msg.recipients, subject: msg.subject, text: msg.text, messageId: msg.id });
      await tx
        .update(mailMessages)
        .set({ status: delivery.mode === "smtp" ? "sent" : "caught", raw: delivery.raw, attempts: msg.attempts + 1, deliveredAt: new Date(), lastError: null })
        .where(eq(mailMessages.id, msg.id));
    } catch (e) {
      const attempts = msg.attempts + 1;
      await tx
        .update(mailMessages)
        .set({ attempts, lastError: String((e as Error)?.message ?? e).slice(0, 500), status: attempts >= MAX_ATTEMPTS ? "failed" : "queued" })
        .where(eq(mailMessages.id, msg.id));
      // A failing server should not spin this loop: the next tick tries again.
      return false;
    }
    return true;
  });
}

/** The worker's task: deliver what is queued, in every workspace. */
export async function deliverQueuedMail(batch = 50): Promise<number> {
  const due = await withScope({ kind: "anonymous" }, (tx) =>
    // A null id: accounts' own mail.
    tx.execute<{ id: string | null }>(sql`select app_workspaces_with_queued_mail(${batch}) as id`),
  );
  let sent = 0;
  for (const { id } of due) {
    for (let i = 0; i < batch && (await deliverNext(id)); i++) sent++;
  }
  return sent;
}
