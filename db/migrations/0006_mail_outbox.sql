CREATE TABLE "mail_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recipients" text[] NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"raw" text,
	"queued_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_messages_ws_queued_idx" ON "mail_messages" USING btree ("workspace_id","queued_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mail_messages_pending_idx" ON "mail_messages" USING btree ("created_at") WHERE "mail_messages"."status" = 'queued';--> statement-breakpoint
-- custom: row-level security
ALTER TABLE mail_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mail_messages FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON mail_messages
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint
-- The worker's one look across workspaces: which have messages waiting to be delivered.
CREATE OR REPLACE FUNCTION app_workspaces_with_queued_mail(max_rows int) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT DISTINCT m.workspace_id FROM mail_messages m WHERE m.status = 'queued' LIMIT max_rows
$$;
