import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { TableCard } from "@/components/data-table/table-card";
import { allowed } from "@/lib/access/workspace";
import { AppError } from "@/lib/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import { isUnusable, type HostState, type ResetDecision } from "@/lib/hosts";
import { hostExists } from "@/lib/hosts/queries";
import { host as hostRead } from "@/lib/hosts/reads";
import { runRead } from "@/lib/operations/read";
import { CONTACT_AFTER_WORKING_DAYS } from "@/lib/hosts/rules";
import { requireInWorkspace } from "@/lib/workspaces/current";
import { reportUnusable } from "./actions";
import { ReportUnusable } from "./report-dialog";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("hostDetails");
  return { title: t("title") };
}

const STATE_TONE: Record<HostState, BadgeTone> = { active: "success", unusable: "neutral", reset_requested: "warning", removed: "neutral" };
const DECISION_TONE: Record<ResetDecision, BadgeTone> = { pending: "warning", approved: "success", denied: "danger" };

/** A host's details: its location, activations by license, and its reset request (seed 000). */
export default async function HostDetailsPage({ params }: { params: Promise<{ workspace: string; hostId: string }> }) {
  const { workspace: slug, hostId } = await params;
  // The layout has answered 404 for an id that is not this workspace's host: its answer, awaited
  // (not repeated), so its transaction ends before ours opens.
  const ctx = await requireInWorkspace(slug, hostId, "host", hostExists);
  let host;
  try {
    host = await runRead(ctx, hostRead.with(hostId));
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
  const [t, tEnums, tCommon, tRequests] = await Promise.all([
    getTranslations("hostDetails"),
    getTranslations("enums"),
    getTranslations("common"),
    getTranslations("resetRequests"),
  ]);
  const { locale, timeZone } = ctx.workspace;
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, timeZone) : tCommon("never"));
  const stateLabel = tEnums(`hostState.${host.state}`);
  const mayReport = allowed(ctx, "reset_request", "create") && host.state !== "removed";
  const held = host.activations.filter((a) => a.activations > 0);

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-3 text-sm">
        <Link href={`/w/${slug}/hosts`} className="font-medium text-brand-ink underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <PageHeader
        title={host.name}
        description={t("subtitle", { platform: tEnums(`platform.${host.platform}`) })}
        actions={
          mayReport ? (
            <ReportUnusable
              available={host.canReport}
              action={reportUnusable.bind(null, slug)}
              location={{
                hostId: host.id,
                name: host.name,
                platform: tEnums(`platform.${host.platform}`),
                lastSeen: when(host.lastSeenAt),
                licenses: held.map((a) => ({ license: a.licenseName, publisher: a.publisherName })),
              }}
            />
          ) : null
        }
      />
      {isUnusable(host.state) || host.state === "removed" ? (
        <p className="mb-6 rounded-md border border-line-strong bg-subtle px-4 py-3 text-sm text-muted">
          {host.state === "removed" ? t("removedNotice") : host.state === "reset_requested"
              ? t("resetRequestedNotice")
              : host.request?.items.some((i) => i.decision === "denied")
                ? t("deniedNotice")
                : t("unusableNotice")}
        </p>
      ) : null}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Card title={t("locationTitle")} titleId="host-location-title">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 break-words gap-y-2 text-sm">
            <dt className="text-muted">{t("name")}</dt>
            <dd className="font-medium text-ink">{host.name}</dd>
            <dt className="text-muted">{t("platform")}</dt>
            <dd className="text-ink">{tEnums(`platform.${host.platform}`)}</dd>
            <dt className="text-muted">{t("lastSeen")}</dt>
            <dd className="text-ink">{when(host.lastSeenAt)}</dd>
            <dt className="text-muted">{t("activationLocation")}</dt>
            <dd data-testid="activation-location">
              <Badge tone={STATE_TONE[host.state]}>{stateLabel}</Badge>
            </dd>
          </dl>
        </Card>
        <Card title={t("activationsTitle")} titleId="host-activations-title" bodyClassName="p-0">
          {host.activations.length === 0 ? (
            <p className="px-5 py-4 text-sm text-muted">{t("noActivations")}</p>
          ) : (
            <TableCard label={t("activationsTitle")}>
              <table className="w-full text-sm" aria-labelledby="host-activations-title">
                <thead className="bg-subtle text-left text-xs font-semibold tracking-wide text-muted uppercase">
                  <tr>
                    <th scope="col" className="px-5 py-2">{t("columns.license")}</th>
                    <th scope="col" className="px-3 py-2">{t("columns.publisher")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("columns.activations")}</th>
                    <th scope="col" className="px-5 py-2">{t("columns.status")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {host.activations.map((a) => (
                    <tr key={a.licenseId}>
                      <th scope="row" className="px-5 py-2.5 text-left font-medium text-ink">{a.licenseName}</th>
                      <td className="px-3 py-2.5 text-muted">{a.publisherName}</td>
                      <td className="px-3 py-2.5 text-right tabular-nums">{formatNumber(a.activations, locale)}</td>
                      <td className="px-5 py-2.5 text-muted">
                        {a.releasedAt ? t("releasedOn", { when: when(a.releasedAt) }) : t("activatedOn", { when: when(a.activatedAt) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableCard>
          )}
        </Card>
      </div>
      {host.request ? (
        <Card
          className="mt-6"
          title={tRequests("title")}
          titleId="reset-request-title"
          description={tRequests("requestedBy", { when: when(host.request.requestedAt), who: host.request.requestedBy ?? tRequests("someone") })}
          bodyClassName="p-0"
        >
          <div className="border-b border-line px-5 py-3 text-sm">
            <span className="text-muted">{tRequests("reason")}: </span>
            <span className="whitespace-pre-wrap text-ink">{host.request.reason}</span>
          </div>
          <ul aria-labelledby="reset-request-title" className="divide-y divide-line">
            {host.request.items.map((i) => (
              <li key={i.id} className="flex flex-wrap items-start gap-x-4 gap-y-1 px-5 py-3 text-sm" aria-label={tRequests("itemLabel", { license: i.licenseName, publisher: i.publisherName })}>
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-ink">{i.licenseName}</p>
                  <p className="text-muted">{i.publisherName}</p>
                  {i.note ? <p className="mt-1 text-ink">{tRequests("note", { note: i.note })}</p> : null}
                  {i.contactPublisher ? (
                    <p className="mt-1 text-warning-ink">{tRequests("contactPublisher", { publisher: i.publisherName, days: CONTACT_AFTER_WORKING_DAYS })}</p>
                  ) : null}
                </div>
                <div className="flex flex-col items-end gap-1">
                  <Badge tone={DECISION_TONE[i.decision]}>{tRequests(`decisions.${i.decision}`)}</Badge>
                  {i.decidedAt ? <span className="text-xs text-muted">{when(i.decidedAt)}</span> : null}
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
