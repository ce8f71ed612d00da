import { defineRead } from "@/lib/operations/read";
import type { TableParams } from "@/lib/tables/params";
import { listResellerWorkspaces, type ResellerWorkspaceSort } from "./index";
import { exportResellerLicenses, getResellerLicense, licenseFilterOptions, listResellerLicenses, type ResellerLicenseQuery } from "./licenses";
import { licenseRenewalView, renewalQuote } from "./renewal";
import { resellerRoom } from "./room";

/** Whether a license can be renewed online now, and for how much (lib/operations/read). */
export const licenseRenewal = defineRead({ name: "license renewal", resource: "license", run: (tx, ctx, licenseId: string) => licenseRenewalView(tx, ctx.workspace, licenseId) });

/** The hub's declared reads, in the reseller's room (lib/reseller/room). */

export const resellerWorkspaces = defineRead({
  name: "reseller workspaces",
  room: resellerRoom,
  resource: "workspace",
  replica: true,
  run: (tx, ctx, table: Omit<TableParams<ResellerWorkspaceSort>, "filters">) => listResellerWorkspaces(tx, ctx.reseller.id, table),
});

export const resellerLicenses = defineRead({
  name: "reseller licenses",
  room: resellerRoom,
  resource: "license",
  replica: true,
  run: (tx, ctx, query: ResellerLicenseQuery) => listResellerLicenses(tx, ctx.reseller.id, query),
});

/** What the license list's filters offer: the reseller's workspaces and products. */
export const resellerLicenseFilters = defineRead({
  name: "reseller license filters",
  room: resellerRoom,
  resource: "license",
  replica: true,
  run: (tx, ctx) => licenseFilterOptions(tx, ctx.reseller.id),
});

export const resellerLicensesExport = defineRead({
  name: "reseller licenses export",
  room: resellerRoom,
  resource: "license",
  replica: true,
  run: (tx, ctx, x: { query: ResellerLicenseQuery; limit: number }) => exportResellerLicenses(tx, ctx.reseller.id, x.query, x.limit),
});

/** One license of a linked workspace; any other is "not found". */
export const resellerLicense = defineRead({
  name: "reseller license",
  room: resellerRoom,
  resource: "license",
  run: (tx, ctx, licenseId: string) => getResellerLicense(tx, ctx.reseller.id, licenseId),
});

/** The checkout: the license and, when it may be renewed now, the price. */
export const renewalCheckout = defineRead({
  name: "renewal checkout",
  room: resellerRoom,
  resource: "license",
  run: async (tx, ctx, licenseId: string) => {
    const license = await getResellerLicense(tx, ctx.reseller.id, licenseId);
    const quote = license.eligibility.eligible ? await renewalQuote(tx, license, license.workspace, license.now) : null;
    return { license, quote };
  },
});
