"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Failure = { kind: "invalid" } | { kind: "locked"; minutes: number } | { kind: "missing" } | { kind: "unknown" };

/** The codes authorize() throws (lib/auth/options.ts), as something a person can act on. */
function readFailure(error: string | null | undefined): Failure {
  if (!error) return { kind: "unknown" };
  if (error.startsWith("too_many_attempts")) {
    const minutes = Number(error.split(":")[1]);
    return { kind: "locked", minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 15 };
  }
  // Whatever else went wrong with the credentials reads the same: it never tells whether an account exists.
  if (error === "invalid_credentials" || error === "CredentialsSignin") return { kind: "invalid" };
  return { kind: "unknown" };
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

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
      setFailure(readFailure(result?.error));
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
          : failure
            ? t("errors.unknown")
            : null;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-describedby={message ? "login-error" : undefined}>
      {message ? (
        <div id="login-error" role="alert" className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2.5 text-sm text-danger-ink">
          {message}
        </div>
      ) : null}
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
