import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { tstz } from "./common";

/**
 * Attempts per key in a fixed window ("account:<email>" and "ip:<address>" for sign-ins,
 * "activation-code:…" for codes), kept in the database so every web instance sees one count.
 * Only lib/throttle writes it, and only through app_throttle_*(): the app role has no grant.
 */
export const throttleCounters = pgTable("throttle_counters", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: tstz().notNull().defaultNow(),
  lockedUntil: tstz(),
});

/**
 * API calls per key ("token:<hash>", "account:<id>", "address:<ip>") in the current fixed window;
 * in the database so every web instance counts against the same figure. Reached only through
 * app_api_rate_hit(), one atomic statement.
 */
export const apiRateLimits = pgTable("api_rate_limits", {
  key: text().primaryKey(),
  windowStartedAt: tstz().notNull(),
  hits: integer().notNull(),
});
