"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { notify } from "@/components/ui/toast";
import { useWorkspace } from "@/components/workspace/workspace-context";
import type { FormState } from "@/lib/operations/form";

/** The license's features, each on or off: a plain settings form (also reached after an upgrade). */
export function FeatureSettingsForm({
  licenseId,
  features,
  action,
}: {
  licenseId: string;
  features: { key: string; label: string; on: boolean }[];
  action: (slug: string, fd: FormData) => Promise<FormState<unknown>>;
}) {
  const t = useTranslations("license");
  const { slug } = useWorkspace();
  const router = useRouter();
  const [settings, setSettings] = useState(() => Object.fromEntries(features.map((f) => [f.key, f.on])));
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData();
        fd.set("licenseId", licenseId);
        fd.set("settings", JSON.stringify(settings));
        startTransition(async () => {
          const res = await action(slug, fd);
          if (res.status === "success") {
            notify.success(t("saved"));
            router.refresh();
          } else if (res.status === "error") notify.error(t("saveFailed"), res.message);
        });
      }}
      className="flex flex-col gap-4"
    >
      <fieldset className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="sr-only">{t("featuresTitle")}</legend>
        {features.map((f) => (
          <label key={f.key} className="flex items-center gap-3 rounded-md border border-line px-3 py-2.5 text-sm text-ink hover:bg-subtle">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={settings[f.key] ?? false}
              onChange={(e) => setSettings((s) => ({ ...s, [f.key]: e.target.checked }))}
            />
            {f.label}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
