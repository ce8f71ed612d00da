/**
 * Plays the vendor: issues an activation code for a license definition.
 *   npx tsx scripts/issue-code.ts --sku FB-ESC-PRO --quantity 150 [--days 365] [--workspace kowalski-design] [--name "…"]
 * On DATABASE_URL, or the embedded dev server. Prints the code once; only its hash is stored.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { withDatabase } from "../db/launch";
import { asOwner } from "../db/seed/owner";
import { workspaces } from "../db/schema";
import { issueCodeInput } from "../lib/activation-codes/issue";
import { localActivationService } from "../lib/activation-service";

const { values } = parseArgs({
  options: {
    sku: { type: "string" },
    quantity: { type: "string" },
    days: { type: "string", default: "365" },
    workspace: { type: "string" },
    name: { type: "string" },
  },
});
if (!values.sku || !values.quantity) {
  console.error("usage: tsx scripts/issue-code.ts --sku SKU --quantity N [--days 365] [--workspace slug] [--name NAME]");
  process.exit(2);
}
// The same checks as the issue endpoint: whole numbers in range, not NaN from a typo.
const parsed = issueCodeInput.safeParse({ sku: values.sku, name: values.name, quantity: Number(values.quantity), termDays: Number(values.days) });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path[0] === "termDays" ? "days" : String(issue.path[0])}: ${issue.message}`);
  process.exit(2);
}
const input = parsed.data;
await withDatabase(async (db) => {
  await asOwner(db.ownerUrl, async (tx) => {
    let workspaceId: string | null = null;
    if (values.workspace) {
      const [ws] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, values.workspace));
      if (!ws) throw new Error(`no workspace ${values.workspace}`);
      workspaceId = ws.id;
    }
    const issued = await localActivationService.issue(tx, {
      sku: input.sku,
      quantity: input.quantity,
      termDays: input.termDays,
      name: input.name,
      workspaceId,
    });
    const d = issued.definition;
    console.log(issued.code);
    console.error(`${d.name}: ${d.quantity} × ${d.licensingModel}, ${d.termDays} days, features ${d.features.join(", ")}${values.workspace ? ` (only in ${values.workspace})` : ""}`);
  });
});
