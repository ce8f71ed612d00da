"use client";

import { useId, useState, useTransition } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { notify } from "@/components/ui/toast";
import type { CsvRowError, ImportPlanRow } from "@/lib/directory/rules";
import type { FormState } from "@/lib/operations/form";
import type { ImportResult, PreviewState } from "./actions";

type Preview = (csv: string) => Promise<PreviewState>;
type Apply = (prev: FormState<ImportResult>, formData: FormData) => Promise<FormState<ImportResult>>;

const OUTCOME_TONE: Record<ImportPlanRow["outcome"]["kind"], BadgeTone> = { create: "success", skipExisting: "neutral", skipDuplicate: "neutral" };

/**
 * Upload or paste, preview what will change (new users, existing e-mails skipped, each bad row
 * with its line and reason), then import in one transaction. Editing the text drops the preview,
 * so what is imported is always what was previewed.
 */
export function ImportForm({ preview, apply, usersHref, maxRows }: { preview: Preview; apply: Apply; usersHref: string; maxRows: number }) {
  const t = useTranslations("usersImport");
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [text, setText] = useState("");
  const [state, setState] = useState<{ preview: PreviewState; text: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const [previewing, startPreview] = useTransition();
  const [applying, startApply] = useTransition();
  const current = state && state.text === text ? state.preview : null;
  const plan = current?.status === "ok" ? current.plan : null;

  function runPreview(csv: string) {
    startPreview(async () => {
      const p = await preview(csv);
      setState({ preview: p, text: csv });
    });
  }

  function change(next: string) {
    setText(next);
    setResult(null);
    setKey(newIdempotencyKey());
  }

  function errorText(e: CsvRowError) {
    switch (e.code) {
      case "columns":
        return t("error.columns", { count: Number(e.detail ?? 0) });
      case "email":
        return t("error.email", { email: String(e.detail ?? "") });
      default:
        return t(`error.${e.code}`);
    }
  }

  function outcomeText(r: ImportPlanRow) {
    switch (r.outcome.kind) {
      case "create":
        return t("outcome.create");
      case "skipExisting":
        return r.outcome.existingName === r.name ? t("outcome.skipExisting") : t("outcome.skipExistingNamed", { name: r.outcome.existingName });
      case "skipDuplicate":
        return t("outcome.skipDuplicate", { line: r.outcome.firstLine });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <form
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) runPreview(text);
          }}
        >
          <p className="text-sm text-muted">{t("format", { max: maxRows })}</p>
          <Field id={`${id}-file`} label={t("file")} hint={t("fileHint")}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv,text/plain"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (file) change(await file.text());
                }}
                className="text-sm text-ink file:mr-3 file:rounded-md file:border file:border-line-strong file:bg-surface file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-ink hover:file:bg-subtle"
              />
            )}
          </Field>
          <Field id={`${id}-text`} label={t("text")} hint={t("textHint")}>
            {(control) => (
              <textarea
                {...control}
                value={text}
                onChange={(e) => change(e.target.value)}
                rows={8}
                spellCheck={false}
                placeholder={t("textPlaceholder")}
                className="w-full rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm text-ink shadow-card placeholder:text-faint focus-visible:outline-2 focus-visible:outline-brand"
              />
            )}
          </Field>
          <div>
            <Button type="submit" variant="secondary" pending={previewing} disabled={!text.trim()}>
              {previewing ? t("previewing") : t("preview")}
            </Button>
          </div>
        </form>
      </Card>

      {current?.status === "error" ? (
        <p role="alert" className="rounded-md border border-danger/30 bg-danger-soft px-4 py-3 text-sm text-danger-ink">
          {current.message}
        </p>
      ) : null}

      {result ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-success-ink/25 bg-success-soft px-4 py-3 text-sm text-success-ink">
          <span>{t("applied", { created: result.created, skipped: result.skipped })}</span>
          <Link href={usersHref} className={buttonClass("secondary", "sm")}>
            {t("back")}
          </Link>
        </div>
      ) : null}

      {plan ? (
        <Card title={t("previewTitle")} titleId={`${id}-preview`} bodyClassName="p-0">
          <p role="status" className="border-b border-line px-5 py-3 text-sm text-ink">
            {t("summary", { create: plan.counts.create, skip: plan.counts.skip, errors: plan.counts.errors })}
          </p>
          {plan.errors.length ? (
            <section aria-labelledby={`${id}-errors`} className="border-b border-line px-5 py-3">
              <h3 id={`${id}-errors`} className="text-sm font-semibold text-danger-ink">
                {t("errorsTitle")}
              </h3>
              <p className="mb-2 text-xs text-muted">{t("errorsNote")}</p>
              <ul className="flex flex-col gap-1 text-sm">
                {plan.errors.map((e) => (
                  <li key={e.line} className="flex flex-wrap gap-x-2">
                    <span className="font-medium text-ink tabular">
                      {t("columns.line")} {e.line}:
                    </span>
                    <span className="text-danger-ink">{errorText(e)}</span>
                    <code className="truncate text-xs text-muted">{e.raw}</code>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {plan.rows.length ? (
            <div className="max-h-[28rem] overflow-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("previewTitle")}</caption>
                <thead className="sticky top-0 bg-subtle">
                  <tr className="border-b border-line text-xs tracking-wide text-muted uppercase">
                    <th scope="col" className="px-5 py-2 text-right font-semibold">
                      {t("columns.line")}
                    </th>
                    <th scope="col" className="px-4 py-2 text-left font-semibold">
                      {t("columns.name")}
                    </th>
                    <th scope="col" className="px-4 py-2 text-left font-semibold">
                      {t("columns.email")}
                    </th>
                    <th scope="col" className="px-5 py-2 text-left font-semibold">
                      {t("columns.outcome")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.rows.map((r) => (
                    <tr key={r.line} className="border-b border-line last:border-b-0">
                      <td className="px-5 py-2 text-right text-muted tabular">{r.line}</td>
                      <td className="px-4 py-2 text-ink">{r.name}</td>
                      <td className="px-4 py-2 text-ink">{r.email}</td>
                      <td className="px-5 py-2">
                        <Badge tone={OUTCOME_TONE[r.outcome.kind]}>{outcomeText(r)}</Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-line bg-subtle px-5 py-3">
            {plan.counts.create === 0 ? <p className="mr-auto text-sm text-muted">{t("nothing")}</p> : null}
            <Button
              pending={applying}
              disabled={plan.counts.create === 0}
              onClick={() =>
                startApply(async () => {
                  const fd = new FormData();
                  fd.set("idempotencyKey", key);
                  fd.set("csv", text);
                  const res = await apply({ status: "idle" }, fd);
                  if (res.status === "success") {
                    setResult(res.result);
                    notify.success(t("applied", { created: res.result.created, skipped: res.result.skipped }));
                    setKey(newIdempotencyKey());
                    // Show the directory as it now stands: the same file would change nothing.
                    runPreview(text);
                  } else if (res.status === "error") {
                    notify.error(t("failed"), res.message);
                  }
                })
              }
            >
              {applying ? t("applying") : t("apply", { count: plan.counts.create })}
            </Button>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
