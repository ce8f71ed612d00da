import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { allowed } from "@/lib/access/workspace";
import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { DIRECTORY_SORTS } from "@/lib/directory";
import { directoryPage } from "@/lib/directory/reads";
import { runReads } from "@/lib/operations/read";
import { assignableProducts } from "@/lib/seats/reads";
import { parseKeysetParams } from "@/lib/tables/keyset";
import { PAGE_SIZES } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { addDirectoryUser, assignProduct } from "../actions";
import { AddUserButton } from "../add-user-dialog";
import { UsersTable } from "../columns";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const table = parseKeysetParams(await searchParams, { sortable: DIRECTORY_SORTS, defaultSort: "name" });
  const canAssign = allowed(ctx, "assignment", "create") && allowed(ctx, "assignment", "delete");
  const [[page, assignable], t, tImport] = await Promise.all([
    runReads(ctx, directoryPage.with(table), canAssign && assignableProducts),
    getTranslations("users"),
    getTranslations("usersImport"),
  ]);
  const licensed = assignable ?? [];
  const canCreate = allowed(ctx, "directory_user", "create");
  const action = canCreate ? addDirectoryUser.bind(null, ctx.workspace.slug) : null;
  const seats = canAssign
    ? {
        // Only per-user products take users; the others' seats are the devices and hosts running them.
        licensed: licensed
          .filter((p) => p.licensingModel === "per_user")
          .map((p) => ({ id: p.id, name: p.name, free: Math.max(0, p.seats.purchasedThisTerm - p.seats.used) })),
        assign: assignProduct.bind(null, ctx.workspace.slug),
      }
    : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <UsersTable
        slug={ctx.workspace.slug}
        rows={page.rows}
        cursors={{ next: page.next, previous: page.previous }}
        state={{ page: 1, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
        canCreate={canCreate}
        seats={seats}
        actions={
          action ? (
            <>
              <Link href={`/w/${ctx.workspace.slug}/users/import`} className={buttonClass("secondary")}>
                {tImport("button")}
              </Link>
              <AddUserButton action={action} />
            </>
          ) : null
        }
        emptyAction={action ? <AddUserButton action={action} variant="secondary" /> : null}
      />
    </>
  );
}
