"use client";

import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { OrderQuote } from "@/lib/orders/quote";
import { addDays } from "@/lib/renewal/window";

/** The live price under the edit step: the total, the unit price (and offer), the term and any proration. */
export function PricePreview({ loading, quote, refusal }: { loading: boolean; quote: OrderQuote | null; refusal: string | null }) {
  const t = useTranslations("orders.dialog");
  const f = useWorkspaceFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} aria-live="polite" aria-busy={loading} className="rounded-lg border border-line bg-subtle px-4 py-3">
      <h3 id={headingId} className="text-xs font-medium tracking-wide text-muted uppercase">
        {t("preview")}
      </h3>
      {refusal ? (
        <p className="mt-1 text-sm text-danger-ink">{refusal}</p>
      ) : quote ? (
        <div className={loading ? "opacity-60" : undefined}>
          <p className="mt-1 text-2xl font-semibold text-ink tabular" data-testid="order-total">
            {f.money(quote.amountMinor)}
          </p>
          <p className="text-sm text-muted">
            {t("unitLine", { quantity: quote.quantity, unit: f.money(quote.unitAmountMinor) })}
            {quote.offerName ? <> · {t("offer", { name: quote.offerName, list: f.money(quote.listUnitAmountMinor) })}</> : null}
          </p>
          <p className="text-sm text-muted">
            {t("term", { from: f.calendarDate(quote.termStart), to: f.calendarDate(lastDay(quote.termEnd)) })}
            {quote.chargedDays < quote.yearDays ? <> · {t("prorated", { days: quote.chargedDays, year: quote.yearDays })}</> : null}
          </p>
        </div>
      ) : (
        <p className="mt-1 text-sm text-muted">{loading ? t("pricing") : t("previewEmpty")}</p>
      )}
    </section>
  );
}

/** termEnd is exclusive (the anniversary): people read the last day of the term. */
const lastDay = (iso: string): string => addDays(iso, -1);

/** The review step's summary of what will be ordered, ending in the total. */
export function QuoteSummary({ quote, purchaseOrder }: { quote: OrderQuote; purchaseOrder: string }) {
  const t = useTranslations("orders.dialog");
  const f = useWorkspaceFormat();
  const rows: [string, ReactNode][] = [
    [t("product"), quote.productName],
    [t("quantity"), f.number(quote.quantity)],
    [t("unitPrice"), quote.offerName ? `${f.money(quote.unitAmountMinor)} (${quote.offerName})` : f.money(quote.unitAmountMinor)],
    [t("termLabel"), `${f.calendarDate(quote.termStart)} – ${f.calendarDate(lastDay(quote.termEnd))}`],
    ...(quote.chargedDays < quote.yearDays ? ([[t("charged"), t("chargedValue", { days: quote.chargedDays, year: quote.yearDays })]] as [string, ReactNode][]) : []),
    ...(purchaseOrder ? ([[t("purchaseOrder"), purchaseOrder]] as [string, ReactNode][]) : []),
    [t("total"), <strong key="total" className="text-ink">{f.money(quote.amountMinor)}</strong>],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-line px-4 py-3 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd className="text-ink tabular">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
