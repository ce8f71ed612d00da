import { z } from "zod";
import { defineRead } from "@/lib/operations/read";
import type { TableParams } from "@/lib/tables/params";
import { directoryUsersAfter, listDirectoryUsers, previewImport, type DirectorySort } from "./index";

/** The directory's declared reads (lib/operations/read). */

export const directoryPage = defineRead({
  name: "directory users page",
  resource: "directory_user",
  run: (tx, ctx, table: TableParams<DirectorySort>) => listDirectoryUsers(tx, ctx.workspace.id, table),
});

export const directoryAfter = defineRead({
  name: "directory users",
  resource: "directory_user",
  run: (tx, ctx, opts: { q?: string; after: [string, string] | null; limit: number }) => directoryUsersAfter(tx, ctx.workspace.id, opts),
});

/** What a CSV import would change, nothing written: asking needs the right to import. */
export const importPreview = defineRead({
  name: "users import preview",
  resource: "directory_user",
  action: "create",
  input: z.string(),
  run: (tx, ctx, csv: string) => previewImport(tx, ctx.workspace.id, csv),
});
