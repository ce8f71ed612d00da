import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { formatCalendarDate, formatDate, formatNumber } from "@/lib/format";
import { runRead } from "@/lib/operations/read";
import { resellerForPage } from "@/lib/reseller/current";
import { resellerLicense } from "@/lib/reseller/reads";
import { ONLINE_RENEWAL_DAYS, RELEASE_8_0_DATE, renewalOpensOn } from "@/lib/reseller/rules";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("renewal.details");
  return { title: t("title") };
}

export default async function ResellerLicensePage({ params }: { params: Promise<{ reseller: string; licenseId: string }> }) {
  const { reseller: slug, licenseId } = await params;
  const ctx = await resellerForPage(slug);
  const license = await runRead(ctx, resellerLicense.with(licenseId)).catch((e) => {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  });
  const [t, tEnums] = await Promise.all([getTranslations("renewal"), getTranslations("enums")]);
  const ws = license.workspace;
  const date = (d: Date) => formatDate(d, ws.locale, ws.timeZone, "long");
  const e = license.eligibility;
  const base = `/r/${ctx.reseller.slug}`;

  const facts: [string, React.ReactNode][] = [
    [t("details.workspace"), <Link key="ws" href={`/w/${ws.slug}/overview`} className="text-brand-ink underline-offset-2 hover:underline">{ws.name}</Link>],
    [t("details.product"), license.product],
    [t("details.licensingModel"), tEnums(`licensingModel.${license.licensingModel}`)],
    [t("details.quantity"), formatNumber(license.quantity, ws.locale)],
    [t("details.source"), tEnums(`licenseSource.${license.source}`)],
    [t("details.state"), tEnums(`licenseState.${license.state}`)],
    [t("details.purchasedAt"), date(license.purchasedAt)],
    [t("details.termStart"), date(license.termStart)],
    [t("details.termEnd"), <span key="end">{date(license.termEnd)} <span className="text-muted">({e.expired ? t("details.ended") : t("details.daysLeft", { days: e.daysLeft })})</span></span>],
  ];

  return (
    <>
      <nav aria-label={t("details.breadcrumb")} className="mb-3 text-sm">
        <Link href={`${base}/licenses`} className="text-brand-ink underline-offset-2 hover:underline">
          {t("details.backToLicenses")}
        </Link>
      </nav>
      <PageHeader
        title={license.name}
        description={t("details.subtitle", { workspace: ws.name })}
        actions={
          e.eligible ? (
            <Link href={`${base}/licenses/${license.id}/renew`} className={buttonClass("primary")}>
              {t("renewButton")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("details.title")} titleId="license-details" className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt className="text-xs font-medium text-muted">{k}</dt>
                <dd className="mt-0.5 text-sm text-ink">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("online.title")} titleId="online-renewal">
          {license.renewedUntil ? (
            <div className="flex flex-col gap-3 text-sm">
              <Badge tone="success" className="self-start">
                {t("online.renewedUntil", { date: date(license.renewedUntil.termEnd) })}
              </Badge>
              <p className="text-ink">
                {t("online.renewedBody", { seats: license.renewedUntil.seats, via: t(`via.${license.renewedUntil.via}`), start: date(license.renewedUntil.termStart) })}
              </p>
            </div>
          ) : e.eligible ? (
            <div className="flex flex-col gap-3 text-sm">
              <Badge tone="success" className="self-start">
                {t("online.available")}
              </Badge>
              <p className="text-ink">{e.expired ? t("online.availableExpired") : t("online.availableBody", { days: e.daysLeft })}</p>
              <Link href={`${base}/licenses/${license.id}/renew`} className={buttonClass("primary", "md", "self-start")}>
                {t("renewButton")}
              </Link>
            </div>
          ) : (
            <div className="flex flex-col gap-3 text-sm">
              <Badge tone="neutral" className="self-start">
                {t("online.unavailable")}
              </Badge>
              <ul className="flex list-disc flex-col gap-2 pl-5 text-ink" aria-label={t("online.reasonsLabel")}>
                {e.reasons.map((r) => (
                  <li key={r}>
                    {r === "too_early"
                      ? t("reasons.too_early", { days: e.daysLeft, window: ONLINE_RENEWAL_DAYS, opens: formatCalendarDate(renewalOpensOn(license.termEnd, ws.timeZone), ws.locale, "long") })
                      : r === "before_8_0"
                        ? t("reasons.before_8_0", { release: formatCalendarDate(RELEASE_8_0_DATE, ws.locale, "long") })
                        : t(`reasons.${r}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      </div>
      {license.renewals.length > 0 ? (
        <Card title={t("history.title")} titleId="renewal-history" className="mt-6">
          <ul className="flex flex-col divide-y divide-line text-sm">
            {license.renewals.map((r) => (
              <li key={r.id} className="py-2">
                {t("history.item", { on: r.renewedOn ? formatCalendarDate(r.renewedOn, ws.locale, "long") : date(r.createdAt), from: date(r.previousTermEnd), to: date(r.newTermEnd) })}{" "}
                <span className="text-muted">({t(`via.${r.via}`)})</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
