import { describe, expect, it } from "vitest";
import { inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { importDirectoryUsers, listDirectoryUsers, previewImport } from "@/lib/directory";
import { AppError } from "@/lib/errors";
import { runOperation } from "@/lib/operations";
import { addMembership, createAccount, createDirectoryUser, createWorkspace, ownerSql, uniq } from "../factories";

async function member(role: "admin" | "viewer", workspace?: { id: string; slug: string }) {
  const ws = workspace ?? (await createWorkspace());
  const account = await createAccount();
  await addMembership(ws.id, account.id, role);
  return { ws, ctx: await openWorkspace((await loadActor(account.id))!, ws.slug) };
}

const preview = (ctx: WorkspaceContext, csv: string) => inWorkspace(ctx, "directory_user", "read", (tx) => previewImport(tx, ctx.workspace.id, csv));

async function emails(workspaceId: string) {
  const rows = await ownerSql()<{ email: string; name: string }[]>`select email, name from directory_users where workspace_id = ${workspaceId} order by email`;
  return rows;
}

describe("importing users from CSV", () => {
  it("previews new, existing and repeated e-mails and bad rows with line numbers, then applies once", async () => {
    const { ws, ctx } = await member("admin");
    const d = uniq("d");
    await createDirectoryUser(ws.id, { email: `jan@${d}.test`, name: "Jan Kowalski" });
    const csv = [
      "name;email",
      `Anna Nowak;anna@${d}.test`,
      `Jan K.;JAN@${d}.test`,
      `Bad;not-an-email`,
      `Anna twice;anna@${d}.test`,
      `;empty@${d}.test`,
      `"Kowalska; Ewa";ewa@${d}.test`,
    ].join("\n");

    const plan = await preview(ctx, csv);
    expect(plan.counts).toEqual({ create: 2, skip: 2, errors: 2 });
    expect(plan.rows.map((r) => [r.line, r.outcome.kind])).toEqual([
      [2, "create"],
      [3, "skipExisting"],
      [5, "skipDuplicate"],
      [7, "create"],
    ]);
    expect(plan.rows[1].outcome).toEqual({ kind: "skipExisting", existingName: "Jan Kowalski" });
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([
      [4, "email"],
      [6, "name"],
    ]);
    expect(await emails(ws.id)).toHaveLength(1); // a preview writes nothing

    const { result } = await runOperation(importDirectoryUsers, ctx, { csv });
    expect(result).toEqual({ created: 2, skipped: 2, errors: 2 });
    expect(await emails(ws.id)).toEqual([
      { email: `anna@${d}.test`, name: "Anna Nowak" },
      { email: `ewa@${d}.test`, name: "Kowalska; Ewa" },
      { email: `jan@${d}.test`, name: "Jan Kowalski" },
    ]);
    const [{ n }] = await ownerSql()<{ n: number }[]>`
      select count(*)::int as n from audit_events where workspace_id = ${ws.id} and action = 'directory_user.bulk_created'`;
    expect(n).toBe(1);

    // Idempotent: the same file again changes nothing and says so.
    expect((await preview(ctx, csv)).counts).toEqual({ create: 0, skip: 4, errors: 2 });
    expect((await runOperation(importDirectoryUsers, ctx, { csv })).result).toEqual({ created: 0, skipped: 4, errors: 2 });
    expect(await emails(ws.id)).toHaveLength(3);
    const page = await inWorkspace(ctx, "directory_user", "read", (tx) =>
      listDirectoryUsers(tx, ws.id, { size: 25, sort: "email", dir: "asc", q: d, filters: {}, after: null, before: null }, ctx.workspace.locale),
    );
    expect(page.rows.map((r) => r.products)).toEqual([[], [], []]);
  });

  it("refuses an empty file and more rows than the limit, writing nothing", async () => {
    const { ws, ctx } = await member("admin");
    await expect(runOperation(importDirectoryUsers, ctx, { csv: "\n\n" })).rejects.toSatisfy((e) => e instanceof AppError && e.status === 422);
    const many = Array.from({ length: 1001 }, (_, i) => `User ${i},u${i}@${ws.slug}.test`).join("\n");
    await expect(preview(ctx, many)).rejects.toSatisfy((e) => e instanceof AppError && e.status === 422);
    await expect(runOperation(importDirectoryUsers, ctx, { csv: many })).rejects.toSatisfy((e) => e instanceof AppError && e.status === 422);
    expect(await emails(ws.id)).toEqual([]);
  });

  it("sees only its own workspace's e-mails, and a viewer may not import", async () => {
    const a = await member("admin");
    const b = await member("admin");
    const email = `shared@${uniq("d")}.test`;
    await createDirectoryUser(a.ws.id, { email, name: "In A" });
    const csv = `Someone,${email}`;
    expect((await preview(b.ctx, csv)).rows[0].outcome).toEqual({ kind: "create" });
    expect((await runOperation(importDirectoryUsers, b.ctx, { csv })).result.created).toBe(1);
    expect(await emails(a.ws.id)).toEqual([{ email, name: "In A" }]);

    const viewer = await member("viewer", a.ws);
    await expect(runOperation(importDirectoryUsers, viewer.ctx, { csv: `V,v@${uniq("d")}.test` })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.status === 403,
    );
  });
});
