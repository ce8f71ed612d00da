import { useTranslations } from "next-intl";
import { formatCalendarDate } from "@/lib/format";
import { timelinePositions, type RenewalWindow } from "@/lib/renewal/window";

/**
 * The dates that matter on one line: window start, anniversary, window end, and today marked.
 * Read as an ordered list of dates; the line and its marks are decoration.
 */
export function RenewalTimeline({ window, today, locale }: { window: RenewalWindow; today: string; locale: string }) {
  const t = useTranslations("renewal.timeline");
  const pos = timelinePositions(window, today);
  const date = (iso: string) => formatCalendarDate(iso, locale, "medium");
  const marks = [
    { key: "opens", at: pos.opensOn, iso: window.opensOn, label: t("opens"), align: "items-start text-left" },
    { key: "anniversary", at: pos.anniversary, iso: window.anniversary, label: t("anniversary"), align: "items-center text-center" },
    { key: "closes", at: pos.closesOn, iso: window.closesOn, label: t("closes"), align: "items-end text-right" },
  ];
  return (
    <div className="flex flex-col gap-2">
      <div className="relative mx-1 mt-7 mb-1 h-2 rounded-full bg-brand-soft" aria-hidden="true">
        <div className="absolute inset-y-0 left-0 rounded-full bg-brand/30" style={{ width: `${pos.today}%` }} />
        {marks.map((m) => (
          <span key={m.key} className="absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-surface bg-brand" style={{ left: `${m.at}%` }} />
        ))}
        <span className="absolute -top-7 flex -translate-x-1/2 flex-col items-center" style={{ left: `${pos.today}%` }}>
          <span className="rounded bg-ink px-1.5 py-0.5 text-[11px] leading-none font-semibold text-surface">{t("today")}</span>
          <span className="h-4 w-0.5 bg-ink" />
        </span>
      </div>
      <ol aria-label={t("label")} className="grid grid-cols-3 gap-2 text-xs">
        {marks.map((m) => (
          <li key={m.key} className={`flex flex-col ${m.align}`}>
            <span className="text-muted">{m.label}</span>
            <time dateTime={m.iso} className="font-medium text-ink tabular">
              {date(m.iso)}
            </time>
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted">
        {pos.todayOutside ? (
          today < window.opensOn ? (
            t("todayBefore", { date: date(today) })
          ) : (
            t("todayAfter", { date: date(today) })
          )
        ) : (
          <>
            {t("today")}: <time dateTime={today}>{date(today)}</time>
          </>
        )}
      </p>
    </div>
  );
}
