import type { Endpoint } from "../endpoint";
import { advanceClockEndpoint, getClockEndpoint, setClockEndpoint } from "./clock";
import { createOrderEndpoint, listOrdersEndpoint, payOrderEndpoint } from "./orders";
import { assignEndpoint, listAssignmentsEndpoint, listProductsEndpoint, unassignEndpoint } from "./products";
import { getRenewalEndpoint, renewLicenseEndpoint } from "./renewals";
import { createResellerSandboxEndpoint } from "./reseller-sandboxes";
import { createTokenEndpoint, listTokensEndpoint, revokeTokenEndpoint } from "./tokens";
import { bulkCreateUsersEndpoint, createUserEndpoint, listUsersEndpoint } from "./users";
import { createSandboxEndpoint, deleteSandboxEndpoint, getWorkspaceEndpoint, listWorkspacesEndpoint } from "./workspaces";

/** Every endpoint of /api/v1: the OpenAPI document is generated from this list. */
export const ENDPOINTS: Endpoint[] = [
  listWorkspacesEndpoint,
  getWorkspaceEndpoint,
  listUsersEndpoint,
  createUserEndpoint,
  bulkCreateUsersEndpoint,
  listProductsEndpoint,
  listAssignmentsEndpoint,
  assignEndpoint,
  unassignEndpoint,
  listOrdersEndpoint,
  createOrderEndpoint,
  payOrderEndpoint,
  getClockEndpoint,
  setClockEndpoint,
  advanceClockEndpoint,
  listTokensEndpoint,
  createTokenEndpoint,
  revokeTokenEndpoint,
  createSandboxEndpoint,
  deleteSandboxEndpoint,
  createResellerSandboxEndpoint,
  getRenewalEndpoint,
  renewLicenseEndpoint,
];
