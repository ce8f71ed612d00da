import { index, integer, jsonb, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "./common";
import { licensingModel, requestKeyState } from "./enums";
import { accounts } from "./accounts";
import { products } from "./catalog";
import { publishers, workspaces } from "./tenancy";

/**
 * The activation service's side (the vendor's server, played by the console): definitions of
 * licenses that codes redeem. Not workspace data until redeemed.
 */
export const licenseDefinitions = pgTable("license_definitions", {
  id: id(),
  productId: uuid().notNull().references(() => products.id),
  name: text().notNull(),
  licensingModel: licensingModel().notNull(),
  quantity: integer().notNull(),
  termDays: integer().notNull(),
  features: text().array().notNull().default([]),
  createdAt: createdAt(),
});

/** Codes are stored hashed; each redeems one definition, once. */
export const activationCodes = pgTable(
  "activation_codes",
  {
    id: id(),
    codeHash: text().notNull(),
    definitionId: uuid().notNull().references(() => licenseDefinitions.id),
    issuedAt: createdAt(),
    redeemedAt: tstz(),
    redeemedWorkspaceId: uuid().references(() => workspaces.id, { onDelete: "set null" }),
    /** Issued for one workspace only (a code entered anywhere else is unknown); null = any. */
    issuedForWorkspaceId: uuid().references(() => workspaces.id, { onDelete: "cascade" }),
    /** The license the redemption created, so a repeated apply can answer as the first one did. */
    redeemedLicenseId: uuid(),
    /** The license it replaced. */
    replacedLicenseId: uuid(),
    /** Issued by a publisher through its API (migration 0032): the publisher, and the Idempotency-Key it sent. */
    issuedByPublisherId: uuid().references(() => publishers.id, { onDelete: "set null" }),
    requestKey: text(),
  },
  (t) => [
    uniqueIndex("activation_codes_hash_key").on(t.codeHash),
    // One redemption per code is the row lock's job; this makes a second new license impossible too.
    uniqueIndex("activation_codes_redeemed_license_key").on(t.redeemedLicenseId),
    index("activation_codes_issued_for_idx").on(t.issuedForWorkspaceId),
    // A publisher's retry with the same Idempotency-Key finds its first code instead of issuing another.
    uniqueIndex("activation_codes_publisher_request_key").on(t.issuedByPublisherId, t.requestKey),
  ],
);

/** A 10-digit request key entered by a supervisor, and the provisional/final keys it leads to. */
export const requestKeys = pgTable(
  "request_keys",
  {
    id: id(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    requestKey: text().notNull(),
    state: requestKeyState().notNull().default("provisional"),
    licenseId: uuid(),
    enteredBy: uuid().references(() => accounts.id, { onDelete: "set null" }),
    enteredAt: tstz().notNull(),
    provisionalUntil: tstz().notNull(),
    /** When the activation service will have the final key ready (workspace time). */
    finalReadyAt: tstz(),
    activatedAt: tstz(),
    /** The signed name- and term-bound key, once installed. */
    finalKey: jsonb(),
    updateServiceUntil: tstz(),
  },
  (t) => [
    unique("request_keys_ws_key").on(t.workspaceId, t.requestKey),
    index("request_keys_ws_state_idx").on(t.workspaceId, t.state),
  ],
);

export type LicenseDefinition = typeof licenseDefinitions.$inferSelect;
export type ActivationCode = typeof activationCodes.$inferSelect;
export type RequestKey = typeof requestKeys.$inferSelect;
