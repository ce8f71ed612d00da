import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { allowed } from "@/lib/access/workspace";
import { licenseDevices } from "@/lib/devices/reads";
import { licenseExists } from "@/lib/licenses";
import { license as licenseRead, pendingRenewal } from "@/lib/licenses/reads";
import { runReads } from "@/lib/operations/read";
import { formatDate } from "@/lib/format";
import { requireInWorkspace } from "@/lib/workspaces/current";
import { ActivationCodeButton } from "./activation-code-dialog";
import { applyCodeAction, configureFeaturesAction, previewCodeAction } from "./actions";
import { featureLabel } from "./feature-label";
import { FeatureSettingsForm } from "./feature-settings-form";

export const dynamic = "force-dynamic";

const STATE_TONE: Record<string, BadgeTone> = { active: "success", provisional: "warning", expired: "danger", replaced: "neutral", cancelled: "neutral" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("license");
  return { title: t("details") };
}

export default async function LicensePage({ params }: { params: Promise<{ workspace: string; licenseId: string }> }) {
  const { workspace: slug, licenseId } = await params;
  // The layout's check of the id, awaited (not repeated) so its transaction ends before ours opens.
  const ctx = await requireInWorkspace(slug, licenseId, "license", licenseExists);
  const ws = ctx.workspace;
  const [license, devices, renewed] = await runReads(ctx, licenseRead.with(licenseId), licenseDevices.with(licenseId), pendingRenewal.with(licenseId));
  // Another workspace's license is exactly as missing as one that never existed.
  if (!license) notFound();
  const [t, tEnums, tDevices, tRenewal] = await Promise.all([getTranslations("license"), getTranslations("enums"), getTranslations("devices"), getTranslations("renewal")]);
  const canReplace = allowed(ctx, "activation_code", "create") && license.state !== "replaced" && license.state !== "cancelled";
  const canConfigure = allowed(ctx, "license", "update") && license.state !== "replaced" && license.state !== "cancelled";
  const date = (d: Date) => formatDate(d, ws.locale, ws.timeZone, "long");
  const quantityKey = license.licensingModel === "per_user" ? "quantityValueUsers" : license.licensingModel === "per_host" ? "quantityValueHosts" : "quantityValue";
  const base = `/w/${ws.slug}`;

  const facts: [string, React.ReactNode][] = [
    [t("fields.name"), license.name],
    [t("fields.product"), license.productName],
    [t("fields.licensingModel"), tEnums(`licensingModel.${license.licensingModel}` as "licensingModel.per_user")],
    [t("fields.quantity"), t(quantityKey, { count: license.quantity })],
    [t("fields.termStart"), <time key="s" dateTime={license.termStart.toISOString()}>{date(license.termStart)}</time>],
    [t("fields.expiresAt"), <time key="e" dateTime={license.termEnd.toISOString()}>{date(license.termEnd)}</time>],
    ...(renewed
      ? ([[t("fields.renewedUntil"), t("renewedUntilValue", { date: date(renewed.termEnd), via: tRenewal(`via.${renewed.via}`), seats: renewed.seats })]] as [string, React.ReactNode][])
      : []),
    [t("fields.source"), tEnums(`licenseSource.${license.source}` as "licenseSource.web_store")],
    [t("fields.state"), <Badge key="st" tone={STATE_TONE[license.state] ?? "neutral"}>{tEnums(`licenseState.${license.state}` as "licenseState.active")}</Badge>],
    [t("fields.id"), <code key="id" className="font-mono text-xs break-all">{license.id}</code>],
  ];

  return (
    <>
      <nav aria-label={t("back")} className="mb-3 text-sm">
        <Link href={`${base}/licenses`} className="text-brand-ink hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <PageHeader
        title={license.name}
        description={t("details")}
        actions={
          allowed(ctx, "activation_code", "create") ? (
            <ActivationCodeButton
              licenseId={license.id}
              licenseName={license.name}
              replaceable={canReplace}
              actions={{ preview: previewCodeAction, apply: applyCodeAction, configure: configureFeaturesAction }}
            />
          ) : null
        }
      />
      {license.replacedById ? (
        <div role="status" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-info-ink/25 bg-info-soft px-4 py-3 text-sm text-info-ink">
          <span>{t("replacedBanner")}</span>
          <Link href={`${base}/licenses/${license.replacedById}`} className="font-medium underline">
            {t("replacedLink")}
          </Link>
        </div>
      ) : null}
      {!allowed(ctx, "activation_code", "create") ? <p className="mb-4 text-sm text-muted">{t("viewerHint")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("details")} titleId="license-details" className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label} className="flex flex-col gap-0.5">
                <dt className="text-xs font-medium text-muted">{label}</dt>
                <dd className="text-sm text-ink">{value}</dd>
              </div>
            ))}
          </dl>
          {license.replacesId ? (
            <p className="mt-4 border-t border-line pt-3 text-sm text-muted">
              {t("replacesNote")}{" "}
              <Link href={`${base}/licenses/${license.replacesId}`} className="text-brand-ink hover:underline">
                {t("replacesLink")}
              </Link>
            </p>
          ) : null}
        </Card>
        <Card title={t("fields.features")} titleId="license-features">
          {license.features.length === 0 ? (
            <p className="text-sm text-muted">{t("noFeatures")}</p>
          ) : (
            <ul className="flex flex-col gap-1.5">
              {license.features.map((f) => (
                <li key={f} className="flex items-center justify-between gap-3 text-sm text-ink">
                  <span>{featureLabel(f)}</span>
                  {f in license.featureSettings ? (
                    <Badge tone={license.featureSettings[f] ? "success" : "neutral"}>{license.featureSettings[f] ? t("featureOn") : t("featureOff")}</Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {canConfigure && license.features.length > 0 ? (
        <Card title={t("featuresTitle")} titleId="license-feature-settings" description={t("featuresDescription")} className="mt-6">
          <FeatureSettingsForm
            licenseId={license.id}
            features={license.features.map((f) => ({ key: f, label: featureLabel(f), on: license.featureSettings[f] ?? true }))}
            action={configureFeaturesAction}
          />
        </Card>
      ) : null}
      <Card
        title={t("devicesTitle")}
        titleId="license-devices"
        description={t("devicesDescription")}
        className="mt-6"
        actions={
          <Link href={`${base}/devices`} className="text-sm text-brand-ink hover:underline">
            {t("allDevices")}
          </Link>
        }
        bodyClassName="px-0 py-0"
      >
        {devices.length === 0 ? (
          <p className="px-5 py-4 text-sm text-muted">{t("devicesEmpty")}</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t("devicesTitle")}</caption>
            <thead>
              <tr className="border-b border-line text-left text-xs font-semibold tracking-wide text-muted uppercase">
                <th scope="col" className="px-5 py-2 font-medium">{tDevices("columns.name")}</th>
                <th scope="col" className="px-5 py-2 font-medium">{tDevices("columns.platform")}</th>
                <th scope="col" className="px-5 py-2 font-medium">{tDevices("columns.license")}</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={`${d.id}:${d.activationId}`} className="border-b border-line last:border-0">
                  <td className="px-5 py-2.5 font-medium text-ink">{d.name}</td>
                  <td className="px-5 py-2.5">{tEnums(`platform.${d.platform}` as "platform.windows")}</td>
                  <td className="px-5 py-2.5 text-ink">
                    {d.licenseId === license.id ? (
                      d.pendingLicenseName && d.switchesAt ? (
                        <span>
                          {d.licenseName} <span className="text-muted">→ {d.pendingLicenseName} ({t("pendingOn", { date: date(d.switchesAt) })})</span>
                        </span>
                      ) : (
                        d.licenseName
                      )
                    ) : (
                      <span className="text-muted">{t("registered", { date: d.switchesAt ? date(d.switchesAt) : "—" })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

