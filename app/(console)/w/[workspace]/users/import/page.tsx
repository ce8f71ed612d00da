import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { IMPORT_MAX_ROWS } from "@/lib/directory/rules";
import { workspacePageFor } from "@/lib/workspaces/current";
import { applyUsersImport, previewUsersImport } from "./actions";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("usersImport");
  return { title: t("title") };
}

export default async function UsersImportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // A role that may not add users has no import page (the actions refuse it as well). Outside the
  // list's loading boundary (users/(list)), so the 404 is the answer's status, not a 200's content.
  const ctx = await workspacePageFor(slug, "directory_user", "create");
  const t = await getTranslations("usersImport");
  const base = `/w/${ctx.workspace.slug}`;
  return (
    <>
      <nav aria-label={t("back")} className="mb-3 text-sm">
        <Link href={`${base}/users`} className="rounded text-brand hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <ImportForm
        preview={previewUsersImport.bind(null, ctx.workspace.slug)}
        apply={applyUsersImport.bind(null, ctx.workspace.slug)}
        usersHref={`${base}/users`}
        maxRows={IMPORT_MAX_ROWS}
      />
    </>
  );
}
