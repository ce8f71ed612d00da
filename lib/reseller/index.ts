import { and, eq, sql } from "drizzle-orm";
import {
  accounts,
  contracts,
  licenses,
  productSeats,
  resellers,
  resellerWorkspaces,
  workspaces,
} from "@/db/schema";
import { withScope, type ScopeOptions, type Tx } from "@/db/scope";
import { isLookupSlug } from "@/lib/access/workspace";
import type { Actor } from "@/lib/auth/accounts";
import { recordResellerAudit } from "@/lib/audit";
import { workspaceNowJoinSql } from "@/lib/clock";
import { conflict, notFound } from "@/lib/errors";
import { LIVE_LICENSE_STATES } from "@/lib/licenses/rules";
import { licenseStateSql } from "@/lib/licenses/state";
import { needsRenewalSql } from "@/lib/seats/ledger";
import { resellerRoom } from "./room";
import { likePattern, type Page, type TableParams } from "@/lib/tables/params";
import { byName } from "@/lib/tables/collation";

// ---------------------------------------------------------------------------------------------
// The reseller of a URL

export type ResellerSummary = { id: string; slug: string; name: string; requireTwoFactor: boolean };
export type ResellerContext = { actor: Actor; reseller: ResellerSummary };

/**
 * The reseller behind /r/[reseller], if the actor is its staff. Anything else (another
 * reseller, a workspace admin, an unknown slug) is "not found", the same answer for each.
 */
export async function openReseller(actor: Actor, slug: string): Promise<ResellerContext> {
  // The hub is for the reseller's people: a reseller API token reaches workspaces, not the hub.
  if (!actor.resellerId || actor.kind !== "person" || !isLookupSlug(slug)) throw notFound("reseller");
  const row = await withScope(
    { kind: "account", accountId: actor.accountId },
    async (tx) => {
      const [r] = await tx
        .select({ id: resellers.id, slug: resellers.slug, name: resellers.name, requireTwoFactor: resellers.requireTwoFactor })
        .from(resellers)
        .where(and(eq(resellers.slug, slug), eq(resellers.id, actor.resellerId!)));
      return r;
    },
    { readOnly: true },
  );
  if (!row) throw notFound("reseller");
  return { actor, reseller: row };
}

/** The reseller of an actor (the home page sends its staff there). */
export async function resellerOf(actor: Actor): Promise<ResellerSummary | null> {
  return actor.resellerId ? withScope({ kind: "account", accountId: actor.accountId }, (tx) => resellerIn(tx, actor), { readOnly: true }) : null;
}

/** The reseller of an actor, for links back from a workspace entered through it; in the caller's transaction. */
export async function resellerIn(tx: Tx, actor: Actor): Promise<ResellerSummary | null> {
  if (!actor.resellerId) return null;
  const [r] = await tx
    .select({ id: resellers.id, slug: resellers.slug, name: resellers.name, requireTwoFactor: resellers.requireTwoFactor })
    .from(resellers)
    .where(eq(resellers.id, actor.resellerId));
  return r ?? null;
}

/**
 * One transaction in the reseller's room (lib/reseller/room), for the hub's changes (a renewal's
 * lookup, tokens); its reads are declared in lib/reseller/reads.
 */
export function inReseller<T>(ctx: ResellerContext, fn: (tx: Tx) => Promise<T>, opts: ScopeOptions = { readOnly: true }): Promise<T> {
  return withScope(resellerRoom.scope(ctx), fn, opts);
}

/** The reseller's own linked workspace ids, as a subquery (beside RLS, never instead of it). */
export const linkedTo = (resellerId: string) =>
  sql`(select ${resellerWorkspaces.workspaceId} from ${resellerWorkspaces} where ${resellerWorkspaces.resellerId} = ${resellerId})`;

// ---------------------------------------------------------------------------------------------
// Workspaces page

export type ResellerWorkspaceRow = {
  id: string;
  slug: string;
  name: string;
  country: string;
  currency: string;
  locale: string;
  timeZone: string;
  licenses: number;
  expiringSoon: number;
  shortage: number;
  unpaid: number;
  linkedAt: Date;
};

/**
 * Every customer workspace of the reseller with the figures that need attention: live licenses,
 * those expiring (lib/licenses/rules.ts, by each workspace's clock), the seats needing renewal
 * (seatView's needsRenewal: inside a renewal window, seats used but not renewed; outside, none)
 * and unpaid seats.
 */
export const RESELLER_WORKSPACE_SORTS = ["name", "licenses", "expiringSoon", "shortage", "unpaid"] as const;
export type ResellerWorkspaceSort = (typeof RESELLER_WORKSPACE_SORTS)[number];

