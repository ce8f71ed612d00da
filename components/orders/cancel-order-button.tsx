"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { notify } from "@/components/ui/toast";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import { withdrawOrder } from "./actions";
import { useConfirmedOrderAction } from "./confirmed-order-action";

export type CancellableOrderSummary = { id: string; number: string; productName: string; quantity: number; amountMinor: number };

/**
 * "Cancel order" for the supervisor, behind a confirmation: an unpaid order is withdrawn. Render
 * it only for those allowed (allowed(ctx, "payment", "create")); the server checks again.
 */
export function CancelOrderButton({ order }: { order: CancellableOrderSummary }) {
  const t = useTranslations("orders.cancel");
  const f = useWorkspaceFormat();
  const { pending, openConfirmation, confirmation } = useConfirmedOrderAction(withdrawOrder, order.id, "cancel", {
    onSuccess: () => notify.success(t("success", { number: order.number })),
    failed: t("failed"),
  });

  return (
    <>
      <Button variant="ghost" size="sm" onClick={openConfirmation} aria-haspopup="dialog" aria-label={t("buttonFor", { number: order.number, product: order.productName, amount: f.money(order.amountMinor) })}>
        {t("button")}
      </Button>
      <ConfirmDialog
        {...confirmation}
        title={t("confirmTitle", { number: order.number })}
        description={t("confirmDescription", { quantity: order.quantity, product: order.productName, amount: f.money(order.amountMinor) })}
        confirmLabel={pending ? t("pending") : t("confirm")}
        cancelLabel={t("keep")}
      >
        <p className="text-sm text-muted">{t("confirmNote")}</p>
      </ConfirmDialog>
    </>
  );
}
