import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { openWorkspace } from "@/lib/access/workspace";
import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { runOperation, type Operation } from "./index";

/** What a form's server action returns to useActionState. */
export type FormState<O = unknown> =
  | { status: "idle" }
  | { status: "success"; result: O; replayed: boolean; at: number }
  | {
      status: "error";
      code: string;
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** The submitted text, so the form refills after an error. */
      values: Record<string, string>;
      at: number;
    };

export const IDLE: FormState = { status: "idle" };

/** The form twin of the API route: same operation, errors returned as state instead of JSON. */
export async function submitForm<S extends z.ZodType, O>(
  op: Operation<S, O>,
  workspaceSlug: string,
  formData: FormData,
): Promise<FormState<O>> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  const { idempotencyKey, ...input } = values;
  try {
    const actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openWorkspace(actor, workspaceSlug);
    const { result, replayed } = await runOperation(op, ctx, input, { idempotencyKey: idempotencyKey || null });
    revalidatePath(`/w/${workspaceSlug}`, "layout");
    return { status: "success", result, replayed, at: Date.now() };
  } catch (e) {
    if (e instanceof AppError) {
      const details = e.details as { fieldErrors?: Record<string, string[]> } | undefined;
      return { status: "error", code: e.code, message: e.message, fieldErrors: details?.fieldErrors, values: input, at: Date.now() };
    }
    console.error(`operation ${op.name} failed`, e);
    return { status: "error", code: "internal", message: "Something went wrong on our side; nothing was changed.", values: input, at: Date.now() };
  }
}
