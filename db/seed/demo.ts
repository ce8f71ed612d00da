import { hashCode, demoCode, localActivationService } from "../../lib/activation-service";
import { hashPassword } from "../../lib/auth/password";
import { countryDefaults, type CountryCode } from "../../lib/workspaces/countries";
import { eq } from "drizzle-orm";
import * as s from "../schema";
import { seedCatalog } from "./catalog";
import { seedId } from "../../lib/demo-data/ids";
import { seedDemoKeys } from "./keys";
import { seedMachines } from "../../lib/demo-data/machines";
import { NAMES } from "../../lib/demo-data/names";
import { asOwner } from "./owner";
import { seedWorkspaceData } from "../../lib/demo-data/workspace-data";

export const DEMO_PASSWORD = "demo-license-console";

/** The sign-ins the launcher prints. */
export const DEMO_ACCOUNTS = [
  { email: "anna.supervisor@kowalski.example", name: "Anna Kowalska", note: "supervisor of Kowalski Design (PL)" },
  { email: "adam.admin@kowalski.example", name: "Adam Nowak", note: "admin of Kowalski Design" },
  { email: "wiktor.viewer@kowalski.example", name: "Wiktor Zieliński", note: "viewer of Kowalski Design" },
  { email: "max.supervisor@mueller.example", name: "Max Müller", note: "supervisor of Müller Maschinenbau (DE)" },
  { email: "rita@partner-it.example", name: "Rita Partner", note: "reseller staff, Partner IT (both workspaces)" },
  { email: "paul@northwind.example", name: "Paul Publisher", note: "publisher staff, Northwind Software" },
] as const;

/**
 * Unredeemed activation codes for Kowalski Design's Fabrikam license (seed 002), printed by the
 * launcher. Derived from fixed seeds: demo data only, never a secret.
 */
export const DEMO_CODES = [
  { seed: "kowalski:upgrade", sku: "FB-ESC-PRO", quantity: 150, termDays: 365, note: "upgrade to Fabrikam Endpoint Security Cloud Pro, 150 devices" },
  { seed: "kowalski:downgrade", sku: "FB-ESC", quantity: 100, termDays: 365, note: "downgrade to Fabrikam Endpoint Security Cloud, 100 devices" },
  { seed: "kowalski:renewal", sku: "FB-ESC-PLUS", quantity: 100, termDays: 365, note: "renewal of Fabrikam Endpoint Security Cloud Plus" },
].map((c) => ({ ...c, code: demoCode(c.seed) }));

const DAY = 86_400_000;

/**
 * The demo: two customer workspaces in different countries, one inside its renewal window with
 * the seed article's 50 used / 45 renewed; a reseller linked to both; publishers with products;
 * an account for every role. Idempotent: every row has a stable id and conflicts are skipped.
 */
