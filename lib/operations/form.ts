import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { WorkspaceContext } from "@/lib/access/workspace";
import { AppError, badRequest, type LocalisedMessage } from "@/lib/errors";
import { actionUiLocale } from "@/lib/i18n/request";
import { translatorFor } from "@/lib/i18n/translate";
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

/** What the action knows of its reader's language: the account's choice, the workspace's locale. */
export type Reader = { account?: string | null; workspace?: string | null };

/** The reader of an action that opened a workspace (or got as far as its actor). */
export const readerOf = (ctx: { actor: { locale?: string | null }; workspace?: { locale: string } } | null | undefined): Reader => ({
  account: ctx?.actor.locale ?? null,
  workspace: ctx?.workspace?.locale ?? null,
});

/**
 * The one mapping of an error to what a form or a client call shows: an AppError's code, and its
 * message and field errors rendered in the request's UI language (lib/i18n/request
 * actionUiLocale); anything else is logged (as `what` failing) and answered as our fault.
 */
export async function failure(
  e: unknown,
  what: string,
  opts: { reader?: Reader; ours?: LocalisedMessage } = {},
): Promise<Failure> {
  const locale = await actionUiLocale(opts.reader);
  if (e instanceof AppError) return { code: e.code, message: e.messageIn(locale), fieldErrors: e.fieldErrorsIn(locale) };
  console.error(`${what} failed`, e);
  return { code: "internal", message: translatorFor(locale)((opts.ours ?? { key: "apiErrors.internal" }).key) };
}

/** failure() as a form's error state, refilled with the submitted `values`. */
export async function formError(
  e: unknown,
  what: string,
  values: Record<string, string>,
  opts: { reader?: Reader; ours?: LocalisedMessage } = {},
): Promise<FormState<never>> {
  return { status: "error", ...(await failure(e, what, opts)), values, at: Date.now() };
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
  let ctx: WorkspaceContext | null = null;
  try {
    ctx = await callerWorkspace(workspaceSlug);
    const key = typeof opts.idempotencyKey === "string" && opts.idempotencyKey ? opts.idempotencyKey : null;
    const { result, replayed } = await runOperation(op, ctx, input, { idempotencyKey: key });
    revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
    return { ok: true, result, replayed };
  } catch (e) {
    return { ok: false, ...(await failure(e, `operation ${op.name}`, { reader: readerOf(ctx) })) };
  }
}

/**
 * A declared read for a client component (a preview, a progress poll), with the page's access
 * rules: the client's input is checked against the read's schema first.
 */
export async function readAction<I, O>(workspaceSlug: unknown, read: Read<I, O>, input?: unknown, ours?: LocalisedMessage): Promise<ActionResult<O>> {
  let ctx: WorkspaceContext | null = null;
  try {
    ctx = await callerWorkspace(workspaceSlug);
    const parsed = read.input ? parseInput(read.input, input) : (undefined as I);
    const result = await runRead(ctx, read.with(parsed));
    return { ok: true, result, replayed: false };
  } catch (e) {
    return { ok: false, ...(await failure(e, `read ${read.name}`, { reader: readerOf(ctx), ours })) };
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
export const malformedForm = (): Promise<FormState<never>> => formError(badRequest(), "malformed form", {});

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
