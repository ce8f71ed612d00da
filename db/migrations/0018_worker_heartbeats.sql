CREATE TABLE "worker_heartbeats" (
	"worker_id" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- Not workspace data: the app role reaches it only through the two functions below.
ALTER TABLE worker_heartbeats ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE worker_heartbeats FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON worker_heartbeats FROM PUBLIC;
--> statement-breakpoint
-- A worker says it is alive; rows of workers gone for a day are dropped on the way.
CREATE OR REPLACE FUNCTION app_worker_heartbeat(worker text, started timestamptz) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  INSERT INTO worker_heartbeats (worker_id, started_at, seen_at) VALUES (worker, started, now())
    ON CONFLICT (worker_id) DO UPDATE SET seen_at = now();
  DELETE FROM worker_heartbeats WHERE seen_at < now() - interval '1 day';
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_worker_gone(worker text) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
  DELETE FROM worker_heartbeats WHERE worker_id = worker;
$$;
--> statement-breakpoint
-- Installation-wide figures for readiness and metrics: counts and ages only, never a row of a
-- workspace, so the web's anonymous scope may read them.
CREATE OR REPLACE FUNCTION app_operational_figures()
  RETURNS TABLE (latest_migration bigint, worker_seen_at timestamptz, workers int, timers_due int, oldest_timer_due_at timestamptz,
                 mail_backlog int, oldest_mail_at timestamptz, bulk_pending int)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT
    (SELECT max(created_at) FROM drizzle.__drizzle_migrations),
    (SELECT max(seen_at) FROM worker_heartbeats),
    (SELECT count(*)::int FROM worker_heartbeats WHERE seen_at > now() - interval '1 minute'),
    (SELECT count(*)::int FROM workspace_timers t WHERE t.done_at IS NULL AND t.due_at <= now()
       AND NOT EXISTS (SELECT 1 FROM workspace_clocks c WHERE c.workspace_id = t.workspace_id)),
    (SELECT min(due_at) FROM workspace_timers t WHERE t.done_at IS NULL AND t.due_at <= now()
       AND NOT EXISTS (SELECT 1 FROM workspace_clocks c WHERE c.workspace_id = t.workspace_id)),
    (SELECT count(*)::int FROM mail_messages WHERE status = 'queued'),
    (SELECT min(queued_at) FROM mail_messages WHERE status = 'queued'),
    (SELECT count(*)::int FROM bulk_operations WHERE status IN ('queued', 'running'))
$$;
