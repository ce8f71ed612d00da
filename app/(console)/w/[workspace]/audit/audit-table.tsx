"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import { KeysetPagination } from "@/components/data-table/keyset-pagination";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { AuditRow } from "@/lib/audit/queries";
import { isKnownAction, isKnownSubject, type ActorKind } from "@/lib/audit/vocabulary";

const col = dataTableColumns<AuditRow>();
const KIND_TONE: Record<ActorKind, BadgeTone> = { person: "neutral", token: "info", job: "brand" };
/** The table's state for DataTable: a keyset list has no sort to choose and no page number. */
const STATE = { page: 1, size: 50, sort: "occurredAt", dir: "desc", q: "" } as const;

/** An action's words: the vocabulary's label, a timed job's kind, else the code itself. */
function useActionLabel() {
  const t = useTranslations("audit");
  return (action: string) => (isKnownAction(action) ? t(`actions.${action}`) : action.startsWith("job.") ? t("jobAction", { kind: action.slice(4) }) : action);
}

/**
 * Who, in a table cell: an API token's address (token-<uuid>@api-tokens.invalid) is long and says
 * little, so the list names the token by its id's first block; the drawer and exports keep it whole.
 */
function useActorLabel() {
  const t = useTranslations("audit");
  return (row: AuditRow) => (row.actorKind === "token" ? t("tokenActor", { id: row.actorLabel.slice("token-".length, "token-".length + 8) }) : row.actorLabel);
}

function useSubjectLabel() {
  const t = useTranslations("audit");
  return (kind: string) => (isKnownSubject(kind) ? t(`subjects.${kind}`) : kind);
}

export function AuditTable({ rows, filtered, newer, older, exports }: { rows: AuditRow[]; filtered: boolean; newer: string | null; older: string | null; exports: { csv: string; jsonl: string } }) {
  const t = useTranslations("audit");
  const f = useWorkspaceFormat();
  const actionLabel = useActionLabel();
  const subjectLabel = useSubjectLabel();
  const actorLabel = useActorLabel();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = openId ? (rows.find((r) => r.id === openId) ?? null) : null;

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("occurredAt", {
          header: () => t("columns.when"),
          enableSorting: false,
          cell: (c) => (
            <time dateTime={c.getValue()} className="whitespace-nowrap tabular">
              {f.dateTime(new Date(c.getValue()))}
            </time>
          ),
        }),
        col.accessor("actorLabel", {
          header: () => t("columns.who"),
          enableSorting: false,
          cell: (c) => (
            <span className="flex flex-wrap items-center gap-1.5">
              <Badge tone={KIND_TONE[c.row.original.actorKind]}>{t(`actorKinds.${c.row.original.actorKind}`)}</Badge>
              <span className="break-words" title={c.getValue()}>
                {actorLabel(c.row.original)}
              </span>
            </span>
          ),
        }),
        col.accessor("action", { header: () => t("columns.what"), enableSorting: false, cell: (c) => actionLabel(c.getValue()) }),
        col.accessor("subjectType", {
          meta: { priority: "md" },
          header: () => t("columns.subject"),
          enableSorting: false,
          cell: (c) => (
            <span>
              {subjectLabel(c.getValue())}
              {c.row.original.subjectId ? <code className="ml-1.5 font-mono text-xs text-muted">{shortId(c.row.original.subjectId)}</code> : null}
            </span>
          ),
        }),
        col.display({
          id: "details",
          header: () => <span className="sr-only">{t("columns.details")}</span>,
          meta: { align: "right" },
          cell: (c) => (
            <Button variant="secondary" size="sm" onClick={() => setOpenId(c.row.original.id)} aria-label={t("detailsFor", { action: actionLabel(c.row.original.action), when: f.dateTime(new Date(c.row.original.occurredAt)) })}>
              {t("details")}
            </Button>
          ),
        }),
      ]),
    [t, f, actionLabel, subjectLabel, actorLabel],
  );

  return (
    <>
      <DataTable
        columns={columns}
        data={rows}
        total={rows.length}
        state={STATE}
        pageSizes={[STATE.size]}
        label={t("tableLabel")}
        empty={{ title: t("emptyTitle"), description: t("emptyDescription") }}
        emptyFiltered={filtered ? { title: t("emptyFilteredTitle"), description: t("emptyFilteredDescription") } : undefined}
        getRowId={(r) => r.id}
        actions={
          <>
            <span className="text-sm text-muted">{t("export.label")}</span>
            <a href={exports.csv} className={buttonClass("secondary", "sm")} download>
              {t("export.csv")}
            </a>
            <a href={exports.jsonl} className={buttonClass("secondary", "sm")} download>
              {t("export.jsonl")}
            </a>
          </>
        }
        keyset={<KeysetPagination newer={newer} older={older} />}
      />
      <Dialog open={open !== null} onClose={() => setOpenId(null)} size="lg" title={open ? actionLabel(open.action) : ""} description={open ? <code className="font-mono text-xs">{open.action}</code> : undefined}>
        {open ? <EventDetails event={open} subjectLabel={subjectLabel} /> : null}
      </Dialog>
    </>
  );
}

