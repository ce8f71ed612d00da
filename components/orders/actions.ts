"use server";

import { readAction, submitForm, type ActionResult, type FormState } from "@/lib/operations/form";
import { cancelOrder, createOrder, markOrderPaid } from "@/lib/orders";
import type { OrderQuote } from "@/lib/orders/quote";
import { orderable, orderQuote } from "@/lib/orders/reads";
import { type OrderableProducts, type OrderView } from "@/lib/orders/queries";

/**
 * The orders' server actions. Public POST endpoints like any server action: each signs the
 * caller in again, opens the workspace for them and runs the same lib/orders code as the API.
 */

export type QuoteResult = { ok: true; quote: OrderQuote } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** The live price preview: the server's price rule for what the dialog holds now. */
export async function previewOrder(workspaceSlug: string, raw: { productId: string; kind: string; quantity: string | number }): Promise<QuoteResult> {
  if (typeof workspaceSlug !== "string") return { ok: false, code: "bad_request", message: "Malformed request." };
  const out = await readAction(workspaceSlug, orderQuote, raw, { key: "apiErrors.quote_failed" });
  if (!out.ok) return out;
  return { ok: true, quote: out.result };
}

/**
 * What the Overview's order dialogs offer, read when one opens: a page does not carry every
 * product's name (200 in a large workspace) for a dialog most visits never open.
 */
export async function loadOrderable(workspaceSlug: string): Promise<ActionResult<OrderableProducts>> {
  return readAction(workspaceSlug, orderable);
}

/** Places an order (Add licenses, Add products, Renew); idempotent by the dialog's hidden key. */
export async function placeOrder(workspaceSlug: string, _prev: FormState<OrderView>, formData: FormData): Promise<FormState<OrderView>> {
  return submitForm(createOrder, workspaceSlug, formData);
}

/** "Mark as paid" (supervisor): the manual payment provider confirms, the order settles. */
export async function payOrder(workspaceSlug: string, _prev: FormState<OrderView>, formData: FormData): Promise<FormState<OrderView>> {
  return submitForm(markOrderPaid, workspaceSlug, formData);
}

/** "Cancel order" (supervisor): an unpaid order is withdrawn and its seats stop counting as payment required. */
export async function withdrawOrder(workspaceSlug: string, _prev: FormState<OrderView>, formData: FormData): Promise<FormState<OrderView>> {
  return submitForm(cancelOrder, workspaceSlug, formData);
}
