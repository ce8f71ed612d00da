"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { notify } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/operations/form";

export type PendingInvitationRow = { id: string; resellerName: string; invitedBy: string; invitedOn: string };
export type DecidedInvitationRow = { id: string; resellerName: string; state: "accepted" | "declined" | "revoked" | "pending"; decidedOn: string; decidedBy: string | null };
export type ResellerLinkRow = { resellerSlug: string; resellerName: string; linkedOn: string };

export type DecideAction = (invitationId: string, decision: "accept" | "decline", idempotencyKey: string) => Promise<ActionResult<unknown>>;
export type EndLinkAction = (resellerSlug: string, idempotencyKey: string) => Promise<ActionResult<unknown>>;

type Asking =
  | { kind: "accept" | "decline"; invitation: PendingInvitationRow; key: string }
  | { kind: "end"; link: ResellerLinkRow; key: string };

/**
 * Settings' resellers section (issue 17): the invitations waiting for the supervisor, the
 * resellers that administer the workspace, and the latest decisions. Every change asks first.
 */
export function WorkspaceResellerLinks({
  pending,
  links,
  history,
  decide,
  endLink,
}: {
  pending: PendingInvitationRow[];
  links: ResellerLinkRow[];
  history: DecidedInvitationRow[];
  decide: DecideAction;
  endLink: EndLinkAction;
}) {
  const t = useTranslations("resellerLinks.settings");
  const [asking, setAsking] = useState<Asking | null>(null);
  // The closing dialog keeps its words while it fades.
  const [shown, setShown] = useState<Asking | null>(null);
  const [busy, startTransition] = useTransition();
  if (asking && asking !== shown) setShown(asking);
  const reseller = shown ? (shown.kind === "end" ? shown.link.resellerName : shown.invitation.resellerName) : "";

  const confirm = () => {
    if (!asking) return;
    startTransition(async () => {
      const result = asking.kind === "end" ? await endLink(asking.link.resellerSlug, asking.key) : await decide(asking.invitation.id, asking.kind, asking.key);
      if (result.ok) {
        notify.success(t(asking.kind === "accept" ? "accepted" : asking.kind === "decline" ? "declined" : "ended", { reseller }));
        setAsking(null);
      } else {
        notify.error(t("failed"), result.message);
      }
    });
  };

  return (
    <Card title={t("title")} titleId="reseller-links-title" description={t("description")} className="max-w-3xl">
      <p className="text-sm text-ink" role="status">
        {t("pendingCount", { count: pending.length })}
      </p>
      {pending.length > 0 ? (
        <ul className="mt-3 divide-y divide-line rounded-md border border-line" aria-label={t("title")}>
          {pending.map((inv) => (
            <li key={inv.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium text-ink">{inv.resellerName}</p>
                <p className="text-xs text-muted">{t("invitedBy", { actor: inv.invitedBy, date: inv.invitedOn })}</p>
              </div>
              <div className="flex shrink-0 gap-2">
                <Button size="sm" onClick={() => setAsking({ kind: "accept", invitation: inv, key: newIdempotencyKey() })}>
                  {t("accept")}
                </Button>
                <Button size="sm" variant="secondary" onClick={() => setAsking({ kind: "decline", invitation: inv, key: newIdempotencyKey() })}>
                  {t("decline")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}

      <h3 className="mt-5 text-sm font-semibold text-ink">{t("linksTitle")}</h3>
      {links.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t("noLinks")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line rounded-md border border-line" aria-label={t("linksTitle")}>
          {links.map((link) => (
            <li key={link.resellerSlug} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium text-ink">{link.resellerName}</p>
                <p className="text-xs text-muted">{t("linkedSince", { date: link.linkedOn })}</p>
              </div>
              <Button
                size="sm"
                variant="danger"
                className="self-start sm:self-auto"
                aria-label={t("endLabel", { reseller: link.resellerName })}
                onClick={() => setAsking({ kind: "end", link, key: newIdempotencyKey() })}
              >
                {t("end")}
              </Button>
            </li>
          ))}
        </ul>
      )}

      {history.length > 0 ? (
        <>
          <h3 className="mt-5 text-sm font-semibold text-ink">{t("historyTitle")}</h3>
          <ul className="mt-2 space-y-1.5">
            {history.map((inv) => (
              <li key={inv.id} className="text-sm break-words">
                <span className="text-ink">{inv.resellerName}</span>
                {/* Plain text, not a badge: the decider's address must wrap on a phone. */}
                <span className="text-muted"> · {t("decidedBy", { state: inv.state, date: inv.decidedOn, hasActor: inv.decidedBy ? "yes" : "no", actor: inv.decidedBy ?? "" })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <ConfirmDialog
        open={asking !== null}
        onCancel={() => setAsking(null)}
        onConfirm={confirm}
        pending={busy}
        tone={shown?.kind === "accept" ? "primary" : "danger"}
        title={shown?.kind === "accept" ? t("acceptTitle", { reseller }) : shown?.kind === "decline" ? t("declineTitle", { reseller }) : t("endTitle", { reseller })}
        description={shown?.kind === "accept" ? t("acceptDescription") : shown?.kind === "decline" ? t("declineDescription") : t("endDescription")}
        confirmLabel={shown?.kind === "accept" ? t("accept") : shown?.kind === "decline" ? t("decline") : t("end")}
      />
    </Card>
  );
}
