import type { Tx } from "../scope";
import * as s from "../schema";
import { PRODUCTS, PUBLISHERS } from "../../lib/demo-data/catalog";
import { seedId } from "../../lib/demo-data/ids";

/** Publishers, products and prices: the shared catalogue every workspace licenses from. */
export async function seedCatalog(tx: Tx): Promise<void> {
  for (const p of PUBLISHERS) {
    await tx.insert(s.publishers).values({ id: seedId(`publisher:${p.slug}`), ...p }).onConflictDoNothing();
  }
  for (const p of PRODUCTS) {
    const productId = seedId(`product:${p.sku}`);
    await tx
      .insert(s.products)
      .values({
        id: productId,
        publisherId: seedId(`publisher:${p.publisher}`),
        sku: p.sku,
        name: p.name,
        family: p.family,
        editionRank: p.editionRank,
        licensingModel: p.licensingModel,
        features: p.features,
      })
      .onConflictDoNothing();
    await tx
      .insert(s.prices)
      .values(Object.entries(p.prices).map(([currency, unitAmountMinor]) => ({ id: seedId(`price:${p.sku}:${currency}`), productId, currency, unitAmountMinor })))
      .onConflictDoNothing();
  }
}
