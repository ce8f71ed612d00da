import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key shared by every table: random so ids never reveal volume or order across tenants. */
export const id = () => uuid().primaryKey().default(sql`gen_random_uuid()`);

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const tstz = () => timestamp({ withTimezone: true });
