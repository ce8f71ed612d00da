CREATE TABLE "reseller_audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"reseller_id" uuid NOT NULL,
	"actor_account_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reseller_audit_events" ADD CONSTRAINT "reseller_audit_events_reseller_id_resellers_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."resellers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reseller_audit_events_reseller_idx" ON "reseller_audit_events" USING btree ("reseller_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "api_tokens_reseller_idx" ON "api_tokens" USING btree ("reseller_id");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_one_owner" CHECK (("api_tokens"."workspace_id" is null) <> ("api_tokens"."reseller_id" is null));--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_reseller_role" CHECK ("api_tokens"."reseller_id" is null or "api_tokens"."role" in ('admin', 'viewer'));--> statement-breakpoint
-- custom: row-level security
-- Reseller API tokens: an account of kind api_token carrying the reseller's id (no workspace of
-- its own), reaching every workspace linked to the reseller through the same functions as reseller
-- staff (app_can_open_workspace, app_workspace_ids). Only reseller *staff* (people) manage them:
-- a token, even a reseller token, never creates, lists or revokes reseller tokens.
CREATE OR REPLACE FUNCTION app_reseller_staff_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT reseller_id FROM accounts WHERE id = app_account_id() AND kind = 'person' AND disabled_at IS NULL $$;
--> statement-breakpoint
-- Reseller staff see, create and disable (on revoke) the accounts behind their reseller's tokens.
CREATE POLICY reseller_token_accounts ON accounts
  USING (kind = 'api_token' AND scoped_workspace_id IS NULL AND publisher_id IS NULL
         AND reseller_id = (SELECT app_reseller_staff_id()))
  WITH CHECK (kind = 'api_token' AND scoped_workspace_id IS NULL AND publisher_id IS NULL
              AND reseller_id = (SELECT app_reseller_staff_id()));
--> statement-breakpoint
-- api_tokens: a workspace's tokens in its scope; a reseller's tokens to its staff only (was: to
-- any account of the reseller, tokens included); and a token account may read its own row (its
-- role), never write it.
DROP POLICY IF EXISTS tenant_isolation ON api_tokens;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON api_tokens
  USING (workspace_id IN (SELECT unnest(app_workspace_ids()))
         OR (workspace_id IS NULL AND reseller_id = (SELECT app_reseller_staff_id()))
         OR account_id = (SELECT app_account_id()))
  WITH CHECK (workspace_id IN (SELECT unnest(app_workspace_ids()))
              OR (workspace_id IS NULL AND reseller_id = (SELECT app_reseller_staff_id())));
--> statement-breakpoint
-- The reseller's own audit log: its staff read and append; nobody updates or deletes (no policy,
-- and db/migrate.ts revokes the privileges).
ALTER TABLE reseller_audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reseller_audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reseller_read ON reseller_audit_events FOR SELECT
  USING (reseller_id = (SELECT app_reseller_staff_id()));
--> statement-breakpoint
CREATE POLICY reseller_append ON reseller_audit_events FOR INSERT
  WITH CHECK (reseller_id = (SELECT app_reseller_staff_id()));
--> statement-breakpoint
-- Sandbox resellers removed here take their tokens' accounts along (api_tokens rows go by
-- cascade; the accounts would otherwise linger with reseller_id set to NULL).
CREATE OR REPLACE FUNCTION app_create_sandbox_reseller(new_slug text, new_name text, required boolean) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE new_id uuid;
BEGIN
  DELETE FROM accounts a
   USING resellers r
   WHERE a.reseller_id = r.id AND a.kind = 'api_token' AND a.scoped_workspace_id IS NULL
     AND r.is_sandbox AND r.created_at < now() - interval '1 hour'
     AND NOT EXISTS (SELECT 1 FROM reseller_workspaces rw WHERE rw.reseller_id = r.id);
  DELETE FROM resellers r
   WHERE r.is_sandbox AND r.created_at < now() - interval '1 hour'
     AND NOT EXISTS (SELECT 1 FROM reseller_workspaces rw WHERE rw.reseller_id = r.id);
  INSERT INTO resellers (slug, name, require_two_factor, is_sandbox)
    VALUES (new_slug, new_name, required, true) RETURNING id INTO new_id;
  RETURN new_id;
END
$$;
