-- Names sort case- and accent-insensitively in the workspace's language (lib/tables/collation),
-- the Users list by keyset too; its byte-order (C) name index no longer serves any read. One index
-- per collation nameCollation answers: measured on 100,000 users of one workspace, page 1 by name
-- under "pl-x-icu" was a parallel seq scan + top-N sort, 64 ms (a page after a cursor 40 ms); with
-- its index an index-only scan, 0.14 ms / 0.20 ms, as the C order was. About 9.6 MB per index at
-- 100,000 users (the C one was 12 MB). A product's users by name (100,000 seats) walk the same
-- index with an incremental sort on the assignment's id, as they did in C order.
DROP INDEX "directory_users_ws_name_id_idx";--> statement-breakpoint
CREATE INDEX "directory_users_ws_name_pl_id_idx" ON "directory_users" USING btree ("workspace_id","name" collate "pl-x-icu","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_name_de_id_idx" ON "directory_users" USING btree ("workspace_id","name" collate "de-x-icu","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_name_en_id_idx" ON "directory_users" USING btree ("workspace_id","name" collate "en-x-icu","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_name_und_id_idx" ON "directory_users" USING btree ("workspace_id","name" collate "und-x-icu","id");