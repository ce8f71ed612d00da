"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-form";
import { EmptyState } from "@/components/ui/empty-state";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { notify } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/operations/form";
import { AddEndpointForm, type CreateWebhookAction } from "./add-endpoint-form";

export type DeliveryRow = { id: string; eventType: string; status: "pending" | "succeeded" | "failed"; attempts: number; responseStatus: number | null; lastError: string | null; time: string };
export type EndpointRow = { id: string; url: string; eventTypes: string[]; description: string; enabled: boolean; disabledReason: "failing" | null; deliveries: DeliveryRow[] };
export type WebhookCommand = (
  kind: "enable" | "disable" | "delete" | "test" | "resend",
  ids: { endpointId: string; deliveryId?: string },
  idempotencyKey: string,
) => Promise<ActionResult<unknown>>;

const DELIVERY_TONE: Record<DeliveryRow["status"], BadgeTone> = { pending: "warning", succeeded: "success", failed: "danger" };

/**
 * Settings → Webhooks: the endpoints with their state and latest deliveries; add (the secret is
 * shown once), switch off/on, delete with confirmation, send a test event, re-send a delivery.
 */
export function WebhooksSection({
  endpoints,
  eventTypes,
  docsHref,
  createAction,
  command,
}: {
  endpoints: EndpointRow[];
  eventTypes: readonly string[];
  docsHref: string;
  createAction: CreateWebhookAction;
  command: WebhookCommand;
}) {
  const t = useTranslations("webhooks");
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<EndpointRow | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (kind: Parameters<WebhookCommand>[0], ids: { endpointId: string; deliveryId?: string }, done?: string) =>
    startTransition(async () => {
      const result = await command(kind, ids, newIdempotencyKey());
      if (result.ok) {
        if (done) notify.success(done);
        if (kind === "delete") setDeleting(null);
      } else notify.error(t("title"), result.message);
    });

  const close = () => {
    setOpenKey(null);
    setSecret(null);
  };
  const addButton = (variant: "primary" | "secondary") => (
    <Button variant={variant} aria-haspopup="dialog" onClick={() => setOpenKey(newIdempotencyKey())}>
      {t("add.button")}
    </Button>
  );

  return (
    <Card
      title={t("title")}
      titleId="webhooks-title"
      description={
        <>
          {t("description")}{" "}
          <a href={docsHref} className="font-medium text-brand-ink underline underline-offset-2 hover:no-underline">
            {t("docsLink")}
          </a>
        </>
      }
      actions={endpoints.length ? addButton("primary") : null}
      className="max-w-5xl"
      bodyClassName="p-0"
    >
      {endpoints.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} action={addButton("secondary")} />
      ) : (
        <ul className="divide-y divide-line">
          {endpoints.map((ep) => (
            <EndpointItem key={ep.id} endpoint={ep} pending={pending} run={run} onDelete={() => setDeleting(ep)} />
          ))}
        </ul>
      )}

      <Dialog open={openKey !== null} onClose={close} title={secret ? t("secret.title") : t("add.title")} busy={busy} size={secret ? "lg" : "md"}>
        {openKey && !secret ? (
          <AddEndpointForm
            key={openKey}
            idempotencyKey={openKey}
            action={createAction}
            eventTypes={eventTypes}
            onPendingChange={setBusy}
            onCancel={close}
            onCreated={(created) => (created.secret ? setSecret(created.secret) : close())}
          />
        ) : null}
        {secret ? <ShownSecret secret={secret} onDone={close} /> : null}
      </Dialog>

      <ConfirmDialog
        open={deleting !== null}
        onCancel={() => setDeleting(null)}
        pending={pending}
        title={t("deleteTitle")}
        description={t("deleteDescription", { url: deleting?.url ?? "" })}
        confirmLabel={t("deleteConfirm")}
        onConfirm={() => deleting && run("delete", { endpointId: deleting.id })}
      />
    </Card>
  );
}

