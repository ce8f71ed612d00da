"use client";

import Link from "@/components/ui/link";
import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { notify } from "@/components/ui/toast";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { CreatedToken } from "@/lib/api-tokens";
import type { TokenState } from "@/lib/api-tokens/rules";
import type { FormState } from "@/lib/operations/form";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";

export type TokenRow = {
  id: string;
  name: string;
  role: "supervisor" | "admin" | "viewer";
  prefix: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: TokenState;
};

type Shown = CreatedToken & { token: string };
type CreateAction = (prev: FormState<CreatedToken>, formData: FormData) => Promise<FormState<CreatedToken>>;
type RevokeAction = (tokenId: string, idempotencyKey: string) => Promise<FormState<{ id: string; revoked: boolean }>>;

export type TokenRole = TokenRow["role"];
/**
 * Whose tokens these are: a workspace's (Settings) or a reseller's (its hub). The texts that
 * name the token's reach come from `apiTokens` or `resellerApiTokens`; everything else is shared.
 */
export type TokenScope = "workspace" | "reseller";

const SCOPE_NAMESPACE = { workspace: "apiTokens", reseller: "resellerApiTokens" } as const;

/** The texts that say what a token reaches, for the scope at hand. */
function useScopeTranslations(scope: TokenScope) {
  return useTranslations(SCOPE_NAMESPACE[scope]);
}
const STATE_TONE: Record<TokenState, BadgeTone> = { active: "success", expired: "warning", revoked: "neutral" };

/**
 * API tokens: list, create (secret shown once, with a copy button), revoke with confirmation.
 * A workspace's on its Settings page; a reseller's on the reseller hub.
 */
export function ApiTokensSection({
  scope = "workspace",
  roles = ["viewer", "admin", "supervisor"],
  tokens,
  expiryChoices,
  docsHref,
  createAction,
  revokeAction,
}: {
  scope?: TokenScope;
  /** The roles a new token may have, weakest first. */
  roles?: readonly TokenRole[];
  tokens: TokenRow[];
  expiryChoices: readonly number[];
  docsHref: string;
  createAction: CreateAction;
  revokeAction: RevokeAction;
}) {
  const t = useTranslations("apiTokens");
  const tScope = useScopeTranslations(scope);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<Shown | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);

  const createButton = (variant: "primary" | "secondary") => (
    <Button
      variant={variant}
      aria-haspopup="dialog"
      onClick={() => {
        setBusy(false);
        setIssued(null);
        setOpenKey(newIdempotencyKey());
      }}
    >
      <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
        <path d="M10 4a.75.75 0 0 1 .75.75v4.5h4.5a.75.75 0 0 1 0 1.5h-4.5v4.5a.75.75 0 0 1-1.5 0v-4.5h-4.5a.75.75 0 0 1 0-1.5h4.5v-4.5A.75.75 0 0 1 10 4Z" />
      </svg>
      {t("create.button")}
    </Button>
  );

  const close = () => {
    setOpenKey(null);
    setIssued(null);
  };

  return (
    <Card
      title={t("title")}
      titleId="api-tokens-title"
      description={
        <>
          {tScope("description")}{" "}
          <Link href={docsHref} className="font-medium text-brand-ink underline underline-offset-2 hover:no-underline">
            {t("docsLink")}
          </Link>
        </>
      }
      actions={tokens.length ? createButton("primary") : null}
      className="max-w-5xl"
      bodyClassName="p-0"
    >
      {tokens.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          description={tScope("emptyDescription")}
          action={createButton("secondary")}
          icon={<KeyIcon />}
        />
      ) : (
        <TokensTable tokens={tokens} tableLabel={tScope("tableLabel")} onRevoke={setRevoking} />
      )}

      <Dialog
        open={openKey !== null}
        onClose={close}
        title={issued ? t("secret.title") : t("create.title")}
        description={issued ? undefined : tScope("create.description")}
        busy={busy}
        size={issued ? "lg" : "md"}
      >
        {openKey && !issued ? (
          <CreateTokenForm
            key={openKey}
            idempotencyKey={openKey}
            action={createAction}
            scope={scope}
            roles={roles}
            expiryChoices={expiryChoices}
            onPendingChange={setBusy}
            onCancel={close}
            onCreated={(created) => {
              const { token } = created;
              if (token === null) {
                // A replay of a submission that already succeeded: its secret was shown then.
                notify.warning(t("create.replayed", { name: created.name }));
                close();
                return;
              }
              notify.success(t("create.success", { name: created.name }));
              setIssued({ ...created, token });
            }}
          />
        ) : null}
        {issued ? <IssuedSecret scope={scope} token={issued} docsHref={docsHref} onDone={close} /> : null}
      </Dialog>

      <RevokeDialog token={revoking} action={revokeAction} onClose={() => setRevoking(null)} />
    </Card>
  );
}

function KeyIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
      <circle cx="8" cy="15" r="4" />
      <path d="m11 12 8-8m-3 3 2 2m-4 0 1.5 1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function TokensTable({ tokens, tableLabel, onRevoke }: { tokens: TokenRow[]; tableLabel: string; onRevoke: (t: TokenRow) => void }) {
  const t = useTranslations("apiTokens");
  const tRoles = useTranslations("roles");
  const f = useWorkspaceFormat();
  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-muted uppercase";
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{tableLabel}</caption>
        <thead className="bg-subtle">
          <tr className="border-b border-line">
            <th scope="col" className={th}>{t("columns.name")}</th>
            <th scope="col" className={th}>{t("columns.role")}</th>
            <th scope="col" className={th}>{t("columns.created")}</th>
            <th scope="col" className={th}>{t("columns.lastUsed")}</th>
            <th scope="col" className={th}>{t("columns.expires")}</th>
            <th scope="col" className={th}>{t("columns.state")}</th>
            <th scope="col" className={`${th} text-right`}>
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={`border-b border-line last:border-b-0 hover:bg-subtle ${token.state === "active" ? "" : "text-muted"}`}>
              <th scope="row" className="px-4 py-2.5 text-left align-middle font-normal">
                <span className={`block font-medium ${token.state === "active" ? "text-ink" : "text-muted"}`}>{token.name}</span>
                <code className="font-mono text-xs text-muted">{t("prefix", { prefix: token.prefix })}</code>
              </th>
              <td className="px-4 py-2.5 align-middle">
                <Badge tone={token.role === "supervisor" ? "brand" : token.role === "admin" ? "info" : "neutral"}>{tRoles(token.role)}</Badge>
              </td>
              <td className="px-4 py-2.5 align-middle whitespace-nowrap">
                <span className="block text-ink">{f.dateTime(token.createdAt)}</span>
                <span className="text-xs text-muted">{token.createdBy ? t("createdBy", { name: token.createdBy.name }) : t("createdByUnknown")}</span>
              </td>
              <td className="px-4 py-2.5 align-middle whitespace-nowrap">{token.lastUsedAt ? f.dateTime(token.lastUsedAt) : t("neverUsed")}</td>
              <td className="px-4 py-2.5 align-middle whitespace-nowrap">{token.expiresAt ? f.dateTime(token.expiresAt) : t("noExpiry")}</td>
              <td className="px-4 py-2.5 align-middle whitespace-nowrap">
                <Badge tone={STATE_TONE[token.state]}>{t(`state.${token.state}`)}</Badge>
                {token.revokedAt ? <span className="mt-0.5 block text-xs text-muted">{f.dateTime(token.revokedAt)}</span> : null}
              </td>
              <td className="px-4 py-2.5 text-right align-middle">
                {token.state === "revoked" ? null : (
                  <Button variant="secondary" size="sm" aria-label={t("revoke.buttonLabel", { name: token.name })} aria-haspopup="dialog" onClick={() => onRevoke(token)}>
                    {t("revoke.button")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateTokenForm({
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
  const tCommon = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState<CreatedToken>);
  const formRef = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<string>(roles[0]);

  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);

  useEffect(() => {
    if (state.status === "success") {
      onCreated(state.result);
    } else if (state.status === "error") {
      const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      (invalid ?? formRef.current?.querySelector<HTMLElement>("input:not([type=hidden])"))?.focus();
      if (!state.fieldErrors) notify.error(t("failed"), state.message);
    }
    // Only a new answer from the server (its `at`) should act.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === "idle" ? 0 : state.at]);

  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  const showFormError = error && (!error.fieldErrors || error.code !== "validation_failed");

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {showFormError ? (
        <div role="alert" className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2.5 text-sm text-danger-ink">
          {error.message}
        </div>
      ) : null}
      <div key={error?.at ?? 0} className="flex flex-col gap-4">
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
      </div>
      <p className="text-xs text-muted">{tCommon("requiredHint")}</p>
      <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {tCommon("cancel")}
        </Button>
        <Button type="submit" pending={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

/** The secret, this once: a read-only field, a copy button and a warning that it will not come back. */
function IssuedSecret({ scope, token, docsHref, onDone }: { scope: TokenScope; token: Shown; docsHref: string; onDone: () => void }) {
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
          {`export LC_TOKEN='${t("placeholder")}'\ncurl -H "Authorization: Bearer $LC_TOKEN" \\\n  ${typeof window === "undefined" ? "" : window.location.origin}/api/v1/workspaces`}
        </pre>
        <p className="mt-1.5">
          {/* A new tab: leaving this page would lose the secret before it is stored. */}
          <a href={docsHref} target="_blank" rel="noopener" className="font-medium text-brand-ink underline underline-offset-2 hover:no-underline">
            {t("docsLink")}
            <span className="sr-only"> {t("newTab")}</span>
          </a>
        </p>
      </div>
      <div className="-mx-5 -mb-4 flex justify-end gap-2 border-t border-line bg-subtle px-5 py-3">
        <Button onClick={onDone}>{t("done")}</Button>
      </div>
    </div>
  );
}

function RevokeDialog({ token, action, onClose }: { token: TokenRow | null; action: RevokeAction; onClose: () => void }) {
  const t = useTranslations("apiTokens.revoke");
  const [pending, startTransition] = useTransition();
  // One key per opening: a double click or a retried request revokes (and audits) once.
  const [key, setKey] = useState(() => newIdempotencyKey());
  // The closing dialog keeps showing the last token's name.
  const [shown, setShown] = useState<TokenRow | null>(token);
  if (token && token !== shown) {
    setShown(token);
    setKey(newIdempotencyKey());
  }
  const name = shown?.name ?? "";

  return (
    <ConfirmDialog
      open={token !== null}
      onCancel={onClose}
      pending={pending}
      title={t("title", { name })}
      description={t("description")}
      confirmLabel={t("confirm")}
      onConfirm={() => {
        if (!token) return;
        startTransition(async () => {
          const result = await action(token.id, key);
          if (result.status === "success") {
            notify.success(t("success", { name: token.name }));
            onClose();
          } else if (result.status === "error") {
            notify.error(t("failed"), result.message);
          }
        });
      }}
    />
  );
}
