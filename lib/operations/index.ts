import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { idempotencyKeys } from "@/db/schema";
import type { ScopeOptions, Tx } from "@/db/scope";
import type { Action, Resource } from "@/lib/access/matrix";
import { authorize, inWorkspace, type WorkspaceContext } from "@/lib/access/workspace";
import type { AuditActor } from "@/lib/audit";
import { AppError, conflict, fieldError, invalid, MAX_INPUT_DEPTH, tooDeep, tooMany } from "@/lib/errors";
import { validationDetails } from "@/lib/i18n/validation";
import { log } from "@/lib/deployment/log";
import { consumeAttempt, forgiveAttempt, type Counter } from "@/lib/throttle";

/**
 * One workspace operation, the same for a page's server action and the API's endpoint:
 * validated input, one role check, one scoped transaction, optional idempotency.
 */
export type Operation<S extends z.ZodType, O> = {
  name: string;
  input: S;
  resource: Resource;
  action: Action;
  scope?: ScopeOptions;
  run: (ctx: OperationContext, input: z.output<S>, tx: Tx) => Promise<O>;
  /** Once the change has committed (not on an idempotent replay): e.g. start work it queued. */
  afterCommit?: (ctx: WorkspaceContext, result: O) => void;
  /**
   * What is kept with an Idempotency-Key and answered to its replays, when that must differ
   * from the first answer (a secret shown once is never stored). Defaults to the result itself.
   */
  replayResult?: (result: O) => O;
  /**
   * Attempts that guess (codes, keys) are counted before the transaction opens and given back
   * after it unless `failed` says the attempt was a failure: the count commits on its own, and
   * the request never holds two connections.
   */
  throttle?: { counters: (ctx: WorkspaceContext) => Promise<Counter[]>; failed: (error: unknown) => boolean };
  /**
   * A check of the input that waits on the network (a webhook URL's DNS), run after the role
   * check and before the transaction opens, so no pooled connection sits idle in a transaction
   * while a resolver answers. Throws an AppError to refuse.
   */
  precheck?: (input: z.output<S>) => Promise<void>;
};

export type OperationContext = WorkspaceContext & { auditActor: AuditActor };

export function defineOperation<S extends z.ZodType, O>(op: Operation<S, O>): Operation<S, O> {
  return op;
}

/** zod's issues as the per-field map every form and API error carries, by catalogue key (lib/i18n/validation). */
export function validationError(error: z.ZodError, raw: unknown): AppError {
  return invalid({ key: "apiErrors.validation_failed" }, validationDetails(error, raw));
}

/**
 * PostgreSQL text cannot hold NUL: find one anywhere in the input before it reaches a query.
 * Iterative, with a depth cap, so input nested thousands deep cannot overflow the stack.
 */
function pathOfNul(root: unknown): string[] | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000")) return path;
    } else if (value && typeof value === "object") {
      if (path.length >= MAX_INPUT_DEPTH) throw tooDeep();
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
    }
  }
  return null;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const nul = pathOfNul(raw);
  if (nul) {
    const field = nul.join(".") || "body";
    throw invalid({ key: "apiErrors.nul_character" }, fieldError(field, { key: "validation.nul_character" }));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, raw);
  return parsed.data;
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
}

/**
 * An attempt that was no failure goes back to the throttle. If that fails, the caller still gets
 * the operation's own answer (a committed change must not read as an error, a 404 not as a 500):
 * the cost is one attempt counted too many, logged.
 */
async function giveBack(operation: string, counters: Counter[]): Promise<void> {
  try {
    await forgiveAttempt(counters);
  } catch (e) {
    log.warn({ err: e, operation }, "throttle attempt not given back");
  }
}

const IDEMPOTENCY_KEY = z.string().min(8).max(255).regex(/^[\x21-\x7e]+$/);

/**
 * An Idempotency-Key header's value, checked (422 when malformed); null without one. Changes that
 * keep their key on their own row (a reseller's invitation, a created customer workspace) check
 * it here like runOperation does.
 */
export function idempotencyKeyOf(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const key = IDEMPOTENCY_KEY.safeParse(raw);
  if (!key.success) throw invalid({ key: "apiErrors.idempotency_key_malformed" }, { header: key.error.issues[0]?.message });
  return key.data;
}

export type Outcome<O> = { result: O; replayed: boolean };

/**
 * Runs `op` for the actor of `ctx`. With an idempotency key, the key row is inserted in the same
 * transaction as the change: a concurrent replay blocks on it and then returns the stored answer,
 * a replay after commit returns it at once, and a failed attempt leaves no key behind.
 */
export async function runOperation<S extends z.ZodType, O>(
  op: Operation<S, O>,
  ctx: WorkspaceContext,
  raw: unknown,
  opts: { idempotencyKey?: string | null } = {},
): Promise<Outcome<O>> {
  authorize(ctx, op.resource, op.action);
  const input = parseInput(op.input, raw);
  await op.precheck?.(input);
  const key = opts.idempotencyKey == null ? null : IDEMPOTENCY_KEY.safeParse(opts.idempotencyKey);
  if (key && !key.success) {
    throw invalid({ key: "apiErrors.idempotency_key_malformed" }, fieldError("Idempotency-Key", { key: "validation.idempotency_key_format" }));
  }
  const requestHash = createHash("sha256").update(`${op.name}\n${stableJson(input)}`).digest("hex");
  const opCtx: OperationContext = { ...ctx, auditActor: { accountId: ctx.actor.accountId, label: ctx.actor.email } };

  const counters = op.throttle ? await op.throttle.counters(ctx) : [];
  if (op.throttle) {
    const verdict = await consumeAttempt(counters);
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000);
      throw tooMany({ key: "apiErrors.too_many_attempts", values: { minutes: Math.ceil(seconds / 60) } }, seconds);
    }
  }
  let outcome: Outcome<O>;
  try {
    outcome = await inWorkspace(
      ctx,
      op.resource,
      op.action,
      async (tx): Promise<Outcome<O>> => {
        if (key?.success) {
          const inserted = await tx
            .insert(idempotencyKeys)
            .values({ workspaceId: ctx.workspace.id, key: key.data, operation: op.name, requestHash, status: 0, response: {} })
            .onConflictDoNothing()
            .returning({ key: idempotencyKeys.key });
          if (inserted.length === 0) {
            const [prior] = await tx
              .select()
              .from(idempotencyKeys)
              .where(and(eq(idempotencyKeys.workspaceId, ctx.workspace.id), eq(idempotencyKeys.key, key.data)));
            if (!prior) throw conflict({ key: "apiErrors.idempotency_key_in_progress" });
            if (prior.operation !== op.name || prior.requestHash !== requestHash) {
              throw new AppError(422, "idempotency_key_reused", { key: "apiErrors.idempotency_key_reused" });
            }
            return { result: prior.response as O, replayed: true };
          }
        }
        const result = await op.run(opCtx, input, tx);
        if (key?.success) {
          await tx
            .update(idempotencyKeys)
            .set({ status: 200, response: sql`${JSON.stringify((op.replayResult ? op.replayResult(result) : result) ?? null)}::jsonb` })
            .where(and(eq(idempotencyKeys.workspaceId, ctx.workspace.id), eq(idempotencyKeys.key, key.data)));
        }
        return { result, replayed: false };
      },
      op.scope,
    );
  } catch (e) {
    if (op.throttle && !op.throttle.failed(e)) await giveBack(op.name, counters);
    throw e;
  }
  if (op.throttle) await giveBack(op.name, counters);
  if (!outcome.replayed) op.afterCommit?.(ctx, outcome.result);
  return outcome;
}
