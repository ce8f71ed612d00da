"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { notify } from "@/components/ui/toast";
import { useWorkspace } from "@/components/workspace/workspace-context";
import type { OrderableProducts } from "@/lib/orders/queries";
import { loadOrderable } from "./actions";
import { OrderDialog, type OrderKind } from "./order-dialog";

/**
 * The order buttons of the Overview: Add licenses and Add products always, Renew only while the
 * renewal window is open. Render only for those who may order (allowed(ctx, "order", "create")).
 * The products to choose from are read when a dialog first opens (loadOrderable, the declared
 * read `orderable`), not carried in the page: at 200 products they were most of its HTML.
 */
export function OrderActions({ renewalOpen }: { renewalOpen: boolean }) {
  const t = useTranslations("orders");
  const tDialog = useTranslations("orders.dialog");
  const ws = useWorkspace();
  const [products, setProducts] = useState<OrderableProducts | null>(null);
  const [kind, setKind] = useState<OrderKind | null>(null);
  const [loading, setLoading] = useState<OrderKind | null>(null);

  const open = async (k: OrderKind) => {
    if (products) return setKind(k);
    setLoading(k);
    const res = await loadOrderable(ws.slug);
    setLoading(null);
    if (!res.ok) return notify.error(res.message);
    setProducts(res.result);
    setKind(k);
  };

  const button = (k: OrderKind, variant: "primary" | "secondary") => (
    <Button variant={variant} onClick={() => open(k)} pending={loading === k} disabled={loading !== null} aria-haspopup="dialog">
      {tDialog(`${k}.button`)}
    </Button>
  );
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t("actionsLabel")}>
      {renewalOpen ? button("renewal", "primary") : null}
      {button("add_licenses", renewalOpen ? "secondary" : "primary")}
      {button("add_products", "secondary")}
      {products ? (
        <OrderDialog
          kind={kind ?? "add_licenses"}
          open={kind !== null}
          onClose={() => setKind(null)}
          products={kind === "add_products" ? products.unlicensed : products.licensed}
        />
      ) : null}
    </div>
  );
}
