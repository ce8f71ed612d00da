import type { Endpoint } from "../endpoint";
import {
  applyActivationCodeEndpoint,
  configureLicenseFeaturesEndpoint,
  getLicenseEndpoint,
  issueActivationCodeEndpoint,
  listDevicesEndpoint,
  previewActivationCodeEndpoint,
  switchDeviceNowEndpoint,
} from "./activation";
import {
  activationPoolEndpoint,
  decideResetItemEndpoint,
  getHostEndpoint,
  listHostsEndpoint,
  publisherQueueEndpoint,
  reportUnusableEndpoint,
} from "./hosts";
import { exportAuditEventsEndpoint, listAuditEventsEndpoint, verifyAuditEventsEndpoint } from "./audit";
import { advanceClockEndpoint, getClockEndpoint, setClockEndpoint } from "./clock";
import { addRequestKeyEndpoint, checkOnlineEndpoint, enterActivationKeyEndpoint, listActivationsEndpoint } from "./keys";
import { cancelOrderEndpoint, createOrderEndpoint, getOrderEndpoint, listOrdersEndpoint, payOrderEndpoint, quoteOrderEndpoint } from "./orders";
import { assignEndpoint, listAssignmentsEndpoint, listProductsEndpoint, unassignEndpoint } from "./products";
import { getRenewalEndpoint, renewLicenseEndpoint } from "./renewals";
import {
  acceptInvitationEndpoint,
  createCustomerWorkspaceEndpoint,
  declineInvitationEndpoint,
  endLinkByResellerEndpoint,
  endLinkByWorkspaceEndpoint,
  inviteWorkspaceEndpoint,
  listResellerLinksEndpoint,
  listWorkspaceInvitationsEndpoint,
  listWorkspaceLinksEndpoint,
  withdrawInvitationEndpoint,
} from "./reseller-links";
import { issuePublisherCodeEndpoint, publisherActivationsEndpoint } from "./publishers";
import { createResellerSandboxEndpoint } from "./reseller-sandboxes";
import { createTokenEndpoint, listTokensEndpoint, revokeTokenEndpoint } from "./tokens";
import {
  createWebhookEndpointEndpoint,
  deleteWebhookEndpointEndpoint,
  getWebhookEndpointEndpoint,
  listWebhookDeliveriesEndpoint,
  listWebhookEndpointsEndpoint,
  resendWebhookDeliveryEndpoint,
  testWebhookEndpoint,
  updateWebhookEndpointEndpoint,
} from "./webhooks";
import { invitePersonEndpoint, listPersonInvitationsEndpoint, resendPersonInvitationEndpoint, withdrawPersonInvitationEndpoint } from "./invitations";
import { getOperationEndpoint, previewUnassignEndpoint, unassignUsersEndpoint } from "./unassignments";
import { bulkCreateUsersEndpoint, createUserEndpoint, listUsersEndpoint } from "./users";
import { createSandboxEndpoint, deleteSandboxEndpoint, getWorkspaceEndpoint, listWorkspacesEndpoint, sandboxAccountMailEndpoint } from "./workspaces";

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
  previewUnassignEndpoint,
  unassignUsersEndpoint,
  getOperationEndpoint,
  listOrdersEndpoint,
  createOrderEndpoint,
  quoteOrderEndpoint,
  getOrderEndpoint,
  payOrderEndpoint,
  cancelOrderEndpoint,
  listActivationsEndpoint,
  addRequestKeyEndpoint,
  checkOnlineEndpoint,
  enterActivationKeyEndpoint,
  getClockEndpoint,
  setClockEndpoint,
  advanceClockEndpoint,
  listTokensEndpoint,
  createTokenEndpoint,
  revokeTokenEndpoint,
  listPersonInvitationsEndpoint,
  invitePersonEndpoint,
  resendPersonInvitationEndpoint,
  withdrawPersonInvitationEndpoint,
  createSandboxEndpoint,
  deleteSandboxEndpoint,
  sandboxAccountMailEndpoint,
  listHostsEndpoint,
  getHostEndpoint,
  reportUnusableEndpoint,
  activationPoolEndpoint,
  publisherQueueEndpoint,
  decideResetItemEndpoint,
  publisherActivationsEndpoint,
  issuePublisherCodeEndpoint,
  getLicenseEndpoint,
  previewActivationCodeEndpoint,
  applyActivationCodeEndpoint,
  configureLicenseFeaturesEndpoint,
  issueActivationCodeEndpoint,
  listDevicesEndpoint,
  switchDeviceNowEndpoint,
  createResellerSandboxEndpoint,
  getRenewalEndpoint,
  renewLicenseEndpoint,
  listAuditEventsEndpoint,
  verifyAuditEventsEndpoint,
  exportAuditEventsEndpoint,
  listResellerLinksEndpoint,
  inviteWorkspaceEndpoint,
  withdrawInvitationEndpoint,
  endLinkByResellerEndpoint,
  createCustomerWorkspaceEndpoint,
  listWorkspaceInvitationsEndpoint,
  acceptInvitationEndpoint,
  declineInvitationEndpoint,
  listWorkspaceLinksEndpoint,
  endLinkByWorkspaceEndpoint,
  listWebhookEndpointsEndpoint,
  createWebhookEndpointEndpoint,
  getWebhookEndpointEndpoint,
  updateWebhookEndpointEndpoint,
  deleteWebhookEndpointEndpoint,
  listWebhookDeliveriesEndpoint,
  resendWebhookDeliveryEndpoint,
  testWebhookEndpoint,
];
