"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-form";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { PreviewResult } from "@/lib/activation-codes";
import type { Verdict } from "@/lib/activation-codes/rules";
import { featureLabel } from "./feature-label";

const VERDICT_TONE: Record<Verdict, BadgeTone> = { upgrade: "success", downgrade: "warning", renewal: "info" };

/** What the code would change: the verdict, the features gained or lost, and the license's fields before and after. */
export function Preview({ preview, pending, onBack, onApply }: { preview: PreviewResult; pending: boolean; onBack: () => void; onApply: () => void }) {
  const t = useTranslations("activationCode");
  const tL = useTranslations("license");
  const tEnums = useTranslations("enums");
  const f = useWorkspaceFormat();
  const headingId = useId();
  const { current, next, same, verdict } = preview;
  const rows: { label: string; current: string; next: string; same: boolean }[] = [
    { label: tL("fields.name"), current: current.name, next: next.name, same: same.name },
    { label: tL("fields.licensingModel"), current: tEnums(`licensingModel.${current.licensingModel}`), next: tEnums(`licensingModel.${next.licensingModel}`), same: same.licensingModel },
    { label: tL("fields.quantity"), current: f.number(current.quantity), next: f.number(next.quantity), same: same.quantity },
    { label: tL("fields.expiresAt"), current: f.date(current.expiresAt), next: f.date(next.expiresAt), same: same.expiresAt },
  ];
  const listed = verdict === "downgrade" ? preview.lost : preview.gained;
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby={headingId} className="flex flex-col gap-3">
        <div className="flex items-center gap-2">
          <h3 id={headingId} className="text-base font-semibold text-ink">
            {t("previewTitle")}
          </h3>
          <Badge tone={VERDICT_TONE[verdict]}>{t(`verdict.${verdict}`)}</Badge>
        </div>
        <p className="text-sm text-muted">{t("previewDescription")}</p>
        <div className={verdict === "downgrade" ? "rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-2.5 text-sm text-warning-ink" : "rounded-md border border-line bg-subtle px-3 py-2.5 text-sm text-ink"} role={verdict === "downgrade" ? "alert" : undefined} aria-label={verdict === "downgrade" ? t("verdict.downgrade") : undefined}>
          <p className="font-medium">{t(`verdictText.${verdict}`)}</p>
          {listed.length ? (
            <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label={verdict === "downgrade" ? t("verdict.downgrade") : t("verdict.upgrade")}>
              {listed.map((feature) => (
                <li key={feature}>
                  <Badge tone={verdict === "downgrade" ? "danger" : "success"}>
                    {verdict === "downgrade" ? "−" : "+"} {featureLabel(feature)}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : null}
          {verdict === "downgrade" ? <p className="mt-2">{t("downgradeWarning")}</p> : null}
          {verdict === "upgrade" && preview.lost.length ? (
            <p className="mt-2 text-warning-ink">
              {t("verdictText.downgrade")} {preview.lost.map(featureLabel).join(", ")}
            </p>
          ) : null}
        </div>
      </section>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("previewTitle")}</caption>
        <thead>
          <tr className="border-b border-line text-left text-xs text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              <span className="sr-only">{tL("details")}</span>
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("current")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("next")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b border-line last:border-0">
              <th scope="row" className="py-2.5 pr-3 text-left font-medium text-muted">
                {r.label}
              </th>
              {r.same ? (
                <td colSpan={2} className="py-2.5 text-ink">
                  {r.current}
                </td>
              ) : (
                <>
                  <td className="py-2.5 pr-3 text-muted">
                    {r.current}
                    <span aria-hidden="true" className="ml-3 text-muted">
                      →
                    </span>
                  </td>
                  <td className="py-2.5 font-medium text-ink">{r.next}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-muted">{t("devicesNote")}</p>
      <DialogActions sticky>
        <Button variant="secondary" onClick={onBack} disabled={pending}>
          {t("back")}
        </Button>
        <Button variant={verdict === "downgrade" ? "danger" : "primary"} onClick={onApply} pending={pending} autoFocus>
          {pending ? t("applying") : t("apply")}
        </Button>
      </DialogActions>
    </div>
  );
}
