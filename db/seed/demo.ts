import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { hashPassword } from "../../lib/auth/password";
import { countryDefaults, type CountryCode } from "../../lib/workspaces/countries";
import * as s from "../schema";
import { PRODUCTS, PUBLISHERS } from "./catalog";
import { seedId } from "./ids";

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

const FIRST = ["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Jan", "Agnieszka", "Michał", "Ewa", "Paweł", "Zofia", "Marek", "Julia", "Krzysztof", "Ola"];
const LAST = ["Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"];
const FIRST_DE = ["Lukas", "Lena", "Jonas", "Mia", "Felix", "Emma", "Paul", "Hannah", "Leon", "Sophie", "Finn", "Lea"];
const LAST_DE = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"];

const DAY = 86_400_000;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The demo: two customer workspaces in different countries, one inside its renewal window with
 * the seed article's 50 used / 45 renewed; a reseller linked to both; publishers with products;
 * an account for every role. Idempotent: every row has a stable id and conflicts are skipped.
 */
export async function seedDemo(ownerUrl: string, now = new Date()): Promise<void> {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  const db = drizzle(client, { schema: s, casing: "snake_case" });
  try {
    await db.transaction(async (tx) => {
      for (const p of PUBLISHERS) {
        await tx.insert(s.publishers).values({ id: seedId(`publisher:${p.slug}`), ...p }).onConflictDoNothing();
      }
      for (const p of PRODUCTS) {
        const productId = seedId(`product:${p.sku}`);
        await tx
          .insert(s.products)
          .values({
            id: productId,
            publisherId: seedId(`publisher:${p.publisher}`),
            sku: p.sku,
            name: p.name,
            family: p.family,
            editionRank: p.editionRank,
            licensingModel: p.licensingModel,
            features: p.features,
          })
          .onConflictDoNothing();
        for (const [currency, unitAmountMinor] of Object.entries(p.prices)) {
          await tx
            .insert(s.prices)
            .values({ id: seedId(`price:${p.sku}:${currency}`), productId, currency, unitAmountMinor })
            .onConflictDoNothing();
        }
      }

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

      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const account = async (email: string, name: string, extra: Partial<typeof s.accounts.$inferInsert> = {}) => {
        const id = seedId(`account:${email}`);
        await tx.insert(s.accounts).values({ id, email, name, passwordHash, ...extra }).onConflictDoNothing();
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
        names: [FIRST, LAST],
        users: 300,
        now,
        // Inside the renewal window: the anniversary is 12 days away.
        anniversary: new Date(now.getTime() + 12 * DAY),
        currency: "PLN",
        seats: [
          { sku: "NW-STUDIO-ALL", assigned: 50, purchased: 50, renewed: 45 },
          { sku: "NW-PDF-PRO", assigned: 20, purchased: 25, renewed: 25, unpaid: 5 },
          { sku: "FB-ESC-PLUS", assigned: 0, purchased: 100, renewed: 0 },
        ],
        hosts: [
          ["DESIGN-WS-01", "windows"],
          ["DESIGN-WS-02", "windows"],
          ["MacBook Anna", "macos"],
          ["MacBook Piotr", "macos"],
          ["build-server", "linux"],
          ["Pixel 8 (Jan)", "android"],
          ["iPhone 15 (Ewa)", "ios"],
        ],
        hostProduct: "FB-ESC-PLUS",
      });
      await seedWorkspaceData(tx, {
        workspaceId: mueller,
        key: "mueller",
        domain: "mueller.example",
        names: [FIRST_DE, LAST_DE],
        users: 150,
        now,
        // Outside the window: the anniversary is five months away.
        anniversary: new Date(now.getTime() + 150 * DAY),
        currency: "EUR",
        seats: [
          { sku: "NW-STUDIO-PHOTO", assigned: 30, purchased: 40, renewed: 0 },
          { sku: "FB-ESC", assigned: 0, purchased: 80, renewed: 0 },
          { sku: "CT-MIXER", assigned: 0, purchased: 4, renewed: 0 },
        ],
        hosts: [
          ["Studio-A", "macos"],
          ["Studio-B", "windows"],
          ["Werkstatt-PC", "windows"],
        ],
        hostProduct: "CT-MIXER",
      });
    });
  } finally {
    await client.end();
  }
}

type SeatSpec = { sku: string; assigned: number; purchased: number; renewed: number; unpaid?: number };
type WorkspaceSpec = {
  workspaceId: string;
  key: string;
  domain: string;
  names: [string[], string[]];
  users: number;
  now: Date;
  anniversary: Date;
  currency: string;
  seats: SeatSpec[];
  hosts: [string, s.Platform][];
  hostProduct: string;
};

type OwnerTx = Parameters<Parameters<ReturnType<typeof drizzle<typeof s>>["transaction"]>[0]>[0];

