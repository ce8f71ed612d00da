"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { FormState } from "@/lib/operations/form";

type Action = (prev: FormState<null>, form: FormData) => Promise<FormState<null>>;

/** One button that posts `action` (accepting an invitation as the signed-in account), its refusal above it. */
export function AcceptButton({ action, label, pendingLabel }: { action: Action; label: string; pendingLabel: string }) {
  const [state, submit, pending] = useActionState(action, { status: "idle" } as FormState<null>);
  return (
    <form action={submit} className="flex flex-col gap-4">
      {state.status === "error" ? <ErrorAlert size="sm">{state.message}</ErrorAlert> : null}
      <Button type="submit" pending={pending} className="w-full">
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
