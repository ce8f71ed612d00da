import { index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./common";
import { licensingModel } from "./enums";
import { publishers } from "./tenancy";

/** The publishers' catalogue: shared by every workspace, holds no customer data. */
export const products = pgTable(
  "products",
  {
    id: id(),
    publisherId: uuid().notNull().references(() => publishers.id),
    sku: text().notNull(),
    name: text().notNull(),
    /** Higher rank = richer edition; compares two licenses of one product family. */
    editionRank: integer().notNull().default(1),
    family: text().notNull(),
    licensingModel: licensingModel().notNull(),
    features: text().array().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("products_sku_key").on(t.sku), index("products_publisher_idx").on(t.publisherId)],
);

/** List prices per currency, with optional dated special offers. */
export const prices = pgTable(
  "prices",
  {
    id: id(),
    productId: uuid().notNull().references(() => products.id, { onDelete: "cascade" }),
    currency: text().notNull(),
    /** Per seat per year, in the currency's minor unit. */
    unitAmountMinor: integer().notNull(),
    offerName: text(),
    validFrom: text(),
    validUntil: text(),
  },
  (t) => [index("prices_product_currency_idx").on(t.productId, t.currency)],
);

export type Product = typeof products.$inferSelect;
