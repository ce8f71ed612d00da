"use client";

import Form from "next/form";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { buttonClass } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Option = { value: string; label: string };

/**
 * The audit log's filters as a GET form (next/form: a client-side navigation to ?actor=…&action=…,
 * a plain page load without JavaScript). Submitting drops the page's cursor: a new filter starts
 * at the newest event. Blank fields are dropped by the page.
 */
export function AuditFilters({ values, invalid, actions, subjects }: { values: Record<string, string>; invalid: string[]; actions: Option[]; subjects: Option[] }) {
  const t = useTranslations("audit.filters");
  const pathname = usePathname();
  const alertId = `audit-filter-error-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const error = (name: string) => (invalid.includes(name) ? t("invalidField") : null);
  // A different key per URL: the form's uncontrolled fields show the URL's values after back/forward.
  const key = JSON.stringify(values);

  return (
    <Form key={key} action={pathname} className="mb-4 rounded-lg border border-line bg-surface p-4 shadow-card" aria-label={t("label")} aria-describedby={invalid.length ? alertId : undefined}>
      {invalid.length ? (
        <div className="mb-3">
          <ErrorAlert id={alertId}>{invalid.includes("cursor") ? t("invalidCursor") : t("invalid")}</ErrorAlert>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field label={t("actor")} hint={t("actorHint")} error={error("actor")}>
          {(c) => <Input {...c} name="actor" defaultValue={values.actor ?? ""} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label={t("action")} error={error("action")}>
          {(c) => (
            <Select {...c} name="action" defaultValue={values.action ?? ""} className="w-full">
              <option value="">{t("anyAction")}</option>
              {values.action && !actions.some((a) => a.value === values.action) ? <option value={values.action}>{values.action}</option> : null}
              {actions.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("subjectType")} error={error("subjectType")}>
            {(c) => (
              <Select {...c} name="subjectType" defaultValue={values.subjectType ?? ""} className="w-full">
                <option value="">{t("anySubject")}</option>
                {values.subjectType && !subjects.some((s) => s.value === values.subjectType) ? <option value={values.subjectType}>{values.subjectType}</option> : null}
                {subjects.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("subjectId")} error={error("subjectId")}>
            {(c) => <Input {...c} name="subjectId" defaultValue={values.subjectId ?? ""} autoComplete="off" spellCheck={false} />}
          </Field>
        </div>
        <Field label={t("from")} error={error("from")}>
          {(c) => <Input {...c} type="date" name="from" defaultValue={values.from ?? ""} />}
        </Field>
        <Field label={t("to")} error={error("to")}>
          {(c) => <Input {...c} type="date" name="to" defaultValue={values.to ?? ""} />}
        </Field>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          {Object.keys(values).length || invalid.length ? (
            <Link href={pathname} className={buttonClass("ghost")}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </div>
    </Form>
  );
}
