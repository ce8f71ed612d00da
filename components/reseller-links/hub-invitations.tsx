"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { notify } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/operations/form";

export type HubInvitationRow = { id: string; invitedAs: string; state: "pending" | "accepted" | "declined" | "revoked"; invitedBy: string; sentOn: string; workspaceName: string | null };
export type WithdrawAction = (invitationId: string) => Promise<ActionResult<unknown>>;

const TONE = { pending: "warning", accepted: "success", declined: "neutral", revoked: "neutral" } as const;

/** The hub's latest invitations, each with its state; a waiting one can be withdrawn. */
export function HubInvitations({ rows, withdraw }: { rows: HubInvitationRow[]; withdraw: WithdrawAction }) {
  const t = useTranslations("resellerLinks.hub");
  const [asking, setAsking] = useState<HubInvitationRow | null>(null);
  const [shown, setShown] = useState<HubInvitationRow | null>(null);
  const [busy, startTransition] = useTransition();
  if (asking && asking !== shown) setShown(asking);
  const target = shown?.invitedAs ?? "";
  return (
    <Card title={t("invitationsTitle")} titleId="reseller-invitations" description={rows.length > 0 ? t("invitationsCount", { count: rows.length }) : undefined}>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("invitationsEmpty")}</p>
      ) : (
        <ul className="divide-y divide-line" aria-labelledby="reseller-invitations">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 py-2.5 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-all text-ink">{r.workspaceName ?? r.invitedAs}</span>
                  <Badge tone={TONE[r.state]}>{t("state", { state: r.state })}</Badge>
                </p>
                <p className="text-xs text-muted">{t("sentBy", { actor: r.invitedBy, date: r.sentOn })}</p>
              </div>
              {r.state === "pending" ? (
                <Button size="sm" variant="secondary" className="self-start sm:self-auto" aria-label={t("withdrawLabel", { target: r.invitedAs })} onClick={() => setAsking(r)}>
                  {t("withdraw")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={asking !== null}
        onCancel={() => setAsking(null)}
        pending={busy}
        title={t("withdrawTitle", { target })}
        description={t("withdrawDescription")}
        confirmLabel={t("withdraw")}
        onConfirm={() => {
          if (!asking) return;
          startTransition(async () => {
            const result = await withdraw(asking.id);
            if (result.ok) {
              notify.success(t("withdrawn", { target: asking.invitedAs }));
              setAsking(null);
            } else notify.error(t("failed"), result.message);
          });
        }}
      />
    </Card>
  );
}
