import type { Tx } from "@/db/scope";
import type { AuditActor } from "@/lib/audit";
import { formatDate } from "@/lib/format";
import { queueMail } from "@/lib/mail";
import type { OperationContext } from "@/lib/operations";
import { memberEmails } from "@/lib/workspaces/people";
import type { ActivationKeyPayload } from "./signed-key";

/** Tells the workspace's people that final keys are in, module by module, and until when updates run. */
export async function mailActivated(
  tx: Tx,
  ws: OperationContext["workspace"],
  actor: AuditActor,
  p: ActivationKeyPayload,
  installed: { product: string; quantity: number }[],
  via: "online" | "manual",
) {
  const to = await memberEmails(tx, ws.id);
  if (to.length === 0) return;
  const date = (iso: string) => formatDate(new Date(iso), ws.locale, ws.timeZone, "long");
  await queueMail(tx, ws.id, {
    kind: "keys.activated",
    to,
    compose: (t) => ({
      subject: t("mail.keysActivated.subject", { workspace: ws.name, products: installed.map((i) => i.product).join(", ") }),
      text: [
        t("mail.keysActivated.intro", { actor: actor.label, via }),
        "",
        ...installed.map((i) => t("mail.keysActivated.module", { product: i.product, count: i.quantity, date: date(p.termEnd) })),
        "",
        p.requestKey ? t("mail.keysActivated.requestKey", { key: p.requestKey }) : t("mail.keysActivated.keyId", { kid: p.kid, test: p.type === "test" ? "yes" : "no" }),
        t("mail.keysActivated.updateService", { date: date(p.updateServiceUntil) }),
        t("mail.keysActivated.activations", { path: `/w/${ws.slug}/activations` }),
      ].join("\n"),
    }),
  });
}
