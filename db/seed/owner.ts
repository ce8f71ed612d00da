import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "../schema";
import type { Tx } from "../scope";

/** Seeds write as the migration owner, in one transaction. */
export async function asOwner(ownerUrl: string, fn: (tx: Tx) => Promise<void>): Promise<void> {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await drizzle(client, { schema, casing: "snake_case" }).transaction(fn);
  } finally {
    await client.end();
  }
}
