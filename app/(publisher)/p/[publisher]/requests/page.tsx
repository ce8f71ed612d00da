import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { QUEUE_VIEWS, type PublisherItem, type QueueView } from "@/lib/hosts/publisher";
import { pendingDecisions, publisherQueue } from "@/lib/hosts/publisher-reads";
import { runReads } from "@/lib/operations/read";
import { publisherForPage } from "@/lib/hosts/publisher-page";
import type { ResetDecision } from "@/lib/hosts/rules";
import { decide } from "./actions";
import { DecisionForm } from "./decision-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publisher");
  return { title: t("title") };
}

const PAGE_SIZE = 25;
const TONE: Record<ResetDecision, BadgeTone> = { pending: "warning", approved: "success", denied: "danger" };
// Publishers decide for customers everywhere: one neutral format, with the zone named.
const LOCALE = "en-GB";
const ZONE = "UTC";

type Group = { requestId: string; first: PublisherItem; items: PublisherItem[] };

function groupByRequest(items: PublisherItem[]): Group[] {
  const groups = new Map<string, Group>();
  for (const i of items) {
    const g = groups.get(i.requestId);
    if (g) g.items.push(i);
    else groups.set(i.requestId, { requestId: i.requestId, first: i, items: [i] });
  }
  return [...groups.values()];
}

/** The publisher's queue of reset requests for its own products, with Approve / Deny per license. */
export default async function PublisherRequestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ publisher: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { publisher: slug } = await params;
  const ctx = await publisherForPage(slug);
  const sp = await searchParams;
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]);
  const view: QueueView = (QUEUE_VIEWS as readonly string[]).includes(one("view") ?? "") ? (one("view") as QueueView) : "pending";
  const page = Math.max(1, Math.min(100_000, Number.parseInt(one("page") ?? "1", 10) || 1));
  const q = (one("q") ?? "").trim().slice(0, 200);
  const [[queue, pending], t, tEnums] = await Promise.all([
    runReads(ctx, publisherQueue.with({ view, q, page, size: PAGE_SIZE }), pendingDecisions),
    getTranslations("publisher"),
    getTranslations("enums"),
  ]);
  const when = (d: Date) => formatDateTime(d, LOCALE, ZONE, { zone: true });
  const base = `/p/${ctx.publisher.slug}/requests`;
  const href = (patch: Record<string, string | number | null>) => {
    const next = new URLSearchParams();
    const merged = { view, q, page, ...patch };
    for (const [k, v] of Object.entries(merged)) if (v !== null && v !== "" && !(k === "page" && v === 1) && !(k === "view" && v === "pending")) next.set(k, String(v));
    const s = next.toString();
    return s ? `${base}?${s}` : base;
  };
  const groups = groupByRequest(queue.rows);
  const pages = Math.max(1, Math.ceil(queue.total / PAGE_SIZE));

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { publisher: ctx.publisher.name })} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("viewsLabel")} className="flex gap-1 rounded-lg border border-line bg-surface p-1 text-sm">
          {QUEUE_VIEWS.map((v) => (
            <Link
              key={v}
              href={href({ view: v, page: 1 })}
              aria-current={v === view ? "page" : undefined}
              className={v === view ? "rounded-md bg-brand-soft px-3 py-1.5 font-medium text-brand-ink" : "rounded-md px-3 py-1.5 text-muted hover:bg-subtle"}
            >
              {t(`views.${v}`)}
              {v === "pending" ? ` (${pending})` : ""}
            </Link>
          ))}
        </nav>
        <form role="search" action={base} className="flex items-center gap-2">
          {view !== "pending" ? <input type="hidden" name="view" value={view} /> : null}
          <label htmlFor="queue-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="queue-search"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("searchPlaceholder")}
            className="h-9 w-64 rounded-md border border-line-strong bg-surface px-3 text-sm text-ink shadow-card placeholder:text-faint"
          />
        </form>
      </div>
      {groups.length === 0 ? (
        <div className="rounded-lg border border-line bg-surface">
          <EmptyState title={view === "pending" ? t("emptyPending") : t("empty")} description={t("emptyBody")} />
        </div>
      ) : (
        <ol aria-label={t("listLabel")} className="flex flex-col gap-4">
          {groups.map((g) => (
            <li key={g.requestId} className="rounded-lg border border-line bg-surface shadow-card">
              <article aria-labelledby={`req-${g.requestId}`}>
                <header className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-5 py-3.5">
                  <div>
                    <h2 id={`req-${g.requestId}`} className="text-base font-semibold text-ink">
                      {t("requestTitle", { host: g.first.hostName, workspace: g.first.workspaceName })}
                    </h2>
                    <p className="mt-0.5 text-sm text-muted">
                      {tEnums(`platform.${g.first.hostPlatform}`)} · {t("requestedAt", { when: when(g.first.requestedAt) })}
                    </p>
                  </div>
                </header>
                <div className="border-b border-line bg-canvas px-5 py-3 text-sm">
                  <p className="text-xs font-medium text-muted">{t("reason")}</p>
                  <p className="mt-0.5 whitespace-pre-wrap text-ink">{g.first.reason}</p>
                </div>
                <ul className="divide-y divide-line">
                  {g.items.map((i) => (
                    <li key={i.id} className="grid gap-3 px-5 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]" aria-label={t("itemLabel", { license: i.licenseName })}>
                      <div className="text-sm">
                        <p className="font-medium text-ink">{i.licenseName}</p>
                        <p className="text-muted">
                          {i.productName} · <span className="font-mono text-xs">{i.productSku}</span>
                        </p>
                        <p className="mt-1">
                          <Badge tone={TONE[i.decision]}>{t(`decisions.${i.decision}`)}</Badge>
                          {i.decidedAt ? <span className="ml-2 text-xs text-muted">{when(i.decidedAt)}</span> : null}
                        </p>
                        {i.note ? <p className="mt-1 text-ink">{t("yourNote", { note: i.note })}</p> : null}
                      </div>
                      {i.decision === "pending" ? (
                        <DecisionForm action={decide.bind(null, ctx.publisher.slug)} itemId={i.id} license={i.licenseName} host={i.hostName} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
          <span className="text-muted">{t("pageOf", { page, pages })}</span>
          <span className="flex gap-2">
            {page > 1 ? <Link className="font-medium text-brand-ink underline" href={href({ page: page - 1 })}>{t("previous")}</Link> : null}
            {page < pages ? <Link className="font-medium text-brand-ink underline" href={href({ page: page + 1 })}>{t("next")}</Link> : null}
          </span>
        </nav>
      ) : null}
    </>
  );
}
