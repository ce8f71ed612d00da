import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TableCard } from "@/components/data-table/table-card";
import { allowed } from "@/lib/access/workspace";
import { runRead } from "@/lib/operations/read";
import { formatDate } from "@/lib/format";
import type { ActivationView } from "@/lib/request-keys/activations";
import { activations as activationsRead } from "@/lib/request-keys/reads";
import { DEMO_REQUEST_KEYS } from "@/lib/request-keys/demo";
import { formatRequestKey, SUPPORT_AFTER_DAYS } from "@/lib/request-keys/rules";
import { workspaceForPage } from "@/lib/workspaces/current";
import { addRequestKeyAction, applyOnlineKeysAction, checkOnlineAction, enterActivationKeyAction } from "./actions";
import { AddRequestKeyButton } from "./add-request-key";
import { CheckOnlineButton } from "./check-online";
import { ManualKeyButton } from "./manual-key";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activations");
  return { title: t("title") };
}

function WarningIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-3.5" fill="currentColor" aria-hidden="true">
      <path d="M8.7 3.2a1.5 1.5 0 0 1 2.6 0l6 10.6A1.5 1.5 0 0 1 16 16H4a1.5 1.5 0 0 1-1.3-2.2l6-10.6ZM9.25 7.5v4h1.5v-4h-1.5Zm0 5.25v1.5h1.5v-1.5h-1.5Z" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-3.5" fill="currentColor" aria-hidden="true">
      <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm3.7 5.8-4.5 5a.75.75 0 0 1-1.1 0l-2-2.2 1.1-1 1.45 1.6 3.95-4.4 1.1 1Z" />
    </svg>
  );
}

