-- Row-level security: the second wall behind lib/access. Every query of the app runs in a
-- transaction that sets app.account_id and app.workspace_id (or app.reseller_scope) with
-- set_config(..., true); with nothing set, every policy below matches no row.
--
-- The helper functions are SECURITY DEFINER so they can read memberships and reseller links
-- without being filtered by the very policies they implement; they run as the migration owner.

CREATE OR REPLACE FUNCTION app_account_id() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.account_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_can_open_workspace(ws uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT EXISTS (
           SELECT 1 FROM memberships m JOIN accounts a ON a.id = m.account_id
            WHERE m.workspace_id = ws AND m.account_id = app_account_id() AND a.disabled_at IS NULL)
      OR EXISTS (
           SELECT 1 FROM reseller_workspaces rw JOIN accounts a ON a.reseller_id = rw.reseller_id
            WHERE rw.workspace_id = ws AND a.id = app_account_id() AND a.disabled_at IS NULL)
$$;
--> statement-breakpoint
-- The workspaces the current transaction may touch:
--  * actor 'system' (jobs, sandbox set-up; set only by db/scope.ts): exactly app.workspace_id;
--  * an account with app.workspace_id: that workspace, if the account may open it;
--  * an account with app.reseller_scope = on: every workspace linked to its reseller;
--  * anything else: none.
CREATE OR REPLACE FUNCTION app_workspace_ids() RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$
  SELECT CASE
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
  END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_reseller_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT reseller_id FROM accounts WHERE id = app_account_id() AND disabled_at IS NULL $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_publisher_id() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT publisher_id FROM accounts WHERE id = app_account_id() AND disabled_at IS NULL $$;
--> statement-breakpoint

-- Tables whose rows belong to one workspace: one policy each, the same for reads and writes.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'directory_users', 'contracts', 'licenses', 'product_seats', 'assignments', 'orders',
    'request_keys', 'hosts', 'activations', 'reset_requests', 'audit_events', 'workspace_clocks'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[])) '
      'WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]))', t);
  END LOOP;
END $$;
--> statement-breakpoint

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspaces FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Listing for the switcher: any workspace the signed-in account may open is visible.
CREATE POLICY tenant_isolation ON workspaces
  USING (id = ANY ((SELECT app_workspace_ids())::uuid[]) OR app_can_open_workspace(id))
  WITH CHECK (id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON memberships
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR account_id = (SELECT app_account_id()))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint

ALTER TABLE reseller_workspaces ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reseller_workspaces FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reseller_workspaces
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR reseller_id = (SELECT app_reseller_id()))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]));
--> statement-breakpoint

-- Reset decisions: the workspace sees its own; a publisher sees the items of its products only.
ALTER TABLE reset_request_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reset_request_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reset_request_items
  USING (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR publisher_id = (SELECT app_publisher_id()))
  WITH CHECK (workspace_id = ANY ((SELECT app_workspace_ids())::uuid[]) OR publisher_id = (SELECT app_publisher_id()));
