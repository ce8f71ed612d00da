import type { WorkspaceRole } from "@/db/schema/enums";

/**
 * Who may do what inside a workspace: one matrix, deny by default. Reseller staff act with the
 * `admin` row in their company's workspaces; publisher staff have no workspace role at all
 * (they decide reset requests through their own console).
 */
export const RESOURCES = [
  "workspace",
  "directory_user",
  "product",
  "license",
  "assignment",
  "order",
  "payment",
  "activation_code",
  "request_key",
  "host",
  "reset_request",
  "audit_log",
  "api_token",
  "clock",
  "settings",
  "mail",
  "reseller_link",
  "webhook",
  "invitation",
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ["read", "create", "update", "delete"] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: Action[] = ["read", "create", "update", "delete"];
const READ: Action[] = ["read"];

const viewer: Partial<Record<Resource, Action[]>> = {
  workspace: READ,
  directory_user: READ,
  product: READ,
  license: READ,
  assignment: READ,
  order: READ,
  host: READ,
  reset_request: READ,
  request_key: READ,
  clock: READ,
  // Issue 16: the Audit tab is for every member, read-only; the log is written only by changes.
  audit_log: READ,
};

const admin: Partial<Record<Resource, Action[]>> = {
  ...viewer,
  directory_user: ALL,
  assignment: ALL,
  order: ["read", "create"],
  // Entering an activation code replaces the license (seed 002: supervisor or admin).
  activation_code: ["read", "create"],
  license: ["read", "update"],
  host: ["read", "update"],
  reset_request: ["read", "create"],
  // The outbox shows what the console wrote to people: admins and up.
  mail: READ,
  clock: ["read", "update"],
  // Who administers the workspace: admins see it, the supervisor decides (issue 17).
  reseller_link: READ,
};

const supervisor: Partial<Record<Resource, Action[]>> = {
  ...admin,
  // Deleting applies to sandbox workspaces only (lib/sandboxes refuses real ones).
  workspace: ["read", "update", "delete"],
  order: ALL,
  // Only the supervisor marks orders paid and enters request keys or manual keys (seed 001).
  payment: ["create"],
  request_key: ALL,
  api_token: ALL,
  settings: ["read", "update"],
  // Accept or decline a reseller's invitation (update), end a reseller's link (delete).
  reseller_link: ["read", "update", "delete"],
  // Issue 16: webhook endpoints hold a signing secret and send the workspace's events outside.
  webhook: ALL,
  // Who belongs to the workspace: only the supervisor invites people and withdraws invitations (issue 18).
  invitation: ALL,
};

export const MATRIX: Record<WorkspaceRole, Partial<Record<Resource, Action[]>>> = { supervisor, admin, viewer };

export const ROLE_RANK: Record<WorkspaceRole, number> = { viewer: 1, admin: 2, supervisor: 3 };

export function can(role: WorkspaceRole, resource: Resource, action: Action): boolean {
  return MATRIX[role][resource]?.includes(action) ?? false;
}

/** The stronger of two roles; an account may be both a member and reseller staff. */
export function strongestRole(a: WorkspaceRole | null, b: WorkspaceRole | null): WorkspaceRole | null {
  if (!a) return b;
  if (!b) return a;
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}
