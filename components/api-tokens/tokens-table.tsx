"use client";

import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useWorkspaceFormat } from "@/components/workspace/workspace-context";
import type { TokenState } from "@/lib/api-tokens/rules";
import type { TokenRow } from "./tokens";

const STATE_TONE: Record<TokenState, BadgeTone> = { active: "success", expired: "warning", revoked: "neutral" };

/** The tokens with who made them, when they were last used, when they expire and whether they still work. */
export function TokensTable({ tokens, tableLabel, onRevoke }: { tokens: TokenRow[]; tableLabel: string; onRevoke: (t: TokenRow) => void }) {
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
