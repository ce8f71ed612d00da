"use client";

import { useId, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { notify } from "@/components/ui/toast";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { chooseLanguage } from "./actions";

/**
 * The header's language choice: each language named in itself, applied at once and kept (on the
 * account when signed in). The page re-renders in place; formats stay the workspace's.
 */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <span className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("switcherLabel")}
      </label>
      <Select
        id={id}
        value={locale}
        disabled={pending}
        aria-busy={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            const { ok } = await chooseLanguage(next);
            if (ok) router.refresh();
            else notify.error(t("failed"));
          });
        }}
      >
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`names.${l}`)}
          </option>
        ))}
      </Select>
    </span>
  );
}
