import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { workspaces } from "./tenancy";

/**
 * The transactional outbox: a message is queued in the transaction of the change it reports, so
 * it exists exactly when the change does; the worker delivers it afterwards. Outside production
 * nothing leaves the machine: the rendered message is kept here for the outbox page.
 */
export const mailMessages = pgTable(
  "mail_messages",
  {
    id: id(),
    /**
     * The workspace whose outbox holds it; null for an account's own mail (a password reset link,
     * an invitation's link), which no workspace member may read (migration 0030).
     */
    workspaceId: uuid().references(() => workspaces.id, { onDelete: "cascade" }),
    /** What the message is about ("order.confirmation", "renewal.window_closed", ...). */
    kind: text().notNull(),
    recipients: text().array().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** "queued" → "sent" (SMTP) or "caught" (kept locally), or "failed" after the last attempt. */
    status: text().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    /** The RFC 822 message as rendered by nodemailer, kept when caught locally. */
    raw: text(),
    queuedAt: tstz().notNull(),
    createdAt: createdAt(),
    deliveredAt: tstz(),
  },
  (t) => [
    index("mail_messages_ws_queued_idx").on(t.workspaceId, t.queuedAt.desc()),
    index("mail_messages_pending_idx").on(t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

export type MailMessage = typeof mailMessages.$inferSelect;
