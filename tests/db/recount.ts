/**
 * The test oracle for seat figures: "used" of every product of a workspace counted from the base
 * tables by the product's licensing model, written independently of lib/seats (a plain count,
 * as docs/ARCHITECTURE.md keeps it), beside what product_seats holds. Read as the owner, so it
 * sees every row whatever the policies.
 *
 * per user   — users holding a live seat (assignments in state active)
 * per device — devices running a license of the product (a macOS device waiting to switch counts
 *              once, on the license it runs: the activation's license_id, not its pending one)
 * per host   — live (unreleased) host activations of the product's licenses
 */
import { ownerSql } from "./factories";

export type SeatCount = { productId: string; sku: string; licensingModel: "per_user" | "per_device" | "per_host"; stored: number; counted: number };

export async function recountSeats(workspaceId: string): Promise<SeatCount[]> {
  return ownerSql()<SeatCount[]>`
    select ps.product_id as "productId", p.sku, p.licensing_model as "licensingModel", ps.used as stored,
      case p.licensing_model
        when 'per_user' then (select count(*) from assignments x
                               where x.workspace_id = ps.workspace_id and x.product_id = ps.product_id and x.state = 'active')
        when 'per_device' then (select count(*) from hosts h
                                 where h.workspace_id = ps.workspace_id and exists (
                                   select 1 from activations a join licenses l on l.workspace_id = a.workspace_id and l.id = a.license_id
                                    where a.workspace_id = h.workspace_id and a.host_id = h.id and a.released_at is null
                                      and l.product_id = ps.product_id))
        else (select count(*) from activations a join licenses l on l.workspace_id = a.workspace_id and l.id = a.license_id
               where a.workspace_id = ps.workspace_id and l.product_id = ps.product_id and a.released_at is null)
      end::int as counted
    from product_seats ps join products p on p.id = ps.product_id
    where ps.workspace_id = ${workspaceId}
    order by p.sku`;
}

/** The products whose stored "used" differs from the count (empty when the figures are right). */
export async function seatDrift(workspaceId: string): Promise<SeatCount[]> {
  return (await recountSeats(workspaceId)).filter((r) => r.stored !== r.counted);
}
