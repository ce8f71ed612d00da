import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { actionUiLocale } from "@/lib/i18n/request";
import { CSV_BOM, csvDownload, csvLine, csvProblem } from "@/lib/format/csv";
import { readLicenseFilters, RESELLER_LICENSE_FILTERS, RESELLER_LICENSE_SORTS } from "@/lib/reseller/licenses";
import { runRead } from "@/lib/operations/read";
import { openReseller } from "@/lib/reseller";
import { resellerLicensesExport } from "@/lib/reseller/reads";
import { parseTableParams } from "@/lib/tables/params";

export const dynamic = "force-dynamic";

/** Rows in one export; a reseller with more narrows the view with the filters first. */
const MAX_ROWS = 100_000;

/**
 * CSV of the licenses view as filtered and sorted on the page: the same query and the same
 * access check (the reseller of the URL must be the caller's; else 404, as for a missing one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ reseller: string }> }): Promise<Response> {
  const { reseller: slug } = await params;
  const actor = await currentActor();
  const locale = await actionUiLocale({ account: actor?.locale });
  if (!actor) return csvProblem(unauthenticated(), locale);
  try {
    const ctx = await openReseller(actor, slug);
    const search = Object.fromEntries(new URL(request.url).searchParams);
    const table = parseTableParams(search, { sortable: RESELLER_LICENSE_SORTS, defaultSort: "termEnd", filters: RESELLER_LICENSE_FILTERS });
    const rows = await runRead(ctx, resellerLicensesExport.with({ query: { ...table, filters: readLicenseFilters(table.filters) }, limit: MAX_ROWS }));
    const header = ["license_id", "license", "workspace", "workspace_slug", "product", "seats", "term_end", "days_left", "source", "state", "purchased_at"];
    const lines = rows.map((r) =>
      csvLine([r.id, r.name, r.workspaceName, r.workspaceSlug, r.product, String(r.quantity), r.termEnd.toISOString(), String(r.daysLeft), r.source, r.state, r.purchasedAt.toISOString()]),
    );
    const day = new Date().toISOString().slice(0, 10);
    return csvDownload(`${CSV_BOM}${csvLine(header)}${lines.join("")}`, `licenses-${ctx.reseller.slug}-${day}.csv`);
  } catch (e) {
    if (e instanceof AppError) return csvProblem(e, locale);
    throw e;
  }
}
