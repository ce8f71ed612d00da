/**
 * Linking a reseller and its customers (issue 17): the one writer of reseller_workspaces and
 * reseller_invitations (lib/owners.ts). A reseller invites a workspace (by its address or a
 * supervisor's e-mail) and a supervisor of it accepts or declines on Settings; either side ends
 * the link; a reseller may also create a customer workspace, linked from the start.
 *
 * Access follows the link row: app_workspace_ids() and app_can_open_workspace() (migration 0001)
 * read reseller_workspaces on every request, so a deleted row refuses the very next request of
 * the reseller's staff sessions and tokens (404, as for any workspace one may not open).
 * Row-level security (migration 0026) lets only the workspace's side add a link.
 *
 * The reseller's side lives in reseller-side.ts, the workspace's in workspace-side.ts, what both
 * use (ending a link, how an actor is shown) in shared.ts; the rules in rules.ts, the e-mails in mail.ts.
 */

export * from "./reseller-side";
export * from "./workspace-side";
