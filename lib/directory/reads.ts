import { z } from "zod";
import { defineRead } from "@/lib/operations/read";
import type { KeysetParams } from "@/lib/tables/keyset";
import { listDirectoryUsers, previewImport, type DirectorySort } from "./index";

/** The directory's declared reads (lib/operations/read). */

/** A keyset page of the directory: the Users page and `GET /users` (lib/tables/keyset). */
export const directoryPage = defineRead({
  name: "directory users page",
  resource: "directory_user",
  run: (tx, ctx, table: KeysetParams<DirectorySort>) => listDirectoryUsers(tx, ctx.workspace.id, table, ctx.workspace.locale),
});

/** What a CSV import would change, nothing written: asking needs the right to import. */
export const importPreview = defineRead({
  name: "users import preview",
  resource: "directory_user",
  action: "create",
  input: z.string(),
  run: (tx, ctx, csv: string) => previewImport(tx, ctx.workspace.id, csv),
});
