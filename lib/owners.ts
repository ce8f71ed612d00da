/**
 * Who writes which table (docs/ARCHITECTURE.md, "Who writes which table"): each table has one
 * owning module, a folder under lib/ or one file, and every other area calls the owner's
 * functions. ESLint's `tables/owner-writes` (eslint/table-owners.mjs, configured from this map in
 * eslint.config.mjs) fails `npm run lint` when anything else inserts, updates or deletes a table's
 * rows (drizzle or raw SQL); lib/owners.test.ts holds the map to the schema and tests the rule.
 *
 * Keys are the tables' SQL names; an empty list means no module writes it (the seeds, or only
 * SECURITY DEFINER functions of the migrations). Editing this map is how a table changes owner.
 */
export const TABLE_OWNERS: Record<string, readonly string[]> = {
  workspaces: ["lib/workspaces/record.ts"],
  workspace_clocks: ["lib/clock"],
  workspace_timers: ["lib/jobs/timers.ts"],
  accounts: ["lib/auth"],
  memberships: ["lib/workspaces/people.ts"],
  account_recovery_codes: ["lib/auth/two-factor.ts"],
  // Reset links: only app_password_reset_* (migration 0030), called by lib/auth/password-reset.ts.
  password_resets: [],
  workspace_invitations: ["lib/workspaces/invitations.ts"],
  ended_sessions: [],
  throttle_counters: [],
  api_rate_limits: [],
  worker_heartbeats: [],
  api_tokens: ["lib/api-tokens"],
  idempotency_keys: ["lib/operations"],
  audit_events: ["lib/audit"],
  reseller_audit_events: ["lib/audit"],
  publisher_audit_events: ["lib/audit"],
  // The chain heads: written only by the audit chain triggers (migration 0024).
  audit_chain_heads: [],
  reseller_audit_chain_heads: [],
  mail_messages: ["lib/mail"],
  webhook_endpoints: ["lib/webhooks"],
  webhook_deliveries: ["lib/webhooks"],
  bulk_jobs: ["lib/jobs/bulk.ts"],
  publishers: [],
  products: [],
  prices: [],
  resellers: [],
  directory_users: ["lib/directory"],
  contracts: ["lib/renewal"],
  licenses: ["lib/licenses"],
  license_terms: ["lib/licenses/terms.ts"],
  product_seats: ["lib/seats/ledger.ts"],
  assignments: ["lib/seats"],
  orders: ["lib/orders"],
  license_definitions: ["lib/activation-service"],
  activation_codes: ["lib/activation-service"],
  request_keys: ["lib/request-keys"],
  hosts: ["lib/hosts"],
  activations: ["lib/devices"],
  reset_requests: ["lib/hosts"],
  reset_request_items: ["lib/hosts"],
  reseller_workspaces: ["lib/reseller/links"],
  reseller_invitations: ["lib/reseller/links"],
};

/**
 * Demo data for the seeds and the sandbox templates (fixed ids, moments in the past), written as
 * the seeds write it rather than through the owners' operations. The seeds themselves (db/seed)
 * are outside lib/ and not checked.
 */
export const DEMO_DATA_WRITERS: readonly string[] = ["lib/demo-data"];
