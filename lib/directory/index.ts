import { and, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { assignments, directoryUsers, products } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit, recordAuditEvents } from "@/lib/audit";
import { conflict, fieldError, invalid, type LocalisedMessage } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { byName } from "@/lib/tables/collation";
import { keysetPage, keysetQuery, type KeysetPage, type KeysetParams } from "@/lib/tables/keyset";
import { likePattern } from "@/lib/tables/params";
import { IMPORT_MAX_CHARS, IMPORT_MAX_ROWS, parseUsersCsv, planImport, type ImportPlan, type ParsedCsv } from "./rules";

export const DIRECTORY_SORTS = ["name", "email", "createdAt"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export type DirectoryUserRow = { id: string; name: string; email: string; createdAt: Date; products: { id: string; name: string }[] };

/**
 * One keyset page of directory users with the products each holds; search by name or e-mail.
 * Names sort (and their cursors compare) under the workspace locale's collation (lib/tables/collation).
 * The Users page and `GET /users` both read through it (lib/tables/keyset: sort key + id).
 */
export async function listDirectoryUsers(
  tx: Tx,
  workspaceId: string,
  p: KeysetParams<DirectorySort>,
  locale: string,
): Promise<KeysetPage<DirectoryUserRow>> {
  const column = { name: byName(directoryUsers.name, locale), email: directoryUsers.email, createdAt: directoryUsers.createdAt }[p.sort];
  const page = keysetQuery(p, column, directoryUsers.id, p.sort === "createdAt" ? "timestamptz" : "text");
  const rows = await tx
    .select({
      id: directoryUsers.id,
      name: directoryUsers.name,
      email: directoryUsers.email,
      createdAt: directoryUsers.createdAt,
      // Qualified by hand: in a single-table select drizzle renders columns unqualified,
      // which made "id" and "name" ambiguous inside this subquery.
      products: sql<{ id: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', p.id, 'name', p.name) order by ${byName(sql`p.name`, locale)}, p.id)
          from ${assignments} a join ${products} p on p.id = a.product_id
         where a.workspace_id = "directory_users"."workspace_id"
           and a.directory_user_id = "directory_users"."id"
           and a.state = 'active'), '[]'::json)`,
      cursorKey: page.cursorKey,
    })
    .from(directoryUsers)
    .where(
      and(
        eq(directoryUsers.workspaceId, workspaceId),
        p.q ? or(ilike(directoryUsers.name, likePattern(p.q)), ilike(directoryUsers.email, likePattern(p.q))) : undefined,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.limit);
  return keysetPage(rows, p, (r) => r.id);
}

export const directoryUserInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(320)),
});

export const createDirectoryUser = defineOperation({
  name: "directory_users.create",
  input: directoryUserInput,
  resource: "directory_user",
  action: "create",
  async run(ctx, input, tx) {
    const [row] = await tx
      .insert(directoryUsers)
      .values({ workspaceId: ctx.workspace.id, name: input.name, email: input.email })
      .onConflictDoNothing()
      .returning({ id: directoryUsers.id, name: directoryUsers.name, email: directoryUsers.email, createdAt: directoryUsers.createdAt });
    if (!row) throw conflict({ key: "apiErrors.user_email_taken", values: { email: input.email } }, fieldError("email", { key: "apiErrors.user_email_taken_field" }));
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "directory_user.created",
      subjectType: "directory_user",
      subjectId: row.id,
      data: { name: row.name, email: row.email },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  },
});

export const BULK_LIMIT = 1000;

/**
 * Many users in one transaction. Invalid rows refuse the whole batch (with each row's errors);
 * e-mails already in the workspace, or repeated in the batch, are skipped and reported, so a
 * retried import changes nothing.
 */
export const createDirectoryUsers = defineOperation({
  name: "directory_users.bulk_create",
  input: z.object({ users: z.array(directoryUserInput).min(1).max(BULK_LIMIT) }),
  resource: "directory_user",
  action: "create",
  async run(ctx, { users }, tx) {
    // E-mails compare without case: the first of dup@x.example and DUP@x.example is created, the
    // second is reported as skipped rather than silently merged into it.
    const seen = new Set<string>();
    const first = users.filter((u) => !seen.has(u.email.toLowerCase()) && seen.add(u.email.toLowerCase()));
    const created = await tx
      .insert(directoryUsers)
      .values(first.map((u) => ({ workspaceId: ctx.workspace.id, name: u.name, email: u.email })))
      .onConflictDoNothing()
      .returning({ id: directoryUsers.id, name: directoryUsers.name, email: directoryUsers.email });
    const createdEmails = new Set(created.map((u) => u.email.toLowerCase()));
    const skippedRows: { email: string; reason: "already_exists" | "duplicate_in_batch" }[] = [];
    const taken = new Set<string>();
    for (const u of users) {
      const key = u.email.toLowerCase();
      if (taken.has(key)) skippedRows.push({ email: u.email, reason: "duplicate_in_batch" });
      else if (!createdEmails.has(key)) skippedRows.push({ email: u.email, reason: "already_exists" });
      taken.add(key);
    }
    if (created.length > 0) {
      // One event per user (the subject a person looks up), then the request's summary.
      await recordAuditEvents(tx, ctx.workspace.id, ctx.auditActor, [
        ...created.map((u) => ({ action: "directory_user.created", subjectType: "directory_user", subjectId: u.id, data: { name: u.name, email: u.email, via: "bulk" } })),
        { action: "directory_user.bulk_created", subjectType: "directory_user", data: { created: created.length, skipped: skippedRows.length } },
      ]);
    }
    return { created, skipped: skippedRows };
  },
});

// ---------------------------------------------------------------------------------------------
// CSV import (Users tab): preview, then apply in one transaction

/** Lower-cased e-mail → name of the workspace's users among `emails` (one indexed read). */
async function existingByEmail(tx: Tx, workspaceId: string, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await tx
    .select({ email: sql<string>`lower(${directoryUsers.email})`, name: directoryUsers.name })
    .from(directoryUsers)
    .where(and(eq(directoryUsers.workspaceId, workspaceId), inArray(sql`lower(${directoryUsers.email})`, [...new Set(emails.map((e) => e.toLowerCase()))])));
  return new Map(rows.map((r) => [r.email, r.name]));
}

function parseForImport(csv: string): ParsedCsv {
  const parsed = parseUsersCsv(csv);
  if (parsed.total === 0) throw invalid({ key: "apiErrors.import_empty" }, fieldError("csv", { key: "apiErrors.import_empty_field" }));
  if (parsed.total > IMPORT_MAX_ROWS) {
    const message: LocalisedMessage = { key: "apiErrors.import_too_many", values: { max: IMPORT_MAX_ROWS } };
    throw invalid(message, fieldError("csv", message));
  }
  return parsed;
}

const importInput = z.object({ csv: z.string().max(IMPORT_MAX_CHARS) });

/** What importing `csv` would change, without changing anything. */
export async function previewImport(tx: Tx, workspaceId: string, csv: string): Promise<ImportPlan> {
  const parsed = parseForImport(importInput.parse({ csv }).csv);
  return planImport(parsed, await existingByEmail(tx, workspaceId, parsed.rows.map((r) => r.email)));
}

/**
 * Imports the valid rows of a CSV: new e-mails are created through the bulk-create operation
 * (the API's users/bulk), in this one transaction; existing or repeated e-mails are skipped and
 * rows with errors are left out, so importing the same file again changes nothing.
 */
export const importDirectoryUsers = defineOperation({
  name: "directory_users.import",
  input: importInput,
  resource: "directory_user",
  action: "create",
  async run(ctx, { csv }, tx) {
    const parsed = parseForImport(csv);
    const plan = planImport(parsed, await existingByEmail(tx, ctx.workspace.id, parsed.rows.map((r) => r.email)));
    const created = plan.create.length
      ? (await createDirectoryUsers.run(ctx, { users: plan.create.map(({ name, email }) => ({ name, email })) }, tx)).created
      : [];
    return { created: created.length, skipped: plan.rows.length - created.length, errors: plan.errors.length };
  },
});
