import { can } from "@/lib/access/matrix";
import { RESELLER_STAFF_ROLE } from "@/lib/auth/accounts";
import { forbidden } from "@/lib/errors";
import type { Room } from "@/lib/operations/read";
import type { ResellerContext } from "./index";

/**
 * The reseller hub's room (lib/operations/read): a transaction that sees every workspace linked to
 * the reseller (row-level security reads the links on each request). openReseller admitted the
 * actor as the reseller's staff; staff act as admins in its workspaces, so the one matrix decides
 * with that role.
 */
export const resellerRoom: Room<ResellerContext> = {
  scope: (ctx) => ({ kind: "account", accountId: ctx.actor.accountId, resellerScope: true }),
  admit: (_ctx, read) => {
    if (!can(RESELLER_STAFF_ROLE, read.resource, read.action)) throw forbidden();
  },
};
