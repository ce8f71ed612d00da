import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SkipLink } from "@/components/shell/skip-link";
import { getTranslations } from "next-intl/server";
import { AccountLanguageForm } from "@/components/language/account-language-form";
import { LanguageSwitcher } from "@/components/language/language-switcher";
import { Logo } from "@/components/shell/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import { formatDateTime } from "@/lib/format";
import { changePasswordAction } from "./actions";
import { PasswordChangeCard } from "./password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { DisableForm, EnrolPanel } from "./two-factor-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("twoFactor");
  return { title: t("title") };
}

/** Account security: the authenticator-app second step, turned on, shown, or turned off. */
export default async function AccountSecurityPage() {
  const actor = await requireActor({ enrolment: true });
  const [status, t, tApp, tSessions, tLanguage] = await Promise.all([
    twoFactorStatus(actor.accountId),
    getTranslations("twoFactor"),
    getTranslations("app"),
    getTranslations("sessions"),
    getTranslations("language"),
  ]);
  const requiredBy = [...(status.policy.reseller ? [status.policy.reseller] : []), ...status.policy.workspaces];

  return (
    <div className="min-h-dvh">
      <SkipLink />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <span className="flex items-center gap-2 font-semibold text-ink">
            <Logo />
            {tApp("name")}
          </span>
          <div className="flex items-center gap-4">
            {actor.twoFactorPending ? null : (
              <Link href="/" className="text-sm text-brand-ink underline-offset-2 hover:underline">
                {t("backToConsole")}
              </Link>
            )}
            <LanguageSwitcher />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="outline-none mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-muted">{t("subtitle", { email: actor.email })}</p>
        {actor.twoFactorPending ? (
          <div role="alert" className="mb-6 rounded-md border border-warning-ink/30 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
            <p className="font-semibold">{t("requiredTitle")}</p>
            <p className="mt-1">{t("requiredBody", { by: requiredBy.join(", ") })}</p>
          </div>
        ) : null}
        <Card
          title={t("appTitle")}
          titleId="authenticator-app"
          description={t("appDescription")}
          actions={status.enabled ? <Badge tone="success">{t("on")}</Badge> : null}
        >
          {status.enabled ? (
            <div className="flex flex-col gap-4 text-sm">
              <p className="text-ink">
                {t("enabledSince", { at: formatDateTime(status.enabledAt!, "en", "UTC", { zone: true }) })}{" "}
                {t("recoveryLeft", { count: status.recoveryCodesLeft })}
              </p>
              {status.policy.required ? (
                <p className="text-muted">{t("cannotDisable", { by: requiredBy.join(", ") })}</p>
              ) : (
                <DisableForm />
              )}
            </div>
          ) : (
            <EnrolPanel />
          )}
        </Card>
        {actor.twoFactorPending ? null : (
          <div className="mt-6">
            <PasswordChangeCard action={changePasswordAction} email={actor.email} />
          </div>
        )}
        <div className="mt-6">
          <Card title={tLanguage("title")} titleId="language" description={tLanguage("description")}>
            <AccountLanguageForm current={actor.locale ?? null} />
          </Card>
        </div>
        <div className="mt-6">
          <Card title={tSessions("title")} titleId="sessions" description={tSessions("description")}>
            <SignOutEverywhere />
          </Card>
        </div>
      </main>
    </div>
  );
}
