CREATE TABLE "bulk_operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"product_id" uuid,
	"user_ids" uuid[] NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"reason" text DEFAULT 'manual' NOT NULL,
	"requested_by" uuid,
	"requested_by_label" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb
);
--> statement-breakpoint
ALTER TABLE "bulk_operations" ADD CONSTRAINT "bulk_operations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_operations" ADD CONSTRAINT "bulk_operations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_operations_ws_created_idx" ON "bulk_operations" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "bulk_operations_pending_idx" ON "bulk_operations" USING btree ("updated_at") WHERE "bulk_operations"."status" in ('queued', 'running');--> statement-breakpoint
-- custom: row-level security
ALTER TABLE bulk_operations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE bulk_operations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON bulk_operations
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint
-- The worker's one look across workspaces: operations not finished and not touched lately
-- (never started, or left by a process that died half-way).
CREATE OR REPLACE FUNCTION app_stalled_bulk_operations(idle interval, max_rows int) RETURNS TABLE (id uuid, workspace_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT b.id, b.workspace_id FROM bulk_operations b
   WHERE b.status IN ('queued', 'running') AND b.updated_at < now() - idle
   ORDER BY b.updated_at LIMIT max_rows
$$;
