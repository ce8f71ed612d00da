CREATE TABLE "publisher_audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"publisher_id" uuid NOT NULL,
	"actor_account_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_one_owner";--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "publisher_id" uuid;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD COLUMN "issued_by_publisher_id" uuid;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "publisher_audit_events" ADD CONSTRAINT "publisher_audit_events_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publisher_audit_events_publisher_idx" ON "publisher_audit_events" USING btree ("publisher_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD CONSTRAINT "activation_codes_issued_by_publisher_id_publishers_id_fk" FOREIGN KEY ("issued_by_publisher_id") REFERENCES "public"."publishers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_publisher_idx" ON "api_tokens" USING btree ("publisher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activation_codes_publisher_request_key" ON "activation_codes" USING btree ("issued_by_publisher_id","request_key");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_publisher_role" CHECK ("api_tokens"."publisher_id" is null or "api_tokens"."role" = 'admin');--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_one_owner" CHECK (num_nonnulls("api_tokens"."workspace_id", "api_tokens"."reseller_id", "api_tokens"."publisher_id") = 1);--> statement-breakpoint
-- custom: row-level security
-- Publisher API tokens: an account of kind api_token carrying the publisher's id (no workspace, no
-- reseller), so app_publisher_id(), app_publisher_sees() and app_publisher_reset_items() treat it
-- as the publisher's staff. Only staff *people* of the real console manage them: a token never
-- manages tokens, and a sandbox sign-in (scoped to one sandbox workspace) gets none, since its
-- token would not carry that scope and would see the publisher's real customers.
CREATE OR REPLACE FUNCTION app_publisher_staff_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT publisher_id FROM accounts
    WHERE id = app_account_id() AND kind = 'person' AND scoped_workspace_id IS NULL AND disabled_at IS NULL $$;
--> statement-breakpoint
CREATE POLICY publisher_token_accounts ON accounts
  USING (kind = 'api_token' AND scoped_workspace_id IS NULL AND reseller_id IS NULL
         AND publisher_id = (SELECT app_publisher_staff_id()))
  WITH CHECK (kind = 'api_token' AND scoped_workspace_id IS NULL AND reseller_id IS NULL
              AND publisher_id = (SELECT app_publisher_staff_id()));
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON api_tokens;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON api_tokens
  USING (workspace_id IN (SELECT unnest(app_workspace_ids()))
         OR (workspace_id IS NULL AND reseller_id = (SELECT app_reseller_staff_id()))
         OR (workspace_id IS NULL AND publisher_id = (SELECT app_publisher_staff_id()))
         OR account_id = (SELECT app_account_id()))
  WITH CHECK (workspace_id IN (SELECT unnest(app_workspace_ids()))
              OR (workspace_id IS NULL AND reseller_id = (SELECT app_reseller_staff_id()))
              OR (workspace_id IS NULL AND publisher_id = (SELECT app_publisher_staff_id())));
--> statement-breakpoint
-- The publisher of a staff person or token of the real console (not a sandbox sign-in): the one
-- that may issue activation codes for its products, which redeem in any workspace.
CREATE OR REPLACE FUNCTION app_publisher_console_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT publisher_id FROM accounts WHERE id = app_account_id() AND scoped_workspace_id IS NULL AND disabled_at IS NULL $$;
--> statement-breakpoint
-- Codes a publisher issues through its API: for anyone (no workspace), for one of its own
-- products; it reads back only the codes it issued (the insert's RETURNING and a retried
-- Idempotency-Key), and their definitions.
CREATE POLICY publisher_issues ON activation_codes FOR INSERT
  WITH CHECK (issued_by_publisher_id = (SELECT app_publisher_console_id())
              AND issued_for_workspace_id IS NULL AND redeemed_workspace_id IS NULL AND redeemed_at IS NULL
              AND definition_id IN (SELECT d.id FROM license_definitions d JOIN products p ON p.id = d.product_id
                                     WHERE p.publisher_id = (SELECT app_publisher_console_id())));
--> statement-breakpoint
CREATE POLICY publisher_reads_issued ON activation_codes FOR SELECT
  USING (issued_by_publisher_id = (SELECT app_publisher_console_id()));
--> statement-breakpoint
CREATE POLICY publisher_defines ON license_definitions FOR INSERT
  WITH CHECK (product_id IN (SELECT id FROM products WHERE publisher_id = (SELECT app_publisher_console_id())));
--> statement-breakpoint
CREATE POLICY publisher_reads_definitions ON license_definitions FOR SELECT
  USING (product_id IN (SELECT id FROM products WHERE publisher_id = (SELECT app_publisher_console_id())));
--> statement-breakpoint
-- The publisher's products' activations in aggregate: counts per product and state over the
-- workspaces it may see (app_publisher_sees: real ones, or its sandbox's for a sandbox sign-in),
-- never which workspace, host or person.
CREATE OR REPLACE FUNCTION app_publisher_activation_counts()
  RETURNS TABLE(product_id uuid, product_sku text, product_name text, state text, activations integer, hosts integer, workspaces integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT p.id, p.sku, p.name, CASE WHEN a.released_at IS NULL THEN 'active' ELSE 'released' END,
         count(*)::int, count(DISTINCT (a.workspace_id, a.host_id))::int, count(DISTINCT a.workspace_id)::int
    FROM products p
    JOIN licenses l ON l.product_id = p.id
    JOIN activations a ON a.workspace_id = l.workspace_id AND a.license_id = l.id
   WHERE p.publisher_id = app_publisher_id() AND app_publisher_sees(p.publisher_id, a.workspace_id)
   GROUP BY p.id, p.sku, p.name, 4
   ORDER BY p.name, p.sku, 4
$$;
--> statement-breakpoint
-- The publisher's own log: its staff read and append; nobody updates or deletes (no policy, and
-- db/migrate.ts revokes the privileges).
ALTER TABLE publisher_audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE publisher_audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY publisher_read ON publisher_audit_events FOR SELECT
  USING (publisher_id = (SELECT app_publisher_staff_id()));
--> statement-breakpoint
CREATE POLICY publisher_append ON publisher_audit_events FOR INSERT
  WITH CHECK (publisher_id = (SELECT app_publisher_console_id()));
