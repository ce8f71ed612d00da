-- Keyset paging (lib/tables/keyset): the Users list walks (workspace, sort key, id) for each of its
-- sorts; a product's users walk (workspace, product, assigned_at, id) either way with the state
-- last, because under row-level security `state = 'active'` (enum_eq is not leakproof) is never
-- an index condition, and in the middle it left the index's order unusable (a sort of every seat).
-- Ascending columns: read backwards they serve `assigned_at desc, id desc` (DESC means NULLS
-- FIRST, which the old DESC NULLS LAST columns matched in neither direction).
DROP INDEX "directory_users_ws_name_idx";--> statement-breakpoint
DROP INDEX "assignments_ws_product_assigned_idx";--> statement-breakpoint
CREATE INDEX "directory_users_ws_name_id_idx" ON "directory_users" USING btree ("workspace_id","name","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_email_id_idx" ON "directory_users" USING btree ("workspace_id","email","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_created_id_idx" ON "directory_users" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "assignments_ws_product_assigned_idx" ON "assignments" USING btree ("workspace_id","product_id","assigned_at","id","state");--> statement-breakpoint
-- Row-level security's helpers in PL/pgSQL, same bodies: every policy evaluates
-- app_workspace_ids() once per table a statement reads, and as SQL-language SECURITY DEFINER
-- functions (never inlined) they planned their queries again on every call: 0.5–0.7 ms per table
-- on the bench machine, most of a small statement. PL/pgSQL keeps the plans for the session:
-- 0.05–0.1 ms per call.
CREATE OR REPLACE FUNCTION app_account_id() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  RETURN (SELECT id FROM accounts
           WHERE id = nullif(current_setting('app.account_id', true), '')::uuid AND disabled_at IS NULL);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_can_open_workspace(ws uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  RETURN EXISTS (
           SELECT 1 FROM memberships m JOIN accounts a ON a.id = m.account_id
            WHERE m.workspace_id = ws AND m.account_id = app_account_id() AND a.disabled_at IS NULL)
      OR EXISTS (
           SELECT 1 FROM reseller_workspaces rw JOIN accounts a ON a.reseller_id = rw.reseller_id
            WHERE rw.workspace_id = ws AND a.id = app_account_id() AND a.disabled_at IS NULL);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_workspace_ids() RETURNS uuid[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$
BEGIN
  RETURN CASE
    WHEN current_setting('app.actor', true) = 'system' THEN
      array_remove(ARRAY[nullif(current_setting('app.workspace_id', true), '')::uuid], NULL)
    WHEN nullif(current_setting('app.workspace_id', true), '') IS NOT NULL THEN
      CASE WHEN app_can_open_workspace(current_setting('app.workspace_id', true)::uuid)
           THEN ARRAY[current_setting('app.workspace_id', true)::uuid]
           ELSE ARRAY[]::uuid[] END
    WHEN current_setting('app.reseller_scope', true) = 'on' THEN
      coalesce((SELECT array_agg(rw.workspace_id)
                  FROM reseller_workspaces rw JOIN accounts a ON a.reseller_id = rw.reseller_id
                 WHERE a.id = app_account_id() AND a.disabled_at IS NULL), ARRAY[]::uuid[])
    ELSE ARRAY[]::uuid[]
  END;
END
$$;
