import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { ACTIONS, MATRIX, RESOURCES } from "@/lib/access/matrix";
import { Code, Pre, RefTable, row, td } from "./reference-parts";

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

const ROLES = ["viewer", "admin", "supervisor"] as const;

export const GUIDES = ["authentication", "roles", "errors", "idempotency", "pagination", "sandboxes"] as const;

/** The guides before the endpoints, each a section of its own, with examples against this server's `base` URL. */
export async function guideSections(base: string): Promise<Record<(typeof GUIDES)[number], ReactNode>> {
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
  const example = (label: string, text: string) => <Pre label={label}>{text}</Pre>;

  return {
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
}
