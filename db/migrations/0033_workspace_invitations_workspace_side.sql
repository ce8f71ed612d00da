-- Invitations are the workspace's own side, like reseller invitations (migration 0026): its
-- members (the matrix lets only the supervisor) and its system scope. tenant_isolation
-- (app_workspace_ids) also let a reseller's staff and tokens read every linked workspace's
-- invitations and insert one, a supervisor's included, with a link secret of their choosing:
-- only the matrix stood between a reseller and a supervisor's seat that outlives the link.
DROP POLICY tenant_isolation ON workspace_invitations;
--> statement-breakpoint
CREATE POLICY workspace_side ON workspace_invitations FOR ALL
  USING (app_workspace_side(workspace_id))
  WITH CHECK (app_workspace_side(workspace_id));
