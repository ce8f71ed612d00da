import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * Documentation lives in the console, for signed-in people: the proxy already keeps everything
 * but sign-in and the API behind a session, and the reference is read by those who create tokens.
 * The machine-readable document stays public at /api/v1/openapi.json for tools.
 */
export default async function DocsLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [t, tApp, tCommon] = await Promise.all([getTranslations("apiDocs"), getTranslations("app"), getTranslations("common")]);
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-brand-ink shadow-overlay focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {tCommon("skipToContent")}
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <div className="flex items-center gap-4">
            <Link href="/" className="flex items-center gap-2 rounded-md font-semibold text-ink">
              <Logo />
              <span>{tApp("name")}</span>
            </Link>
            <span className="text-sm text-muted" aria-hidden="true">
              /
            </span>
            <span className="text-sm font-medium text-ink">{t("crumb")}</span>
          </div>
          <div className="flex items-center gap-4 text-sm">
            <Link href="/" className="font-medium text-brand-ink underline-offset-2 hover:underline">
              {t("backToConsole")}
            </Link>
            <span className="hidden text-muted sm:inline">{actor.name}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
