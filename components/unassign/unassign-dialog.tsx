"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { Spinner } from "@/components/ui/spinner";
import { notify } from "@/components/ui/toast";
import type { BulkJobStatus } from "@/lib/jobs/bulk";
import type { UnassignPreviewResult, UnassignSelection } from "@/lib/seats/selection";
import { bulkJobStatusAction, previewUnassignAction, unassignUsersAction } from "./actions";
import { BulkJobProgress } from "./bulk-job-progress";

const LIST_SHOWN = 8;

/**
 * Unassign with the effect shown first (seed 003): the shortage before → after, who leaves the
 * Requires renewal list and that everybody's data stays. One idempotency key per opening, so a
 * double-clicked confirm unassigns once. Large selections continue as a bulk job.
 */
export function UnassignDialog({
  slug,
  productId,
  productName,
  selection,
  open,
  onClose,
  onDone,
}: {
  slug: string;
  productId: string;
  productName: string;
  selection: UnassignSelection;
  open: boolean;
  onClose: () => void;
  /** After a finished (or started) change, e.g. to clear the selection. */
  onDone?: () => void;
}) {
  const t = useTranslations("unassign");
  const router = useRouter();
  const [preview, setPreview] = useState<UnassignPreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [operation, setOperation] = useState<BulkJobStatus | null>(null);
  const key = useMemo(() => (open ? newIdempotencyKey() : ""), [open]);
  const input = useMemo(() => ({ productId, ...selection }), [productId, selection]);

  // A new opening (or a new selection while open) starts from a blank preview.
  const [askedFor, setAskedFor] = useState<{ slug: string; input: typeof input } | null>(null);
  if (open && (askedFor?.slug !== slug || askedFor.input !== input)) {
    setAskedFor({ slug, input });
    setPreview(null);
    setError(null);
    setOperation(null);
  } else if (!open && askedFor) {
    setAskedFor(null);
  }

  useEffect(() => {
    if (!open) return;
    let live = true;
    previewUnassignAction(slug, input).then((res) => {
      if (!live) return;
      if (res.ok) setPreview(res.result);
      else setError(res.message);
    });
    return () => {
      live = false;
    };
  }, [open, slug, input]);

  async function confirm() {
    setPending(true);
    const res = await unassignUsersAction(slug, input, key);
    setPending(false);
    if (!res.ok) {
      setError(res.message);
      return;
    }
    onDone?.();
    if (res.result.operationId) {
      const status = await bulkJobStatusAction(slug, res.result.operationId);
      if (status.ok) setOperation(status.result);
      // The page behind shows the operation too, so closing this dialog keeps it in view.
      router.refresh();
      return;
    }
    notify.success(t("doneToast", { count: res.result.unassigned, product: productName }));
    router.refresh();
    onClose();
  }

  const count = preview?.unassigned ?? 0;
  const shown = preview?.leavingList.slice(0, LIST_SHOWN) ?? [];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      busy={pending}
      role="alertdialog"
      title={operation ? t("trackedTitle") : t("title", { product: productName })}
      footer={
        operation ? (
          <Button variant="secondary" onClick={onClose}>
            {t("close")}
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose} disabled={pending} autoFocus>
              {t("cancel")}
            </Button>
            <Button variant="danger" onClick={confirm} pending={pending} disabled={!preview || count === 0}>
              {t("confirm", { count })}
            </Button>
          </>
        )
      }
    >
      {operation ? (
        <BulkJobProgress slug={slug} initial={operation} />
      ) : error ? (
        <p role="alert" className="text-sm text-danger-ink">
          {error}
        </p>
      ) : !preview ? (
        <p className="flex items-center gap-2 text-sm text-muted">
          <Spinner /> {t("previewLoading")}
        </p>
      ) : (
        <div className="space-y-4 text-sm">
          <p className="text-ink">{t("summary", { count, product: productName })}</p>
          {preview.withoutSeat > 0 ? <p className="text-muted">{t("withoutSeat", { count: preview.withoutSeat })}</p> : null}
          <dl className="grid grid-cols-2 gap-3">
            <div className="rounded-md border border-line p-3">
              <dt className="text-xs text-muted">{t("shortage")}</dt>
              <dd className="mt-1 text-lg font-semibold text-ink tabular-nums" aria-label={t("shortageChange", { before: preview.shortageBefore, after: preview.shortageAfter })}>
                {preview.shortageBefore} → {preview.shortageAfter}
              </dd>
            </div>
            <div className="rounded-md border border-line p-3">
              <dt className="text-xs text-muted">{t("requiresRenewal")}</dt>
              <dd className="mt-1 text-lg font-semibold text-ink tabular-nums" aria-label={t("listChange", { before: preview.listBefore, after: preview.listAfter })}>
                {preview.listBefore} → {preview.listAfter}
              </dd>
            </div>
          </dl>
          {preview.leavingList.length > 0 ? (
            <div>
              <p className="font-medium text-ink">{t("leavingTitle", { count: preview.leavingList.length })}</p>
              <ul className="mt-2 divide-y divide-line rounded-md border border-line" aria-label={t("leavingTitle", { count: preview.leavingList.length })}>
                {shown.map((u) => (
                  <li key={u.userId} className="flex flex-wrap items-baseline justify-between gap-x-3 px-3 py-2">
                    <span className="text-ink">
                      {u.name} <span className="text-muted">{u.email}</span>
                    </span>
                    <span className="text-xs text-muted">{u.unassigned ? t("leavingUnassigned") : t("leavingDropped")}</span>
                  </li>
                ))}
              </ul>
              {preview.leavingList.length > LIST_SHOWN ? <p className="mt-1 text-xs text-muted">{t("andMore", { count: preview.leavingList.length - LIST_SHOWN })}</p> : null}
            </div>
          ) : null}
          {preview.tracked ? <p className="text-muted">{t("trackedHint")}</p> : null}
          <p className="rounded-md bg-info-soft px-3 py-2 text-info-ink">{t("dataStays")}</p>
        </div>
      )}
    </Dialog>
  );
}
