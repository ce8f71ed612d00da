CREATE TYPE "public"."account_kind" AS ENUM('person', 'api_token');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid,
	"reseller_id" uuid,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"role" "workspace_role" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "kind" "account_kind" DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "scoped_workspace_id" uuid;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_reseller_id_resellers_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."resellers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_key" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_ws_idx" ON "api_tokens" USING btree ("workspace_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_scoped_workspace_id_workspaces_id_fk" FOREIGN KEY ("scoped_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON api_tokens
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])
         OR (workspace_id IS NULL AND reseller_id = (SELECT app_reseller_id())))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])
         OR (workspace_id IS NULL AND reseller_id = (SELECT app_reseller_id())));
--> statement-breakpoint
-- A bearer token is resolved before any scope exists: this function is the app's only way to
-- look one up, by the hash of its secret, without being able to list the table.
CREATE OR REPLACE FUNCTION app_token_account(secret_hash text) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE found_account uuid;
BEGIN
  UPDATE api_tokens SET last_used_at = now()
   WHERE token_hash = secret_hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
     AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute');
  SELECT account_id INTO found_account FROM api_tokens
   WHERE token_hash = secret_hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now());
  RETURN found_account;
END
$$;
--> statement-breakpoint
-- Sandboxes past their age are found by the clean-up job, which then deletes each one inside
-- its own system scope; this lists ids and nothing else.
CREATE OR REPLACE FUNCTION app_expired_sandboxes() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT id FROM workspaces WHERE is_sandbox AND expires_at < now() $$;