async function seedWorkspaceData(tx: OwnerTx, w: WorkspaceSpec) {
  const { workspaceId, now } = w;
  const contractId = seedId(`contract:${w.key}`);
  await tx
    .insert(s.contracts)
    .values({ id: contractId, workspaceId, name: "Annual agreement", anniversaryDate: isoDate(w.anniversary) })
    .onConflictDoNothing();

  const [first, last] = w.names;
  const users = Array.from({ length: w.users }, (_, i) => {
    const f = first[i % first.length];
    const l = last[Math.floor(i / first.length) % last.length];
    const local = `${f}.${l}`.normalize("NFD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
    return {
      id: seedId(`user:${w.key}:${i}`),
      workspaceId,
      name: `${f} ${l}${i >= first.length * last.length ? ` ${Math.floor(i / (first.length * last.length)) + 1}` : ""}`,
      email: `${local}${i >= first.length * last.length ? i : ""}@${w.domain}`,
      createdAt: new Date(now.getTime() - (400 - (i % 300)) * DAY),
    };
  });
  for (let i = 0; i < users.length; i += 500) {
    await tx.insert(s.directoryUsers).values(users.slice(i, i + 500)).onConflictDoNothing();
  }

  const termStart = new Date(w.anniversary.getTime() - 365 * DAY);
  let offset = 0;
  for (const seat of w.seats) {
    const product = PRODUCTS.find((p) => p.sku === seat.sku)!;
    const productId = seedId(`product:${seat.sku}`);
    await tx
      .insert(s.licenses)
      .values({
        id: seedId(`license:${w.key}:${seat.sku}`),
        workspaceId,
        productId,
        contractId,
        name: product.name,
        quantity: seat.purchased,
        licensingModel: product.licensingModel,
        source: "web_store",
        termStart,
        termEnd: w.anniversary,
        purchasedAt: termStart,
      })
      .onConflictDoNothing();
    // Seats assigned at distinct moments over the past months: the order decides who loses access first.
    const assigned = users.slice(offset, offset + seat.assigned).map((u, i) => ({
      id: seedId(`assignment:${w.key}:${seat.sku}:${i}`),
      workspaceId,
      productId,
      directoryUserId: u.id,
      assignedAt: new Date(termStart.getTime() + DAY + i * 3 * DAY + i * 3_600_000),
    }));
    offset += Math.min(seat.assigned, 10);
    if (assigned.length) await tx.insert(s.assignments).values(assigned).onConflictDoNothing();
    const price = product.prices[w.currency];
    if (seat.renewed > 0) {
      await tx
        .insert(s.orders)
        .values({
          id: seedId(`order:${w.key}:${seat.sku}:renewal`),
          workspaceId,
          productId,
          kind: "renewal",
          quantity: seat.renewed,
          amountMinor: price * seat.renewed,
          currency: w.currency,
          status: "paid",
          termStart: w.anniversary,
          termEnd: new Date(w.anniversary.getTime() + 365 * DAY),
          createdAt: new Date(now.getTime() - 3 * DAY),
          paidAt: new Date(now.getTime() - 3 * DAY),
        })
        .onConflictDoNothing();
    }
    if (seat.unpaid) {
      await tx
        .insert(s.orders)
        .values({
          id: seedId(`order:${w.key}:${seat.sku}:add`),
          workspaceId,
          productId,
          kind: "add_licenses",
          quantity: seat.unpaid,
          amountMinor: price * seat.unpaid,
          currency: w.currency,
          status: "unpaid",
          createdAt: new Date(now.getTime() - DAY),
        })
        .onConflictDoNothing();
    }
    await tx
      .insert(s.productSeats)
      .values({ workspaceId, productId, purchased: seat.purchased, renewed: seat.renewed })
      .onConflictDoNothing();
  }

  const licenseId = seedId(`license:${w.key}:${w.hostProduct}`);
  for (const [i, [name, platform]] of w.hosts.entries()) {
    const hostId = seedId(`host:${w.key}:${i}`);
    await tx
      .insert(s.hosts)
      .values({ id: hostId, workspaceId, name, platform, lastSeenAt: new Date(now.getTime() - i * 7 * DAY) })
      .onConflictDoNothing();
    await tx
      .insert(s.activations)
      .values({ id: seedId(`activation:${w.key}:${i}`), workspaceId, hostId, licenseId, activatedAt: termStart })
      .onConflictDoNothing();
  }

  // The seat row's "used" is derived from the assignments, so a re-run can never drift from them.
  await tx.execute(sql`
    update product_seats ps set used = c.n, updated_at = now()
      from (select product_id, count(*)::int as n from assignments
             where workspace_id = ${workspaceId} and state = 'active' group by product_id) c
     where ps.workspace_id = ${workspaceId} and ps.product_id = c.product_id`);
  await tx.execute(sql`
    update product_seats ps set unpaid = coalesce(o.n, 0)
      from (select p.product_id, sum(o.quantity)::int as n
              from product_seats p left join orders o
                on o.workspace_id = p.workspace_id and o.product_id = p.product_id
               and o.status = 'unpaid' and o.kind in ('add_licenses', 'add_products')
             where p.workspace_id = ${workspaceId} group by p.product_id) o
     where ps.workspace_id = ${workspaceId} and ps.product_id = o.product_id`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { withDatabase } = await import("../launch");
  await withDatabase({ name: "postgres", seed: true }, async () => {
    console.log("demo data seeded");
  });
}
