import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AppError } from "@/lib/errors";
import { formatCalendarDate, formatDate, formatMoney, formatNumber } from "@/lib/format";
import { runRead } from "@/lib/operations/read";
import { resellerForPage } from "@/lib/reseller/current";
import { renewalCheckout } from "@/lib/reseller/reads";
import { RenewForm } from "./renew-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("renewal.checkout");
  return { title: t("title") };
}

/**
 * The checkout (seed 004, step 4): the price in the currency of the workspace's country, special
 * offers included, formatted for its locale; the new term; one button that pays and renews.
 */
export default async function RenewCheckoutPage({ params }: { params: Promise<{ reseller: string; licenseId: string }> }) {
  const { reseller: slug, licenseId } = await params;
  const ctx = await resellerForPage(slug);
  const { license, quote } = await runRead(ctx, renewalCheckout.with(licenseId)).catch((e) => {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  });
  const t = await getTranslations("renewal");
  const ws = license.workspace;
  const base = `/r/${ctx.reseller.slug}/licenses/${license.id}`;
  const money = (minor: number) => formatMoney(minor, ws.currency, ws.locale);
  const date = (d: Date) => formatDate(d, ws.locale, ws.timeZone, "long");

  if (!license.eligibility.eligible || !quote) {
    return (
      <>
        <PageHeader title={t("checkout.title")} />
        <div className="rounded-lg border border-line bg-surface shadow-card">
          <EmptyState
            title={t("checkout.unavailableTitle")}
            description={quote === null && license.eligibility.eligible ? t("checkout.noPrice", { currency: ws.currency }) : t("checkout.unavailableBody")}
            action={
              <Link href={base} className="text-sm font-medium text-brand-ink underline-offset-2 hover:underline">
                {t("checkout.backToLicense")}
              </Link>
            }
          />
        </div>
      </>
    );
  }

  const rows: [string, string][] = [
    [t("checkout.workspace"), `${ws.name} (${ws.country})`],
    [t("checkout.license"), license.name],
    [t("details.product"), license.product],
    [t("checkout.seats"), formatNumber(license.quantity, ws.locale)],
    [t("checkout.currentEnd"), date(license.termEnd)],
    [t("checkout.newEnd"), date(quote.termEnd)],
  ];

  return (
    <>
      <nav aria-label={t("details.breadcrumb")} className="mb-3 text-sm">
        <Link href={base} className="text-brand-ink underline-offset-2 hover:underline">
          {t("checkout.backToLicense")}
        </Link>
      </nav>
      <PageHeader title={t("checkout.title")} description={t("checkout.subtitle", { workspace: ws.name, currency: ws.currency })} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("checkout.summary")} titleId="checkout-summary" className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {rows.map(([k, v]) => (
              <div key={k}>
                <dt className="text-xs font-medium text-muted">{k}</dt>
                <dd className="mt-0.5 text-sm text-ink">{v}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 rounded-md bg-subtle px-3 py-2 text-sm text-ink">
            {quote.carriedDays > 0 ? t("checkout.carried", { days: quote.carriedDays }) : t("checkout.afterExpiry", { start: date(quote.termStart) })}
          </p>
        </Card>
        <Card title={t("checkout.price")} titleId="checkout-price">
          <dl className="flex flex-col gap-2 text-sm">
            <div className="flex justify-between gap-4">
              <dt className="text-muted">{t("checkout.unitPrice")}</dt>
              <dd className="text-right tabular text-ink">
                {quote.listAmountMinor !== null ? (
                  <>
                    <s className="mr-1.5 text-muted" aria-label={t("checkout.listPrice", { price: money(quote.listAmountMinor) })}>
                      {money(quote.listAmountMinor)}
                    </s>
                  </>
                ) : null}
                {money(quote.unitAmountMinor)}
              </dd>
            </div>
            {quote.offerName ? (
              <div className="flex justify-between gap-4">
                <dt className="text-muted">{t("checkout.offer")}</dt>
                <dd className="text-right text-success-ink">
                  {quote.offerName}
                  {quote.offerValidUntil ? ` · ${t("checkout.offerUntil", { date: formatCalendarDate(quote.offerValidUntil, ws.locale) })}` : ""}
                </dd>
              </div>
            ) : null}
            <div className="flex justify-between gap-4">
              <dt className="text-muted">{t("checkout.seats")}</dt>
              <dd className="tabular text-ink">× {formatNumber(quote.quantity, ws.locale)}</dd>
            </div>
            <div className="mt-1 flex justify-between gap-4 border-t border-line pt-3 text-base font-semibold">
              <dt>{t("checkout.total")}</dt>
              <dd className="tabular" data-testid="renewal-total">
                {money(quote.amountMinor)}
              </dd>
            </div>
          </dl>
          <RenewForm
            resellerSlug={ctx.reseller.slug}
            licenseId={license.id}
            expectedTermEnd={license.termEnd.toISOString()}
            expectedAmountMinor={quote.amountMinor}
            requestKey={randomUUID()}
            total={money(quote.amountMinor)}
            locale={ws.locale}
            timeZone={ws.timeZone}
            licenseHref={base}
          />
        </Card>
      </div>
    </>
  );
}
