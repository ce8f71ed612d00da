import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { buildOpenApi } from "@/lib/api/openapi";
import { buildReference } from "@/lib/api/reference";
import { ENDPOINTS } from "@/lib/api/v1";
import { GUIDES, guideSections } from "./guides";
import { Operation } from "./operation";
import { Code, FieldsTable } from "./reference-parts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("title") };
}

/** Paths in the contents, without the prefix nearly all of them share. */
const WS_PREFIX = "/workspaces/{workspace}/";
const tocPath = (path: string) => (path.startsWith(WS_PREFIX) ? `…/${path.slice(WS_PREFIX.length)}` : path);

/** A readable reference of /api/v1, rendered on the server from the very OpenAPI document the API serves. */
export default async function ApiReferencePage() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const ref = buildReference(buildOpenApi(ENDPOINTS, `${proto}://${host}/api/v1`) as unknown as Record<string, unknown>);
  const t = await getTranslations("apiDocs");
  const base = ref.baseUrl;
  const guides = await guideSections(base);

  return (
    <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <nav aria-labelledby="toc-title" className="mb-8 lg:sticky lg:top-6 lg:mb-0 lg:max-h-[calc(100dvh-3rem)] lg:self-start lg:overflow-y-auto">
        <p id="toc-title" className="text-xs font-semibold tracking-wide text-muted uppercase">
          {t("toc")}
        </p>
        <ul className="mt-3 space-y-1 text-sm">
          {GUIDES.map((g) => (
            <li key={g}>
              <a href={`#${g}`} className="block rounded px-2 py-1 text-ink hover:bg-subtle">
                {t(`guide.${g}.title`)}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-5 text-xs font-semibold tracking-wide text-muted uppercase">{t("endpoints")}</p>
        <ul className="mt-2 space-y-3 text-sm">
          {ref.groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`} className="block rounded px-2 py-1 font-medium text-ink hover:bg-subtle">
                {g.tag}
              </a>
              <ul className="mt-0.5 space-y-0.5">
                {g.operations.map((op) => (
                  <li key={op.id}>
                    <a href={`#${op.id}`} className="flex items-baseline gap-2 rounded px-2 py-0.5 text-xs text-muted hover:bg-subtle hover:text-ink">
                      <span className="w-12 shrink-0 font-mono font-semibold">{op.method}</span>
                      <span className="min-w-0 font-mono break-all">{tocPath(op.path)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#schemas" className="block rounded px-2 py-1 font-medium text-ink hover:bg-subtle">
              {t("schemas")}
            </a>
          </li>
        </ul>
      </nav>

      <div className="min-w-0">
        <div className="mb-8">
          <h1 className="text-2xl font-semibold tracking-tight text-ink">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted">{t("subtitle")}</p>
          <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">{t("baseUrl")}</dt>
            <dd>
              <Code>{base}</Code>
            </dd>
            <dt className="text-muted">{t("version")}</dt>
            <dd className="text-ink">{ref.version}</dd>
            <dt className="text-muted">{t("document")}</dt>
            <dd>
              <a href="/api/v1/openapi.json" className="font-medium text-brand-ink underline underline-offset-2 hover:no-underline">
                /api/v1/openapi.json
              </a>{" "}
              <span className="text-muted">{t("documentNote")}</span>
            </dd>
          </dl>
        </div>

        <div className="flex flex-col gap-8">
          {GUIDES.map((g) => (
            <section key={g} id={g} aria-labelledby={`${g}-title`} className="scroll-mt-6 max-w-3xl text-sm leading-relaxed text-ink">
              <h2 id={`${g}-title`} className="mb-2 text-lg font-semibold text-ink">
                {t(`guide.${g}.title`)}
              </h2>
              {guides[g]}
            </section>
          ))}

          {ref.groups.map((g) => (
            <section key={g.id} id={g.id} aria-labelledby={`${g.id}-title`} className="scroll-mt-6">
              <h2 id={`${g.id}-title`} className="mb-3 border-b border-line pb-2 text-lg font-semibold text-ink">
                {g.tag}
              </h2>
              <div className="flex flex-col gap-4">
                {g.operations.map((op) => (
                  <Operation key={op.id} op={op} />
                ))}
              </div>
            </section>
          ))}

          <section id="schemas" aria-labelledby="schemas-title" className="scroll-mt-6">
            <h2 id="schemas-title" className="mb-3 border-b border-line pb-2 text-lg font-semibold text-ink">
              {t("schemas")}
            </h2>
            <p className="mb-4 max-w-3xl text-sm text-muted">{t("schemasNote")}</p>
            <div className="flex flex-col gap-6">
              {ref.schemas.map((s) => (
                <section key={s.name} id={`schema-${s.name}`} aria-labelledby={`schema-${s.name}-title`} className="scroll-mt-6">
                  <h3 id={`schema-${s.name}-title`} className="font-mono text-base font-semibold text-ink">
                    {s.name}
                  </h3>
                  <FieldsTable rows={s.rows} caption={t("schemaFields", { name: s.name })} />
                </section>
              ))}
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
