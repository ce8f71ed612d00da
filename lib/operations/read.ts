import type { z } from "zod";
import { withScope, type Scope, type Tx } from "@/db/scope";
import type { Action, Resource } from "@/lib/access/matrix";
import { authorize, type WorkspaceContext } from "@/lib/access/workspace";

/**
 * Where a read runs: the scope its transaction gets, and the check made before it opens. The
 * context (`C`) was opened for the actor already: a workspace (lib/access/workspace), a reseller
 * (lib/reseller/room) or a publisher (lib/access/publisher).
 */
export type Room<C> = { scope: (ctx: C) => Scope; admit: (ctx: C, read: { resource: Resource; action: Action }) => void };

/** A workspace's room: its role decides, through the one matrix. */
export const workspaceRoom: Room<WorkspaceContext> = {
  scope: (ctx) => ({ kind: "account", accountId: ctx.actor.accountId, workspaceId: ctx.workspace.id }),
  admit: (ctx, read) => authorize(ctx, read.resource, read.action),
};

/**
 * One read, declared like an operation: the right it needs, where it may run, what it
 * does. Pages, a client component's readAction and the API's GET endpoints run the same
 * declaration through runReads, so the role check, the scope and the transaction live there.
 */
export type Read<I, O, C = WorkspaceContext> = {
  name: string;
  room: Room<C>;
  resource: Resource;
  /** "read", or the right to make the change the read previews (what an unassignment would do). */
  action: Action;
  /** For input from a client (readAction); a page's or an endpoint's input is validated already. */
  input?: z.ZodType<I>;
  /** Tolerates replication lag (lists, overviews): see ScopeOptions.replica. */
  replica?: boolean;
  run: (tx: Tx, ctx: C, input: I) => Promise<O>;
  /** This read with its input, for runReads. */
  with: (input: I) => BoundRead<O, C>;
};

export type BoundRead<O, C = WorkspaceContext> = { read: Read<never, O, C>; input: unknown };

/** A read of the workspace's room unless `room` names another. */
export function defineRead<I = void, O = unknown, C = WorkspaceContext>(
  r: Omit<Read<I, O, C>, "action" | "with" | "room"> & { action?: Action; room?: Room<C> },
): Read<I, O, C> {
  const read: Read<I, O, C> = {
    action: "read",
    room: workspaceRoom as unknown as Room<C>,
    ...r,
    with: (input) => ({ read: read as unknown as Read<never, O, C>, input }),
  };
  return read;
}

/** A read to run: one without input, one bound to its input, or a skipped one (null, false). */
type Call<X> = Read<void, unknown, X> | BoundRead<unknown, X> | null | false;
type Output<C> = C extends BoundRead<infer O, infer _X> ? O : C extends Read<void, infer O, infer _X> ? O : null;
export type Outputs<C extends readonly unknown[]> = { -readonly [K in keyof C]: Output<C[K]> };

const bind = <X>(c: Call<X>): BoundRead<unknown, X> | null => (!c ? null : "with" in c ? { read: c as unknown as Read<never, unknown, X>, input: undefined } : c);

/**
 * A page's (or an endpoint's) reads in ONE read-only transaction, one after another on its one
 * connection: every role is checked before it opens. On the replica only when every read there
 * tolerates lag. Skipped calls answer null.
 */
export async function runReads<X, const C extends readonly Call<X>[]>(ctx: X, ...calls: C): Promise<Outputs<C>> {
  const bound = calls.map((c) => bind<X>(c));
  const live = bound.filter((b) => b !== null);
  if (live.length === 0) return bound.map(() => null) as Outputs<C>;
  // One room per transaction: the scope is the room's, so a read of another room would run
  // under a scope (and a check) that is not its own.
  const room = live[0].read.room;
  const stranger = live.find((b) => b.read.room !== room);
  if (stranger) throw new Error(`runReads: ${stranger.read.name} belongs to another room than ${live[0].read.name}`);
  for (const b of live) room.admit(ctx, b.read);
  const replica = live.every((b) => b.read.replica);
  return withScope(
    room.scope(ctx),
    async (tx) => {
      const out: unknown[] = [];
      for (const b of bound) out.push(b ? await b.read.run(tx, ctx, b.input as never) : null);
      return out as Outputs<C>;
    },
    { readOnly: true, replica },
  );
}

/** One declared read, in its own transaction: an endpoint's or a client component's. */
export async function runRead<X, O>(ctx: X, call: Read<void, O, X> | BoundRead<O, X>): Promise<O> {
  const [out] = await runReads(ctx, call as BoundRead<O, X>);
  return out as O;
}
