import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { assignmentState, licenseSource, licenseState, licensingModel, orderKind, orderStatus, termVia } from "./enums";
import { accounts } from "./accounts";
import { products } from "./catalog";
import { directoryUsers } from "./directory";
import { workspaces } from "./tenancy";

const workspaceRef = () => uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" });

/** A workspace's agreement: each year its licenses are renewed inside a window around the anniversary. */
export const contracts = pgTable(
  "contracts",
  {
    id: id(),
    workspaceId: workspaceRef(),
    name: text().notNull(),
    /** The next anniversary (workspace-local calendar date). */
    anniversaryDate: date().notNull(),
    windowOpensDaysBefore: integer().notNull().default(30),
    windowClosesDaysAfter: integer().notNull().default(30),
    createdAt: createdAt(),
  },
  (t) => [unique("contracts_ws_id_key").on(t.workspaceId, t.id), index("contracts_ws_idx").on(t.workspaceId)],
);

/** An entitlement: product × workspace × term, with a limit. */
export const licenses = pgTable(
  "licenses",
  {
    id: id(),
    workspaceId: workspaceRef(),
    productId: uuid().notNull().references(() => products.id),
    contractId: uuid(),
    name: text().notNull(),
    quantity: integer().notNull(),
    licensingModel: licensingModel().notNull(),
    source: licenseSource().notNull(),
    state: licenseState().notNull().default("active"),
    termStart: tstz().notNull(),
    termEnd: tstz().notNull(),
    purchasedAt: tstz().notNull(),
    /** Set when an activation code replaced this license. */
    replacedById: uuid(),
    /** The license's own feature set when it differs from the product's (activation codes); null = the product's. */
    features: text().array(),
    /** Per-feature on/off settings chosen by an admin ("Try additional features"). */
    featureSettings: jsonb().$type<Record<string, boolean>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    unique("licenses_ws_id_key").on(t.workspaceId, t.id),
    foreignKey({ columns: [t.workspaceId, t.contractId], foreignColumns: [contracts.workspaceId, contracts.id] }),
    index("licenses_ws_product_idx").on(t.workspaceId, t.productId),
    index("licenses_ws_term_end_idx").on(t.workspaceId, t.termEnd),
    // The reseller's list across many workspaces pages through these in order (bench/reseller.ts).
    index("licenses_term_end_id_idx").on(t.termEnd, t.id),
    index("licenses_name_id_idx").on(t.name, t.id),
    // The reseller's search (ILIKE '%…%' over many names) reads a trigram index (pg_trgm, migration 0011).
    index("licenses_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);

/**
 * Per-product seat figures, kept current in the transaction of every change that moves them,
 * and locked (FOR UPDATE) before such a change so concurrent writers serialise on it.
 */
export const productSeats = pgTable(
  "product_seats",
  {
    workspaceId: workspaceRef(),
    productId: uuid().notNull().references(() => products.id),
    /** Seats assigned now. */
    used: integer().notNull().default(0),
    /** Paid seats of the current term. */
    purchased: integer().notNull().default(0),
    /** Seats bought for the coming term (renewal orders). */
    renewed: integer().notNull().default(0),
    /** Seats ordered through Add licenses / Add products and not yet paid. */
    unpaid: integer().notNull().default(0),
    /** Users who lost access when their seats were not renewed or paid. */
    noAccess: integer().notNull().default(0),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.productId] })],
);

/** A directory user holding a seat of a product. */
export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    workspaceId: workspaceRef(),
    productId: uuid().notNull().references(() => products.id),
    directoryUserId: uuid().notNull(),
    state: assignmentState().notNull().default("active"),
    assignedAt: tstz().notNull(),
    endedAt: tstz(),
    /** "manual" or "window_closed": why the seat was given up. */
    endReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.workspaceId, t.directoryUserId],
      foreignColumns: [directoryUsers.workspaceId, directoryUsers.id],
    }).onDelete("cascade"),
    // One live seat of a product per user; ended rows stay as history.
    uniqueIndex("assignments_live_key")
      .on(t.workspaceId, t.productId, t.directoryUserId)
      .where(sql`${t.state} = 'active'`),
    // "Requires renewal", the window's close and a product's users list read the most recently
    // assigned first. The state comes last: under row-level security `state = 'active'` (enum_eq
    // is not leakproof) cannot be an index condition, so a state column in the middle left the
    // order unusable and every read sorted the product's seats (migration 0027). Ascending
    // columns: read backwards they give `assigned_at desc, id desc` (DESC is NULLS FIRST; an
    // index declared DESC NULLS LAST matched neither direction of the keyset and was sorted).
    index("assignments_ws_product_assigned_idx").on(t.workspaceId, t.productId, t.assignedAt, t.id, t.state),
    index("assignments_ws_user_idx").on(t.workspaceId, t.directoryUserId),
  ],
);

export const orders = pgTable(
  "orders",
  {
    id: id(),
    workspaceId: workspaceRef(),
    productId: uuid().notNull().references(() => products.id),
    kind: orderKind().notNull(),
    quantity: integer().notNull(),
    /** Minor units of `currency` (cents, grosze). */
    amountMinor: bigint({ mode: "number" }).notNull(),
    currency: text().notNull(),
    /** Per-workspace sequence behind the human-readable number. */
    seq: integer().notNull(),
    /** "LC-2026-000123": the year the order was placed (workspace calendar) and its sequence. */
    number: text().notNull(),
    /** The customer's own purchase-order reference, printed in the order's e-mails. */
    purchaseOrder: text(),
    status: orderStatus().notNull().default("unpaid"),
    termStart: tstz(),
    termEnd: tstz(),
    createdBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    createdAt: tstz().notNull(),
    paidAt: tstz(),
  },
  (t) => [
    index("orders_ws_product_status_idx").on(t.workspaceId, t.productId, t.status),
    index("orders_ws_created_idx").on(t.workspaceId, t.createdAt.desc()),
    unique("orders_ws_seq_key").on(t.workspaceId, t.seq),
  ],
);

/**
 * The term ledger: every term a license was bought for, and how. A license's first term is
 * written by a trigger on licenses; each renewal names the end of the term it renews, and that
 * end is unique per license, so a term is renewed once whichever way (renewal order, online
 * renewal, activation code, key) and a second renewal fails on the constraint even under a race.
 */
export const licenseTerms = pgTable(
  "license_terms",
  {
    id: id(),
    workspaceId: workspaceRef(),
    licenseId: uuid().notNull(),
    via: termVia().notNull(),
    termStart: tstz().notNull(),
    termEnd: tstz().notNull(),
    seats: integer().notNull(),
    /** The end of the term this one renews; null for a license's first term. */
    renewsTermEnd: tstz(),
    orderId: uuid().references(() => orders.id, { onDelete: "cascade" }),
    /** The checkout that made an online renewal, so its retry is answered with the same renewal. */
    requestKey: text(),
    /** Workspace-local date the renewal was made on. */
    renewedOn: date(),
    /** An activation code issued with the term, only where the customer must enter one. */
    activationCode: text(),
    createdBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.licenseId], foreignColumns: [licenses.workspaceId, licenses.id] }).onDelete("cascade"),
    uniqueIndex("license_terms_renewal_key").on(t.workspaceId, t.licenseId, t.renewsTermEnd),
    index("license_terms_license_idx").on(t.workspaceId, t.licenseId, t.termStart),
  ],
);

export type Contract = typeof contracts.$inferSelect;
export type License = typeof licenses.$inferSelect;
export type ProductSeats = typeof productSeats.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type LicenseTerm = typeof licenseTerms.$inferSelect;
