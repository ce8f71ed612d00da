"use client";

import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { DialogForm, useDialogForm } from "@/components/ui/dialog-form";
import { Field } from "@/components/ui/field";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import type { ActionResult, FormState } from "@/lib/operations/form";
import type { InvitationView, SentInvitation } from "@/lib/workspaces/invitations";

type WorkspaceRole = InvitationView["role"];

export type MemberRow = { accountId: string; name: string; email: string; role: WorkspaceRole };
export type InvitationRow = { id: string; email: string; role: WorkspaceRole; invitedBy: string; expires: string; expired: boolean };
export type InviteAction = (prev: FormState<SentInvitation>, form: FormData) => Promise<FormState<SentInvitation>>;
export type InvitationAction = (invitationId: string, idempotencyKey: string) => Promise<ActionResult<unknown>>;

const ROLES: WorkspaceRole[] = ["viewer", "admin", "supervisor"];

/** Settings → People: members with their role, open invitations (send again, withdraw), and "Invite person". */
export function PeopleSection({ members, invitations, invite, resend, withdraw }: {
  members: MemberRow[];
  invitations: InvitationRow[];
  invite: InviteAction;
  resend: InvitationAction;
  withdraw: InvitationAction;
}) {
  const t = useTranslations("invitations");
  const tRoles = useTranslations("roles");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState<InvitationRow | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const close = useCallback(() => setOpenKey(null), []);

  async function act(row: InvitationRow, action: InvitationAction, done: string) {
    setWorking(row.id);
    const result = await action(row.id, newIdempotencyKey());
    setWorking(null);
    if (result.ok) notify.success(done);
    else notify.error(t("title"), result.message);
    return result.ok;
  }

  return (
    <Card
      title={t("title")}
      titleId="people"
      description={t("description")}
      actions={
        <Button size="sm" onClick={() => setOpenKey(newIdempotencyKey())}>
          {t("invite")}
        </Button>
      }
    >
      <h3 className="text-sm font-semibold text-ink">{t("members")}</h3>
      <ul className="mt-2 divide-y divide-line">
        {members.map((m) => (
          <li key={m.accountId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2 text-sm">
            <span className="min-w-0">
              <span className="block font-medium break-words text-ink">{m.name}</span>
              <span className="block break-all text-muted">{m.email}</span>
            </span>
            <Badge>{tRoles(m.role)}</Badge>
          </li>
        ))}
      </ul>
      <h3 className="mt-6 text-sm font-semibold text-ink">{t("pending")}</h3>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line" aria-label={t("pending")}>
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2 text-sm">
              <span className="min-w-0">
                <span className="block font-medium break-all text-ink">{i.email}</span>
                <span className="block text-muted">
                  {tRoles(i.role)} · {t("invitedBy")}: <span className="break-all">{i.invitedBy}</span> · {t("expires")}: {i.expired ? <Badge tone="warning">{t("expired")}</Badge> : i.expires}
                </span>
              </span>
              <span className="flex gap-2">
                <Button size="sm" variant="secondary" pending={working === i.id} onClick={() => act(i, resend, t("resent", { email: i.email }))}>
                  {t("resend")}
                </Button>
                <Button size="sm" variant="secondary" disabled={working === i.id} onClick={() => setWithdrawing(i)}>
                  {t("withdraw")}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}

      <Dialog open={openKey !== null} onClose={close} title={t("inviteTitle")} description={t("inviteDescription")} busy={busy}>
        {openKey ? (
          <InviteForm
            key={openKey}
            idempotencyKey={openKey}
            action={invite}
            onPendingChange={setBusy}
            onCancel={close}
            onSent={(sent) => {
              notify.success(sent.resent ? t("resent", { email: sent.invitation.email }) : t("sent", { email: sent.invitation.email }));
              close();
            }}
          />
        ) : null}
      </Dialog>

      <ConfirmDialog
        open={withdrawing !== null}
        onCancel={() => setWithdrawing(null)}
        onConfirm={async () => {
          if (withdrawing && (await act(withdrawing, withdraw, t("withdrawn")))) setWithdrawing(null);
        }}
        pending={withdrawing !== null && working === withdrawing.id}
        title={t("withdrawTitle")}
        description={withdrawing ? t("withdrawDescription", { email: withdrawing.email }) : undefined}
        confirmLabel={t("withdraw")}
      />
    </Card>
  );
}

function InviteForm({ idempotencyKey, action, onPendingChange, onCancel, onSent }: {
  idempotencyKey: string;
  action: InviteAction;
  onPendingChange: (pending: boolean) => void;
  onCancel: () => void;
  onSent: (sent: SentInvitation) => void;
}) {
  const t = useTranslations("invitations");
  const tRoles = useTranslations("roles");
  const form = useDialogForm(action, { onPendingChange, onSuccess: onSent, failed: t("inviteTitle") });
  return (
    <DialogForm {...form} idempotencyKey={idempotencyKey} onCancel={onCancel} submitLabel={t("send")} pendingLabel={t("sending")}>
      <TextField
        name="email"
        type="email"
        label={t("email")}
        required
        autoFocus
        autoComplete="off"
        spellCheck={false}
        maxLength={320}
        defaultValue={form.values.email}
        error={form.error?.fieldErrors?.email}
      />
      <Field label={t("role")} error={form.error?.fieldErrors?.role} required>
        {(control) => (
          <Select {...control} name="role" defaultValue={form.values.role ?? "admin"}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tRoles(r)}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </DialogForm>
  );
}
