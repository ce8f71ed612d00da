CREATE TABLE "account_recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "license_renewals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"license_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"request_key" text NOT NULL,
	"previous_term_end" timestamp with time zone NOT NULL,
	"new_term_end" timestamp with time zone NOT NULL,
	"renewed_on" date NOT NULL,
	"activation_code" text NOT NULL,
	"renewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resellers" ADD COLUMN "is_sandbox" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "account_recovery_codes" ADD CONSTRAINT "account_recovery_codes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_renewals" ADD CONSTRAINT "license_renewals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_renewals" ADD CONSTRAINT "license_renewals_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_renewals" ADD CONSTRAINT "license_renewals_renewed_by_accounts_id_fk" FOREIGN KEY ("renewed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_recovery_codes_key" ON "account_recovery_codes" USING btree ("account_id","code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "license_renewals_request_key" ON "license_renewals" USING btree ("workspace_id","request_key");--> statement-breakpoint
CREATE INDEX "license_renewals_license_idx" ON "license_renewals" USING btree ("workspace_id","license_id");--> statement-breakpoint
CREATE INDEX "licenses_term_end_id_idx" ON "licenses" USING btree ("term_end","id");--> statement-breakpoint
CREATE INDEX "licenses_name_id_idx" ON "licenses" USING btree ("name","id");--> statement-breakpoint
-- custom: row-level security
ALTER TABLE license_renewals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE license_renewals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON license_renewals
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint
-- Recovery codes belong to one account: only that account (signed in, or proving its password
-- at sign-in, see lib/auth/two-factor.ts) reads or spends them.
ALTER TABLE account_recovery_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE account_recovery_codes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_codes ON account_recovery_codes
  USING (account_id = (SELECT app_account_id()))
  WITH CHECK (account_id = (SELECT app_account_id()));
--> statement-breakpoint
-- Resellers are catalogue rows the app cannot write; these two doors are the exceptions.
-- Reseller staff switch the second sign-in step on or off for their own company only.
CREATE OR REPLACE FUNCTION app_set_reseller_two_factor(required boolean) RETURNS boolean
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  UPDATE resellers SET require_two_factor = required WHERE id = app_reseller_id() RETURNING require_two_factor
$$;
--> statement-breakpoint
-- The sandbox API (refused in production by lib/sandboxes) makes a throw-away reseller; sandbox
-- resellers left without workspaces for an hour are removed at the same time.
CREATE OR REPLACE FUNCTION app_create_sandbox_reseller(new_slug text, new_name text, required boolean) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE new_id uuid;
BEGIN
  DELETE FROM resellers r
   WHERE r.is_sandbox AND r.created_at < now() - interval '1 hour'
     AND NOT EXISTS (SELECT 1 FROM reseller_workspaces rw WHERE rw.reseller_id = r.id);
  INSERT INTO resellers (slug, name, require_two_factor, is_sandbox)
    VALUES (new_slug, new_name, required, true) RETURNING id INTO new_id;
  RETURN new_id;
END
$$;
