/**
 * The words of the audit log: the actions events are recorded with and the kinds of subject they
 * are about, for the Audit tab's filter selects and labels (messages `audit.actions.*`,
 * `audit.subjects.*`). The log itself stores any action: a new one shows by its code until it is
 * added here, and timed jobs record `job.<timer kind>` (lib/jobs/timers.ts).
 */
export const AUDIT_ACTIONS = [
  "activation.released",
  "activation_code.issued",
  "api_token.created",
  "api_token.revoked",
  "assignment.created",
  "assignment.ended",
  "assignments.bulk_unassign_requested",
  "assignments.bulk_unassign_finished",
  "clock.set",
  "clock.advanced",
  "device.license_switched",
  "directory_user.created",
  "directory_user.bulk_created",
  "host.removed",
  "host.reset_requested",
  "keys.activated",
  "keys.checked_online",
  "keys.provisional_expired",
  "keys.request_key_entered",
  "license.expired",
  "license.features_configured",
  "license.renewed",
  "license.replaced",
  "order.cancelled",
  "order.created",
  "order.lapsed",
  "order.paid",
  "payment.confirmed",
  "renewal.window_closed",
  "reset_request.approved",
  "reset_request.denied",
  "sandbox.created",
  "settings.two_factor_required",
  "webhook_endpoint.created",
  "webhook_endpoint.updated",
  "webhook_endpoint.deleted",
  "webhook_endpoint.disabled",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SUBJECTS = [
  "activation_code",
  "api_token",
  "bulk_operation",
  "clock",
  "directory_user",
  "host",
  "license",
  "order",
  "product",
  "request_key",
  "reset_request_item",
  "timer",
  "webhook_endpoint",
  "workspace",
] as const;

export const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);
export const isKnownSubject = (kind: string): kind is (typeof AUDIT_SUBJECTS)[number] => (AUDIT_SUBJECTS as readonly string[]).includes(kind);

export type ActorKind = "person" | "token" | "job";

/**
 * Who an event's actor is, from what was recorded: an API token's account has the address
 * `token-<id>@api-tokens.invalid` (lib/auth/accounts.ts createTokenAccount), a timed job records
 * `job:<kind>` without an account; anyone else is a person.
 */
export function actorKind(label: string, accountId: string | null): ActorKind {
  if (label.endsWith("@api-tokens.invalid")) return "token";
  if (!accountId || label.startsWith("job:")) return "job";
  return "person";
}
