import { AUDIT_ACTIONS } from "@/lib/audit/vocabulary";

/**
 * Every audit action is a webhook event type (the payload's `type`), plus the test event a
 * supervisor sends from Settings. An endpoint subscribes to a list of them, or to "*": every
 * event, including actions recorded under codes not yet in the vocabulary (job.<kind>).
 */
export const TEST_EVENT_TYPE = "webhook.test";
export const WEBHOOK_EVENT_TYPES = [...AUDIT_ACTIONS, TEST_EVENT_TYPE] as const;
export const ALL_EVENTS = "*";
export const PAYLOAD_VERSION = 1;

export const isWebhookEventType = (t: string) => t === ALL_EVENTS || (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t);

/**
 * The versioned payload (OpenAPI `webhooks`, docs/WEBHOOKS.md). A new field may be added within
 * a version; renaming or removing one makes version 2.
 */
export type WebhookPayload = {
  id: string;
  type: string;
  version: typeof PAYLOAD_VERSION;
  created_at: string;
  workspace: { id: string };
  data: { subject: { type: string; id: string | null }; actor: { label: string }; details: Record<string, unknown> };
};

export type WebhookEvent = { subjectType: string; subjectId?: string | null; action: string; data?: Record<string, unknown> };

/**
 * `id` is the Webhook-Id: the audit event's id (so a receiver can look the event up in the audit
 * log), or a fresh uuid for the test event, which is not audited. One event sent to several
 * endpoints has one id at all of them, and a re-send keeps it: a receiver dedupes on it.
 */
export function payloadOf(workspaceId: string, actorLabel: string, event: WebhookEvent, at: Date, id: string): WebhookPayload {
  return {
    id,
    type: event.action,
    version: PAYLOAD_VERSION,
    created_at: at.toISOString(),
    workspace: { id: workspaceId },
    data: { subject: { type: event.subjectType, id: event.subjectId ?? null }, actor: { label: actorLabel }, details: event.data ?? {} },
  };
}

/** The unit of ordering: a subject's events reach an endpoint in the order they happened. */
export const subjectKey = (p: WebhookPayload) => `${p.data.subject.type}:${p.data.subject.id ?? ""}`;
