import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderActions } from "@/components/orders";
import { RenewalBanner } from "@/components/renewal/renewal-banner";
import { RenewalTimeline } from "@/components/renewal/renewal-timeline";
import { SeatChart } from "@/components/renewal/seat-chart";
import { FigureHeader } from "@/components/renewal/seat-figures";
import { PageHeader } from "@/components/shell/page-header";
import { TableCard } from "@/components/data-table/table-card";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { allowed } from "@/lib/access/workspace";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { countryName, currencyName } from "@/lib/format/display-names";
import { runReads } from "@/lib/operations/read";
import { OVERVIEW_PRODUCT_LIMIT, overview as overviewRead } from "@/lib/overview";
import { type ContractWindow } from "@/lib/renewal/state";
import { daysBetween, type WindowPhase } from "@/lib/renewal/window";
import { workspaceForPage } from "@/lib/workspaces/current";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

const PHASE_TONE: Record<WindowPhase, BadgeTone> = { before: "neutral", open: "warning", closed: "neutral" };

export default async function OverviewPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const w = ctx.workspace;
  const canOrder = allowed(ctx, "order", "create");
  const [[overview], t, tFig, tChart, tEnums, uiLocale] = await Promise.all([
    runReads(ctx, overviewRead),
    getTranslations("overview"),
    getTranslations("renewal.figures"),
    getTranslations("renewal.chart"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const num = (n: number) => formatNumber(n, w.locale);
  const base = `/w/${w.slug}`;
  const { primary, inWindow } = overview;
  // Only the figures that apply now: needs renewal inside the window with a shortage, payment
  // required while unpaid seats exist, no access once someone lost a seat.
  const showNeedsRenewal = inWindow && overview.products.some((p) => p.needsRenewal);
  const showPayment = overview.products.some((p) => p.paymentRequired > 0);
  const showNoAccess = overview.products.some((p) => p.noAccess > 0);

  /** A product's cells, shared by the phone's blocks and the table. */
  const cells = (p: (typeof overview.products)[number]) => ({
    name: (
      <>
        <Link href={`${base}/products/${p.productId}`} className="block rounded font-medium text-brand hover:underline">
          {p.name}
        </Link>
        <span className="block text-xs text-muted">{p.publisher}</span>
      </>
    ),
    used: (
      <>
        <span aria-hidden="true" className={cn("text-base font-semibold", p.used > p.purchased ? "text-warning-ink" : "text-ink")}>
          {t("seats.usedPurchasedValue", { used: num(p.used), purchased: num(p.purchased) })}
        </span>
        <span className="sr-only">{t("seats.usedPurchasedLabel", { used: num(p.used), purchased: num(p.purchased) })}</span>
      </>
    ),
    // Leads to the product's own list of who requires renewal, filtered in the URL.
    needsRenewal: p.needsRenewal ? (
      <Link href={`${base}/products/${p.productId}?view=requiresRenewal`} className="rounded-full underline-offset-2 hover:underline">
        <Badge tone="warning">{tFig("needsRenewalValue", { count: p.needsRenewal })}</Badge>
      </Link>
    ) : (
      <Dash label={t("seats.dash")} />
    ),
    payment:
      p.paymentRequired > 0 ? (
        <span className="inline-flex flex-col items-end gap-0.5">
          <Badge tone="danger">{t("seats.paymentRequiredValue", { count: p.paymentRequired })}</Badge>
          {p.unpaidAmountMinor > 0 ? <span className="text-xs text-muted tabular">{formatMoney(p.unpaidAmountMinor, w.currency, w.locale)}</span> : null}
        </span>
      ) : (
        <Dash label={t("seats.dash")} />
      ),
    noAccess: p.noAccess > 0 ? <Badge tone="danger">{t("seats.noAccessValue", { count: p.noAccess })}</Badge> : <Dash label={t("seats.dash")} />,
  });

  const stats = [
    { label: t("stats.products"), value: overview.totals.products, href: `${base}/products` },
    { label: t("stats.licenses"), value: overview.totals.licenses, href: `${base}/licenses` },
    { label: t("stats.hosts"), value: overview.totals.hosts, href: `${base}/hosts` },
  ];

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle", { workspace: w.name })}
        // Add products / Add licenses / Renew, for those who may order: the dialogs read their
        // product lists when they open.
        actions={canOrder ? <OrderActions renewalOpen={inWindow} /> : null}
      />
      <RenewalBanner banner={overview.banner} window={primary?.window ?? null} base={base} locale={w.locale} canOrder={allowed(ctx, "order", "create")} />

      <ul className="mb-6 grid gap-4 sm:grid-cols-3" aria-label={t("title")}>
        {stats.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="group flex flex-col rounded-lg border border-line bg-surface px-5 py-4 shadow-card transition-colors hover:border-brand/50"
            >
              <span className="text-sm text-muted">{s.label}</span>
              <span className="mt-1 text-2xl font-semibold text-ink tabular">{num(s.value)}</span>
              <span className="sr-only">{t("stats.view", { what: s.label })}</span>
            </Link>
          </li>
        ))}
      </ul>

      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <Card title={t("contract.title")} titleId="contract-title" className="lg:col-span-2">
          {primary ? (
            <ContractDetails contract={primary} today={overview.today} locale={w.locale} t={t} />
          ) : (
            <EmptyState title={t("contract.none")} description={t("contract.noneDescription")} className="py-6" />
          )}
          {overview.contracts.length > 1 ? (
            <p className="mt-3 text-xs text-muted">{t("contract.more", { count: overview.contracts.length - 1 })}</p>
          ) : null}
        </Card>

        <Card title={t("facts.title")} titleId="facts-title">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2.5 text-sm">
            <dt className="text-muted">{t("facts.country")}</dt>
            <dd className="text-ink">{countryName(w.country, uiLocale)}</dd>
            <dt className="text-muted">{t("facts.currency")}</dt>
            <dd className="text-ink">
              {w.currency} · {currencyName(w.currency, uiLocale)}
            </dd>
            <dt className="text-muted">{t("facts.timeZone")}</dt>
            <dd className="text-ink">{w.timeZone.replace(/_/g, " ")}</dd>
            <dt className="text-muted">{t("facts.locale")}</dt>
            <dd className="text-ink">
              {w.locale} · <span className="tabular">{formatMoney(123456, w.currency, w.locale)}</span>
            </dd>
            <dt className="text-muted">{t("facts.today")}</dt>
            <dd className="font-medium text-ink">
              <time dateTime={overview.today}>{formatDate(overview.now, w.locale, w.timeZone, "long")}</time>
            </dd>
          </dl>
        </Card>
      </div>

      <Card
        title={t("seats.title")}
        titleId="seats-title"
        description={inWindow ? t("seats.descriptionWindow") : t("seats.descriptionTerm")}
        bodyClassName="p-0"
        actions={
          <Link href={`${base}/products`} className="rounded text-sm font-medium text-brand hover:underline">
            {t("seats.allProducts")}
          </Link>
        }
      >
        {overview.products.length === 0 ? (
          <EmptyState title={t("seats.emptyTitle")} description={t("seats.emptyDescription")} />
        ) : (
          <>
            {/* A phone gets one block per product (name, then its figures), a wider screen the table:
                used, needs renewal and payment required stay readable without sideways scrolling. */}
            <ul className="divide-y divide-line sm:hidden" aria-labelledby="seats-title">
              {overview.products.map((p) => {
                const c = cells(p);
                return (
                  <li key={p.productId} className="px-4 py-3">
                    {c.name}
                    <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1.5 text-sm">
                      <dt className="text-muted">{tFig("used.label")}</dt>
                      <dd className="text-right tabular">{c.used}</dd>
                      {showNeedsRenewal ? (
                        <>
                          <dt className="text-muted">{tFig("needsRenewal.label")}</dt>
                          <dd className="text-right">{c.needsRenewal}</dd>
                        </>
                      ) : null}
                      {showPayment ? (
                        <>
                          <dt className="text-muted">{tFig("paymentRequired.label")}</dt>
                          <dd className="text-right">{c.payment}</dd>
                        </>
                      ) : null}
                      {showNoAccess ? (
                        <>
                          <dt className="text-muted">{tFig("noAccess.label")}</dt>
                          <dd className="text-right">{c.noAccess}</dd>
                        </>
                      ) : null}
                    </dl>
                  </li>
                );
              })}
            </ul>
            <div className="hidden sm:block">
              <TableCard label={t("seats.title")}>
                <table className="w-full text-sm" aria-labelledby="seats-title">
                  <thead className="bg-subtle">
                    <tr className="border-b border-line text-xs tracking-wide text-muted uppercase">
                      <th scope="col" className="px-5 py-2.5 text-left font-semibold">
                        {t("seats.product")}
                      </th>
                      <th scope="col" className="hidden px-4 py-2.5 text-left font-semibold md:table-cell">
                        {t("seats.model")}
                      </th>
                      <th scope="col" className="px-4 py-2.5 text-right font-semibold">
                        <FigureHeader figure="used" />
                      </th>
                      {showNeedsRenewal ? (
                        <th scope="col" className="px-4 py-2.5 text-right font-semibold">
                          <FigureHeader figure="needsRenewal" />
                        </th>
                      ) : null}
                      {showPayment ? (
                        <th scope="col" className="px-4 py-2.5 text-right font-semibold">
                          <FigureHeader figure="paymentRequired" />
                        </th>
                      ) : null}
                      {showNoAccess ? (
                        <th scope="col" className="px-5 py-2.5 text-right font-semibold">
                          <FigureHeader figure="noAccess" align="end" />
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {overview.products.map((p) => {
                      const c = cells(p);
                      return (
                        <tr key={p.productId} className="border-b border-line last:border-b-0">
                          <th scope="row" className="px-5 py-3 text-left font-normal">
                            {c.name}
                          </th>
                          <td className="hidden px-4 py-3 text-ink md:table-cell">{tEnums(`licensingModel.${p.licensingModel}`)}</td>
                          <td className="px-4 py-3 text-right tabular">{c.used}</td>
                          {showNeedsRenewal ? <td className="px-4 py-3 text-right">{c.needsRenewal}</td> : null}
                          {showPayment ? <td className="px-4 py-3 text-right">{c.payment}</td> : null}
                          {showNoAccess ? <td className="px-5 py-3 text-right">{c.noAccess}</td> : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableCard>
            </div>
            {overview.totals.products > OVERVIEW_PRODUCT_LIMIT ? (
              <p className="border-t border-line px-4 py-2.5 text-xs text-muted sm:px-5">{t("seats.truncated", { count: OVERVIEW_PRODUCT_LIMIT })}</p>
            ) : null}
          </>
        )}
      </Card>

      {overview.products.length > 0 ? (
        <Card title={tChart("title")} titleId="chart-title" description={tChart("description")} className="mt-6">
          <SeatChart products={overview.products} locale={w.locale} />
        </Card>
      ) : null}
    </>
  );
}

function Dash({ label }: { label: string }) {
  return <span className="text-faint">{label}</span>;
}

function ContractDetails({
  contract,
  today,
  locale,
  t,
}: {
  contract: ContractWindow;
  today: string;
  locale: string;
  t: Awaited<ReturnType<typeof getTranslations<"overview">>>;
}) {
  const { window, phase, daysToAnniversary } = contract;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium text-ink">{contract.name}</p>
        <Badge tone={PHASE_TONE[phase]}>{t(`contract.phase.${phase}`)}</Badge>
      </div>
      <RenewalTimeline window={window} today={today} locale={locale} />
      <p className="text-sm text-muted">
        {daysToAnniversary >= 0
          ? t("contract.daysToAnniversary", { days: daysToAnniversary })
          : t("contract.daysSinceAnniversary", { days: -daysToAnniversary })}{" "}
        {t("contract.windowDays", {
          before: daysBetween(window.opensOn, window.anniversary),
          after: daysBetween(window.anniversary, window.closesOn),
        })}
      </p>
    </div>
  );
}