function EndpointItem({
  endpoint: ep,
  pending,
  run,
  onDelete,
}: {
  endpoint: EndpointRow;
  pending: boolean;
  run: (kind: Parameters<WebhookCommand>[0], ids: { endpointId: string; deliveryId?: string }, done?: string) => void;
  onDelete: () => void;
}) {
  const t = useTranslations("webhooks");
  const [showLog, setShowLog] = useState(false);
  const logId = useId();
  const all = ep.eventTypes.includes("*");
  const state = ep.enabled ? "enabled" : ep.disabledReason === "failing" ? "failing" : "disabled";

  return (
    <li className="flex flex-col gap-3 px-4 py-4 sm:px-6">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p className="font-mono text-sm break-all text-ink">{ep.url}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <Badge tone={state === "enabled" ? "success" : state === "failing" ? "danger" : "neutral"}>{t(`state.${state}`)}</Badge>
            <span title={all ? undefined : ep.eventTypes.join(", ")}>{all ? t("allEvents") : t("eventCount", { count: ep.eventTypes.length })}</span>
            {ep.description ? <span className="break-words">· {ep.description}</span> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 sm:shrink-0 sm:justify-end">
          <Button size="sm" variant="secondary" disabled={pending || !ep.enabled} onClick={() => run("test", { endpointId: ep.id }, t("testQueued"))}>
            {t("test")}
          </Button>
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(ep.enabled ? "disable" : "enable", { endpointId: ep.id })}>
            {ep.enabled ? t("disable") : t("enable")}
          </Button>
          <Button size="sm" variant="ghost" aria-expanded={showLog} aria-controls={logId} onClick={() => setShowLog((v) => !v)}>
            {showLog ? t("hideLog") : t("log")}
          </Button>
          <Button size="sm" variant="danger" disabled={pending} onClick={onDelete}>
            {t("delete")}
          </Button>
        </div>
      </div>
      {showLog ? (
        <div id={logId}>
          {ep.deliveries.length === 0 ? (
            <p className="text-sm text-muted">{t("deliveries.empty")}</p>
          ) : (
            <table className="w-full text-left text-sm" aria-label={t("deliveries.label", { url: ep.url })}>
              <thead className="text-xs text-muted">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t("deliveries.event")}</th>
                  <th className="py-1 pr-3 font-medium">{t("deliveries.status")}</th>
                  <th className="hidden py-1 pr-3 font-medium sm:table-cell">{t("deliveries.time")}</th>
                  <th className="py-1 font-medium">
                    <span className="sr-only">{t("deliveries.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {ep.deliveries.map((d) => (
                  <tr key={d.id} className="align-top">
                    <td className="py-1.5 pr-3">
                      <code className="font-mono text-xs break-all">{d.eventType}</code>
                      <span className="block text-xs text-muted sm:hidden">{d.time}</span>
                    </td>
                    <td className="py-1.5 pr-3">
                      <Badge tone={DELIVERY_TONE[d.status]}>{t(`delivery.${d.status}`)}</Badge>
                      <span className="block text-xs text-muted">
                        {d.responseStatus ?? (d.attempts ? t("deliveries.noResponse") : "")} · {t("deliveries.attempts", { count: d.attempts })}
                      </span>
                      {d.lastError && d.status !== "succeeded" ? <span className="block text-xs break-all text-danger-ink">{d.lastError}</span> : null}
                    </td>
                    <td className="hidden py-1.5 pr-3 text-xs whitespace-nowrap text-muted sm:table-cell">{d.time}</td>
                    <td className="py-1.5 text-right">
                      <Button size="sm" variant="ghost" disabled={pending} onClick={() => run("resend", { endpointId: ep.id, deliveryId: d.id }, t("resendQueued"))}>
                        {t("resend")}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
    </li>
  );
}

/** The signing secret, this once, with a copy button. */
function ShownSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("webhooks.secret");
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <p className="rounded-md border border-warning-ink/30 bg-warning-soft px-3 py-2.5 text-sm text-warning-ink" id={`whsec-${id}-warning`}>
        {t("description")}
      </p>
      <div className="flex gap-2">
        <input
          readOnly
          value={secret}
          aria-label={t("title")}
          aria-describedby={`whsec-${id}-warning`}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-line-strong bg-subtle px-3 font-mono text-sm text-ink"
          data-testid="webhook-secret"
        />
        <Button
          variant="secondary"
          autoFocus
          onClick={async () => {
            await navigator.clipboard.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <DialogActions>
        <Button onClick={onDone}>{t("done")}</Button>
      </DialogActions>
    </div>
  );
}
