import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { callerWorkspace } from "@/lib/workspaces/current";
import { parseInput, runOperation, type Operation } from "./index";
import { runRead, type Read } from "./read";

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

/** What a server action called with JSON (not a form) returns. */
export type ActionResult<O> =
  | { ok: true; result: O; replayed: boolean }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[] | undefined> };

type Failure = { code: string; message: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * The one mapping of an error to what a form or a client call shows: an AppError's code, message
 * and field errors; anything else is logged (as `what` failing) and answered as our fault.
 */
export function failure(e: unknown, what: string, ours = "Something went wrong on our side; nothing was changed."): Failure {
  if (e instanceof AppError) {
    const details = e.details as { fieldErrors?: Record<string, string[]> } | undefined;
    return { code: e.code, message: e.message, fieldErrors: details?.fieldErrors };
  }
  console.error(`${what} failed`, e);
  return { code: "internal", message: ours };
}

/** failure() as a form's error state, refilled with the submitted `values`. */
export function formError(e: unknown, what: string, values: Record<string, string>, ours?: string): FormState<never> {
  return { status: "error", ...failure(e, what, ours), values, at: Date.now() };
}

/**
 * The server-action twin of the API route: the signed-in account, its workspace, the same
 * operation (validation, role, one scoped transaction, idempotency); errors as values.
 */
export async function runAction<S extends z.ZodType, O>(
  op: Operation<S, O>,
  workspaceSlug: unknown,
  input: unknown,
  opts: { idempotencyKey?: unknown } = {},
): Promise<ActionResult<O>> {
  try {
    const ctx = await callerWorkspace(workspaceSlug);
    const key = typeof opts.idempotencyKey === "string" && opts.idempotencyKey ? opts.idempotencyKey : null;
    const { result, replayed } = await runOperation(op, ctx, input, { idempotencyKey: key });
    revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
    return { ok: true, result, replayed };
  } catch (e) {
    return { ok: false, ...failure(e, `operation ${op.name}`) };
  }
}

/**
 * A declared read for a client component (a preview, a progress poll), with the page's access
 * rules: the client's input is checked against the read's schema first.
 */
export async function readAction<I, O>(workspaceSlug: unknown, read: Read<I, O>, input?: unknown, ours?: string): Promise<ActionResult<O>> {
  try {
    const ctx = await callerWorkspace(workspaceSlug);
    const parsed = read.input ? parseInput(read.input, input) : (undefined as I);
    const result = await runRead(ctx, read.with(parsed));
    return { ok: true, result, replayed: false };
  } catch (e) {
    return { ok: false, ...failure(e, `read ${read.name}`, ours) };
  }
}

/**
 * A form's submitted text fields (minus the `$`-prefixed ones React adds), or null when what a
 * client sent is not form data at all (server actions are public endpoints).
 */
export function formFields(formData: unknown): Record<string, string> | null {
  if (!(formData instanceof FormData)) return null;
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  return values;
}

/** The answer to a server action called with something other than form data. */
export const malformedForm = (): FormState<never> => ({ status: "error", code: "bad_request", message: "Malformed request.", values: {}, at: Date.now() });

/** A form's server action: the submitted fields as input. */
export async function submitForm<S extends z.ZodType, O>(op: Operation<S, O>, workspaceSlug: unknown, formData: unknown): Promise<FormState<O>> {
  const values = formFields(formData);
  if (!values) return malformedForm();
  const { idempotencyKey, ...input } = values;
  const out = await runAction(op, workspaceSlug, input, { idempotencyKey });
  if (out.ok) return { status: "success", result: out.result, replayed: out.replayed, at: Date.now() };
  const { ok: _ok, ...failed } = out;
  return { status: "error", ...failed, values: input, at: Date.now() };
}
