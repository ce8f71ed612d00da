/**
 * Order dialogs and buttons for any workspace page (Orders, Overview, Products, a product page).
 *
 *   <OrderButton kind="add_licenses" products={orderable.licensed} productId={id} />
 *   <OrderDialog kind="renewal" open={open} onClose={...} products={orderable.licensed} quantity={shortage} />
 *   <MarkPaidButton order={{ id, productName, quantity, amountMinor, kind }} />   // supervisor only
 *
 *   <OrderActions renewalOpen={inWindow} />   // Overview, Orders: reads its lists when a dialog opens
 *
 * `orderable` comes from the declared read `orderable` (lib/orders/reads), run with the page's
 * other reads: runReads(ctx, …, canOrder && orderable); OrderActions asks for it itself
 * (loadOrderable) when one of its dialogs first opens. Show ordering only when
 * allowed(ctx, "order", "create") and Mark as paid only when allowed(ctx, "payment", "create").
 */
export { OrderButton, OrderDialog, type OrderDialogProps, type OrderKind, type OrderProductOption } from "./order-dialog";
export { OrderActions } from "./order-actions";
export { MarkPaidButton, type PayableOrderSummary } from "./mark-paid-button";
export { CancelOrderButton, type CancellableOrderSummary } from "./cancel-order-button";
