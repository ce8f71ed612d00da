import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { allowed, inWorkspace } from "@/lib/access/workspace";
import { DIRECTORY_SORTS, listDirectoryUsers } from "@/lib/directory";
import { PAGE_SIZES, parseTableParams } from "@/lib/tables/params";
import { workspaceForPage } from "@/lib/workspaces/current";
import { addDirectoryUser } from "./actions";
import { AddUserButton } from "./add-user-dialog";
import { UsersTable } from "./columns";

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
  const table = parseTableParams(await searchParams, { sortable: DIRECTORY_SORTS, defaultSort: "name" });
  const [page, t] = await Promise.all([
    inWorkspace(ctx, "directory_user", "read", (tx) => listDirectoryUsers(tx, ctx.workspace.id, table)),
    getTranslations("users"),
  ]);
  const canCreate = allowed(ctx, "directory_user", "create");
  const action = canCreate ? addDirectoryUser.bind(null, ctx.workspace.slug) : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <UsersTable
        rows={page.rows}
        total={page.total}
        state={{ page: table.page, size: table.size, sort: table.sort, dir: table.dir, q: table.q }}
        pageSizes={PAGE_SIZES}
        canCreate={canCreate}
        actions={action ? <AddUserButton action={action} /> : null}
        emptyAction={action ? <AddUserButton action={action} variant="secondary" /> : null}
      />
    </>
  );
}
