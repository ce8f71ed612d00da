import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";

export type TokenActivity = { id: number; occurredAt: Date; actorLabel: string; what: string };

/**
 * Who created and revoked a reseller's or a publisher's tokens (their own audit log: those tokens
 * belong to no workspace). The page words each event; the texts come from the scope's namespace.
 */
export async function TokenActivityCard({ namespace, activity }: { namespace: "resellerApiTokens" | "publisherApiTokens"; activity: TokenActivity[] }) {
  const t = await getTranslations(namespace);
  const th = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-muted uppercase";
  return (
    <Card title={t("auditTitle")} titleId="token-activity-title" description={t("auditDescription")} className="mt-8 max-w-5xl" bodyClassName="p-0">
      {activity.length === 0 ? (
        <EmptyState title={t("auditEmpty")} />
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("auditTableLabel")}</caption>
            <thead className="bg-subtle">
              <tr className="border-b border-line">
                <th scope="col" className={th}>{t("auditColumns.when")}</th>
                <th scope="col" className={th}>{t("auditColumns.who")}</th>
                <th scope="col" className={th}>{t("auditColumns.what")}</th>
              </tr>
            </thead>
            <tbody>
              {activity.map((a) => (
                <tr key={a.id} className="border-b border-line last:border-b-0">
                  <td className="px-4 py-2.5 whitespace-nowrap">{formatDateTime(a.occurredAt, "en", "UTC")}</td>
                  <td className="px-4 py-2.5">{a.actorLabel}</td>
                  <td className="px-4 py-2.5 text-ink">{a.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
