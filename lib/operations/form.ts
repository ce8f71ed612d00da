import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { inWorkspace, openWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import type { Action, Resource } from "@/lib/access/matrix";
import { currentActor } from "@/lib/auth/session";
import type { Tx } from "@/db/scope";
import { AppError, notFound, unauthenticated } from "@/lib/errors";
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

/** What a server action called with JSON (not a form) returns. */
export type ActionResult<O> =
  | { ok: true; result: O; replayed: boolean }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[] | undefined> };

function failure(e: unknown, what: string): { code: string; message: string; fieldErrors?: Record<string, string[] | undefined> } {
  if (e instanceof AppError) {
    const details = e.details as { fieldErrors?: Record<string, string[]> } | undefined;
    return { code: e.code, message: e.message, fieldErrors: details?.fieldErrors };
  }
  console.error(`${what} failed`, e);
  return { code: "internal", message: "Something went wrong on our side; nothing was changed." };
}

/**
 * Server actions are public endpoints: their arguments arrive from any client. The wrappers check
 * them here, once, so an action needs no guard of its own. Anything but a string is as unknown
 * as a missing workspace.
 */
async function contextFor(workspaceSlug: unknown): Promise<WorkspaceContext> {
  const actor = await currentActor();
  if (!actor) throw unauthenticated();
  if (typeof workspaceSlug !== "string") throw notFound("workspace");
  return openWorkspace(actor, workspaceSlug);
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
    const ctx = await contextFor(workspaceSlug);
    const key = typeof opts.idempotencyKey === "string" && opts.idempotencyKey ? opts.idempotencyKey : null;
    const { result, replayed } = await runOperation(op, ctx, input, { idempotencyKey: key });
    revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
    return { ok: true, result, replayed };
  } catch (e) {
    return { ok: false, ...failure(e, `operation ${op.name}`) };
  }
}

/** A read for a client component (a preview, a progress poll), with the page's access rules. */
export async function readAction<O>(
  workspaceSlug: unknown,
  resource: Resource,
  action: Action,
  read: (tx: Tx, ctx: WorkspaceContext) => Promise<O>,
): Promise<ActionResult<O>> {
  try {
    const ctx = await contextFor(workspaceSlug);
    // Asking what a change would do needs the right to make it; the read itself is read-only.
    const result = await inWorkspace(ctx, resource, action, (tx) => read(tx, ctx), { readOnly: true });
    return { ok: true, result, replayed: false };
  } catch (e) {
    return { ok: false, ...failure(e, `read of ${resource}`) };
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
  return out.ok
    ? { status: "success", result: out.result, replayed: out.replayed, at: Date.now() }
    : { status: "error", code: out.code, message: out.message, fieldErrors: out.fieldErrors, values: input, at: Date.now() };
}
