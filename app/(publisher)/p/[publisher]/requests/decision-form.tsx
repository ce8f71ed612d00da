"use client";

import { useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/input";
import { notify } from "@/components/ui/toast";
import type { DecisionResult } from "@/lib/hosts/publisher";
import type { FormState } from "@/lib/operations/form";

type Action = (prev: FormState<DecisionResult>, formData: FormData) => Promise<FormState<DecisionResult>>;
const IDLE: FormState<DecisionResult> = { status: "idle" };

/**
 * Approve or deny one license, with an optional note for the workspace's admins. A decision is
 * final (an item is decided once), so each asks for confirmation first.
 */
export function DecisionForm({ action, itemId, license, host }: { action: Action; itemId: string; license: string; host: string }) {
  const t = useTranslations("publisher.decide");
  const [state, setState] = useState<FormState<DecisionResult>>(IDLE);
  const [pending, startPending] = useTransition();
  const [choice, setChoice] = useState<"approved" | "denied" | null>(null);
  const noteId = `note-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const formRef = useRef<HTMLFormElement>(null);

  // The answer is announced here, not in an effect after the render: a decided item leaves the
  // queue with the same refresh that brings the answer, so this form unmounts before an effect
  // could run and an approval showed no confirmation at all. The toasts live outside the form.
  function submit() {
    const form = formRef.current;
    if (!form || !choice) return;
    const fd = new FormData(form);
    fd.set("decision", choice);
    startPending(async () => {
      const next = await action(state, fd);
      if (next.status === "success") notify.success(t(next.result.decision === "approved" ? "approvedToast" : "deniedToast", { license, host }));
      else if (next.status === "error") notify.error(t("failed"), next.message);
      setState(next);
      setChoice(null);
    });
  }

  const error = state.status === "error" ? state : null;
  return (
    <form ref={formRef} onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-2" aria-label={t("formLabel", { license, host })}>
      <input type="hidden" name="itemId" value={itemId} />
      {error ? <ErrorAlert size="sm">{error.message}</ErrorAlert> : null}
      <label htmlFor={noteId} className="text-xs font-medium text-muted">
        {t("note")}
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        maxLength={1000}
        defaultValue={error?.values.note ?? ""}
        className={cn(controlClass, "h-auto py-1.5")}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" size="sm" pending={pending && choice === "denied"} disabled={pending} onClick={() => setChoice("denied")} aria-haspopup="dialog">
          {t("deny")}
        </Button>
        <Button size="sm" pending={pending && choice === "approved"} disabled={pending} onClick={() => setChoice("approved")} aria-haspopup="dialog">
          {t("approve")}
        </Button>
      </div>
      <ConfirmDialog
        open={choice !== null}
        onCancel={() => setChoice(null)}
        onConfirm={submit}
        tone={choice === "approved" ? "primary" : "danger"}
        title={choice === "approved" ? t("confirmApproveTitle", { license, host }) : t("confirmDenyTitle", { license, host })}
        description={choice === "approved" ? t("confirmApproveBody") : t("confirmDenyBody")}
        confirmLabel={choice === "approved" ? t("approve") : t("deny")}
        pending={pending}
      />
    </form>
  );
}
