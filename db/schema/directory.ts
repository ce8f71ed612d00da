import { sql } from "drizzle-orm";
import { index, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./common";
import { workspaces } from "./tenancy";

/** A person of a workspace who can hold a seat; not necessarily a console account. */
export const directoryUsers = pgTable(
  "directory_users",
  {
    id: id(),
    workspaceId: uuid().notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    email: text().notNull(),
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("directory_users_ws_id_key").on(t.workspaceId, t.id),
    uniqueIndex("directory_users_ws_email_key").on(t.workspaceId, sql`lower(${t.email})`),
    // Keyset paging of the Users list (lib/tables/keyset): each sort key with the id tiebreak.
    index("directory_users_ws_name_id_idx").on(t.workspaceId, t.name, t.id),
    index("directory_users_ws_email_id_idx").on(t.workspaceId, t.email, t.id),
    index("directory_users_ws_created_id_idx").on(t.workspaceId, t.createdAt, t.id),
  ],
);

export type DirectoryUser = typeof directoryUsers.$inferSelect;
