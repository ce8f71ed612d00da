import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";
import { chartBars } from "@/lib/renewal/window";

/**
 * Used versus purchased per product as plain CSS bars. The figure's text is the alternative:
 * each row names the product and its figures in words; the bars themselves are decoration.
 */
export function SeatChart({ products, locale }: { products: { productId: string; name: string; used: number; purchased: number }[]; locale: string }) {
  const t = useTranslations("renewal.chart");
  const bars = chartBars(products);
  const num = (n: number) => formatNumber(n, locale);
  return (
    <figure aria-labelledby="seat-chart-caption" className="flex flex-col gap-4">
      <figcaption id="seat-chart-caption" className="sr-only">
        {t("caption")}
      </figcaption>
      <div className="flex flex-wrap gap-4 text-xs text-muted" aria-hidden="true">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm bg-brand" /> {t("used")}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-4 rounded-sm border-2 border-ink/60" /> {t("purchased")}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-2.5 rounded-sm bg-warning-line" /> {t("over")}
        </span>
      </div>
      <ul className="flex flex-col gap-3">
        {products.map((p, i) => {
          const b = bars[i];
          const over = Math.max(0, p.used - p.purchased);
          return (
            <li key={p.productId} className="grid gap-1 sm:grid-cols-[16rem_1fr] sm:items-center sm:gap-4">
              <p className="text-sm">
                <span className="block truncate font-medium text-ink">{p.name}</span>
                <span className="text-xs text-muted tabular">
                  {t("row", { used: num(p.used), purchased: num(p.purchased) })}
                  {over > 0 ? ` · ${t("overRow", { count: num(over) })}` : ""}
                </span>
              </p>
              <div className="relative h-5 rounded bg-subtle" aria-hidden="true">
                <div className="absolute inset-y-0 left-0 rounded-l bg-brand" style={{ width: `${Math.min(b.usedPct, b.purchasedPct)}%` }} />
                {b.overPct > 0 ? (
                  <div className="absolute inset-y-0 rounded-r bg-warning-line" style={{ left: `${b.purchasedPct}%`, width: `${b.overPct}%` }} />
                ) : null}
                <div className="absolute inset-y-[-3px] rounded border-2 border-ink/60" style={{ left: 0, width: `${b.purchasedPct}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
