import { AsyncLocalStorage } from "node:async_hooks";
import { sql, type SQL } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import { unavailable } from "@/lib/errors";
import { appPool, replicaPool, type DB } from "./client";
import { poolStats } from "./pool-stats";

/** The transaction handle every lib/<area> function receives. */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

/**
 * What the transaction may see, set for row-level security:
 * - `account`: a signed-in account (or API token's account); with `workspaceId` it sees that
 *   workspace if it may open it, with `resellerScope` every workspace of its reseller, and
 *   with neither only its own memberships and the workspaces it may open (the switcher).
 * - `system`: timed jobs and sandbox set-up, acting on exactly one workspace (or none).
 * - `publisher`: a publisher's staff account; sees no workspace at all, only the reset-request
 *   items of its own publisher (reset_request_items policy) and what app_publisher_reset_items()
 *   hands out of them.
 */
export type Scope =
  | { kind: "account"; accountId: string; workspaceId?: string; resellerScope?: boolean }
  | { kind: "system"; workspaceId?: string }
  | { kind: "publisher"; accountId: string }
  | { kind: "anonymous" };

export type ScopeOptions = {
  /** Serializable transactions retry on serialization failures and deadlocks. */
  isolation?: "read committed" | "serializable";
  readOnly?: boolean;
  retries?: number;
  /**
   * A read that tolerates replication lag (lists, overviews, exports): it runs read-only on the
   * replica when one is configured. Never for anything that decides (seat checks, throttles).
   */
  replica?: boolean;
};

const RETRYABLE = new Set(["40001", "40P01"]);
/**
 * The server gave up waiting (statement timeout, 57014; idle in transaction, 25P03) or ended the
 * connection under the transaction: nothing committed, the client may retry (503).
 */
const TIMED_OUT = new Set(["57014", "25P03"]);
const CONNECTION_LOST = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"]);

function errorCode(e: unknown): string | undefined {
  return (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
}

/**
 * One request holds one pooled connection at a time. A second transaction opened while the first
 * is still open waits for a connection the first may never release: ten such requests used every
 * connection of the pool and froze the app for good (issue 21). Outside production, entering a
 * scope inside another on the same async path throws, so the pattern cannot come back unnoticed.
 */
const openScope = new AsyncLocalStorage<{ kind: Scope["kind"] }>();
const guardNesting = process.env.NODE_ENV !== "production" || process.env.DB_SCOPE_GUARD === "on";

export class NestedScopeError extends Error {
  constructor(outer: Scope["kind"], inner: Scope["kind"]) {
    super(`withScope(${inner}) entered while a ${outer} scope is open on the same request: use the open transaction, or run it before or after.`);
    this.name = "NestedScopeError";
  }
}

/**
 * The only door to workspace data: one transaction, scoped with set_config(..., true) so the
 * settings vanish at commit and a pooled connection never carries them to another request.
 */
export async function withScope<T>(scope: Scope, fn: (tx: Tx) => Promise<T>, opts: ScopeOptions = {}): Promise<T> {
  const outer = openScope.getStore();
  if (outer && guardNesting) throw new NestedScopeError(outer.kind, scope.kind);
  const attempts = opts.isolation === "serializable" ? (opts.retries ?? 5) : 1;
  const replica = opts.replica ? replicaPool() : null;
  const pool = replica ?? appPool();
  const stats = poolStats[replica ? "replica" : "primary"];
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) {
      // Backing off holds no connection: the failed attempt's slot went back in its finally.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (attempt - 1)));
    }
    const asked = performance.now();
    stats.waiting++;
    let release: (() => void) | undefined;
    try {
      // A wait that ended in a 503 counts too: those are the waits the figure is there to show.
      release = await pool.slots.acquire().finally(() => {
        stats.waiting--;
        stats.waitSeconds += (performance.now() - asked) / 1000;
      });
      stats.active++;
      return await openScope.run({ kind: scope.kind }, () =>
        pool.db.transaction(
          async (tx) => {
            await applyScope(tx, scope, { readOnly: Boolean(opts.readOnly || replica), serializable: opts.isolation === "serializable" });
            return fn(tx);
          },
          // Serializable must be set before the transaction's first snapshot, which the framing's
          // SELECT takes: only then a SET TRANSACTION of its own (one more round trip).
          opts.isolation === "serializable" ? { isolationLevel: "serializable" } : undefined,
        ),
      );
    } catch (e) {
      const code = errorCode(e);
      if (attempt < attempts && code && RETRYABLE.has(code)) continue;
      if (code && (TIMED_OUT.has(code) || CONNECTION_LOST.has(code))) {
        console.warn(`database gave up on a ${scope.kind} scope (${code})`);
        throw unavailable();
      }
      throw e;
    } finally {
      if (release) {
        stats.active--;
        release();
      }
    }
  }
}

