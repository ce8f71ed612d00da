import { pgEnum } from "drizzle-orm/pg-core";

export const accountKind = pgEnum("account_kind", ["person", "api_token"]);
export const workspaceRole = pgEnum("workspace_role", ["supervisor", "admin", "viewer"]);
export const licensingModel = pgEnum("licensing_model", ["per_user", "per_device", "per_host"]);
export const licenseSource = pgEnum("license_source", ["web_store", "reseller", "activation_code", "request_key"]);
export const licenseState = pgEnum("license_state", ["active", "provisional", "expired", "replaced", "cancelled"]);
export const assignmentState = pgEnum("assignment_state", ["active", "no_access", "unassigned"]);
export const orderKind = pgEnum("order_kind", ["add_licenses", "add_products", "renewal"]);
/** lapsed: unpaid when its term could no longer start (window closed, term ended); cancelled: by a supervisor. */
export const orderStatus = pgEnum("order_status", ["unpaid", "paid", "cancelled", "lapsed"]);
/** How a license term was bought: the first purchase, or one of the ways of renewing it. */
export const termVia = pgEnum("term_via", ["purchase", "renewal_order", "online_renewal", "activation_code", "key"]);
export const platform = pgEnum("platform", ["windows", "macos", "linux", "android", "ios"]);
export const hostState = pgEnum("host_state", ["active", "unusable", "reset_requested", "removed"]);
export const requestKeyState = pgEnum("request_key_state", ["provisional", "activated", "expired"]);
export const resetDecision = pgEnum("reset_decision", ["pending", "approved", "denied"]);
/** A reseller's invitation to link a workspace (lib/reseller/link-rules.ts: who moves it where). */
export const resellerInvitationState = pgEnum("reseller_invitation_state", ["pending", "accepted", "declined", "revoked"]);

export type WorkspaceRole = (typeof workspaceRole.enumValues)[number];
export type LicensingModel = (typeof licensingModel.enumValues)[number];
export type ResellerInvitationState = (typeof resellerInvitationState.enumValues)[number];
export type Platform = (typeof platform.enumValues)[number];
