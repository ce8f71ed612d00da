"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Failure =
  | { kind: "invalid" }
  | { kind: "locked"; minutes: number }
  | { kind: "missing" }
  | { kind: "unknown" }
  | { kind: "codeRequired" }
  | { kind: "invalidCode" }
  | { kind: "missingCode" };

/** The codes authorize() throws (lib/auth/options.ts), as something a person can act on. */
function readFailure(error: string | null | undefined): Failure {
  if (!error) return { kind: "unknown" };
  if (error.startsWith("too_many_attempts")) {
    const minutes = Number(error.split(":")[1]);
    return { kind: "locked", minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 15 };
  }
  // Whatever else went wrong with the credentials reads the same: it never tells whether an account exists.
  if (error === "invalid_credentials" || error === "CredentialsSignin") return { kind: "invalid" };
  if (error === "two_factor_required") return { kind: "codeRequired" };
  if (error === "invalid_code") return { kind: "invalidCode" };
  return { kind: "unknown" };
}

/**
 * Both steps post (method="post"), so a submit before scripts run never puts the e-mail and
 * password into the URL, the history or a proxy's log: the page just comes back.
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const t2 = useTranslations("twoFactor.signIn");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  /** Second stage: the password was right and the account asks for a code. */
  const [secondStep, setSecondStep] = useState<{ email: string; password: string } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  async function submitCode(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending || !secondStep) return;
    const code = String(new FormData(e.currentTarget).get("code") ?? "").trim();
    if (!code) {
      setFailure({ kind: "missingCode" });
      codeRef.current?.focus();
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const result = await signIn("credentials", { redirect: false, ...secondStep, code, callbackUrl });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      const f = readFailure(result?.error);
      if (f.kind === "invalid" || f.kind === "locked") setSecondStep(null);
      setFailure(f);
      if (codeRef.current) {
        codeRef.current.value = "";
        codeRef.current.focus();
      }
    } catch {
      setFailure({ kind: "unknown" });
    }
    setPending(false);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    const data = new FormData(e.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) {
      setFailure({ kind: "missing" });
      (email ? passwordRef : emailRef).current?.focus();
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const result = await signIn("credentials", { redirect: false, email, password, callbackUrl });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return; // stay pending while the console loads
      }
      const f = readFailure(result?.error);
      if (f.kind === "codeRequired") {
        setSecondStep({ email, password });
        setPending(false);
        return;
      }
      setFailure(f);
      if (passwordRef.current) {
        passwordRef.current.value = "";
        passwordRef.current.focus();
      }
    } catch {
      setFailure({ kind: "unknown" });
    }
    setPending(false);
  }

  const message =
    failure?.kind === "locked"
      ? t("errors.too_many_attempts", { minutes: failure.minutes })
      : failure?.kind === "invalid"
        ? t("errors.invalid_credentials")
        : failure?.kind === "missing"
          ? t("errors.missing")
          : failure?.kind === "invalidCode"
            ? t2("invalidCode")
            : failure?.kind === "missingCode"
              ? t2("missingCode")
              : failure
                ? t("errors.unknown")
                : null;

  if (secondStep) {
    return (
      <form method="post" onSubmit={submitCode} noValidate className="flex flex-col gap-4" aria-describedby={message ? "login-error" : "code-help"}>
        <h2 className="text-base font-semibold text-ink">{t2("title")}</h2>
        <p id="code-help" className="text-sm text-muted">
          {t2("help")}
        </p>
        {message ? <ErrorAlert id="login-error">{message}</ErrorAlert> : null}
        <TextField
          ref={codeRef}
          label={t2("code")}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          maxLength={32}
          aria-invalid={failure?.kind === "invalidCode" ? true : undefined}
        />
        <Button type="submit" pending={pending} className="mt-2 w-full">
          {pending ? t("pending") : t2("verify")}
        </Button>
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            setSecondStep(null);
            setFailure(null);
          }}
        >
          {t2("back")}
        </Button>
      </form>
    );
  }

  return (
    <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-4" aria-describedby={message ? "login-error" : undefined}>
      {message ? <ErrorAlert id="login-error">{message}</ErrorAlert> : null}
      <TextField
        ref={emailRef}
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus
        aria-invalid={failure?.kind === "invalid" ? true : undefined}
      />
      <TextField
        ref={passwordRef}
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={failure?.kind === "invalid" ? true : undefined}
      />
      <Button type="submit" pending={pending} className="mt-2 w-full">
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
