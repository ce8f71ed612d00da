"use client";

import Link from "@/components/ui/link";
import { useMemo } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { LicenseStateBadge } from "@/components/licenses/license-state-badge";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { formatDate, formatNumber } from "@/lib/format";
import { LICENSE_STATES } from "@/lib/licenses/rules";
import type { ResellerLicenseFilters, ResellerLicenseRow } from "@/lib/reseller/licenses";

export type LicenseListRow = Omit<ResellerLicenseRow, "termEnd" | "purchasedAt" | "renewedUntil"> & { termEnd: string; purchasedAt: string; renewedUntil: string | null };

const col = dataTableColumns<LicenseListRow>();

const STATES = LICENSE_STATES;
const EXPIRES = [7, 30, 60, 90] as const;

function Filters({
  filters,
  options,
}: {
  filters: ResellerLicenseFilters;
  options: { workspaces: { slug: string; name: string }[]; products: { id: string; name: string }[] };
}) {
  const t = useTranslations("reseller.licenses.filters");
  const tEnums = useTranslations("enums");
  const { update } = useTableUrl();
  const set = (key: string) => (e: React.ChangeEvent<HTMLSelectElement>) => update({ [key]: e.target.value || null, page: null });
  return (
    <div className="flex flex-wrap items-end gap-2" role="group" aria-label={t("label")}>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        {t("workspace")}
        <Select value={filters.workspace ?? ""} onChange={set("workspace")}>
          <option value="">{t("allWorkspaces")}</option>
          {options.workspaces.map((w) => (
            <option key={w.slug} value={w.slug}>
              {w.name}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        {t("product")}
        <Select value={filters.product ?? ""} onChange={set("product")}>
          <option value="">{t("allProducts")}</option>
          {options.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        {t("state")}
        <Select value={filters.state ?? ""} onChange={set("state")}>
          <option value="">{t("allStates")}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {tEnums(`licenseState.${s}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-muted">
        {t("expires")}
        <Select value={filters.expires ? String(filters.expires) : ""} onChange={set("expires")}>
          <option value="">{t("anyTime")}</option>
          {(EXPIRES as readonly number[]).concat(filters.expires && !(EXPIRES as readonly number[]).includes(filters.expires) ? [filters.expires] : []).map((d) => (
            <option key={d} value={d}>
              {t("withinDays", { days: d })}
            </option>
          ))}
        </Select>
      </label>
    </div>
  );
}

function ExportLink({ resellerSlug }: { resellerSlug: string }) {
  const t = useTranslations("reseller.licenses");
  const search = useSearchParams();
  const params = new URLSearchParams(search.toString());
  params.delete("page");
  params.delete("size");
  const qs = params.toString();
  return (
    <a href={`/r/${resellerSlug}/licenses/export${qs ? `?${qs}` : ""}`} className={buttonClass("secondary", "md")} download>
      {t("exportCsv")}
    </a>
  );
}

export function ResellerLicensesTable({
  resellerSlug,
  rows,
  total,
  state,
  filters,
  options,
  pageSizes,
}: {
  resellerSlug: string;
  rows: LicenseListRow[];
  total: number;
  state: DataTableState;
  filters: ResellerLicenseFilters;
  options: { workspaces: { slug: string; name: string }[]; products: { id: string; name: string }[] };
  pageSizes: readonly number[];
}) {
  const t = useTranslations("reseller.licenses");
  const tEnums = useTranslations("enums");
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ row }) => (
            <Link href={`/r/${resellerSlug}/licenses/${row.original.id}`} className="font-medium text-brand-ink underline-offset-2 hover:underline">
              {row.original.name}
            </Link>
          ),
        }),
        col.accessor("workspaceName", {
          id: "workspace",
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.workspace")} />,
        }),
        col.accessor("product", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.product")} />,
        }),
        col.accessor("quantity", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.quantity")} />,
          cell: ({ getValue, row }) => formatNumber(getValue(), row.original.locale),
          meta: { priority: "lg", align: "right" },
        }),
        col.accessor("termEnd", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.termEnd")} />,
          cell: ({ row }) => {
            const r = row.original;
            const left = r.daysLeft;
            // Ended by the clock, even earlier today: never "ends today" beside "Expired".
            const ended = r.state === "expired" || left < 0;
            return (
              <div className="flex flex-col">
                <time dateTime={r.termEnd} className="whitespace-nowrap tabular">
                  {formatDate(r.termEnd, r.locale, r.timeZone)}
                </time>
                {r.renewedUntil ? (
                  <span className="text-xs text-success-ink">{t("renewedUntil", { date: formatDate(r.renewedUntil, r.locale, r.timeZone) })}</span>
                ) : (
                  <span className={ended ? "text-xs text-danger-ink" : left < 30 ? "text-xs text-warning-ink" : "text-xs text-muted"}>
                    {ended ? t("endedDaysAgo", { days: Math.max(0, -left) }) : t("daysLeft", { days: left })}
                  </span>
                )}
              </div>
            );
          },
        }),
        col.accessor("source", {
          meta: { priority: "lg" },
          header: () => <span>{t("columns.source")}</span>,
          cell: ({ getValue }) => tEnums(`licenseSource.${getValue()}`),
          enableSorting: false,
        }),
        col.accessor("state", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.state")} />,
          cell: ({ getValue }) => <LicenseStateBadge state={getValue()} />,
        }),
      ]),
    [t, tEnums, resellerSlug],
  );
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Filters filters={filters} options={options} />
        <ExportLink resellerSlug={resellerSlug} />
      </div>
      <DataTable
        {...listTableProps({ rows, total, state, pageSizes }, t)}
        columns={columns}
        getRowId={(r) => r.id}
      />
    </div>
  );
}
