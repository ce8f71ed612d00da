"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
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
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [choice, setChoice] = useState<"approved" | "denied" | null>(null);
  const noteId = `note-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const formRef = useRef<HTMLFormElement>(null);

  function submit() {
    const form = formRef.current;
    if (!form || !choice) return;
    const fd = new FormData(form);
    fd.set("decision", choice);
    startTransition(() => formAction(fd));
  }

  // Each answer of the server clears the choice.
  const answeredAt = state.status === "idle" ? 0 : state.at;
  const [seenAt, setSeenAt] = useState(answeredAt);
  if (answeredAt !== seenAt) {
    setSeenAt(answeredAt);
    setChoice(null);
  }

  useEffect(() => {
    if (state.status === "success") {
      const key = state.result.decision === "approved" ? "approvedToast" : "deniedToast";
      notify.success(t(key, { license, host }));
    } else if (state.status === "error") {
      notify.error(t("failed"), state.message);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === "idle" ? 0 : state.at]);

  const error = state.status === "error" ? state : null;
  return (
    <form ref={formRef} action={formAction} className="flex flex-col gap-2" aria-label={t("formLabel", { license, host })}>
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
