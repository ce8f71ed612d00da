/** A positive whole number from the environment, or the default. */
function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Every wait on the database is bounded (issue 21): a free connection within the acquire timeout
 * (db/pool-slots.ts), a statement within the statement timeout, and a transaction left open without
 * a statement is ended by the server after the idle timeout, so its connection comes back.
 * db/client.ts sets them per connection; db/migrate.ts sets the server-side two on the app role for
 * any other client of it.
 */
export function dbLimits() {
  return {
    poolSize: envInt("DB_POOL_SIZE", 10),
    acquireTimeoutMs: envInt("DB_ACQUIRE_TIMEOUT_MS", 5_000),
    statementTimeoutMs: envInt("DB_STATEMENT_TIMEOUT_MS", 15_000),
    idleInTransactionTimeoutMs: envInt("DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", 15_000),
  };
}
