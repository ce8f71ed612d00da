import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import Link from "@/components/ui/link";
import { signInCallbackPath, siteOrigin } from "@/lib/auth/redirect";
import { ENROLMENT_PATH, sessionActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";
import { isProduction } from "@/lib/deployment/environment";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}


export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params, t, tReset] = await Promise.all([sessionActor(), searchParams, getTranslations("auth"), getTranslations("passwordReset")]);
  // Only same-site paths: a callbackUrl must never send a signed-in user elsewhere.
  const callbackUrl = signInCallbackPath(params.callbackUrl, siteOrigin());
  if (actor) redirect(actor.twoFactorPending ? ENROLMENT_PATH : callbackUrl);
  const showDemoNote = !isProduction();
  // After a new password (reset link) or joining through an invitation: what to do now.
  const notice = params.notice === "password-set" ? tReset("done") : params.notice === "joined" ? tReset("joined") : null;

  return (
    <AuthFrame
      title={t("title")}
      subtitle={t("subtitle")}
      below={
        showDemoNote ? (
          <p className="mt-4 rounded-md border border-dashed border-line-strong bg-subtle px-3 py-2 text-center text-xs text-muted">
            {t("demoNote")}
          </p>
        ) : null
      }
    >
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-line bg-subtle px-3 py-2 text-sm text-ink">
          {notice}
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="text-brand-ink underline-offset-2 hover:underline">
          {tReset("forgotLink")}
        </Link>
      </p>
    </AuthFrame>
  );
}

