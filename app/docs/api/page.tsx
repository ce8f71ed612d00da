import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { buildOpenApi } from "@/lib/api/openapi";
import { buildReference, type ReferenceOperation, type SchemaRow } from "@/lib/api/reference";
import { ENDPOINTS } from "@/lib/api/v1";
import { ACTIONS, MATRIX, RESOURCES } from "@/lib/access/matrix";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("title") };
}

const METHOD_TONE: Record<string, BadgeTone> = { GET: "info", POST: "success", PUT: "warning", PATCH: "warning", DELETE: "danger" };

const ERRORS: { status: number; codes: string[]; key: string }[] = [
  { status: 400, codes: ["malformed_json", "unsupported_media_type"], key: "400" },
  { status: 401, codes: ["unauthenticated", "invalid_token"], key: "401" },
  { status: 403, codes: ["forbidden"], key: "403" },
  { status: 404, codes: ["not_found"], key: "404" },
  { status: 409, codes: ["conflict"], key: "409" },
  { status: 413, codes: ["payload_too_large"], key: "413" },
  { status: 422, codes: ["validation_failed", "idempotency_key_reused"], key: "422" },
  { status: 429, codes: ["rate_limited"], key: "429" },
  { status: 500, codes: ["internal"], key: "500" },
];

/** Paths in the contents, without the prefix nearly all of them share. */
const WS_PREFIX = "/workspaces/{workspace}/";
const tocPath = (path: string) => (path.startsWith(WS_PREFIX) ? `…/${path.slice(WS_PREFIX.length)}` : path);

const ROLES = ["viewer", "admin", "supervisor"] as const;

const GUIDES = ["authentication", "roles", "errors", "idempotency", "pagination", "sandboxes"] as const;

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-subtle px-1 py-0.5 font-mono text-[0.8125rem] text-ink">{children}</code>;
}

function Pre({ children, label }: { children: string; label: string }) {
  return (
    <pre
      aria-label={label}
      // A scrolling code block must be reachable by keyboard to scroll it (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-md border border-line bg-subtle px-4 py-3 font-mono text-xs leading-relaxed text-ink"
    >
      {children}
    </pre>
  );
}

function Method({ method }: { method: string }) {
  return (
    <Badge tone={METHOD_TONE[method] ?? "neutral"} className="w-16 justify-center font-mono">
      {method}
    </Badge>
  );
}

/** A field's type, linked to the named schema it refers to. */
function TypeCell({ type, schemaRef }: { type: string; schemaRef?: string }) {
  if (!schemaRef) return <code className="font-mono text-xs text-ink">{type}</code>;
  const [before, after] = type.split(schemaRef);
  return (
    <code className="font-mono text-xs text-ink">
      {before}
      <a href={`#schema-${schemaRef}`} className="text-brand-ink underline underline-offset-2 hover:no-underline">
        {schemaRef}
      </a>
      {after}
    </code>
  );
}

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-muted uppercase";
const td = "px-3 py-2 align-top";

