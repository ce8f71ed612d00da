"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button, type ButtonVariant } from "@/components/ui/button";

export function SignOutButton({ variant = "secondary" }: { variant?: ButtonVariant }) {
  const t = useTranslations("common");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size="sm"
      pending={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ callbackUrl: "/login" });
        } catch {
          setPending(false);
        }
      }}
    >
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
