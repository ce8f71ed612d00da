import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { NotFoundPanel } from "@/components/shell/not-found-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFoundTitle") };
}

/** Unknown URLs and workspaces the account may not open: the same page, so nothing leaks. */
export default async function NotFound() {
  const [t, tApp] = await Promise.all([getTranslations("errors"), getTranslations("app")]);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4">
      <p className="flex items-center gap-2 font-semibold text-ink">
        <Logo />
        {tApp("name")}
      </p>
      <NotFoundPanel title={t("notFoundTitle")} body={t("notFoundBody")} href="/" linkLabel={t("goHome")} />
    </main>
  );
}