/** The frame every table of the reference shares: scrolling box, hidden caption, header row. */
function RefTable({ caption, columns, className = "mt-2", children }: { caption: string; columns: ReactNode[]; className?: string; children: ReactNode }) {
  return (
    <div className={cn("relative overflow-x-auto rounded-md border border-line", className)}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-subtle">
          <tr className="border-b border-line">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={th}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const row = "border-b border-line last:border-b-0";

/** A field's or parameter's description and constraints, or a dash for neither. */
function DescriptionCell({ description, constraints }: { description?: string | null; constraints: string[] }) {
  return (
    <td className={cn(td, "text-muted")}>
      {description ? <p className="text-ink">{description}</p> : null}
      {constraints.length ? <p className="text-xs">{constraints.join(" · ")}</p> : null}
      {!description && !constraints.length ? <span aria-hidden="true">—</span> : null}
    </td>
  );
}

async function FieldsTable({ rows, caption }: { rows: SchemaRow[]; caption: string }) {
  const t = await getTranslations("apiDocs.table");
  return (
    <RefTable caption={caption} columns={[t("field"), t("type"), t("description")]}>
      {rows.map((r) => (
        <tr key={r.path} className={row}>
          <th scope="row" className={cn(td, "text-left font-normal whitespace-nowrap")} style={{ paddingLeft: `${0.75 + r.depth * 1.25}rem` }}>
            <code className="font-mono text-xs font-semibold text-ink">{r.depth ? r.path.slice(r.path.lastIndexOf(".") + 1) : r.name}</code>
            {r.required ? <span className="ml-1.5 text-xs text-danger-ink">{t("required")}</span> : null}
          </th>
          <td className={cn(td, "whitespace-nowrap")}>
            <TypeCell type={r.type} schemaRef={r.ref} />
          </td>
          <DescriptionCell description={r.description} constraints={r.constraints} />
        </tr>
      ))}
    </RefTable>
  );
}

async function Operation({ op }: { op: ReferenceOperation }) {
  const t = await getTranslations("apiDocs");
  const titleId = `${op.id}-title`;
  return (
    <article id={op.id} aria-labelledby={titleId} className="scroll-mt-6 rounded-lg border border-line bg-surface p-5 shadow-card">
      <h3 id={titleId} className="flex flex-wrap items-center gap-2 text-base font-semibold text-ink">
        <Method method={op.method} />
        <code className="font-mono text-sm break-all">{op.path}</code>
      </h3>
      <p className="mt-2 text-sm text-ink">{op.summary}</p>
      {op.description ? <p className="mt-1 text-sm text-muted">{op.description}</p> : null}
      <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("operation.traits")}>
        <li>
          {op.authenticated ? <Badge tone="neutral">{t("operation.auth")}</Badge> : <Badge tone="warning">{t("operation.noAuth")}</Badge>}
        </li>
        {op.idempotent ? (
          <li>
            <Badge tone="brand">{t("operation.idempotent")}</Badge>
          </li>
        ) : null}
        {op.paginated ? (
          <li>
            <Badge tone="info">{t("operation.paginated")}</Badge>
          </li>
        ) : null}
      </ul>

      {op.parameters.length ? (
        <>
          <h4 className="mt-5 text-sm font-semibold text-ink">{t("operation.parameters")}</h4>
          <RefTable
            caption={t("operation.parametersOf", { path: `${op.method} ${op.path}` })}
            columns={[t("table.name"), t("table.in"), t("table.type"), t("table.description")]}
          >
            {op.parameters.map((p) => (
              <tr key={`${p.in}:${p.name}`} className={row}>
                <th scope="row" className={cn(td, "text-left font-normal whitespace-nowrap")}>
                  <code className="font-mono text-xs font-semibold text-ink">{p.name}</code>
                  {p.required ? <span className="ml-1.5 text-xs text-danger-ink">{t("table.required")}</span> : null}
                </th>
                <td className={cn(td, "text-muted")}>{p.in}</td>
                <td className={cn(td, "whitespace-nowrap")}>
                  <TypeCell type={p.type} />
                </td>
                <DescriptionCell description={p.description} constraints={p.constraints} />
              </tr>
            ))}
          </RefTable>
        </>
      ) : null}

      {op.idempotent ? (
        <p className="mt-4 text-sm text-muted">
          {t.rich("operation.idempotencyNote", { code: (c) => <Code>{c}</Code>, link: (c) => <a href="#idempotency" className="text-brand-ink underline underline-offset-2 hover:no-underline">{c}</a> })}
        </p>
      ) : null}

      {op.body ? (
        <>
          <h4 className="mt-5 text-sm font-semibold text-ink">{t("operation.body")}</h4>
          <p className="mt-1 text-sm text-muted">{t.rich("operation.bodyNote", { code: (c) => <Code>{c}</Code> })}</p>
          {op.body.ref ? (
            <p className="mt-2 text-sm">
              <TypeCell type={op.body.type ?? op.body.ref} schemaRef={op.body.ref} />
            </p>
          ) : op.body.rows.length ? (
            <FieldsTable rows={op.body.rows} caption={t("operation.bodyOf", { path: `${op.method} ${op.path}` })} />
          ) : null}
        </>
      ) : null}

      <h4 className="mt-5 text-sm font-semibold text-ink">{t("operation.responses")}</h4>
      <RefTable caption={t("operation.responsesOf", { path: `${op.method} ${op.path}` })} columns={[t("table.status"), t("table.description"), t("table.body")]}>
        {op.responses.map((r) => (
          <tr key={r.status} className={row}>
            <th scope="row" className={cn(td, "text-left font-normal")}>
              <Badge tone={r.status.startsWith("2") ? "success" : r.status.startsWith("4") ? "warning" : "danger"} className="font-mono">
                {r.status}
              </Badge>
            </th>
            <td className={cn(td, "text-ink")}>{r.description}</td>
            <td className={cn(td, "whitespace-nowrap")}>
              {r.type ? <TypeCell type={r.type} schemaRef={r.ref} /> : <span className="text-muted">{t("table.noBody")}</span>}
            </td>
          </tr>
        ))}
      </RefTable>
      {op.responses.some((r) => r.rows.length) ? (
        <FieldsTable
          rows={op.responses.find((r) => r.rows.length)!.rows}
          caption={t("operation.responseFieldsOf", { path: `${op.method} ${op.path}` })}
        />
      ) : null}
    </article>
  );
}

/** A readable reference of /api/v1, rendered on the server from the very OpenAPI document the API serves. */
export default async function ApiReferencePage() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const ref = buildReference(buildOpenApi(ENDPOINTS, `${proto}://${host}/api/v1`) as unknown as Record<string, unknown>);
  const [t, tRoles] = await Promise.all([getTranslations("apiDocs"), getTranslations("roles")]);
  // Literal braces and angle brackets would be ICU syntax in the catalogue: they come in as values.
  const rich = {
    code: (c: ReactNode) => <Code>{c}</Code>,
    strong: (c: ReactNode) => <strong className="font-semibold text-ink">{c}</strong>,
    ws: "{workspace}",
    authHeader: "Authorization: Bearer <token>",
    errorShape: '{"error": {"code", "message", "details"}}',
    pageShape: '{"data": [...], "nextCursor": ...}',
  };
  const base = ref.baseUrl;
  const example = (label: string, text: string) => <Pre label={label}>{text}</Pre>;

  const guides: Record<(typeof GUIDES)[number], ReactNode> = {
    authentication: (
      <>
        <p>{t.rich("guide.authentication.body", rich)}</p>
        <p className="mt-2">{t.rich("guide.authentication.roles", rich)}</p>
        {example(t("exampleLabel"), `curl -H "Authorization: Bearer $LC_TOKEN" ${base}/workspaces`)}
      </>
    ),
    roles: (
      <>
        <p>{t.rich("guide.roles.body", rich)}</p>
        <RefTable caption={t("guide.roles.tableLabel")} columns={[t("guide.roles.resource"), ...ROLES.map((role) => tRoles(role))]} className="mt-3">
          {RESOURCES.map((resource) => (
            <tr key={resource} className={row}>
              <th scope="row" className={cn(td, "text-left font-normal text-ink")}>
                {/* A resource added to the matrix shows by its key until it gets a label. */}
                {t.has(`guide.roles.resources.${resource}`) ? t(`guide.roles.resources.${resource}`) : resource}
              </th>
              {ROLES.map((role) => {
                const actions = ACTIONS.filter((a) => MATRIX[role][resource]?.includes(a));
                return (
                  <td key={role} className={cn(td, actions.length ? "text-ink" : "text-muted")}>
                    {actions.length ? actions.map((a) => t(`guide.roles.actions.${a}`)).join(", ") : t("guide.roles.none")}
                  </td>
                );
              })}
            </tr>
          ))}
        </RefTable>
      </>
    ),
    errors: (
      <>
        <p>{t.rich("guide.errors.body", rich)}</p>
        {example(
          t("exampleLabel"),
          `HTTP/1.1 422 Unprocessable Entity\ncontent-type: application/json\n\n{\n  "error": {\n    "code": "validation_failed",\n    "message": "Some fields need attention.",\n    "details": { "fieldErrors": { "email": ["Enter a valid e-mail address."] }, "formErrors": [] }\n  }\n}`,
        )}
        <RefTable caption={t("guide.errors.tableLabel")} columns={[t("table.status"), t("table.code"), t("table.meaning")]} className="mt-3">
          {ERRORS.map((e) => (
            <tr key={e.status} className={row}>
              <th scope="row" className={cn(td, "text-left font-mono font-normal text-ink")}>{e.status}</th>
              <td className={td}>
                <ul className="flex flex-col gap-0.5">
                  {e.codes.map((c) => (
                    <li key={c}>
                      <Code>{c}</Code>
                    </li>
                  ))}
                </ul>
              </td>
              <td className={cn(td, "text-ink")}>{t(`guide.errors.status.${e.key}` as "guide.errors.status.400")}</td>
            </tr>
          ))}
        </RefTable>
      </>
    ),
    idempotency: (
      <>
        <p>{t.rich("guide.idempotency.body", rich)}</p>
        <p className="mt-2">{t.rich("guide.idempotency.concurrent", rich)}</p>
        <p className="mt-2">{t.rich("guide.idempotency.tokens", rich)}</p>
        {example(
          t("exampleLabel"),
          `curl -X POST ${base}/workspaces/acme/users \\\n  -H "Authorization: Bearer $LC_TOKEN" \\\n  -H "Content-Type: application/json" \\\n  -H "Idempotency-Key: add-jane-2031-01-15" \\\n  -d '{"name": "Jane Doe", "email": "jane@acme.example"}'\n# The same call again answers the same 201 with "Idempotent-Replayed: true".`,
        )}
      </>
    ),
    pagination: (
      <>
        <p>{t.rich("guide.pagination.body", rich)}</p>
        {example(
          t("exampleLabel"),
          `curl -H "Authorization: Bearer $LC_TOKEN" "${base}/workspaces/acme/users?limit=100"\n# → { "data": [ … ], "nextCursor": "WyJab2UiLCI…" }\ncurl -H "Authorization: Bearer $LC_TOKEN" "${base}/workspaces/acme/users?limit=100&cursor=WyJab2UiLCI…"\n# → { "data": [ … ], "nextCursor": null }   (the last page)`,
        )}
      </>
    ),
    sandboxes: (
      <>
        <p>{t.rich("guide.sandboxes.body", rich)}</p>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          <li>{t.rich("guide.sandboxes.step1", rich)}</li>
          <li>{t.rich("guide.sandboxes.step2", rich)}</li>
          <li>{t.rich("guide.sandboxes.step3", rich)}</li>
          <li>{t.rich("guide.sandboxes.step4", rich)}</li>
          <li>{t.rich("guide.sandboxes.step5", rich)}</li>
        </ol>
        {example(
          t("exampleLabel"),
          `SB=$(curl -s -X POST ${base}/sandboxes -H "Content-Type: application/json" \\\n       -d '{"template": "renewal-window-50-45"}')\nSLUG=$(echo "$SB" | jq -r .workspace.slug); TOKEN=$(echo "$SB" | jq -r .token.token)\ncurl -X POST ${base}/workspaces/$SLUG/clock/advance -H "Authorization: Bearer $TOKEN" \\\n     -H "Content-Type: application/json" -d '{"days": 11}'\ncurl -X DELETE ${base}/sandboxes/$SLUG -H "Authorization: Bearer $TOKEN"`,
        )}
      </>
    ),
  };

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
