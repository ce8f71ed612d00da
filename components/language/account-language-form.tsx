"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { notify } from "@/components/ui/toast";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { chooseLanguage } from "./actions";

/** The account page's language: one of ours, or automatic (the browser's, then the workspace's). */
export function AccountLanguageForm({ current }: { current: UiLocale | null }) {
  const t = useTranslations("language");
  const router = useRouter();
  const [choice, setChoice] = useState<string>(current ?? "auto");
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const { ok } = await chooseLanguage(choice);
          if (!ok) return void notify.error(t("failed"));
          notify.success(t("saved"));
          router.refresh();
        });
      }}
    >
      <div className="flex min-w-64 flex-col gap-1.5">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {t("label")}
        </label>
        <Select id={id} name="locale" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="auto">{t("automatic")}</option>
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`names.${l}`)}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" pending={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
