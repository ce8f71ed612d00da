import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { workspaces } from "./tenancy";

/**
 * Where a workspace's events are POSTed (lib/webhooks). The signing secret is needed to sign, so
 * it is kept sealed (AES-256-GCM, lib/webhooks/secret.ts), never hashed; it is shown once.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: id(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    url: text().notNull(),
    /** Event types it receives ("license.renewed", ...), or ["*"] for every type. */
    eventTypes: text().array().notNull(),
    description: text().notNull().default(""),
    secretSealed: text().notNull(),
    enabled: boolean().notNull().default(true),
    /** Why it was switched off: null (on, or off by a person) or "failing" (the worker gave up). */
    disabledReason: text(),
    /** Since when every delivery attempt has failed; cleared by a success. */
    failingSince: tstz(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_ws_idx").on(t.workspaceId, t.createdAt)],
);

/**
 * The outbox: one row per event and endpoint, inserted in the transaction of the change (so it
 * exists exactly when the change does) and worked off by the worker. `seq` orders the events of
 * one subject: the worker never sends a subject's later event while an earlier one is pending.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    seq: bigserial({ mode: "number" }).notNull(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /**
     * The event's id (Webhook-Id header): its audit event's id (audit_events.id as text), or a
     * uuid for a test event, which the audit log does not hold. The same on every attempt, on a
     * manual re-send, and at every endpoint the event went to.
     */
    eventId: text().notNull(),
    eventType: text().notNull(),
    /** "<subject type>:<subject id>", the unit of ordering. */
    subject: text().notNull(),
    payload: jsonb().notNull(),
    /** "pending" → "succeeded", or "failed" once retries ran out (3 days). */
    status: text().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    responseStatus: integer(),
    durationMs: integer(),
    lastError: text(),
    nextAttemptAt: tstz(),
    createdAt: createdAt(),
    lastAttemptAt: tstz(),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.seq.desc()),
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("webhook_deliveries_subject_idx").on(t.endpointId, t.subject, t.seq).where(sql`${t.status} = 'pending'`),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
