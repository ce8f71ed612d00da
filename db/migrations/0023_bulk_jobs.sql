-- "Operation" is lib/operations' validated action; the tracked change worked off in chunks is a
-- bulk job. The table, its constraints, indexes and the worker's definer function take the name;
-- the row-level-security policy keeps its name (tenant_isolation, as on every tenant table) and
-- follows the table.
ALTER TABLE "bulk_operations" RENAME TO "bulk_jobs";
--> statement-breakpoint
ALTER TABLE "bulk_jobs" RENAME CONSTRAINT "bulk_operations_pkey" TO "bulk_jobs_pkey";
--> statement-breakpoint
ALTER TABLE "bulk_jobs" RENAME CONSTRAINT "bulk_operations_workspace_id_workspaces_id_fk" TO "bulk_jobs_workspace_id_workspaces_id_fk";
--> statement-breakpoint
ALTER TABLE "bulk_jobs" RENAME CONSTRAINT "bulk_operations_product_id_products_id_fk" TO "bulk_jobs_product_id_products_id_fk";
--> statement-breakpoint
ALTER INDEX "bulk_operations_ws_created_idx" RENAME TO "bulk_jobs_ws_created_idx";
--> statement-breakpoint
ALTER INDEX "bulk_operations_pending_idx" RENAME TO "bulk_jobs_pending_idx";
--> statement-breakpoint
-- A LANGUAGE sql body is kept as text: it would still name the old table.
DROP FUNCTION app_stalled_bulk_operations(interval, int);
--> statement-breakpoint
-- The worker's one look across workspaces: bulk jobs not finished and not touched lately
-- (never started, or left by a process that died half-way).
CREATE FUNCTION app_stalled_bulk_jobs(idle interval, max_rows int) RETURNS TABLE (id uuid, workspace_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT b.id, b.workspace_id FROM bulk_jobs b
   WHERE b.status IN ('queued', 'running') AND b.updated_at < now() - idle
   ORDER BY b.updated_at LIMIT max_rows
$$;
--> statement-breakpoint
-- As in 0018, with the table's new name (the column keeps its name: /readyz and metrics read it).
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
    (SELECT count(*)::int FROM bulk_jobs WHERE status IN ('queued', 'running'))
$$;
