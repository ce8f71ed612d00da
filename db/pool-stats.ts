/**
 * What the app's connection pools are doing, for the metrics endpoint: postgres-js keeps no
 * counters of its own, so db/scope.ts counts transactions waiting for a connection and holding one.
 */
export type PoolStats = { waiting: number; active: number; waitSeconds: number };

const g = globalThis as unknown as { __lcPoolStats?: Record<"primary" | "replica", PoolStats> };
export const poolStats = (g.__lcPoolStats ??= {
  primary: { waiting: 0, active: 0, waitSeconds: 0 },
  replica: { waiting: 0, active: 0, waitSeconds: 0 },
});
