/**
 * The payment provider seam. An order is settled (seats move from unpaid to purchased or
 * renewed) only after a provider confirms its payment; lib/orders does the settling. Today the
 * only provider is manual: the workspace's supervisor confirms payment received by transfer or
 * invoice ("Mark as paid"). A card or invoicing provider implements the same two calls: create
 * a payment for an order (redirect, invoice number), then confirm it from its webhook.
 */
import type { Tx } from "@/db/scope";

export type PayableOrder = {
  id: string;
  workspaceId: string;
  amountMinor: number;
  currency: string;
  description: string;
};

export type PaymentIntent = {
  provider: string;
  /** The provider's reference for this payment (checkout session, invoice number). */
  reference: string;
  /** "pending": waits for confirm(); "action_required": the payer must visit `url` first. */
  status: "pending" | "action_required";
  url?: string;
};

export type PaymentConfirmation = {
  provider: string;
  reference: string;
  /** Who or what confirmed it: an account id for manual payments, an event id for webhooks. */
  confirmedBy: string;
  amountMinor: number;
  currency: string;
};

export interface PaymentProvider {
  readonly name: string;
  /** Starts collecting payment for an order (in the order's transaction). */
  createPayment(tx: Tx, order: PayableOrder): Promise<PaymentIntent>;
  /**
   * Confirms that the order's payment arrived, or throws. Called inside the settling
   * transaction, after the order's seat row is locked; must not commit anything on its own.
   */
  confirm(tx: Tx, order: PayableOrder, evidence: { confirmedBy: string; reference?: string }): Promise<PaymentConfirmation>;
}

/**
 * The supervisor's button: payment is whatever the supervisor says arrived. The full amount in
 * the order's currency is taken as paid; the reference names the order.
 */
export class ManualPaymentProvider implements PaymentProvider {
  readonly name = "manual";

  async createPayment(_tx: Tx, order: PayableOrder): Promise<PaymentIntent> {
    return { provider: this.name, reference: `manual:${order.id}`, status: "pending" };
  }

  async confirm(_tx: Tx, order: PayableOrder, evidence: { confirmedBy: string; reference?: string }): Promise<PaymentConfirmation> {
    return {
      provider: this.name,
      reference: evidence.reference ?? `manual:${order.id}`,
      confirmedBy: evidence.confirmedBy,
      amountMinor: order.amountMinor,
      currency: order.currency,
    };
  }
}

/** The provider orders use; swap here (or per workspace) when a real one exists. */
export const paymentProvider: PaymentProvider = new ManualPaymentProvider();
