import type { z } from "zod";
import { withScope, type Tx } from "@/db/scope";
import type { Action, Resource } from "@/lib/access/matrix";
import { authorize, type WorkspaceContext } from "@/lib/access/workspace";

/**
 * One workspace read, declared like an operation: the right it needs, where it may run, what it
 * does. Pages, a client component's readAction and the API's GET endpoints run the same
 * declaration through runReads, so the role check, the scope and the transaction live there.
 */
export type Read<I, O> = {
  name: string;
  resource: Resource;
  /** "read", or the right to make the change the read previews (what an unassignment would do). */
  action: Action;
  /** For input from a client (readAction); a page's or an endpoint's input is validated already. */
  input?: z.ZodType<I>;
  /** Tolerates replication lag (lists, overviews): see ScopeOptions.replica. */
  replica?: boolean;
  run: (tx: Tx, ctx: WorkspaceContext, input: I) => Promise<O>;
  /** This read with its input, for runReads. */
  with: (input: I) => BoundRead<O>;
};

export type BoundRead<O> = { read: Read<never, O>; input: unknown };

export function defineRead<I = void, O = unknown>(r: Omit<Read<I, O>, "action" | "with"> & { action?: Action }): Read<I, O> {
  const read: Read<I, O> = { action: "read", ...r, with: (input) => ({ read: read as unknown as Read<never, O>, input }) };
  return read;
}

/** A read to run: one without input, one bound to its input, or a skipped one (null, false). */
type Call = Read<void, unknown> | BoundRead<unknown> | null | false;
type Output<C> = C extends BoundRead<infer O> ? O : C extends Read<void, infer O> ? O : null;
export type Outputs<C extends readonly Call[]> = { -readonly [K in keyof C]: Output<C[K]> };

const bind = (c: Call): BoundRead<unknown> | null => (!c ? null : "with" in c ? { read: c as unknown as Read<never, unknown>, input: undefined } : c);

/**
 * A page's (or an endpoint's) reads in ONE read-only transaction, one after another on its one
 * connection: every role is checked before it opens. On the replica only when every read there
 * tolerates lag. Skipped calls answer null.
 */
export async function runReads<const C extends readonly Call[]>(ctx: WorkspaceContext, ...calls: C): Promise<Outputs<C>> {
  const bound = calls.map(bind);
  const live = bound.filter((b) => b !== null);
  for (const b of live) authorize(ctx, b.read.resource, b.read.action);
  if (live.length === 0) return bound.map(() => null) as Outputs<C>;
  const replica = live.every((b) => b.read.replica);
  return withScope(
    { kind: "account", accountId: ctx.actor.accountId, workspaceId: ctx.workspace.id },
    async (tx) => {
      const out: unknown[] = [];
      for (const b of bound) out.push(b ? await b.read.run(tx, ctx, b.input as never) : null);
      return out as Outputs<C>;
    },
    { readOnly: true, replica },
  );
}

/** One declared read, in its own transaction: an endpoint's or a client component's. */
export async function runRead<O>(ctx: WorkspaceContext, call: Read<void, O> | BoundRead<O>): Promise<O> {
  const [out] = await runReads(ctx, call as BoundRead<O>);
  return out as O;
}