/**
 * What row-level security reads for `scope`, for the rest of the transaction; on a scope's first
 * framing also its access mode and isolation, in the same statement, so BEGIN and one SELECT frame
 * a scope (was BEGIN, SET TRANSACTION, SELECT). Read only may be set after the SELECT's snapshot;
 * the isolation may not change after it, so `transaction_isolation` here only asserts read
 * committed (a server whose default differs fails loudly instead of running at another level).
 */
async function applyScope(tx: Tx, scope: Scope, mode?: { readOnly: boolean; serializable?: boolean }): Promise<void> {
  const framing = mode
    ? sql`set_config('transaction_isolation', ${mode.serializable ? "serializable" : "read committed"}, true),
    ${mode.readOnly ? sql`set_config('transaction_read_only', 'on', true),` : sql``}`
    : sql``;
  await tx.execute(sql`select ${framing}
    set_config('app.actor', ${scope.kind}, true),
    set_config('app.account_id', ${scope.kind === "account" || scope.kind === "publisher" ? scope.accountId : ""}, true),
    set_config('app.workspace_id', ${scope.kind === "account" || scope.kind === "system" ? (scope.workspaceId ?? "") : ""}, true),
    set_config('app.reseller_scope', ${scope.kind === "account" && scope.resellerScope ? "on" : ""}, true)`);
}

/**
 * Inside an anonymous transaction that has just authenticated an account (an API token, through
 * app_token_account), the rest of it acts as that account: the request reads its account and
 * workspace in the transaction that identified it instead of opening another.
 */
export async function signedInAs(tx: Tx, accountId: string): Promise<void> {
  const open = openScope.getStore();
  if (open?.kind !== "anonymous") throw new Error("signedInAs: only an anonymous scope's transaction becomes an account's");
  await applyScope(tx, { kind: "account", accountId });
  open.kind = "account";
}

/**
 * Inside an account's transaction that has just found a workspace the account may open, the rest
 * of it sees that workspace (row-level security checks the right again, in app_workspace_ids): a
 * request reads its caller, the workspace and the workspace's own rows without a second transaction.
 * `alongside`: columns of the workspace's own rows read in the same statement, one round trip for
 * both. The setting is made in a materialised CTE that the outer select scans first, so the
 * columns (and their policies) are evaluated after it, with the workspace entered.
 */
export async function enterWorkspace<R extends Record<string, unknown> = Record<string, never>>(tx: Tx, workspaceId: string, alongside?: SQL): Promise<R> {
  if (openScope.getStore()?.kind !== "account") throw new Error("enterWorkspace: only an account's transaction enters a workspace");
  const [row] = await tx.execute<R>(
    alongside
      ? sql`with entered as materialized (select set_config('app.workspace_id', ${workspaceId}, true) as id) select ${alongside} from entered`
      : sql`select set_config('app.workspace_id', ${workspaceId}, true)`,
  );
  return row as R;
}

/**
 * Inside a publisher's transaction, after a decision the publisher was allowed to make (its item
 * passed row-level security), the consequences belong to the workspace: released activations,
 * the host's state, the audit log, the admins' e-mail. `fn` runs with the system scope of that one
 * workspace, and the publisher scope is restored after it, in the same transaction.
 */
export async function asWorkspaceSystem<T>(tx: Tx, workspaceId: string, fn: () => Promise<T>): Promise<T> {
  const [prev] = await tx.execute<{ actor: string; ws: string }>(
    sql`select coalesce(current_setting('app.actor', true), '') as actor, coalesce(current_setting('app.workspace_id', true), '') as ws`,
  );
  await tx.execute(sql`select set_config('app.actor', 'system', true), set_config('app.workspace_id', ${workspaceId}, true)`);
  // Restored on success only: after a failed statement the transaction is aborted, a restoring
  // query would fail too and hide the real error, and the rollback drops these settings anyway.
  const result = await fn();
  await tx.execute(sql`select set_config('app.actor', ${prev.actor}, true), set_config('app.workspace_id', ${prev.ws}, true)`);
  return result;
}

/**
 * A server-side cursor over `query` inside the scope's transaction (postgres-js `cursor()`):
 * `batch` rows per round trip, so a read of any length (an audit export) holds one batch in
 * memory. Leaving the loop early closes the cursor. Reaches into drizzle's transaction for its
 * postgres-js handle, which drizzle does not expose: kept here, beside the only door.
 */
export function cursorOf<T>(tx: Tx, query: SQL, batch: number): AsyncIterable<T[]> {
  const inner = tx as unknown as { dialect: PgDialect; session: { client: postgres.TransactionSql } };
  const { sql: text, params } = inner.dialect.sqlToQuery(query);
  return inner.session.client.unsafe(text, params as postgres.ParameterOrJSON<never>[]).cursor(batch) as unknown as AsyncIterable<T[]>;
}
