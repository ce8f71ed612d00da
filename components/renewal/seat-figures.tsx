import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import type { SeatView } from "@/lib/seats/rules";
import { HelpTip } from "./help-tip";

/**
 * A product's figures as tiles (seed 003): used/purchased always; needs renewal, payment
 * required and no access only when they apply. Each says what it means on hover and focus.
 */
export function SeatFigures({ seats, locale, label }: { seats: SeatView; locale: string; label: string }) {
  const t = useTranslations("renewal.figures");
  const num = (n: number) => formatNumber(n, locale);
  const short = seats.used > seats.purchased;
  const tiles: { key: "used" | "needsRenewal" | "paymentRequired" | "noAccess"; value: string; srValue?: string; tone: string }[] = [
    {
      key: "used",
      value: t("usedValue", { used: num(seats.used), purchased: num(seats.purchased) }),
      srValue: t("usedLabel", { used: num(seats.used), purchased: num(seats.purchased) }),
      tone: short ? "text-warning-ink" : "text-ink",
    },
  ];
  if (seats.needsRenewal) tiles.push({ key: "needsRenewal", value: t("needsRenewalValue", { count: seats.needsRenewal }), tone: "text-warning-ink" });
  if (seats.paymentRequired > 0) tiles.push({ key: "paymentRequired", value: t("paymentRequiredValue", { count: seats.paymentRequired }), tone: "text-danger-ink" });
  if (seats.noAccess > 0) tiles.push({ key: "noAccess", value: t("noAccessValue", { count: seats.noAccess }), tone: "text-danger-ink" });
  return (
    <dl aria-label={label} className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {tiles.map((tile) => (
        <div key={tile.key} className="flex flex-col gap-1 rounded-lg border border-line bg-surface px-5 py-4 shadow-card" data-figure={tile.key}>
          <dt className="flex items-center gap-1.5 text-sm text-muted">
            {t(`${tile.key}.label`)}
            <HelpTip label={t("helpButton", { label: t(`${tile.key}.label`) })}>{t(`${tile.key}.help`)}</HelpTip>
          </dt>
          <dd className={cn("text-2xl font-semibold tabular", tile.tone)}>
            {tile.srValue ? (
              <>
                <span aria-hidden="true">{tile.value}</span>
                <span className="sr-only">{tile.srValue}</span>
              </>
            ) : (
              tile.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A column header with its meaning on hover and focus. */
export function FigureHeader({ figure, align }: { figure: "used" | "needsRenewal" | "paymentRequired" | "noAccess"; align?: "center" | "end" }) {
  const t = useTranslations("renewal.figures");
  return (
    <span className="inline-flex items-center gap-1.5">
      <span>{t(`${figure}.label`)}</span>
      <HelpTip label={t("helpButton", { label: t(`${figure}.label`) })} align={align}>
        {t(`${figure}.help`)}
      </HelpTip>
    </span>
  );
}
