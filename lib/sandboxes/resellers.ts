import { randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { products } from "@/db/schema";
import { withScope } from "@/db/scope";
import { createPersonAccounts } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { localDate, startOfLocalDay, testClocksAllowed } from "@/lib/clock/rules";
import { AppError } from "@/lib/errors";
import { issueLicenses } from "@/lib/licenses/lifecycle";
import { addDays } from "@/lib/renewal/window";
import { linkSandboxWorkspace } from "@/lib/reseller/links";
import { openSeats } from "@/lib/seats/ledger";
import { createSandbox, type Sandbox } from "./index";

/**
 * A throw-away reseller for suites (seed 004): linked sandbox workspaces (PL, DE, ...), each with
 * licenses in every online-renewal situation, and a staff sign-in. Never the demo reseller.
 * The workspaces expire like any sandbox; the reseller row goes once it has none left.
 */
export const resellerSandboxInput = z.object({
  workspaces: z.number().int().min(1).max(5).default(2),
  requireTwoFactor: z.boolean().default(false),
});

export type ResellerSandboxLicenses = {
  /** Web store, 20 days left: renewable online. */
  renewable: string;
  /** Web store, 90 days left: too early. */
  tooEarly: string;
  /** Bought through a partner, 10 days left. */
  partner: string;
  /** Bought 2019-03-15 (before the 8.0 release), 10 days left. */
  before80: string;
};

export type ResellerSandbox = {
  reseller: { id: string; slug: string; name: string; requireTwoFactor: boolean };
  staff: { email: string; password: string };
  workspaces: (Sandbox & { licenses: ResellerSandboxLicenses })[];
};

const COUNTRIES = ["PL", "DE"] as const;
const PRODUCT_SKU = "FB-ESC";

export async function createResellerSandbox(raw: z.input<typeof resellerSandboxInput>): Promise<ResellerSandbox> {
  if (!testClocksAllowed()) throw new AppError(404, "not_found", { key: "apiErrors.sandboxes_off" });
  const input = resellerSandboxInput.parse(raw);
  const slug = `sandbox-partner-${randomBytes(5).toString("hex")}`;
  const name = `Sandbox Partner ${slug.slice(-6)}`;
  const resellerId = await withScope({ kind: "anonymous" }, async (tx) => {
    const [row] = await tx.execute<{ id: string }>(sql`select app_create_sandbox_reseller(${slug}, ${name}, ${input.requireTwoFactor}) as id`);
    return row.id;
  });
  const password = randomBytes(15).toString("base64url");
  const passwordHash = await hashPassword(password);
  const staffEmail = `staff@${slug}.sandbox.test`;

  const made: ResellerSandbox["workspaces"] = [];
  for (let i = 0; i < input.workspaces; i++) {
    const sandbox = await createSandbox({ template: "empty", country: COUNTRIES[i % COUNTRIES.length], name: `${name} customer ${i + 1}` });
    const ws = sandbox.workspace;
    const licenseIds = await withScope({ kind: "system", workspaceId: ws.id }, async (tx) => {
      await linkSandboxWorkspace(tx, resellerId, ws.id);
      if (i === 0) {
        // The staff account lives and goes with the first workspace, like other sandbox sign-ins.
        await createPersonAccounts(tx, [{ id: randomUUID(), email: staffEmail, name: "Sandbox Partner Staff", passwordHash, resellerId, scopedWorkspaceId: ws.id }]);
      }
      const [product] = await tx.select().from(products).where(eq(products.sku, PRODUCT_SKU));
      const now = new Date(sandbox.clock.now);
      const today = localDate(now, ws.timeZone);
      const endIn = (days: number) => startOfLocalDay(addDays(today, days), ws.timeZone);
      const license = (label: string, quantity: number, days: number, source: "web_store" | "reseller", purchasedAt: Date) => ({
        productId: product.id,
        name: `${product.name} — ${label}`,
        quantity,
        licensingModel: product.licensingModel,
        source,
        termStart: endIn(days - 365),
        termEnd: endIn(days),
        purchasedAt,
      });
      const ids = await issueLicenses(tx, ws.id, [
        license("office", 25, 20, "web_store", endIn(-345)),
        license("branch", 10, 90, "web_store", endIn(-275)),
        license("partner", 5, 10, "reseller", endIn(-355)),
        license("legacy", 8, 10, "web_store", startOfLocalDay("2019-03-15", ws.timeZone)),
      ]);
      // Per device: its seats in use are devices, and this sandbox has none.
      await openSeats(tx, ws.id, [product.id], { purchased: 48 });
      return { renewable: ids[0], tooEarly: ids[1], partner: ids[2], before80: ids[3] };
    });
    made.push({ ...sandbox, licenses: licenseIds });
  }
  return {
    reseller: { id: resellerId, slug, name, requireTwoFactor: input.requireTwoFactor },
    staff: { email: staffEmail, password },
    workspaces: made,
  };
}
