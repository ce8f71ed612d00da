"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Field } from "@/components/ui/field";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import type { FormState } from "@/lib/operations/form";
import type { CreatedCustomer, InvitationView } from "@/lib/reseller/links";

export type InviteAction = (prev: FormState<InvitationView>, formData: FormData) => Promise<FormState<InvitationView>>;
export type CreateCustomerAction = (prev: FormState<CreatedCustomer>, formData: FormData) => Promise<FormState<CreatedCustomer>>;
/** A country of the create form: its name in the reader's language, its default (capital's) zone and all its zones. */
export type CountryChoice = { code: string; name: string; timeZone: string; zones: readonly string[] };

const fieldError = (state: FormState<unknown>, name: string) => (state.status === "error" ? state.fieldErrors?.[name] : undefined);
const valueOf = (state: FormState<unknown>, name: string) => (state.status === "error" ? state.values[name] : undefined);

/** A key per attempt: a new one once an attempt succeeded, the same one while retrying a failure. */
function useAttemptKey(state: FormState<unknown>): string {
  const [key, setKey] = useState(() => newIdempotencyKey());
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state.status === "success") setKey(newIdempotencyKey());
  }
  return key;
}

/** "Invite a customer": a workspace's address or a supervisor's e-mail. */
export function InviteCustomerForm({ action }: { action: InviteAction }) {
  const t = useTranslations("resellerLinks.hub");
  const [state, submit, pending] = useActionState(action, { status: "idle" } as FormState<InvitationView>);
  const key = useAttemptKey(state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") {
      notify.success(t("invited", { target: state.result.invitedAs }));
      form.current?.reset();
    }
  }, [state, t]);
  return (
    <Card title={t("inviteTitle")} titleId="invite-customer" description={t("inviteDescription")}>
      <form ref={form} action={submit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="idempotencyKey" value={key} />
        <TextField
          name="target"
          label={t("targetLabel")}
          placeholder={t("targetPlaceholder")}
          defaultValue={valueOf(state, "target")}
          error={fieldError(state, "target")}
          autoComplete="off"
          spellCheck={false}
          required
        />
        {state.status === "error" && !state.fieldErrors?.target ? <ErrorAlert size="sm">{state.message}</ErrorAlert> : null}
        <div>
          <Button type="submit" pending={pending}>
            {t("invite")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** "Create a customer workspace": name, country (currency and formats follow) and one of the country's time zones. */
export function CreateCustomerForm({
  action,
  countries,
  initialCountry,
  resellerName,
}: {
  action: CreateCustomerAction;
  countries: CountryChoice[];
  initialCountry: string;
  resellerName: string;
}) {
  const t = useTranslations("resellerLinks.hub");
  const [state, submit, pending] = useActionState(action, { status: "idle" } as FormState<CreatedCustomer>);
  const key = useAttemptKey(state);
  const form = useRef<HTMLFormElement>(null);
  const [country, setCountry] = useState(valueOf(state, "country") ?? initialCountry);
  const chosen = countries.find((c) => c.code === country);
  const [zone, setZone] = useState(valueOf(state, "timeZone") ?? chosen?.timeZone ?? "");
  useEffect(() => {
    if (state.status === "success") {
      notify.success(t("created", { name: state.result.name }));
      form.current?.reset();
    }
  }, [state, t]);
  return (
    <Card title={t("createTitle")} titleId="create-customer" description={t("createDescription", { reseller: resellerName })}>
      <form ref={form} action={submit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="idempotencyKey" value={key} />
        <TextField name="name" label={t("nameLabel")} defaultValue={valueOf(state, "name")} error={fieldError(state, "name")} maxLength={100} required />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("countryLabel")} error={fieldError(state, "country")} required>
            {(control) => (
              <Select
                {...control}
                name="country"
                value={country}
                onChange={(e) => {
                  // A new country starts from its capital's zone: the old zone is not one of its own.
                  setCountry(e.target.value);
                  setZone(countries.find((c) => c.code === e.target.value)?.timeZone ?? "");
                }}
              >
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t("timeZoneLabel")} hint={t("timeZoneHint")} error={fieldError(state, "timeZone")}>
            {(control) => (
              <Select {...control} name="timeZone" value={zone} onChange={(e) => setZone(e.target.value)} disabled={(chosen?.zones.length ?? 0) < 2}>
                {(chosen?.zones ?? []).map((z) => (
                  <option key={z} value={z}>
                    {z.replaceAll("_", " ")}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <TextField
          name="supervisorEmail"
          type="email"
          label={t("supervisorEmailLabel")}
          hint={t("supervisorEmailHint")}
          defaultValue={valueOf(state, "supervisorEmail")}
          error={fieldError(state, "supervisorEmail")}
          autoComplete="off"
          spellCheck={false}
          maxLength={320}
        />
        {state.status === "error" && !state.fieldErrors ? <ErrorAlert size="sm">{state.message}</ErrorAlert> : null}
        <div>
          <Button type="submit" pending={pending}>
            {t("create")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
