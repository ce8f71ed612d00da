import { date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { orders } from "./licensing";
import { workspaces } from "./tenancy";
import { createdAt, id, tstz } from "./common";

/**
 * One online renewal of a license (seed 004): the paid order, the term before and after, and
 * the activation code e-mailed. The (workspace, request key) pair makes a double submit one renewal.
 */
export const licenseRenewals = pgTable(
  "license_renewals",
  {
    id: id(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    licenseId: uuid().notNull(),
    orderId: uuid().notNull().references(() => orders.id, { onDelete: "cascade" }),
    requestKey: text().notNull(),
    previousTermEnd: tstz().notNull(),
    newTermEnd: tstz().notNull(),
    /** Workspace-local date the renewal was made on. */
    renewedOn: date().notNull(),
    activationCode: text().notNull(),
    renewedBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("license_renewals_request_key").on(t.workspaceId, t.requestKey),
    index("license_renewals_license_idx").on(t.workspaceId, t.licenseId),
  ],
);

export type LicenseRenewal = typeof licenseRenewals.$inferSelect;
