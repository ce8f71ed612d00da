-- custom: row-level security
-- The same tenant policies, written so they stay fast when a reseller's scope holds 1,000
-- workspaces (bench/reseller.ts). `workspace_id = ANY (array)` compares each row with the whole
-- array (a parameter, so PostgreSQL cannot hash it) and, as an index condition, probes the index
-- once per element for every outer row: 2 s for one page of 100,000 licenses. The equivalent
-- `workspace_id IN (SELECT unnest(array))` becomes a hashed subplan: one lookup per row.
-- Who may see what does not change: app_workspace_ids() still decides, and holds no NULLs.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['contracts', 'licenses', 'product_seats', 'workspace_clocks', 'license_renewals'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (workspace_id IN (SELECT unnest(app_workspace_ids()))) '
      'WITH CHECK (workspace_id IN (SELECT unnest(app_workspace_ids())))', t);
  END LOOP;
END $$;
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON workspaces;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON workspaces
  USING (id IN (SELECT unnest(app_workspace_ids())) OR app_can_open_workspace(id))
  WITH CHECK (id IN (SELECT unnest(app_workspace_ids())));
--> statement-breakpoint
DROP POLICY IF EXISTS tenant_isolation ON reseller_workspaces;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reseller_workspaces
  USING (workspace_id IN (SELECT unnest(app_workspace_ids())) OR reseller_id = (SELECT app_reseller_id()))
  WITH CHECK (workspace_id IN (SELECT unnest(app_workspace_ids())));
--> statement-breakpoint
-- The reseller's license search (ILIKE '%…%' over 100,000 names) reads a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS licenses_name_trgm_idx ON licenses USING gin (name gin_trgm_ops);
