"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { notify } from "@/components/ui/toast";
import type { RevokeAction, TokenRow } from "./tokens";

/** "Revoke" asks first; the token stops working at once. */
export function RevokeDialog({ token, action, onClose }: { token: TokenRow | null; action: RevokeAction; onClose: () => void }) {
  const t = useTranslations("apiTokens.revoke");
  const [pending, startTransition] = useTransition();
  // One key per opening: a double click or a retried request revokes (and audits) once.
  const [key, setKey] = useState(() => newIdempotencyKey());
  // The closing dialog keeps showing the last token's name.
  const [shown, setShown] = useState<TokenRow | null>(token);
  if (token && token !== shown) {
    setShown(token);
    setKey(newIdempotencyKey());
  }
  const name = shown?.name ?? "";

  return (
    <ConfirmDialog
      open={token !== null}
      onCancel={onClose}
      pending={pending}
      title={t("title", { name })}
      description={t("description")}
      confirmLabel={t("confirm")}
      onConfirm={() => {
        if (!token) return;
        startTransition(async () => {
          const result = await action(token.id, key);
          if (result.status === "success") {
            notify.success(t("success", { name: token.name }));
            onClose();
          } else if (result.status === "error") {
            notify.error(t("failed"), result.message);
          }
        });
      }}
    />
  );
}
