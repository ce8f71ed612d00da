/**
 * Seat arithmetic (seed 003), the one home of these rules: the Overview, Products, the product
 * page, the reseller views, the unassign dialog and the API all read their figures through
 * `seatView`. Plain functions over plain values: no I/O.
 */

/** A product's stored seat row (product_seats), whatever its licensing model. */
export type SeatRow = { used: number; purchased: number; renewed: number; unpaid: number; noAccess: number };

/**
 * Seats in use that the coming term does not cover: max(0, used − renewed). The Overview's
 * "needs renewal", the length of the "Requires renewal" list, and who loses access when the
 * window closes all read this one rule.
 */
export function seatShortage(seats: { used: number; renewed: number }): number {
  return Math.max(0, seats.used - seats.renewed);
}

/**
 * "Needs renewal" (seed 003): the shortage, shown only inside the renewal window. The Overview,
 * Products, the API and the reseller's workspace list (its SQL twin `needsRenewalSql` in
 * ./ledger.ts, for sorting a thousand workspaces) all read this one rule.
 */
export function needsRenewal(seats: { used: number; renewed: number }, inWindow: boolean): number {
  return inWindow ? seatShortage(seats) : 0;
}

/** The figures every view shows for a product, in one shape. */
export type SeatView = {
  /** Seats in use now, by licensing model: users holding one, devices running it, or host activations. */
  used: number;
  /**
   * What `used` is compared with ("used/purchased"): inside the renewal window the seats bought for
   * the coming term, otherwise the paid seats of the current term.
   */
  purchased: number;
  /** Paid seats of the current term. */
  purchasedThisTerm: number;
  /** Seats bought for the coming term (renewal orders). */
  renewed: number;
  /** Seats in use not yet renewed; inside the renewal window only, else 0. */
  needsRenewal: number;
  /** Seats ordered through Add licenses / Add products and not yet paid; shown whenever positive. */
  paymentRequired: number;
  /** Users who lost access when the seats they held were not paid for or not renewed. */
  noAccess: number;
};

export function seatView(seats: SeatRow, inWindow: boolean): SeatView {
  return {
    used: seats.used,
    purchased: inWindow ? seats.renewed : seats.purchased,
    purchasedThisTerm: seats.purchased,
    renewed: seats.renewed,
    needsRenewal: needsRenewal(seats, inWindow),
    paymentRequired: Math.max(0, seats.unpaid),
    noAccess: Math.max(0, seats.noAccess),
  };
}
