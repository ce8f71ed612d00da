import { defineRead } from "@/lib/operations/read";
import type { TableParams } from "@/lib/tables/params";
import { licenseDetails } from "./details";
import { listLicenses, type LicenseSort } from "./index";
import { pendingRenewalOf } from "./terms";

/** The licenses' declared reads (lib/operations/read). */

export const licensesPage = defineRead({
  name: "licenses page",
  resource: "license",
  replica: true,
  run: (tx, ctx, table: TableParams<LicenseSort>) => listLicenses(tx, ctx.workspace.id, table, ctx.workspace.locale),
});

/** One license with its features; null when it is not this workspace's. */
export const license = defineRead({ name: "license", resource: "license", run: (tx, ctx, id: string) => licenseDetails(tx, ctx.workspace.id, id) });

/** A renewal already bought for the next term, if any. */
export const pendingRenewal = defineRead({ name: "pending renewal", resource: "license", run: (tx, ctx, id: string) => pendingRenewalOf(tx, ctx.workspace.id, id) });
