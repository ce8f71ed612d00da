"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { OrderView } from "@/lib/orders/queries";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { OrderForm } from "./order-form";

export type OrderKind = "add_licenses" | "add_products" | "renewal";

/** A product the dialog offers; seat figures let Renew suggest the shortage. */
export type OrderProductOption = { id: string; name: string; used?: number; renewed?: number };

export type OrderDialogProps = {
  kind: OrderKind;
  open: boolean;
  onClose: () => void;
  /** The products to choose from (licensed ones for Add licenses / Renew, the rest for Add products). */
  products: OrderProductOption[];
  /** Preselects a product (e.g. opened from a product page). */
  productId?: string;
  /** Preselects a quantity (default: 1; for a renewal the product's shortage). */
  quantity?: number;
  /** Called after the order was placed (the page refreshes on its own). */
  onPlaced?: (order: OrderView) => void;
};

/**
 * "Add licenses", "Add products" or "Renew": product and quantity with a live price from the
 * server's price rule, then a review step that places the order (idempotent per opening).
 */
export function OrderDialog({ kind, open, onClose, products, productId, quantity, onPlaced }: OrderDialogProps) {
  const t = useTranslations("orders.dialog");
  const [busy, setBusy] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  // Each opening gets its own key (and form); closing clears the busy flag.
  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpenKey(newIdempotencyKey());
    else setBusy(false);
  }
  return (
    <Dialog open={open} onClose={onClose} title={t(`${kind}.title`)} description={t(`${kind}.description`)} busy={busy} size="md">
      {open && openKey ? (
        <OrderForm
          key={openKey}
          idempotencyKey={openKey}
          kind={kind}
          products={products}
          initialProductId={productId}
          initialQuantity={quantity}
          onPendingChange={setBusy}
          onCancel={onClose}
          onDone={(order) => {
            onClose();
            onPlaced?.(order);
          }}
        />
      ) : null}
    </Dialog>
  );
}

/** A button that opens an order dialog: drop it on any page (Overview, Products, a product page). */
export function OrderButton({
  kind,
  products,
  productId,
  quantity,
  variant = "secondary",
  size = "md",
  children,
  onPlaced,
}: Omit<OrderDialogProps, "open" | "onClose"> & { variant?: ButtonVariant; size?: "sm" | "md"; children?: ReactNode }) {
  const t = useTranslations("orders.dialog");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {children ?? t(`${kind}.button`)}
      </Button>
      <OrderDialog kind={kind} open={open} onClose={() => setOpen(false)} products={products} productId={productId} quantity={quantity} onPlaced={onPlaced} />
    </>
  );
}
