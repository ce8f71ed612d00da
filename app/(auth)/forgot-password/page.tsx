import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import Link from "@/components/ui/link";
import { requestResetAction } from "./actions";
import { ForgotForm } from "./forgot-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("forgotTitle") };
}

/** "Forgot password?": the e-mail to send a reset link to. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <AuthFrame title={t("forgotTitle")} subtitle={t("forgotSubtitle")}>
      <ForgotForm action={requestResetAction} />
      <p className="mt-6 text-center text-sm">
        <Link href="/login" className="text-brand-ink underline-offset-2 hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthFrame>
  );
}
