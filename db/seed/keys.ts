import { demoRequestKey } from "../../lib/request-keys/demo";
import { provisionalUntil } from "../../lib/request-keys/rules";
import { LocalKeyService, PRODUCT_LINES } from "../../lib/request-keys/service";
import { decodeActivationKey } from "../../lib/request-keys/signed-key";
import { openSeats } from "../../lib/seats/ledger";
import * as s from "../schema";
import type { Tx } from "../scope";
import { seedId } from "../../lib/demo-data/ids";
import { PRODUCTS } from "../../lib/demo-data/catalog";

const DAY = 86_400_000;

/**
 * The Activations tab of a demo workspace (seed 001): one request key activated by its final
 * name- and term-bound key a month ago, one entered two days ago whose provisional key still runs.
 * The final key is signed by the local key service, so it verifies like any other.
 */
export async function seedDemoKeys(tx: Tx, w: { workspaceId: string; key: string; name: string; now: Date }): Promise<void> {
  const vendor = new LocalKeyService();
  const entries = [
    { requestKey: demoRequestKey("23", 5, 101), enteredDaysAgo: 40, activated: true },
    { requestKey: demoRequestKey("13", 10, 102), enteredDaysAgo: 2, activated: false },
  ];
  for (const e of entries) {
    const line = PRODUCT_LINES[e.requestKey.slice(0, 2)];
    const quantity = Number(e.requestKey.slice(2, 5));
    const product = PRODUCTS.find((p) => p.sku === line.sku)!;
    const productId = seedId(`product:${line.sku}`);
    const enteredAt = new Date(w.now.getTime() - e.enteredDaysAgo * DAY);
    const finalReadyAt = new Date(enteredAt.getTime() + 5 * DAY);
    const until = provisionalUntil(enteredAt);
    const requestKeyId = seedId(`request-key:${w.key}:${e.requestKey}`);
    const licenseId = seedId(`license:${w.key}:request-key:${e.requestKey}`);
    const text = e.activated ? vendor.issue({ id: w.workspaceId, name: w.name }, e.requestKey, enteredAt, finalReadyAt) : null;
    const payload = text ? JSON.parse(decodeActivationKey(text)!.bytes.toString("utf8")) : null;
    await tx
      .insert(s.licenses)
      .values({
        id: licenseId,
        workspaceId: w.workspaceId,
        productId,
        name: product.name,
        quantity,
        licensingModel: product.licensingModel,
        source: "request_key",
        state: e.activated ? "active" : "provisional",
        termStart: enteredAt,
        termEnd: payload ? new Date(payload.termEnd) : until,
        purchasedAt: enteredAt,
      })
      .onConflictDoNothing();
    await openSeats(tx, w.workspaceId, [productId], { purchased: quantity });
    await tx
      .insert(s.requestKeys)
      .values({
        id: requestKeyId,
        workspaceId: w.workspaceId,
        requestKey: e.requestKey,
        state: e.activated ? "activated" : "provisional",
        licenseId,
        enteredAt,
        provisionalUntil: until,
        finalReadyAt,
        activatedAt: e.activated ? finalReadyAt : null,
        finalKey: payload
          ? { kid: payload.kid, text, type: payload.type, termStart: payload.termStart, termEnd: payload.termEnd, modules: payload.modules, via: "online" }
          : null,
        updateServiceUntil: payload ? new Date(payload.updateServiceUntil) : null,
      })
      .onConflictDoNothing();
    if (!e.activated) {
      await tx
        .insert(s.workspaceTimers)
        .values({ workspaceId: w.workspaceId, kind: "keys.provisional_expiry", key: requestKeyId, dueAt: until, payload: { requestKeyId } })
        .onConflictDoNothing();
    }
  }
}
