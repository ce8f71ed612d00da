"use client";

import { useMemo, useState, useTransition } from "react";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { listTableProps } from "@/components/data-table/list-table-props";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableColumns, type DataTableState } from "@/components/data-table/features";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { notify } from "@/components/ui/toast";
import { useWorkspace, useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { DeviceRow, SwitchResult } from "@/lib/devices";
import type { FormState } from "@/lib/operations/form";

export type DeviceTableRow = {
  id: string;
  name: string;
  platform: DeviceRow["platform"];
  activationId: string | null;
  licenseId: string | null;
  licenseName: string | null;
  licenseExpiresAt: string | null;
  pendingLicenseId: string | null;
  pendingLicenseName: string | null;
  switchesAt: string | null;
};

type SwitchAction = (slug: string, fd: FormData) => Promise<FormState<SwitchResult>>;

const col = dataTableColumns<DeviceTableRow>();

export function DevicesTable({
  rows,
  total,
  state,
  pageSizes,
  canSwitch,
  switchNow,
}: {
  rows: DeviceTableRow[];
  total: number;
  state: DataTableState;
  pageSizes: readonly number[];
  canSwitch: boolean;
  switchNow: SwitchAction;
}) {
  const t = useTranslations("devices");
  const tEnums = useTranslations("enums");
  const f = useWorkspaceFormat();
  const { slug } = useWorkspace();
  const [confirming, setConfirming] = useState<DeviceTableRow | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.name")} />,
          cell: ({ getValue }) => <span className="font-medium text-ink">{getValue()}</span>,
        }),
        col.accessor("platform", {
          meta: { priority: "md" },
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.platform")} />,
          cell: ({ getValue }) => tEnums(`platform.${getValue()}`),
        }),
        col.accessor("licenseName", {
          id: "license",
          header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.license")} />,
          cell: ({ row }) =>
            row.original.licenseId ? (
              <Link href={`/w/${slug}/licenses/${row.original.licenseId}`} className="text-brand-ink hover:underline">
                {row.original.licenseName}
              </Link>
            ) : (
              <span className="text-faint">{t("noLicense")}</span>
            ),
        }),
        col.accessor("pendingLicenseName", {
          meta: { priority: "lg" },
          id: "pending",
          enableSorting: false,
          header: () => t("columns.pending"),
          cell: ({ row }) =>
            row.original.pendingLicenseId ? (
              <span className="flex flex-col">
                <Link href={`/w/${slug}/licenses/${row.original.pendingLicenseId}`} className="text-brand-ink hover:underline">
                  {row.original.pendingLicenseName}
                </Link>
                {row.original.switchesAt ? (
                  <span className="text-xs text-muted">{t("pendingUntil", { date: f.date(row.original.switchesAt) })}</span>
                ) : null}
              </span>
            ) : (
              <span className="text-faint">—</span>
            ),
        }),
        col.display({
          id: "actions",
          enableSorting: false,
          header: () => <span className="sr-only">{t("columns.actions")}</span>,
          cell: ({ row }) =>
            canSwitch && row.original.pendingLicenseId ? (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => setConfirming(row.original)}
                aria-label={t("switchNowLabel", { name: row.original.name, license: row.original.pendingLicenseName ?? "" })}
              >
                {t("switchNow")}
              </Button>
            ) : null,
          meta: { align: "right" },
        }),
      ]),
    [t, tEnums, f, slug, canSwitch],
  );

  return (
    <>
      <DataTable
        {...listTableProps({ rows, total, state, pageSizes }, t)}
        columns={columns}
        getRowId={(r) => `${r.id}:${r.activationId ?? "-"}`}
      />
      <ConfirmDialog
        open={confirming !== null}
        onCancel={() => setConfirming(null)}
        tone="primary"
        pending={pending}
        title={t("switchTitle")}
        description={
          confirming
            ? t("switchDescription", { name: confirming.name, from: confirming.licenseName ?? "", to: confirming.pendingLicenseName ?? "" })
            : undefined
        }
        confirmLabel={pending ? t("switching") : t("switchNow")}
        onConfirm={() => {
          const device = confirming;
          if (!device) return;
          const fd = new FormData();
          fd.set("hostId", device.id);
          startTransition(async () => {
            const res = await switchNow(slug, fd);
            if (res.status === "success") {
              notify.success(t("switched", { name: device.name, license: device.pendingLicenseName ?? "" }));
              setConfirming(null);
              router.refresh();
            } else if (res.status === "error") {
              notify.error(t("switchFailed"), res.message);
              setConfirming(null);
            }
          });
        }}
      />
    </>
  );
}
