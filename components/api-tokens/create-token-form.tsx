"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { DialogForm, useDialogForm } from "@/components/ui/dialog-form";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { CreatedToken } from "@/lib/api-tokens";
import { useScopeTranslations, type CreateAction, type TokenRole, type TokenScope } from "./tokens";

/** A new token's name, role and expiry; the server answers with the token (and its secret, once). */
export function CreateTokenForm({
  idempotencyKey,
  action,
  scope,
  roles,
  expiryChoices,
  onPendingChange,
  onCancel,
  onCreated,
}: {
  idempotencyKey: string;
  action: CreateAction;
  scope: TokenScope;
  roles: readonly TokenRole[];
  expiryChoices: readonly number[];
  onPendingChange: (pending: boolean) => void;
  onCancel: () => void;
  onCreated: (token: CreatedToken) => void;
}) {
  const t = useTranslations("apiTokens.create");
  const tScope = useScopeTranslations(scope);
  const tRoles = useTranslations("roles");
  const form = useDialogForm(action, { onPendingChange, onSuccess: onCreated, failed: t("failed") });
  const { error, values } = form;
  const [role, setRole] = useState<string>(roles[0]);

  return (
    <DialogForm {...form} idempotencyKey={idempotencyKey} onCancel={onCancel} submitLabel={t("submit")} pendingLabel={t("pending")}>
      <TextField
        label={t("name")}
        name="name"
        autoComplete="off"
        required
        maxLength={100}
        defaultValue={values.name ?? ""}
        hint={t("nameHint")}
        error={error?.fieldErrors?.name}
        autoFocus
      />
      <Field label={t("role")} hint={tScope(`create.roleHint.${role}`)} error={error?.fieldErrors?.role} required>
        {(control) => (
          <Select
            {...control}
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            className="w-full"
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {tRoles(r)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("expiry")} hint={t("expiryHint")} error={error?.fieldErrors?.expiresInDays}>
        {(control) => (
          <Select {...control} name="expiresInDays" defaultValue={values.expiresInDays ?? "90"} className="w-full">
            {expiryChoices.map((days) => (
              <option key={days} value={String(days)}>
                {t("expiryDays", { days })}
              </option>
            ))}
            <option value="">{t("expiryNever")}</option>
          </Select>
        )}
      </Field>
    </DialogForm>
  );
}
