"use client";

import { useState, useTransition } from "react";
import { notify } from "@/components/ui/toast";
import { useWorkspace } from "@/components/workspace/workspace-context";
import type { FormState } from "@/lib/operations/form";
import type { OrderView } from "@/lib/orders/queries";

type OrderAction = (workspaceSlug: string, prev: FormState<OrderView>, formData: FormData) => Promise<FormState<OrderView>>;

/**
 * A supervisor's action on one order behind a confirmation (mark as paid, cancel). The key is
 * the order's own (`pay-…`, `cancel-…`), so a double click or a second tab acts once; either
 * answer closes the confirmation, a refusal with a toast titled `failed`.
 */
export function useConfirmedOrderAction(action: OrderAction, orderId: string, keyPrefix: string, { onSuccess, failed }: { onSuccess: () => void; failed: string }) {
  const ws = useWorkspace();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();

  function confirm() {
    start(async () => {
      const form = new FormData();
      form.set("orderId", orderId);
      form.set("idempotencyKey", `${keyPrefix}-${orderId}`);
      const state = await action(ws.slug, { status: "idle" }, form);
      if (state.status === "success") onSuccess();
      else if (state.status === "error") notify.error(failed, state.message);
      setOpen(false);
    });
  }

  return {
    pending,
    openConfirmation: () => setOpen(true),
    /** What the ConfirmDialog takes from the action: spread it, then add the texts. */
    confirmation: { open, pending, onCancel: () => setOpen(false), onConfirm: confirm },
  };
}
