-- Keyset paging (lib/tables/keyset): the Users list walks (workspace, sort key, id) for each of its
-- sorts; a product's users walk (workspace, product, assigned_at, id) either way with the state
-- last, because under row-level security `state = 'active'` (enum_eq is not leakproof) is never
-- an index condition, and in the middle it left the index's order unusable (a sort of every seat).
-- Ascending columns: read backwards they serve `assigned_at desc, id desc` (DESC means NULLS
-- FIRST, which the old DESC NULLS LAST columns matched in neither direction).
DROP INDEX "directory_users_ws_name_idx";--> statement-breakpoint
DROP INDEX "assignments_ws_product_assigned_idx";--> statement-breakpoint
CREATE INDEX "directory_users_ws_name_id_idx" ON "directory_users" USING btree ("workspace_id","name","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_email_id_idx" ON "directory_users" USING btree ("workspace_id","email","id");--> statement-breakpoint
CREATE INDEX "directory_users_ws_created_id_idx" ON "directory_users" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "assignments_ws_product_assigned_idx" ON "assignments" USING btree ("workspace_id","product_id","assigned_at","id","state");