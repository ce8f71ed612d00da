"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-form";
import { notify } from "@/components/ui/toast";
import { useScopeTranslations, type Shown, type TokenScope } from "./tokens";

/** The secret, this once: a read-only field, a copy button and a warning that it will not come back. */
export function IssuedSecret({
  scope,
  token,
  docsHref,
  examplePath,
  onDone,
}: {
  scope: TokenScope;
  token: Shown;
  docsHref: string;
  examplePath: string;
  onDone: () => void;
}) {
  const t = useTranslations("apiTokens.secret");
  const tScope = useScopeTranslations(scope);
  const tRoles = useTranslations("roles");
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const warningId = `secret-${id}-warning`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
      notify.success(t("copied"));
    } catch {
      inputRef.current?.select();
      notify.error(t("copyFailed"));
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div id={warningId} className="flex gap-2.5 rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-2.5 text-sm text-warning-ink">
        <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true">
          <path d="M8.3 3.1a2 2 0 0 1 3.4 0l6 10.4A2 2 0 0 1 16 16.5H4a2 2 0 0 1-1.7-3l6-10.4ZM9.25 7v4.5h1.5V7h-1.5Zm0 5.75v1.5h1.5v-1.5h-1.5Z" />
        </svg>
        <p>{t("warning")}</p>
      </div>
      <p className="text-sm text-ink">{tScope("secret.summary", { name: token.name, role: tRoles(token.role) })}</p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`secret-${id}`} className="text-sm font-medium text-ink">
          {t("label")}
        </label>
        <div className="flex gap-2">
          <input
            ref={inputRef}
            id={`secret-${id}`}
            readOnly
            value={token.token}
            aria-describedby={warningId}
            spellCheck={false}
            autoComplete="off"
            onFocus={(e) => e.currentTarget.select()}
            className="h-9 min-w-0 flex-1 rounded-md border border-line-strong bg-subtle px-3 font-mono text-sm text-ink"
            data-testid="issued-token"
          />
          <Button variant="secondary" onClick={copy} autoFocus>
            {copied ? t("copiedButton") : t("copy")}
          </Button>
        </div>
      </div>
      <div className="text-sm text-muted">
        <p>{t("usage")}</p>
        <pre className="mt-1.5 overflow-x-auto rounded-md bg-subtle px-3 py-2 font-mono text-xs text-ink">
          {`export LC_TOKEN='${t.raw("placeholder")}'\ncurl -H "Authorization: Bearer $LC_TOKEN" \\\n  ${typeof window === "undefined" ? "" : window.location.origin}/api/v1${examplePath}`}
        </pre>
        <p className="mt-1.5">
          {/* A new tab: leaving this page would lose the secret before it is stored. */}
          <a href={docsHref} target="_blank" rel="noopener" className="font-medium text-brand-ink underline underline-offset-2 hover:no-underline">
            {t("docsLink")}
            <span className="sr-only"> {t("newTab")}</span>
          </a>
        </p>
      </div>
      <DialogActions>
        <Button onClick={onDone}>{t("done")}</Button>
      </DialogActions>
    </div>
  );
}
