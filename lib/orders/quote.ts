import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import { products, productSeats } from "@/db/schema";
import type { Tx } from "@/db/scope";
import type { WorkspaceSummary } from "@/lib/access/workspace";
import { formatCalendarDate } from "@/lib/format";
import { AppError, conflict, fieldError, invalid, type LocalisedMessage, notFound } from "@/lib/errors";
import { productPriceList } from "@/lib/prices";
import { renewalState, type ContractWindow } from "@/lib/renewal/state";
import { daysBetween } from "@/lib/renewal/window";
import { isQuote, quoteOrder, type ContractTerms, type Quote } from "./rules";

/** What an order request costs, and whether it may be placed at all (the checks every order needs). */

const kindSchema = z.enum(["add_licenses", "add_products", "renewal"]);
const quantitySchema = z.coerce.number().int().min(1).max(100_000);

export const orderInput = z.object({
  productId: z.uuid(),
  kind: kindSchema,
  quantity: quantitySchema,
});

/** The customer's own purchase-order reference: optional, printable, short enough for a mail subject. */
const purchaseOrderSchema = z
  .string()
  .trim()
  .max(64)
  .regex(/^[^\p{Cc}]*$/u, v("no_control_characters"))
  .nullish()
  .transform((v) => v || null);

export const placeOrderInput = orderInput.extend({ purchaseOrder: purchaseOrderSchema });
export type OrderInput = z.output<typeof orderInput>;

function contractTerms(c: ContractWindow | null): ContractTerms | null {
  if (!c) return null;
  return {
    anniversary: c.window.anniversary,
    opensDaysBefore: daysBetween(c.window.opensOn, c.window.anniversary),
    closesDaysAfter: daysBetween(c.window.anniversary, c.window.closesOn),
  };
}

export type OrderQuote = Quote & { productId: string; productName: string; contractId: string | null };

export type Ws = Pick<WorkspaceSummary, "id" | "timeZone" | "currency" | "locale">;

function windowRefusal(ws: Ws, contract: ContractWindow | null): AppError {
  if (!contract) return new AppError(409, "renewal_window_closed", { key: "apiErrors.no_contract" });
  const opens = formatCalendarDate(contract.window.opensOn, ws.locale, "long");
  const closes = formatCalendarDate(contract.window.closesOn, ws.locale, "long");
  const message: LocalisedMessage = { key: contract.phase === "before" ? "apiErrors.window_not_open" : "apiErrors.window_closed", values: { opens, closes } };
  return new AppError(409, "renewal_window_closed", message, { window: contract.window, phase: contract.phase, timeZone: ws.timeZone });
}

/**
 * The price rule applied to one request, with the checks every order needs: the product exists,
 * the kind fits (Add licenses and Renew need a licensed product, Add products a new one), the
 * renewal window is open for renewals, and the product has a price in the workspace's currency
 * (or one converted from the reference currency: lib/prices/rules.ts; the quote names its currency).
 */
export async function quoteFor(tx: Tx, ws: Ws, input: OrderInput): Promise<OrderQuote> {
  return (await priceOrder(tx, ws, input)).quote;
}

export type Priced = { quote: OrderQuote; now: Date };

export async function priceOrder(tx: Tx, ws: Ws, input: OrderInput): Promise<Priced> {
  const [product] = await tx.select({ id: products.id, name: products.name }).from(products).where(eq(products.id, input.productId));
  if (!product) throw notFound("product");
  const [licensed] = await tx
    .select({ productId: productSeats.productId })
    .from(productSeats)
    .where(and(eq(productSeats.workspaceId, ws.id), eq(productSeats.productId, input.productId)));
  if (input.kind !== "add_products" && !licensed) {
    throw invalid({ key: "apiErrors.not_licensed_yet" }, fieldError("kind", { key: "apiErrors.kind_use_add_products" }));
  }
  if (input.kind === "add_products" && licensed) {
    throw invalid({ key: "apiErrors.licensed_already" }, fieldError("kind", { key: "apiErrors.kind_use_add_licenses" }));
  }
  const state = await renewalState(tx, ws);
  const list = await productPriceList(tx, input.productId, ws.currency);
  const q = quoteOrder({ kind: input.kind, quantity: input.quantity, currency: list?.currency ?? ws.currency, today: state.today, prices: list?.rows ?? [], contract: contractTerms(state.primary) });
  if (!isQuote(q)) {
    if (q.reason === "window_not_open") throw windowRefusal(ws, state.primary);
    throw conflict({ key: "apiErrors.no_price", values: { currency: ws.currency } });
  }
  return { quote: { ...q, productId: product.id, productName: product.name, contractId: state.primary?.id ?? null }, now: state.now };
}
