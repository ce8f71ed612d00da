import { defineRead } from "@/lib/operations/read";
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { contracts, licenses, productSeats, products } from "@/db/schema";
import type { Tx } from "@/db/scope";
import type { WorkspaceSummary } from "@/lib/access/workspace";
import { workspaceClockColumns } from "@/lib/clock";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { localDate } from "@/lib/clock/rules";
import { daysBetween, renewalBanner, renewalWindow, windowPhase, type RenewalBanner, type RenewalWindow, type WindowPhase } from "./window";

export type ContractWindow = {
  id: string;
  name: string;
  window: RenewalWindow;
  phase: WindowPhase;
  /** Days from today to the anniversary (negative once it has passed). */
  daysToAnniversary: number;
};

export type RenewalState = {
  now: Date;
  testClock: boolean;
  /** The workspace-local calendar date of `now`. */
  today: string;
  contracts: ContractWindow[];
  /** The contract whose window drives the seat figures: the nearest anniversary. */
  primary: ContractWindow | null;
  inWindow: boolean;
};

/** Today in the workspace (from its clock) and where its contracts' renewal windows stand. */
export async function renewalState(tx: Tx, workspace: Pick<WorkspaceSummary, "id" | "timeZone">): Promise<RenewalState> {
  return (await renewalStateWith(tx, workspace, () => ({}))).state;
}

/**
 * `renewalState` and per-workspace figures the caller reads beside it (`also`: scalar subqueries,
 * given the clock's "now" as SQL), in ONE statement: the clock, the contracts and the figures.
 * The outer `(select 1)` keeps one row when the workspace has no contract.
 */
export async function renewalStateWith<A extends Record<string, SQL>>(
  tx: Tx,
  workspace: Pick<WorkspaceSummary, "id" | "timeZone">,
  also: (now: SQL<Date>) => A,
): Promise<{ state: RenewalState; also: { [K in keyof A]: A[K] extends SQL<infer T> ? T : never } }> {
  const clock = workspaceClockColumns(workspace.id);
  const rows = await tx
    .select({
      now: clock.now,
      testClock: clock.testClock,
      also: sql<Record<string, unknown>>`json_build_object(${sql.join(
        Object.entries(also(clock.now)).map(([k, v]) => sql`${k}::text, ${v}`),
        sql`, `,
      )})`,
      id: contracts.id,
      name: contracts.name,
      anniversaryDate: contracts.anniversaryDate,
      opens: contracts.windowOpensDaysBefore,
      closes: contracts.windowClosesDaysAfter,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(contracts, eq(contracts.workspaceId, workspace.id))
    .orderBy(asc(contracts.anniversaryDate), asc(contracts.id))
    .limit(20);
  const { now, testClock } = rows[0];
  const today = localDate(now, workspace.timeZone);
  const list = rows.flatMap((c): ContractWindow[] => {
    if (c.id === null || c.name === null || c.anniversaryDate === null || c.opens === null || c.closes === null) return [];
    const window = renewalWindow(c.anniversaryDate, c.opens, c.closes);
    return [{ id: c.id, name: c.name, window, phase: windowPhase(window, today), daysToAnniversary: daysBetween(today, c.anniversaryDate) }];
  });
  const primary = list[0] ?? null;
  return {
    state: { now, testClock, today, contracts: list, primary, inWindow: primary?.phase === "open" },
    also: rows[0].also as { [K in keyof A]: A[K] extends SQL<infer T> ? T : never },
  };
}

/**
 * True when the product's subscription is gone: by the workspace clock no license of it is live
 * and one has ended, and no paid seats are left (the window's close or the end of its term took
 * them back; between the anniversary and the close they still count, and the window decides).
 * Correlated on the product_seats row of the outer query.
 */
export function lapsedSql(now: Date): SQL<boolean> {
  const state = licenseStateSql(now);
  // Qualified by hand: drizzle leaves a single-table select's columns unqualified.
  const of = sql`${licenses}.workspace_id = ${productSeats}.workspace_id and ${licenses}.product_id = ${productSeats}.product_id`;
  return sql<boolean>`(${productSeats}.purchased = 0 and ${productSeats}.renewed = 0
    and not exists (select 1 from ${licenses} where ${of} and ${state} = any(${sql.param([...LIVE_LICENSE_STATES])}::text[]))
    and exists (select 1 from ${licenses} where ${of} and ${state} = 'expired'))`;
}

/** The banner of the workspace's renewal situation over all its products (a small per-workspace read). */
export async function workspaceBanner(tx: Tx, workspaceId: string, state: RenewalState): Promise<RenewalBanner | null> {
  const rows = await tx
    .select({ id: productSeats.productId, used: productSeats.used, renewed: productSeats.renewed, lapsed: lapsedSql(state.now) })
    .from(productSeats)
    .innerJoin(products, eq(products.id, productSeats.productId))
    .where(eq(productSeats.workspaceId, workspaceId))
    .orderBy(asc(products.name), asc(products.id));
  return renewalBanner(state.primary?.window ?? null, state.today, rows);
}

/** The renewal window's state, as a declared read (lib/operations/read). */
export const renewal = defineRead({ name: "renewal state", resource: "order", run: (tx, ctx) => renewalState(tx, ctx.workspace) });
