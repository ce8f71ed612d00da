import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language/language-switcher";
import { Logo } from "@/components/shell/logo";

/**
 * The narrow card the signed-out pages share (sign-in, forgot password, new password, invitation);
 * `below` goes under the card, above the language switcher (sign-in's demo note).
 */
export async function AuthFrame({ title, subtitle, children, below }: { title: string; subtitle?: ReactNode; children: ReactNode; below?: ReactNode }) {
  const tApp = await getTranslations("app");
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <Logo className="size-8" />
          <span className="text-lg font-semibold text-ink">{tApp("name")}</span>
        </div>
        <div className="rounded-xl border border-line bg-surface p-6 shadow-card sm:p-8">
          <h1 className="text-xl font-semibold text-ink">{title}</h1>
          {subtitle ? <p className="mt-1 mb-6 text-sm break-words text-muted">{subtitle}</p> : <div className="mb-6" />}
          {children}
        </div>
        {below}
        <div className="mt-4 flex justify-center">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
