import { eq } from "drizzle-orm";
import { prices } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { priceListFor, type PriceList } from "./rules";


/** A product's price list in a workspace's currency, with the reference-currency fallback (rules.ts). */
export async function productPriceList(tx: Tx, productId: string, currency: string): Promise<PriceList | null> {
  const rows = await tx
    .select({ currency: prices.currency, unitAmountMinor: prices.unitAmountMinor, offerName: prices.offerName, validFrom: prices.validFrom, validUntil: prices.validUntil })
    .from(prices)
    .where(eq(prices.productId, productId));
  return priceListFor(currency, rows);
}
