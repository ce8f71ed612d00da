"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { notify } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/operations/form";

export type EndLinkByResellerAction = (workspaceSlug: string) => Promise<ActionResult<unknown>>;

/** The hub's "End link" of one workspace: asks first; access ends with the answer. */
export function EndLinkButton({ workspace, action }: { workspace: { slug: string; name: string }; action: EndLinkByResellerAction }) {
  const t = useTranslations("resellerLinks.hub");
  const [open, setOpen] = useState(false);
  const [busy, startTransition] = useTransition();
  return (
    <>
      <Button size="sm" variant="ghost" aria-label={t("endLabel", { name: workspace.name })} onClick={() => setOpen(true)}>
        {t("end")}
      </Button>
      <ConfirmDialog
        open={open}
        onCancel={() => setOpen(false)}
        pending={busy}
        title={t("endTitle", { name: workspace.name })}
        description={t("endDescription")}
        confirmLabel={t("end")}
        onConfirm={() =>
          startTransition(async () => {
            const result = await action(workspace.slug);
            if (result.ok) {
              notify.success(t("ended", { name: workspace.name }));
              setOpen(false);
            } else notify.error(t("failed"), result.message);
          })
        }
      />
    </>
  );
}
