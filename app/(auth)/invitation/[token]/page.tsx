import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptButton } from "@/components/auth/accept-button";
import { AuthFrame } from "@/components/auth/auth-frame";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import Link from "@/components/ui/link";
import { sessionActor } from "@/lib/auth/session";
import { invitationLink } from "@/lib/workspaces/invitations";
import { acceptAsAccountAction, acceptAsNewAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("title") };
}

const linkClass = "text-brand-ink underline-offset-2 hover:underline";

/**
 * The link from an invitation e-mail: a new person chooses a name and password; an existing
 * account signs in as the invited address and accepts; a used, withdrawn or expired link says so.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t, tRoles, tReset] = await Promise.all([params, getTranslations("invitations"), getTranslations("roles"), getTranslations("passwordReset")]);
  const link = await invitationLink(token);
  const inv = link.invitation;
  if (!inv) {
    return (
      <AuthFrame title={t("title")}>
        <p role="alert" className="rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-3 text-sm text-warning-ink">
          {t("gone", { state: link.state })}
        </p>
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className={linkClass}>
            {tReset("backToSignIn")}
          </Link>
        </p>
      </AuthFrame>
    );
  }
  const title = t("acceptTitle", { workspace: inv.workspaceName });
  const subtitle = t("acceptSubtitle", { role: tRoles(inv.role), email: inv.email });
  if (!inv.accountExists) {
    return (
      <AuthFrame title={title} subtitle={subtitle}>
        <p className="mb-4 text-sm text-ink">{t("newAccount")}</p>
        <NewPasswordForm action={acceptAsNewAction.bind(null, token)} email={inv.email} withName submitLabel={t("create")} pendingLabel={t("creating")} />
      </AuthFrame>
    );
  }
  const actor = await sessionActor();
  const isInvitee = actor?.email.toLowerCase() === inv.email.toLowerCase();
  return (
    <AuthFrame title={title} subtitle={subtitle}>
      {isInvitee ? (
        <AcceptButton action={acceptAsAccountAction.bind(null, token)} label={t("accept")} pendingLabel={t("accepting")} />
      ) : actor ? (
        <div className="flex flex-col gap-4">
          <p role="alert" className="rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-3 text-sm break-words text-warning-ink">
            {t("otherAccount", { current: actor.email, email: inv.email })}
          </p>
          <SignOutButton />
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-sm break-words text-ink">{t("existingAccount", { email: inv.email })}</p>
          <Link href={`/login?callbackUrl=${encodeURIComponent(`/invitation/${token}`)}`} className="inline-flex justify-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white shadow-card hover:bg-brand-hover">
            {t("signInToAccept")}
          </Link>
        </div>
      )}
    </AuthFrame>
  );
}
