"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-form";
import type { ApplyResult } from "@/lib/activation-codes";
import { featureLabel } from "./feature-label";

/** After an upgrade: which of the gained features to switch on now (all, unless unticked). */
export function TryFeatures({ applied, pending, onLater, onSave }: { applied: ApplyResult; pending: boolean; onLater: () => void; onSave: (settings: Record<string, boolean>) => void }) {
  const t = useTranslations("activationCode");
  const [settings, setSettings] = useState<Record<string, boolean>>(() => Object.fromEntries(applied.gained.map((f) => [f, true])));
  const headingId = useId();
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(settings);
      }}
    >
      <div>
        <h3 id={headingId} className="text-base font-semibold text-ink">
          {t("tryTitle")}
        </h3>
        <p className="mt-1 text-sm text-muted">{t("tryDescription")}</p>
      </div>
      <fieldset aria-labelledby={headingId} className="flex flex-col gap-2">
        {applied.gained.map((feature) => (
          <label key={feature} className="flex items-center gap-3 rounded-md border border-line px-3 py-2.5 text-sm text-ink hover:bg-subtle">
            <input
              type="checkbox"
              className="size-4 accent-brand"
              checked={settings[feature] ?? false}
              onChange={(e) => setSettings((s) => ({ ...s, [feature]: e.target.checked }))}
            />
            {featureLabel(feature)}
          </label>
        ))}
      </fieldset>
      <DialogActions sticky>
        <Button variant="secondary" onClick={onLater} disabled={pending}>
          {t("later")}
        </Button>
        <Button type="submit" pending={pending}>
          {t("ok")}
        </Button>
      </DialogActions>
    </form>
  );
}
