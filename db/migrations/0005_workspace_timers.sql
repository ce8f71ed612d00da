CREATE TABLE "workspace_timers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"outcome" jsonb
);
--> statement-breakpoint
ALTER TABLE "workspace_timers" ADD CONSTRAINT "workspace_timers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_timers_key" ON "workspace_timers" USING btree ("workspace_id","kind","key");--> statement-breakpoint
CREATE INDEX "workspace_timers_pending_idx" ON "workspace_timers" USING btree ("due_at") WHERE "workspace_timers"."done_at" is null;--> statement-breakpoint
CREATE INDEX "workspace_timers_ws_pending_idx" ON "workspace_timers" USING btree ("workspace_id","due_at") WHERE "workspace_timers"."done_at" is null;--> statement-breakpoint
ALTER TABLE workspace_timers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspace_timers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON workspace_timers
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint
-- The worker's one look across workspaces: which real-time workspaces have work due now.
-- Workspaces with a test clock are left to their clock's advances.
CREATE OR REPLACE FUNCTION app_workspaces_with_due_timers(max_rows int) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT DISTINCT t.workspace_id FROM workspace_timers t
   WHERE t.done_at IS NULL AND t.due_at <= now()
     AND NOT EXISTS (SELECT 1 FROM workspace_clocks c WHERE c.workspace_id = t.workspace_id)
   LIMIT max_rows
$$;
