import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import Link from "@/components/ui/link";
import { passwordResetLink } from "@/lib/auth/password-reset";
import { setPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("resetTitle") };
}

/** The link from the reset e-mail: a new password while the link is open, else why not and a way on. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("passwordReset")]);
  const link = await passwordResetLink(token);
  if (link.state !== "open" || !link.email) {
    return (
      <AuthFrame title={t("resetTitle")}>
        <p role="alert" className="rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-3 text-sm text-warning-ink">
          {t("gone")}
        </p>
        <p className="mt-6 flex flex-wrap justify-between gap-3 text-sm">
          <Link href="/forgot-password" className="text-brand-ink underline-offset-2 hover:underline">
            {t("askAgain")}
          </Link>
          <Link href="/login" className="text-brand-ink underline-offset-2 hover:underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("resetTitle")} subtitle={t("resetSubtitle", { email: link.email })}>
      <NewPasswordForm action={setPasswordAction.bind(null, token)} email={link.email} submitLabel={t("save")} pendingLabel={t("saving")} />
    </AuthFrame>
  );
}
