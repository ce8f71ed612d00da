import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { outbox } from "@/lib/mail/reads";
import { runRead } from "@/lib/operations/read";
import { workspacePageFor } from "@/lib/workspaces/current";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title") };
}

const TONE: Record<string, BadgeTone> = { queued: "info", caught: "neutral", sent: "success", failed: "danger" };
const STATUSES = ["queued", "caught", "sent", "failed"] as const;
type Status = (typeof STATUSES)[number];
const statusOf = (s: string): Status => (STATUSES as readonly string[]).includes(s) ? (s as Status) : "queued";

/** What the console wrote to people about this workspace, newest first. */
export default async function OutboxPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await workspacePageFor(slug, "mail");
  const [messages, t] = await Promise.all([
    runRead(ctx, outbox),
    getTranslations("outbox"),
  ]);
  const { locale, timeZone } = ctx.workspace;

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      {messages.length === 0 ? (
        <div className="rounded-lg border border-line bg-surface">
          <EmptyState title={t("empty")} description={t("emptyHint")} />
        </div>
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-line rounded-lg border border-line bg-surface">
          {messages.map((m) => {
            const status = statusOf(m.status);
            return (
              <li key={m.id}>
                <details className="group">
                  <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-subtle focus-visible:outline-2 focus-visible:outline-brand">
                    <span className="min-w-0 flex-1 font-medium text-ink">{m.subject}</span>
                    <span className="text-sm text-muted">{m.recipients.join(", ")}</span>
                    <Badge tone={TONE[status]} title={t(`statusHints.${status}`)}>
                      {t(`statuses.${status}`)}
                    </Badge>
                    <time className="text-sm text-muted tabular-nums" dateTime={m.queuedAt.toISOString()}>
                      {formatDateTime(m.queuedAt, locale, timeZone)}
                    </time>
                  </summary>
                  <div className="space-y-3 border-t border-line bg-canvas px-4 py-4">
                    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="text-muted">{t("to")}</dt>
                      <dd className="text-ink">{m.recipients.join(", ")}</dd>
                      <dt className="text-muted">{t("kind")}</dt>
                      <dd>
                        <code className="font-mono text-xs">{m.kind}</code>
                      </dd>
                    </dl>
                    {m.lastError ? <p className="text-sm text-danger-ink">{t("lastError", { error: m.lastError })}</p> : null}
                    <pre className="overflow-x-auto rounded-md border border-line bg-surface p-3 font-sans text-sm whitespace-pre-wrap text-ink">{m.text}</pre>
                    {status === "caught" ? (
                      <a
                        className="inline-block text-sm font-medium text-brand-ink underline underline-offset-2"
                        href={`/w/${slug}/outbox/${m.id}/raw`}
                        aria-label={t("downloadLabel", { subject: m.subject })}
                        download
                      >
                        {t("download")}
                      </a>
                    ) : null}
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
