"use client";

import { useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { SubmitActions } from "@/components/ui/dialog-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CODE_LENGTH, compactCode, formatCodeInput, parseCode, type CodeProblem } from "@/lib/activation-codes/rules";

function problemMessage(t: ReturnType<typeof useTranslations<"activationCode">>, problem: CodeProblem, offending: string | undefined, length: number): string {
  switch (problem) {
    case "lookalike":
      return t("problems.lookalike", { char: offending ?? "" });
    case "character":
      return t("problems.character", { char: offending ?? "" });
    case "short":
      return t("problems.short", { count: length });
    default:
      return t(`problems.${problem}`);
  }
}

/** The code, formatted as it is typed and checked before it goes to the server. */
export function EnterCode({
  code,
  setCode,
  pending,
  onCancel,
  onSubmit,
}: {
  code: string;
  setCode: (c: string) => void;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (normalised: string, setServerError: (message: string, hint: string | null) => void) => void;
}) {
  const t = useTranslations("activationCode");
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ message: string; hint: string | null; for: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parseCode(code), [code]);
  const length = compactCode(code).length;
  // Look-alikes and a wrong check show at once; an incomplete code only on Send.
  const live = !parsed.ok && (submitted || ["lookalike", "character", "check", "long"].includes(parsed.problem)) ? problemMessage(t, parsed.problem, parsed.offending, length) : null;
  const serverError = server && server.for === code ? server : null;
  const error = live ?? serverError?.message ?? null;

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (!parsed.ok) {
          inputRef.current?.focus();
          return;
        }
        onSubmit(parsed.code, (message, hint) => {
          setServer({ message, hint, for: code });
          requestAnimationFrame(() => inputRef.current?.select());
        });
      }}
    >
      <Field label={t("label")} required hint={serverError?.hint ?? t("hint")} error={error}>
        {(control) => (
          <Input
            {...control}
            ref={inputRef}
            name="code"
            value={code}
            onChange={(e) => {
              setCode(formatCodeInput(e.target.value));
              setSubmitted(false);
            }}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
            className="font-mono text-base tracking-wider"
            required
            autoFocus
          />
        )}
      </Field>
      <p className="text-xs text-muted" aria-live="polite">
        {length}/{CODE_LENGTH}
      </p>
      <SubmitActions sticky onCancel={onCancel} pending={pending} submitLabel={t("submit")} pendingLabel={t("checking")} />
    </form>
  );
}
