"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { notify } from "@/components/ui/toast";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { CreateTokenForm } from "./create-token-form";
import { IssuedSecret } from "./issued-secret";
import { RevokeDialog } from "./revoke-token-dialog";
import { TokensTable } from "./tokens-table";
import { useScopeTranslations, type CreateAction, type RevokeAction, type Shown, type TokenRole, type TokenRow, type TokenScope } from "./tokens";

export type { TokenRole, TokenRow, TokenScope } from "./tokens";

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
  examplePath = "/workspaces",
  createAction,
  revokeAction,
}: {
  scope?: TokenScope;
  /** The roles a new token may have, weakest first. */
  roles?: readonly TokenRole[];
  tokens: TokenRow[];
  expiryChoices: readonly number[];
  docsHref: string;
  /** The API path the shown-once secret's curl example calls: one this token may read. */
  examplePath?: string;
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
        {issued ? <IssuedSecret scope={scope} token={issued} docsHref={docsHref} examplePath={examplePath} onDone={close} /> : null}
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
