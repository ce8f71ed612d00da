"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { notify } from "@/components/ui/toast";
import type { BulkJobStatus } from "@/lib/jobs/bulk";
import { bulkJobStatusAction } from "./actions";

const POLL_MS = 1_000;

/**
 * A bulk job's progress ("a tracked operation" to the people reading it, as in the API), followed
 * until it ends; the work runs on the server, so the admin may leave and come back (the product
 * page shows its latest one).
 */
export function BulkJobProgress({ slug, initial, announce = true }: { slug: string; initial: BulkJobStatus; announce?: boolean }) {
  const t = useTranslations("unassign");
  const router = useRouter();
  const [op, setOp] = useState(initial);
  const running = op.status === "queued" || op.status === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const res = await bulkJobStatusAction(slug, op.id);
      if (stopped || !res.ok) return;
      setOp(res.result);
      if (res.result.status === "done" || res.result.status === "failed") {
        if (announce) {
          if (res.result.status === "done") notify.success(t("progress.doneToast", { count: res.result.changed }));
          else notify.error(t("progress.failedToast"));
        }
        router.refresh();
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [running, slug, op.id, announce, router, t]);

  const percent = op.total === 0 ? 100 : Math.round((op.done / op.total) * 100);
  return (
    <div className="rounded-lg border border-line bg-surface p-4" role="status" aria-live="polite">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-ink">
          {running ? t("progress.running", { done: op.done, total: op.total }) : op.status === "done" ? t("progress.done", { count: op.changed, total: op.total }) : t("progress.failed")}
        </span>
        <span className="text-muted">{t("progress.by", { who: op.requestedByLabel })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t("progress.label")}
        aria-valuemin={0}
        aria-valuemax={op.total}
        aria-valuenow={op.done}
        aria-valuetext={t("progress.valueText", { percent })}
        className="mt-3 h-2 overflow-hidden rounded-full bg-subtle"
      >
        <div className={`h-full rounded-full transition-[width] ${op.status === "failed" ? "bg-danger" : "bg-brand"}`} style={{ width: `${percent}%` }} />
      </div>
      {running ? <p className="mt-2 text-xs text-muted">{t("progress.canLeave")}</p> : null}
    </div>
  );
}
