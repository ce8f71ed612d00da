import { eq } from "drizzle-orm";
import { accounts } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import type { PropagationResult } from "@/lib/devices";
import { formatDate, formatNumber } from "@/lib/format";
import type { Translator } from "@/lib/i18n/translate";
import { queueMail } from "@/lib/mail";
import type { OperationContext } from "@/lib/operations";
import { memberEmails } from "@/lib/workspaces/people";
import type { Verdict } from "./rules";

/** The e-mail that tells the workspace a license was replaced by an activation code. */

/** Supervisors and admins of the workspace (people, not tokens) and the person who applied. */
async function replacementRecipients(tx: Tx, ctx: OperationContext): Promise<string[]> {
  const members = await memberEmails(tx, ctx.workspace.id);
  const [me] = await tx.select({ email: accounts.email, kind: accounts.kind }).from(accounts).where(eq(accounts.id, ctx.actor.accountId));
  return [...new Set([...members, ...(me?.kind === "person" ? [me.email] : [])])];
}

export async function mailReplacement(
  tx: Tx,
  ctx: OperationContext,
  d: {
    previousLicenseId: string;
    licenseId: string;
    verdict: Verdict;
    gained: string[];
    lost: string[];
    from: { name: string; licensingModel: string; quantity: number; expiresAt: string };
    to: { name: string; licensingModel: string; quantity: number; expiresAt: string };
    devices: PropagationResult;
  },
) {
  const to = await replacementRecipients(tx, ctx);
  if (to.length === 0) return;
  const ws = ctx.workspace;
  const day = (iso: string) => formatDate(new Date(iso), ws.locale, ws.timeZone, "long");
  const count = (n: number) => formatNumber(n, ws.locale);
  const compose = (t: Translator) => {
    // The preview's facts carry the model as a plain string; it is always one of the enum's.
    const model = (m: string) => t(`enums.licensingModel.${m as LicensingModel}`);
    const lines = [
      t("mail.licenseReplaced.intro", { actor: ctx.actor.name, workspace: ws.name, verdict: d.verdict }),
      "",
      t("mail.licenseReplaced.name", { from: d.from.name, to: d.to.name }),
      t("mail.licenseReplaced.model", { from: model(d.from.licensingModel), to: model(d.to.licensingModel) }),
      t("mail.licenseReplaced.limit", { from: count(d.from.quantity), to: count(d.to.quantity) }),
      t("mail.licenseReplaced.expiry", { from: day(d.from.expiresAt), to: day(d.to.expiresAt) }),
      "",
      ...(d.gained.length ? [t("mail.licenseReplaced.gained", { features: d.gained.join(", ") })] : []),
      ...(d.lost.length ? [t("mail.licenseReplaced.lost", { features: d.lost.join(", ") })] : []),
      t("mail.licenseReplaced.switched", { count: count(d.devices.switched) }),
      ...(d.devices.registered
        ? [
            d.devices.switchesAt
              ? t("mail.licenseReplaced.registeredOn", { date: day(d.devices.switchesAt), count: count(d.devices.registered) })
              : t("mail.licenseReplaced.registered", { count: count(d.devices.registered) }),
          ]
        : []),
      "",
      t("mail.licenseReplaced.licenseId", { id: d.licenseId, previous: d.previousLicenseId }),
    ];
    return { subject: t("mail.licenseReplaced.subject", { license: d.to.name }), text: lines.join("\n") };
  };
  await queueMail(tx, ws.id, { kind: "license.replaced", to, compose });
}
