"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-form";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import { useWorkspace, useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { FormState } from "@/lib/operations/form";
import type { OrderView } from "@/lib/orders/queries";
import { placeOrder, previewOrder, type QuoteResult } from "./actions";
import type { OrderKind, OrderProductOption } from "./order-dialog";
import { PricePreview, QuoteSummary } from "./order-quote";

const IDLE: FormState<OrderView> = { status: "idle" };

function suggestedQuantity(kind: OrderKind, p: OrderProductOption | undefined): number {
  if (kind === "renewal" && p?.used !== undefined) return Math.max(1, p.used - (p.renewed ?? 0));
  return 1;
}

/** The product a renewal is most needed for: the largest shortage (used beyond renewed), then by name. */
function mostShort(products: OrderProductOption[]): OrderProductOption | undefined {
  const short = (p: OrderProductOption) => Math.max(0, (p.used ?? 0) - (p.renewed ?? 0));
  return products.reduce<OrderProductOption | undefined>((best, p) => (short(p) > 0 && (!best || short(p) > short(best)) ? p : best), undefined);
}

/** Product, quantity and purchase order with a live price (the edit step), then the review step that places the order. */
export function OrderForm({
  idempotencyKey,
  kind,
  products,
  initialProductId,
  initialQuantity,
  onPendingChange,
  onCancel,
  onDone,
}: {
  idempotencyKey: string;
  kind: OrderKind;
  products: OrderProductOption[];
  initialProductId?: string;
  initialQuantity?: number;
  onPendingChange: (pending: boolean) => void;
  onCancel: () => void;
  onDone: (order: OrderView) => void;
}) {
  const t = useTranslations("orders.dialog");
  const tCommon = useTranslations("common");
  const ws = useWorkspace();
  const f = useWorkspaceFormat();
  const first = products.find((p) => p.id === initialProductId) ?? (kind === "renewal" ? mostShort(products) : undefined) ?? products[0];
  const [productId, setProductId] = useState(first?.id ?? "");
  const [quantity, setQuantity] = useState(String(initialQuantity ?? suggestedQuantity(kind, first)));
  const [purchaseOrder, setPurchaseOrder] = useState("");
  const [step, setStep] = useState<"edit" | "review">("edit");
  // The last answer and the input it answered: while they differ, a price is on its way.
  const [answer, setAnswer] = useState<{ query: string; result: QuoteResult | null }>({ query: "", result: null });
  const query = `${productId}|${kind}|${quantity}`;
  const preview = { loading: !!productId && answer.query !== query, result: answer.result };
  const [state, formAction, pending] = useActionState(placeOrder.bind(null, ws.slug), IDLE);
  const seq = useRef(0);
  const quantityRef = useRef<HTMLInputElement>(null);

  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);

  // The live price: the server's price rule, 250 ms after the last change; stale answers dropped.
  useEffect(() => {
    if (!productId) return;
    const mine = ++seq.current;
    const asked = `${productId}|${kind}|${quantity}`;
    const timer = setTimeout(() => {
      previewOrder(ws.slug, { productId, kind, quantity })
        .then((result) => {
          if (seq.current === mine) setAnswer({ query: asked, result });
        })
        .catch(() => {
          if (seq.current === mine) setAnswer({ query: asked, result: { ok: false, code: "network", message: t("previewFailed") } });
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [productId, quantity, kind, ws.slug, t]);

  // A refused order goes back to the editing step (once per answer of the server).
  const answeredAt = state.status === "idle" ? 0 : state.at;
  const [seenAt, setSeenAt] = useState(answeredAt);
  if (answeredAt !== seenAt) {
    setSeenAt(answeredAt);
    if (state.status === "error") setStep("edit");
  }

  useEffect(() => {
    if (state.status === "success") {
      notify.success(t("success", { quantity: state.result.quantity, product: state.result.productName }), t("successHint"));
      onDone(state.result);
    } else if (state.status === "error") {
      notify.error(t("failed"), state.message);
    }
    // Only a new answer from the server (its `at`) should act.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === "idle" ? 0 : state.at]);

  if (products.length === 0) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm text-muted">{t(`${kind}.noProducts`)}</p>
        <DialogActions>
          <Button variant="secondary" onClick={onCancel}>
            {tCommon("close")}
          </Button>
        </DialogActions>
      </div>
    );
  }

  const result = preview.result;
  const quote = result?.ok ? result.quote : null;
  const serverError = state.status === "error" ? state : null;
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined) ?? serverError?.fieldErrors?.[name];
  const refusal = result && !result.ok && !result.fieldErrors ? result.message : null;
  const ready = !!quote && !preview.loading && quote.productId === productId && String(quote.quantity) === quantity.trim();

  if (step === "review" && quote) {
    return (
      <form action={formAction} className="flex flex-col gap-4">
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="productId" value={quote.productId} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="quantity" value={quote.quantity} />
        <input type="hidden" name="purchaseOrder" value={purchaseOrder} />
        <p className="text-sm text-ink">{t("reviewIntro")}</p>
        <QuoteSummary quote={quote} purchaseOrder={purchaseOrder.trim()} />
        <p className="text-xs text-muted">{t(kind === "renewal" ? "reviewRenewalNote" : "reviewPaymentNote")}</p>
        <DialogActions>
          <Button variant="secondary" onClick={() => setStep("edit")} disabled={pending}>
            {t("back")}
          </Button>
          <Button type="submit" pending={pending} autoFocus>
            {pending ? t("placing") : t("place", { amount: f.money(quote.amountMinor) })}
          </Button>
        </DialogActions>
      </form>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) setStep("review");
        else quantityRef.current?.focus();
      }}
    >
      {serverError && !serverError.fieldErrors ? <ErrorAlert label={t("failed")}>{serverError.message}</ErrorAlert> : null}
      <Field label={t("product")} required error={fieldError("productId") ?? fieldError("kind")}>
        {(control) => (
          <Select
            {...control}
            name="productId"
            value={productId}
            onChange={(e) => {
              setProductId(e.target.value);
              if (kind === "renewal") setQuantity(String(suggestedQuantity(kind, products.find((p) => p.id === e.target.value))));
            }}
            className="w-full"
            autoFocus
          >
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TextField
        ref={quantityRef}
        label={t("quantity")}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        step={1}
        required
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
        hint={kind === "renewal" ? t("renewalQuantityHint") : t("quantityHint")}
        error={fieldError("quantity")}
      />
      <TextField
        label={t("purchaseOrder")}
        name="purchaseOrder"
        maxLength={64}
        autoComplete="off"
        value={purchaseOrder}
        onChange={(e) => setPurchaseOrder(e.target.value)}
        hint={t("purchaseOrderHint")}
        error={fieldError("purchaseOrder")}
      />
      <PricePreview loading={preview.loading} quote={quote} refusal={refusal} />
      <p className="text-xs text-muted">{tCommon("requiredHint")}</p>
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          {tCommon("cancel")}
        </Button>
        <Button type="submit" disabled={!ready} aria-disabled={!ready}>
          {t("review")}
        </Button>
      </DialogActions>
    </form>
  );
}
