CREATE TYPE "public"."term_via" AS ENUM('purchase', 'renewal_order', 'online_renewal', 'activation_code', 'key');--> statement-breakpoint
ALTER TYPE "public"."order_status" ADD VALUE 'lapsed';--> statement-breakpoint
CREATE TABLE "license_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"license_id" uuid NOT NULL,
	"via" "term_via" NOT NULL,
	"term_start" timestamp with time zone NOT NULL,
	"term_end" timestamp with time zone NOT NULL,
	"seats" integer NOT NULL,
	"renews_term_end" timestamp with time zone,
	"order_id" uuid,
	"request_key" text,
	"renewed_on" date,
	"activation_code" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "seq" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "number" text;--> statement-breakpoint
-- custom: number the orders already placed, oldest first, per workspace.
UPDATE orders o SET seq = n.seq, number = 'LC-' || to_char(o.created_at AT TIME ZONE w.time_zone, 'YYYY') || '-' || lpad(n.seq::text, 6, '0')
  FROM (SELECT id, row_number() OVER (PARTITION BY workspace_id ORDER BY created_at, id)::int AS seq FROM orders) n, workspaces w
 WHERE n.id = o.id AND w.id = o.workspace_id;--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "purchase_order" text;--> statement-breakpoint
ALTER TABLE "license_terms" ADD CONSTRAINT "license_terms_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_terms" ADD CONSTRAINT "license_terms_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_terms" ADD CONSTRAINT "license_terms_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_terms" ADD CONSTRAINT "license_terms_workspace_id_license_id_licenses_workspace_id_id_fk" FOREIGN KEY ("workspace_id","license_id") REFERENCES "public"."licenses"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "license_terms_renewal_key" ON "license_terms" USING btree ("workspace_id","license_id","renews_term_end");--> statement-breakpoint
CREATE INDEX "license_terms_license_idx" ON "license_terms" USING btree ("workspace_id","license_id","term_start");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_ws_seq_key" UNIQUE("workspace_id","seq");--> statement-breakpoint
-- custom: the online renewals recorded so far become renewal terms of the ledger (their request
-- key moves along: the ledger's unique key is the renewed term, the key only recognises a retry).
INSERT INTO license_terms (workspace_id, license_id, via, term_start, term_end, seats, renews_term_end, order_id, request_key, renewed_on, activation_code, created_by, created_at)
SELECT r.workspace_id, r.license_id, 'online_renewal', greatest(r.previous_term_end, o.term_start), r.new_term_end, o.quantity, r.previous_term_end, r.order_id, r.request_key, r.renewed_on, r.activation_code, r.renewed_by, r.created_at
  FROM license_renewals r JOIN orders o ON o.id = r.order_id;--> statement-breakpoint
DROP TABLE "license_renewals" CASCADE;--> statement-breakpoint
-- Every license has its first term: those that exist now, and (by trigger) every one inserted
-- later, whichever module creates it (orders, activation codes, keys, seeds).
INSERT INTO license_terms (workspace_id, license_id, via, term_start, term_end, seats, created_at)
SELECT l.workspace_id, l.id,
       CASE l.source WHEN 'activation_code' THEN 'activation_code'::term_via WHEN 'request_key' THEN 'key'::term_via ELSE 'purchase'::term_via END,
       l.term_start, l.term_end, l.quantity, l.purchased_at
  FROM licenses l
 WHERE NOT EXISTS (SELECT 1 FROM license_terms t WHERE t.license_id = l.id);--> statement-breakpoint
CREATE FUNCTION app_license_first_term() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO license_terms (workspace_id, license_id, via, term_start, term_end, seats, created_at)
  VALUES (NEW.workspace_id, NEW.id,
          CASE NEW.source WHEN 'activation_code' THEN 'activation_code'::term_via WHEN 'request_key' THEN 'key'::term_via ELSE 'purchase'::term_via END,
          NEW.term_start, NEW.term_end, NEW.quantity, NEW.purchased_at);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER licenses_first_term AFTER INSERT ON licenses FOR EACH ROW EXECUTE FUNCTION app_license_first_term();--> statement-breakpoint
-- custom: row-level security, as for the other tenant tables (0011).
ALTER TABLE license_terms ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE license_terms FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON license_terms
  USING (workspace_id IN (SELECT unnest(app_workspace_ids())))
  WITH CHECK (workspace_id IN (SELECT unnest(app_workspace_ids())));