export async function listResellerWorkspaces(
  tx: Tx,
  resellerId: string,
  p: Omit<TableParams<ResellerWorkspaceSort>, "filters">,
): Promise<Page<ResellerWorkspaceRow>> {
  // Each figure is aggregated once over all the reseller's workspaces and joined, not counted per
  // workspace in a subquery: sorting 1,000 workspaces by shortage stays one pass over each table.
  const linked = linkedTo(resellerId);
  const wsClock = workspaceNowJoinSql("ws_clock", workspaces.id);
  const licClock = workspaceNowJoinSql("lic_clock", licenses.workspaceId);
  const name = p.q ? sql`and ${workspaces.name} ilike ${likePattern(p.q)}` : sql``;
  const order = {
    name: byName(sql`w.name`),
    licenses: sql`licenses`,
    expiringSoon: sql`expiring_soon`,
    shortage: sql`shortage`,
    unpaid: sql`unpaid`,
  }[p.sort];
  const dir = p.dir === "asc" ? sql`asc` : sql`desc`;
  const rows = await tx.execute<{
    id: string; slug: string; name: string; country: string; currency: string; locale: string; time_zone: string;
    licenses: number; expiring_soon: number; shortage: number; unpaid: number; linked_at: Date; total: number;
  }>(sql`
    with ws as (
      select ${workspaces.id} as id, ${workspaces.slug} as slug, ${workspaces.name} as name, ${workspaces.country} as country,
             ${workspaces.currency} as currency, ${workspaces.locale} as locale, ${workspaces.timeZone} as time_zone,
             ${resellerWorkspaces.linkedAt} as linked_at, ${wsClock.now} as now
        from ${resellerWorkspaces}
        join ${workspaces} on ${workspaces.id} = ${resellerWorkspaces.workspaceId}
        ${wsClock.join}
       where ${resellerWorkspaces.resellerId} = ${resellerId} ${name}
    ),
    lic as (
      select ${licenses.workspaceId} as workspace_id,
             count(*) filter (where ${licenseStateSql(licClock.now)} = any(${sql.param([...LIVE_LICENSE_STATES])}::text[]))::int as licenses,
             count(*) filter (where ${licenseStateSql(licClock.now)} = 'expiring')::int as expiring_soon
        from ${licenses}
        ${licClock.join}
       where ${licenses.workspaceId} in ${linked}
       group by ${licenses.workspaceId}
    ),
    win as (
      select c.workspace_id, true as in_window
        from ${contracts} c join ws on ws.id = c.workspace_id
       where (ws.now at time zone ws.time_zone)::date
             between c.anniversary_date - c.window_opens_days_before and c.anniversary_date + c.window_closes_days_after
       group by c.workspace_id
    ),
    seats as (
      select ps.workspace_id,
             sum(${needsRenewalSql(sql`ps.used`, sql`ps.renewed`, sql`coalesce(win.in_window, false)`)})::int as shortage,
             sum(ps.unpaid)::int as unpaid
        from ${productSeats} ps left join win on win.workspace_id = ps.workspace_id
       where ps.workspace_id in ${linked}
       group by ps.workspace_id
    )
    select w.id, w.slug, w.name, w.country, w.currency, w.locale, w.time_zone, w.linked_at,
           coalesce(lic.licenses, 0) as licenses, coalesce(lic.expiring_soon, 0) as expiring_soon,
           coalesce(seats.shortage, 0) as shortage, coalesce(seats.unpaid, 0) as unpaid,
           count(*) over ()::int as total
      from ws w left join lic on lic.workspace_id = w.id left join seats on seats.workspace_id = w.id
     order by ${order} ${dir}, w.name asc, w.id asc
     limit ${p.size} offset ${(p.page - 1) * p.size}`);
  let total = rows[0]?.total;
  if (total === undefined) {
    const [c] = await tx.execute<{ n: number }>(
      sql`select count(*)::int as n from ${resellerWorkspaces} join ${workspaces} on ${workspaces.id} = ${resellerWorkspaces.workspaceId} where ${resellerWorkspaces.resellerId} = ${resellerId} ${name}`,
    );
    total = c.n;
  }
  return {
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      country: r.country,
      currency: r.currency,
      locale: r.locale,
      timeZone: r.time_zone,
      licenses: r.licenses,
      expiringSoon: r.expiring_soon,
      shortage: r.shortage,
      unpaid: r.unpaid,
      linkedAt: new Date(r.linked_at),
    })),
    total,
    page: p.page,
    size: p.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff policy

/**
 * Requires (or stops requiring) the second sign-in step of every staff account of the reseller.
 * Whoever turns it on must have it on already, so nobody locks the company out by accident.
 */
export async function setStaffTwoFactor(ctx: ResellerContext, required: boolean): Promise<boolean> {
  return withScope({ kind: "account", accountId: ctx.actor.accountId }, async (tx) => {
    if (required) {
      const [me] = await tx.select({ enabledAt: accounts.totpEnabledAt }).from(accounts).where(eq(accounts.id, ctx.actor.accountId));
      if (!me?.enabledAt) throw conflict({ key: "apiErrors.own_two_factor_first" });
    }
    const [row] = await tx.execute<{ required: boolean | null }>(sql`select app_set_reseller_two_factor(${required}) as required`);
    if (row?.required == null) throw notFound("reseller");
    await recordResellerAudit(tx, ctx.reseller.id, { accountId: ctx.actor.accountId, label: ctx.actor.email }, {
      action: "settings.two_factor_required",
      subjectType: "reseller",
      subjectId: ctx.reseller.id,
      data: { required: row.required },
    });
    return row.required;
  });
}

// ---------------------------------------------------------------------------------------------
// The same renewal for one workspace (the API)
