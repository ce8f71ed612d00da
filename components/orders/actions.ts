"use server";

import { inWorkspace, openWorkspace } from "@/lib/access/workspace";
import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import { submitForm, type FormState } from "@/lib/operations/form";
import { cancelOrder, createOrder, markOrderPaid } from "@/lib/orders";
import { orderInput, quoteFor, type OrderQuote } from "@/lib/orders/quote";
import { type OrderView } from "@/lib/orders/queries";

/**
 * The orders' server actions. Public POST endpoints like any server action: each signs the
 * caller in again, opens the workspace for them and runs the same lib/orders code as the API.
 */

export type QuoteResult = { ok: true; quote: OrderQuote } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** The live price preview: the server's price rule for what the dialog holds now. */
export async function previewOrder(workspaceSlug: string, raw: { productId: string; kind: string; quantity: string | number }): Promise<QuoteResult> {
  try {
    if (typeof workspaceSlug !== "string") throw new AppError(400, "bad_request", "Malformed request.");
    const actor = await currentActor();
    if (!actor) throw unauthenticated();
    const ctx = await openWorkspace(actor, workspaceSlug);
    const input = parseInput(orderInput, raw);
    const quote = await inWorkspace(ctx, "order", "read", (tx) => quoteFor(tx, ctx.workspace, input));
    return { ok: true, quote };
  } catch (e) {
    if (e instanceof AppError) {
      const details = e.details as { fieldErrors?: Record<string, string[]> } | undefined;
      return { ok: false, code: e.code, message: e.message, fieldErrors: details?.fieldErrors };
    }
    console.error("order preview failed", e);
    return { ok: false, code: "internal", message: "The price could not be worked out; try again." };
  }
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
