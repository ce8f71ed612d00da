"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { notify } from "@/components/ui/toast";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import { payOrder } from "./actions";
import { useConfirmedOrderAction } from "./confirmed-order-action";

export type PayableOrderSummary = { id: string; productName: string; quantity: number; amountMinor: number; kind: "add_licenses" | "add_products" | "renewal" };

/**
 * "Mark as paid" for the supervisor: stands in for the payment provider. Render it only for
 * those allowed (allowed(ctx, "payment", "create")); the server checks again.
 */
export function MarkPaidButton({ order, size = "sm" }: { order: PayableOrderSummary; size?: "sm" | "md" }) {
  const t = useTranslations("payments");
  const f = useWorkspaceFormat();
  const { pending, openConfirmation, confirmation } = useConfirmedOrderAction(payOrder, order.id, "pay", {
    onSuccess: () =>
      notify.success(t("success", { product: order.productName }), t(order.kind === "renewal" ? "successRenewalHint" : "successHint", { quantity: order.quantity })),
    failed: t("failed"),
  });

  return (
    <>
      <Button variant="secondary" size={size} onClick={openConfirmation} aria-haspopup="dialog" aria-label={t("buttonFor", { product: order.productName, amount: f.money(order.amountMinor) })}>
        {t("button")}
      </Button>
      <ConfirmDialog
        {...confirmation}
        tone="primary"
        title={t("confirmTitle")}
        description={t("confirmDescription", { quantity: order.quantity, product: order.productName, amount: f.money(order.amountMinor) })}
        confirmLabel={pending ? t("pending") : t("confirm")}
      >
        <p className="text-sm text-muted">{t("confirmNote")}</p>
      </ConfirmDialog>
    </>
  );
}
