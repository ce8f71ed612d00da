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
ALTER TABLE "publisher_audit_events" ADD CONSTRAINT "publisher_audit_events_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publisher_audit_events_publisher_idx" ON "publisher_audit_events" USING btree ("publisher_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_publisher_id_publishers_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."publishers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_publisher_idx" ON "api_tokens" USING btree ("publisher_id");--> statement-breakpoint
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
  WITH CHECK (publisher_id = (SELECT app_publisher_staff_id()));
