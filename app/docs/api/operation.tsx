import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ReferenceOperation } from "@/lib/api/reference";
import { Code, DescriptionCell, FieldsTable, Method, RefTable, row, td, TypeCell } from "./reference-parts";

/** One endpoint: method and path, what it does, its traits, parameters, body and responses. */
export async function Operation({ op }: { op: ReferenceOperation }) {
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
