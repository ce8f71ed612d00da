import { and, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { assignments, directoryUsers, products } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";

export const DIRECTORY_SORTS = ["name", "email", "createdAt"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export type DirectoryUserRow = { id: string; name: string; email: string; createdAt: Date; products: string[] };

/** One page of directory users with the products each holds; search by name or e-mail. */
export async function listDirectoryUsers(tx: Tx, workspaceId: string, p: TableParams<DirectorySort>): Promise<Page<DirectoryUserRow>> {
  const where = and(
    eq(directoryUsers.workspaceId, workspaceId),
    p.q ? or(ilike(directoryUsers.name, likePattern(p.q)), ilike(directoryUsers.email, likePattern(p.q))) : undefined,
  );
  const column = { name: directoryUsers.name, email: directoryUsers.email, createdAt: directoryUsers.createdAt }[p.sort];
  const order = p.dir === "asc" ? asc(column) : desc(column);
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select({
        id: directoryUsers.id,
        name: directoryUsers.name,
        email: directoryUsers.email,
        createdAt: directoryUsers.createdAt,
        // Qualified by hand: in a single-table select drizzle renders columns unqualified,
        // which made "id" and "name" ambiguous inside this subquery.
        products: sql<string[]>`coalesce((
          select array_agg(p.name order by p.name)
            from ${assignments} a join ${products} p on p.id = a.product_id
           where a.workspace_id = "directory_users"."workspace_id"
             and a.directory_user_id = "directory_users"."id"
             and a.state = 'active'), '{}')`,
      })
      .from(directoryUsers)
      .where(where)
      .orderBy(order, asc(directoryUsers.id))
      .limit(p.size)
      .offset((p.page - 1) * p.size),
    tx.select({ total: count() }).from(directoryUsers).where(where),
  ]);
  return { rows, total, page: p.page, size: p.size };
}

export const directoryUserInput = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(200, "At most 200 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address.")).pipe(z.string().max(320)),
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
    if (!row) throw conflict(`A user with the e-mail ${input.email} already exists in this workspace.`, { fieldErrors: { email: ["Already in this workspace."] } });
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "directory_user.created",
      subjectType: "directory_user",
      subjectId: row.id,
      data: { name: row.name, email: row.email },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  },
});

/** Cursor page for the API, ordered by (name, id) so a page boundary never skips or repeats. */
export async function directoryUsersAfter(tx: Tx, workspaceId: string, opts: { q?: string; after: [string, string] | null; limit: number }) {
  return tx
    .select({ id: directoryUsers.id, name: directoryUsers.name, email: directoryUsers.email, createdAt: directoryUsers.createdAt })
    .from(directoryUsers)
    .where(
      and(
        eq(directoryUsers.workspaceId, workspaceId),
        opts.q ? or(ilike(directoryUsers.name, likePattern(opts.q)), ilike(directoryUsers.email, likePattern(opts.q))) : undefined,
        opts.after ? sql`(${directoryUsers.name}, ${directoryUsers.id}) > (${opts.after[0]}, ${opts.after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(directoryUsers.name), asc(directoryUsers.id))
    .limit(opts.limit);
}

export const BULK_LIMIT = 1000;

/**
 * Many users in one transaction. Invalid rows refuse the whole batch (with each row's errors);
 * e-mails already in the workspace, or repeated in the batch, are skipped and reported, so a
 * retried import changes nothing.
 */
export const createDirectoryUsers = defineOperation({
  name: "directory_users.bulk_create",
  input: z.object({ users: z.array(directoryUserInput).min(1, "Send at least one user.").max(BULK_LIMIT, `At most ${BULK_LIMIT} users per call.`) }),
  resource: "directory_user",
  action: "create",
  async run(ctx, { users }, tx) {
    const created = await tx
      .insert(directoryUsers)
      .values(users.map((u) => ({ workspaceId: ctx.workspace.id, name: u.name, email: u.email })))
      .onConflictDoNothing()
      .returning({ id: directoryUsers.id, name: directoryUsers.name, email: directoryUsers.email });
    const createdEmails = new Set(created.map((u) => u.email));
    const skipped = users.filter((u) => !createdEmails.has(u.email)).map((u) => u.email);
    if (created.length > 0) {
      await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
        action: "directory_user.bulk_created",
        subjectType: "directory_user",
        data: { created: created.length, skipped: skipped.length },
      });
    }
    return { created, skipped: [...new Set(skipped)].map((email) => ({ email, reason: "already_exists" as const })) };
  },
});
