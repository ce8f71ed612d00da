ALTER TABLE "licenses" ADD COLUMN "features" text[];--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "feature_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD COLUMN "issued_for_workspace_id" uuid;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD COLUMN "redeemed_license_id" uuid;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD COLUMN "replaced_license_id" uuid;--> statement-breakpoint
ALTER TABLE "activation_codes" ADD CONSTRAINT "activation_codes_issued_for_workspace_id_workspaces_id_fk" FOREIGN KEY ("issued_for_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activation_codes_redeemed_license_key" ON "activation_codes" USING btree ("redeemed_license_id");--> statement-breakpoint
CREATE INDEX "activation_codes_issued_for_idx" ON "activation_codes" USING btree ("issued_for_workspace_id");