export default async function ActivationsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  const ws = ctx.workspace;
  const [rows, t, tRoles] = await Promise.all([
    runRead(ctx, activationsRead),
    getTranslations("activations"),
    getTranslations("roles"),
  ]);
  const canManage = allowed(ctx, "request_key", "create");
  const date = (iso: string) => formatDate(iso, ws.locale, ws.timeZone, "long");
  const overdue = rows.filter((r) => r.status === "overdue");
  const pending = rows.filter((r) => r.status === "provisional" || r.status === "overdue" || r.status === "expired");

  const addButton = (variant: "primary" | "secondary" = "primary") => (
    <AddRequestKeyButton action={addRequestKeyAction.bind(null, ws.slug)} variant={variant} demoKey={ws.isSandbox ? DEMO_REQUEST_KEYS.studio25 : null} />
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          canManage ? (
            <>
              <ManualKeyButton action={enterActivationKeyAction.bind(null, ws.slug)} />
              <CheckOnlineButton
                check={checkOnlineAction.bind(null, ws.slug)}
                apply={applyOnlineKeysAction.bind(null, ws.slug)}
                hasPending={pending.length > 0}
              />
              {addButton()}
            </>
          ) : null
        }
      />

      {!canManage ? (
        <div role="note" className="mb-6 rounded-lg border border-info-ink/20 bg-info-soft px-4 py-3 text-sm text-info-ink">
          <p className="font-medium">{t("readOnly.title")}</p>
          <p className="mt-0.5">{t("readOnly.body", { role: tRoles(ctx.role) })}</p>
        </div>
      ) : null}

      {overdue.length > 0 ? (
        <div role="status" className="mb-6 rounded-lg border border-warning-ink/25 bg-warning-soft px-4 py-3 text-sm text-warning-ink">
          <p className="flex items-center gap-1.5 font-medium">
            <WarningIcon />
            {t("overdue.title", { count: overdue.length, days: SUPPORT_AFTER_DAYS })}
          </p>
          <p className="mt-0.5">{t("overdue.body", { keys: overdue.map((r) => formatRequestKey(r.requestKey ?? "")).join(", ") })}</p>
        </div>
      ) : null}

      <Card title={t("list.title")} titleId="activations-list" description={t("list.description")} bodyClassName="p-0">
        {rows.length === 0 ? (
          <EmptyState title={t("empty.title")} description={t("empty.description")} action={canManage ? addButton("secondary") : null} />
        ) : (
          <TableCard label={t("list.title")}>
            <table className="w-full text-left text-sm" aria-labelledby="activations-list">
              <thead className="border-b border-line bg-subtle text-xs font-semibold tracking-wide text-muted uppercase">
                <tr>
                  <th scope="col" className="px-5 py-2.5">{t("columns.key")}</th>
                  <th scope="col" className="px-5 py-2.5">{t("columns.module")}</th>
                  <th scope="col" className="px-5 py-2.5">{t("columns.status")}</th>
                  <th scope="col" className="px-5 py-2.5">{t("columns.validity")}</th>
                  <th scope="col" className="px-5 py-2.5">{t("columns.entered")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {rows.map((r) => (
                  <ActivationRow key={r.id} row={r} date={date} t={t} />
                ))}
              </tbody>
            </table>
          </TableCard>
        )}
      </Card>

      <Card title={t("help.title")} titleId="activations-help" className="mt-6">
        <ul className="list-disc space-y-1.5 pl-5 text-sm text-muted">
          <li>{t("help.requestKey")}</li>
          <li>{t("help.provisional")}</li>
          <li>{t("help.checkOnline")}</li>
          <li>{t("help.manual")}</li>
        </ul>
      </Card>
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"activations">>>;

function ActivationRow({ row: r, date, t }: { row: ActivationView; date: (iso: string) => string; t: T }) {
  return (
    <tr className="align-top">
      <th scope="row" className="px-5 py-3 font-normal">
        {r.requestKey ? (
          <span className="font-mono text-ink tabular-nums">{formatRequestKey(r.requestKey)}</span>
        ) : (
          <span className="text-ink">{r.testKey ? t("row.testKey") : t("row.manualKey")}</span>
        )}
        {r.keyId ? <span className="mt-0.5 block text-xs text-muted">{t("row.keyId", { id: r.keyId })}</span> : null}
      </th>
      <td className="px-5 py-3 text-ink">
        {r.productName ?? "—"}
        {r.quantity !== null ? <span className="block text-xs text-muted">{t("row.seats", { count: r.quantity })}</span> : null}
      </td>
      <td className="px-5 py-3">
        {r.status === "activated" ? (
          <Badge tone="success">
            <CheckIcon />
            {t("status.activated")}
          </Badge>
        ) : r.status === "expired" ? (
          <Badge tone="danger">{t("status.expired")}</Badge>
        ) : (
          <Badge tone="warning" title={t("status.provisionalHint")}>
            <WarningIcon />
            {r.status === "overdue" ? t("status.overdue") : t("status.provisional")}
          </Badge>
        )}
        {r.via ? <span className="mt-1 block text-xs text-muted">{r.via === "online" ? t("row.viaOnline") : t("row.viaManual")}</span> : null}
      </td>
      <td className="px-5 py-3 text-ink">
        {r.status === "activated" ? (
          <>
            <span className="block">{t("row.updateServiceUntil", { date: date(r.updateServiceUntil!) })}</span>
            {r.termEnd ? <span className="block text-xs text-muted">{t("row.termEnd", { date: date(r.termEnd) })}</span> : null}
          </>
        ) : r.status === "expired" ? (
          <span className="block">{t("row.expiredOn", { date: date(r.provisionalUntil) })}</span>
        ) : (
          <>
            <span className="block">{t("row.provisionalUntil", { date: date(r.provisionalUntil) })}</span>
            {r.finalReadyAt ? <span className="block text-xs text-muted">{t("row.finalExpected", { date: date(r.finalReadyAt) })}</span> : null}
          </>
        )}
      </td>
      <td className="px-5 py-3 text-muted">{date(r.enteredAt)}</td>
    </tr>
  );
}
