"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Anything unexpected: say so plainly, give the reference for support, offer to try again. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" aria-labelledby="error-title" className="mx-auto flex max-w-md flex-col items-center py-16 text-center">
      <div className="flex size-10 items-center justify-center rounded-full bg-danger-soft text-danger-ink" aria-hidden="true">
        <svg viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4.5h1.5v5h-1.5v-5Zm0 6.5h1.5v1.5h-1.5V13Z" />
        </svg>
      </div>
      <h1 id="error-title" className="mt-3 text-xl font-semibold text-ink">
        {t("errorTitle")}
      </h1>
      <p className="mt-2 text-sm text-muted">{t("errorBody")}</p>
      {digest ? <p className="mt-2 font-mono text-xs text-muted">{t("reference", { digest })}</p> : null}
      <Button className="mt-6" onClick={() => retry()}>
        {t("retry")}
      </Button>
    </div>
  );
}
