"use client";

import { useTranslations } from "next-intl";
import type { OrderableProducts } from "@/lib/orders/queries";
import { OrderButton } from "./order-dialog";

/**
 * The order buttons of a page: Add licenses and Add products always, Renew only while the
 * renewal window is open. Render only for those who may order (allowed(ctx, "order", "create")).
 */
export function OrderActions({ products, renewalOpen }: { products: OrderableProducts; renewalOpen: boolean }) {
  const t = useTranslations("orders");
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t("actionsLabel")}>
      {renewalOpen ? <OrderButton kind="renewal" products={products.licensed} variant="primary" /> : null}
      <OrderButton kind="add_licenses" products={products.licensed} variant={renewalOpen ? "secondary" : "primary"} />
      <OrderButton kind="add_products" products={products.unlicensed} />
    </div>
  );
}