/** A uuid's first block is enough to tell rows apart in a list; the drawer shows it whole. */
const shortId = (id: string) => (/^[0-9a-f]{8}-/.test(id) ? id.slice(0, 8) : id);

const ISO_MOMENT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** A value of an event's data as text: a moment in the workspace's format, anything else as recorded. */
const show = (v: unknown, f: { dateTime: (d: Date) => string }) =>
  v === null || v === undefined ? "—" : typeof v === "string" ? (ISO_MOMENT.test(v) ? f.dateTime(new Date(v)) : v) : JSON.stringify(v);

/** The two sides of a change in an event's data: before/after, or from/to (the clock). */
function changeOf(data: Record<string, unknown>): { keys: [string, string]; before: unknown; after: unknown } | null {
  for (const keys of [["before", "after"], ["from", "to"]] as [string, string][]) {
    if (keys[0] in data && keys[1] in data) return { keys, before: data[keys[0]], after: data[keys[1]] };
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function EventDetails({ event, subjectLabel }: { event: AuditRow; subjectLabel: (kind: string) => string }) {
  const t = useTranslations("audit.drawer");
  const tKinds = useTranslations("audit.actorKinds");
  const f = useWorkspaceFormat();
  const change = changeOf(event.data);
  const rest = Object.entries(event.data).filter(([k]) => !change?.keys.includes(k));
  const fields = change && isRecord(change.before) && isRecord(change.after) ? [...new Set([...Object.keys(change.before), ...Object.keys(change.after)])] : null;
  const moment = (iso: string) => (
    <time dateTime={iso} title={iso} className="tabular">
      {f.dateTime(new Date(iso))}
    </time>
  );

  return (
    <div className="space-y-5 text-sm">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">{t("who")}</dt>
        <dd className="break-all text-ink">
          {tKinds(event.actorKind)} · {event.actorLabel}
        </dd>
        <dt className="text-muted">{t("subject")}</dt>
        <dd className="break-all text-ink">
          {subjectLabel(event.subjectType)}
          {event.subjectId ? <code className="ml-1.5 font-mono text-xs">{event.subjectId}</code> : null}
        </dd>
        <dt className="text-muted">{t("occurred")}</dt>
        <dd className="text-ink">{moment(event.occurredAt)}</dd>
        <dt className="text-muted">{t("recorded")}</dt>
        <dd className="text-ink">{moment(event.recordedAt)}</dd>
        <dt className="text-muted">{t("id")}</dt>
        <dd>
          <code className="font-mono text-xs">{event.id}</code>
        </dd>
      </dl>

      {change ? (
        <section aria-label={t("change")}>
          <h3 className="mb-2 font-semibold text-ink">{t("change")}</h3>
          {fields ? (
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-line text-xs text-muted uppercase">
                  <th scope="col" className="py-1.5 pr-3 font-semibold">{t("field")}</th>
                  <th scope="col" className="py-1.5 pr-3 font-semibold">{t("before")}</th>
                  <th scope="col" className="py-1.5 font-semibold">{t("after")}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((k) => (
                  <tr key={k} className="border-b border-line last:border-b-0">
                    <th scope="row" className="py-1.5 pr-3 font-mono text-xs font-normal">{k}</th>
                    <td className="py-1.5 pr-3 break-all text-muted">{show((change.before as Record<string, unknown>)[k], f)}</td>
                    <td className="py-1.5 break-all text-ink">{show((change.after as Record<string, unknown>)[k], f)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="break-all">
              <span className="text-muted">{show(change.before, f)}</span> → <span className="text-ink">{show(change.after, f)}</span>
            </p>
          )}
        </section>
      ) : null}

      <section aria-label={t("data")}>
        <h3 className="mb-2 font-semibold text-ink">{t("data")}</h3>
        {rest.length === 0 ? (
          <p className="text-muted">{change ? t("nothingElse") : t("noData")}</p>
        ) : (
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
            {rest.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono text-xs text-muted">{k}</dt>
                <dd className="break-all text-ink">{isRecord(v) || Array.isArray(v) ? <pre className="font-mono text-xs whitespace-pre-wrap">{JSON.stringify(v, null, 2)}</pre> : show(v, f)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