export async function seedDemo(ownerUrl: string, now = new Date(), opts: { password?: string } = {}): Promise<void> {
  await asOwner(ownerUrl, async (tx) => {
    await seedCatalog(tx);

    const resellerId = seedId("reseller:partner-it");
    await tx.insert(s.resellers).values({ id: resellerId, slug: "partner-it", name: "Partner IT" }).onConflictDoNothing();

    const workspace = async (slug: string, name: string, country: CountryCode) => {
      const id = seedId(`workspace:${slug}`);
      const { currency, locale, timeZone } = countryDefaults(country);
      await tx.insert(s.workspaces).values({ id, slug, name, country, currency, locale, timeZone }).onConflictDoNothing();
      await tx.insert(s.resellerWorkspaces).values({ resellerId, workspaceId: id }).onConflictDoNothing();
      return id;
    };
    const kowalski = await workspace("kowalski-design", "Kowalski Design", "PL");
    const mueller = await workspace("mueller-maschinenbau", "Müller Maschinenbau", "DE");

    const passwordHash = await hashPassword(opts.password ?? DEMO_PASSWORD);
    // A password of its own (production's `--demo`) replaces the published one on every run.
    const account = async (email: string, name: string, extra: Partial<typeof s.accounts.$inferInsert> = {}) => {
      const id = seedId(`account:${email}`);
      const insert = tx.insert(s.accounts).values({ id, email, name, passwordHash, ...extra });
      await (opts.password ? insert.onConflictDoUpdate({ target: s.accounts.id, set: { passwordHash } }) : insert.onConflictDoNothing());
      return id;
    };
    const member = async (workspaceId: string, accountId: string, role: s.WorkspaceRole) =>
      tx.insert(s.memberships).values({ workspaceId, accountId, role }).onConflictDoNothing();

    const [anna, adam, wiktor, max] = await Promise.all(DEMO_ACCOUNTS.slice(0, 4).map((a) => account(a.email, a.name)));
    await member(kowalski, anna, "supervisor");
    await member(kowalski, adam, "admin");
    await member(kowalski, wiktor, "viewer");
    await member(mueller, max, "supervisor");
    await account(DEMO_ACCOUNTS[4].email, DEMO_ACCOUNTS[4].name, { resellerId });
    await account(DEMO_ACCOUNTS[5].email, DEMO_ACCOUNTS[5].name, { publisherId: seedId("publisher:northwind") });

    await seedWorkspaceData(tx, {
      workspaceId: kowalski,
      key: "kowalski",
      domain: "kowalski.example",
      names: NAMES.PL,
      country: "PL",
      users: 300,
      now,
      // Inside the renewal window: the anniversary is 12 days away.
      anniversary: new Date(now.getTime() + 12 * DAY),
      currency: "PLN",
      timeZone: "Europe/Warsaw",
      seats: [
        { sku: "NW-STUDIO-ALL", assigned: 50, purchased: 50, renewed: 45 },
        { sku: "NW-PDF-PRO", assigned: 20, purchased: 25, renewed: 25, unpaid: 5 },
        { sku: "FB-ESC-PLUS", assigned: 0, purchased: 100, renewed: 0 },
      ],
      hosts: {
        product: "FB-ESC-PLUS",
        machines: [
          ["DESIGN-WS-01", "windows"],
          ["DESIGN-WS-02", "windows"],
          ["MacBook Anna", "macos"],
          ["MacBook Piotr", "macos"],
          ["build-server", "linux"],
          ["Pixel 8 (Jan)", "android"],
          ["iPhone 15 (Ewa)", "ios"],
        ],
      },
    });
    // A greyed-out Mac holding licenses of two publishers (Northwind and Fabrikam): ready to be
    // reported as unusable, so paul@northwind.example has something to decide (seed 000).
    await seedMachines(tx, {
      workspaceId: kowalski,
      key: "kowalski",
      now,
      machines: [{ name: "Old Design Mac", platform: "macos", state: "unusable", lastSeenDaysAgo: 75, skus: ["NW-PDF-PRO", "FB-ESC-PLUS"] }],
    });
    for (const c of DEMO_CODES) {
      const [exists] = await tx.select({ id: s.activationCodes.id }).from(s.activationCodes).where(eq(s.activationCodes.codeHash, hashCode(c.code)));
      if (!exists) {
        await localActivationService.issue(tx, { sku: c.sku, quantity: c.quantity, termDays: c.termDays, workspaceId: kowalski, code: c.code });
      }
    }
    await seedWorkspaceData(tx, {
      workspaceId: mueller,
      key: "mueller",
      domain: "mueller.example",
      names: NAMES.DE,
      country: "DE",
      users: 150,
      now,
      // Outside the window: the anniversary is five months away.
      anniversary: new Date(now.getTime() + 150 * DAY),
      currency: "EUR",
      timeZone: "Europe/Berlin",
      seats: [
        { sku: "NW-STUDIO-PHOTO", assigned: 30, purchased: 40, renewed: 0 },
        { sku: "FB-ESC", assigned: 0, purchased: 80, renewed: 0 },
        { sku: "CT-MIXER", assigned: 0, purchased: 4, renewed: 0 },
      ],
      hosts: {
        product: "CT-MIXER",
        machines: [
          ["Studio-A", "macos"],
          ["Studio-B", "windows"],
          ["Werkstatt-PC", "windows"],
        ],
      },
    });
    // Request keys and their provisional / final keys (seed 001, a German vendor's article).
    await seedDemoKeys(tx, { workspaceId: mueller, key: "mueller", name: "Müller Maschinenbau", now });
  });
}
