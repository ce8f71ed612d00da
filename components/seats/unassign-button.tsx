"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { notify } from "@/components/ui/toast";
import type { FormState } from "@/lib/operations/form";
import type { AssignmentResult } from "@/lib/seats";

export type SeatAction = (prev: FormState<AssignmentResult>, formData: FormData) => Promise<FormState<AssignmentResult>>;

export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Sends one seat operation as the form twin of the API (idempotent by a key per attempt). */
export async function sendSeat(action: SeatAction, userId: string, productId: string, key: string) {
  const fd = new FormData();
  fd.set("idempotencyKey", key);
  fd.set("userId", userId);
  fd.set("productId", productId);
  return action({ status: "idle" }, fd);
}

/**
 * "Unassign" with a confirmation that says what happens: the seat is freed, the user and their
 * data stay. Used on a product's users and in a user's products dialog.
 */
export function UnassignButton({
  action,
  userId,
  userName,
  productId,
  productName,
  size = "sm",
  onDone,
}: {
  action: SeatAction;
  userId: string;
  userName: string;
  productId: string;
  productName: string;
  size?: "sm" | "md";
  onDone?: () => void;
}) {
  const t = useTranslations("usersAssign");
  const [key, setKey] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const vars = { name: userName, product: productName };
  return (
    <>
      <Button variant="secondary" size={size} onClick={() => setKey(newIdempotencyKey())} aria-label={`${t("unassign")}: ${productName}, ${userName}`}>
        {t("unassign")}
      </Button>
      {/* In a right-aligned table cell: the dialog must not inherit the alignment. */}
      <div className="text-left">
      <ConfirmDialog
        open={key !== null}
        onCancel={() => setKey(null)}
        title={t("unassignTitle", vars)}
        confirmLabel={t("unassignConfirm")}
        pending={pending}
        onConfirm={() =>
          start(async () => {
            const res = await sendSeat(action, userId, productId, key!);
            if (res.status === "success") {
              notify.success(t("unassigned", vars));
              setKey(null);
              onDone?.();
            } else if (res.status === "error") {
              notify.error(t("unassignFailed"), res.message);
            }
          })
        }
      >
        <p className="text-sm text-ink">{t("unassignBody", vars)}</p>
      </ConfirmDialog>
      </div>
    </>
  );
}
