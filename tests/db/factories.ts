/**
 * Test data, written as the OWNER (DATABASE_URL: the migration owner, which bypasses row-level
 * security), so a test can set up any workspace and then look at it through the app role.
 *
 * Every helper makes fresh rows with random slugs, e-mails and SKUs: test files run in parallel
 * against one database and never depend on the demo seed or on each other's rows.
 */
import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import type { WorkspaceRole } from "@/db/schema/enums";
import { hashPassword } from "@/lib/auth/password";
import { countryDefaults } from "@/lib/workspaces/countries";

export type Sql = postgres.Sql;

const g = globalThis as unknown as { __lcTestOwnerSql?: Sql };

/** The owner connection of this worker (opened on first use, closed by tests/db/setup.ts). */
export function ownerSql(): Sql {
  if (!g.__lcTestOwnerSql) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run through `vitest --project db`");
    g.__lcTestOwnerSql = postgres(url, { max: 4, onnotice: () => {} });
  }
  return g.__lcTestOwnerSql;
}

/**
 * The session a test's stand-in for lib/auth/session hands to the corridor (sessionCaller): the
 * account's current session version, so the account reads as signed in; nobody for null.
 */
export async function sessionOf(actor: { accountId: string } | null) {
  if (!actor) return { kind: "anonymous" as const };
  const [row] = await ownerSql()<{ session_version: number }[]>`select session_version from accounts where id = ${actor.accountId}`;
  return { kind: "session" as const, accountId: actor.accountId, sessionVersion: row?.session_version, sessionId: undefined };
}

export async function closeOwnerSql(): Promise<void> {
  await g.__lcTestOwnerSql?.end({ timeout: 5 });
  g.__lcTestOwnerSql = undefined;
}

/** A short random suffix: unique enough for slugs, e-mails and SKUs within one database. */
export function uniq(prefix = "t"): string {
  return `${prefix}-${randomBytes(6).toString("hex")}`;
}

const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Tenancy

export type TestCountry = "PL" | "DE";
export type TestWorkspace = { id: string; slug: string; name: string; country: TestCountry; currency: string; locale: string; timeZone: string };

export async function createWorkspace(opts: { country?: TestCountry; slug?: string; name?: string } = {}): Promise<TestWorkspace> {
  const country = opts.country ?? (Math.random() < 0.5 ? "PL" : "DE");
  const { currency, locale, timeZone } = countryDefaults(country);
  const slug = opts.slug ?? uniq("ws");
  const name = opts.name ?? `Workspace ${slug}`;
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into workspaces (slug, name, country, currency, locale, time_zone)
    values (${slug}, ${name}, ${country}, ${currency}, ${locale}, ${timeZone})
    returning id`;
  return { id: row.id, slug, name, country, currency, locale, timeZone };
}

export async function createReseller(opts: { slug?: string } = {}): Promise<{ id: string; slug: string }> {
  const slug = opts.slug ?? uniq("reseller");
  const [row] = await ownerSql()<{ id: string }[]>`insert into resellers (slug, name) values (${slug}, ${`Reseller ${slug}`}) returning id`;
  return { id: row.id, slug };
}

export async function linkReseller(resellerId: string, workspaceId: string): Promise<void> {
  await ownerSql()`insert into reseller_workspaces (reseller_id, workspace_id) values (${resellerId}, ${workspaceId})`;
}

export async function unlinkReseller(resellerId: string, workspaceId: string): Promise<void> {
  await ownerSql()`delete from reseller_workspaces where reseller_id = ${resellerId} and workspace_id = ${workspaceId}`;
}

export async function createPublisher(opts: { slug?: string } = {}): Promise<{ id: string; slug: string }> {
  const slug = opts.slug ?? uniq("publisher");
  const [row] = await ownerSql()<{ id: string }[]>`insert into publishers (slug, name) values (${slug}, ${`Publisher ${slug}`}) returning id`;
  return { id: row.id, slug };
}

// ---------------------------------------------------------------------------------------------
// Accounts

export const TEST_PASSWORD = "correct horse battery staple";

/** Argon2 costs ~30 ms a hash: hash each password once per worker. */
const hashes = new Map<string, Promise<string>>();
function passwordHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) hashes.set(password, (h = hashPassword(password)));
  return h;
}

export type TestAccount = { id: string; email: string; password: string };

export async function createAccount(
  opts: { email?: string; name?: string; password?: string; resellerId?: string; publisherId?: string; disabled?: boolean } = {},
): Promise<TestAccount> {
  const email = opts.email ?? `${uniq("user")}@example.test`;
  const password = opts.password ?? TEST_PASSWORD;
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into accounts (email, name, password_hash, reseller_id, publisher_id, disabled_at)
    values (${email}, ${opts.name ?? email.split("@")[0]}, ${await passwordHash(password)},
            ${opts.resellerId ?? null}, ${opts.publisherId ?? null}, ${opts.disabled ? new Date() : null})
    returning id`;
  return { id: row.id, email, password };
}

export async function disableAccount(accountId: string, at = new Date()): Promise<void> {
  await ownerSql()`update accounts set disabled_at = ${at} where id = ${accountId}`;
}

export async function addMembership(workspaceId: string, accountId: string, role: WorkspaceRole): Promise<void> {
  await ownerSql()`insert into memberships (workspace_id, account_id, role) values (${workspaceId}, ${accountId}, ${role})`;
}

export async function removeMembership(workspaceId: string, accountId: string): Promise<void> {
  await ownerSql()`delete from memberships where workspace_id = ${workspaceId} and account_id = ${accountId}`;
}

/** A new account that is a member of `workspaceId` with `role`. */
export async function createMember(workspaceId: string, role: WorkspaceRole, opts: Parameters<typeof createAccount>[0] = {}): Promise<TestAccount> {
  const account = await createAccount(opts);
  await addMembership(workspaceId, account.id, role);
  return account;
}

// ---------------------------------------------------------------------------------------------
// Catalogue and workspace data

export type LicensingModel = "per_user" | "per_device" | "per_host";

export async function createProduct(
  opts: { publisherId?: string; sku?: string; name?: string; family?: string; editionRank?: number; licensingModel?: LicensingModel; features?: string[] } = {},
): Promise<{ id: string; sku: string; publisherId: string }> {
  const publisherId = opts.publisherId ?? (await createPublisher()).id;
  const sku = opts.sku ?? uniq("SKU").toUpperCase();
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into products (publisher_id, sku, name, family, edition_rank, licensing_model, features)
    values (${publisherId}, ${sku}, ${opts.name ?? `Product ${sku}`}, ${opts.family ?? "test-family"},
            ${opts.editionRank ?? 1}, ${opts.licensingModel ?? "per_user"}, ${opts.features ?? []})
    returning id`;
  return { id: row.id, sku, publisherId };
}

export async function createDirectoryUser(workspaceId: string, opts: { email?: string; name?: string } = {}): Promise<{ id: string; email: string }> {
  const email = opts.email ?? `${uniq("person")}@example.test`;
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into directory_users (workspace_id, email, name)
    values (${workspaceId}, ${email}, ${opts.name ?? email.split("@")[0]})
    returning id`;
  return { id: row.id, email };
}

export async function createContract(workspaceId: string, opts: { anniversaryDate?: string; name?: string } = {}): Promise<{ id: string }> {
  const anniversary = opts.anniversaryDate ?? new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into contracts (workspace_id, name, anniversary_date)
    values (${workspaceId}, ${opts.name ?? "Annual agreement"}, ${anniversary})
    returning id`;
  return { id: row.id };
}

export async function createLicense(
  workspaceId: string,
  productId: string,
  opts: {
    quantity?: number;
    name?: string;
    contractId?: string;
    licensingModel?: LicensingModel;
    source?: "web_store" | "reseller" | "activation_code" | "request_key";
    state?: "active" | "provisional" | "expired" | "replaced" | "cancelled";
    termStart?: Date;
    termEnd?: Date;
    purchasedAt?: Date;
  } = {},
): Promise<{ id: string }> {
  const termStart = opts.termStart ?? new Date(Date.now() - 300 * DAY);
  const termEnd = opts.termEnd ?? new Date(termStart.getTime() + 365 * DAY);
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into licenses (workspace_id, product_id, contract_id, name, quantity, licensing_model, source, state,
                          term_start, term_end, purchased_at)
    values (${workspaceId}, ${productId}, ${opts.contractId ?? null}, ${opts.name ?? "Test license"}, ${opts.quantity ?? 10},
            ${opts.licensingModel ?? "per_user"}, ${opts.source ?? "web_store"}, ${opts.state ?? "active"},
            ${termStart}, ${termEnd}, ${opts.purchasedAt ?? termStart})
    returning id`;
  return { id: row.id };
}

export async function createAssignment(
  workspaceId: string,
  productId: string,
  directoryUserId: string,
  opts: { assignedAt?: Date; state?: "active" | "no_access" | "unassigned" } = {},
): Promise<{ id: string }> {
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into assignments (workspace_id, product_id, directory_user_id, state, assigned_at)
    values (${workspaceId}, ${productId}, ${directoryUserId}, ${opts.state ?? "active"}, ${opts.assignedAt ?? new Date()})
    returning id`;
  return { id: row.id };
}

export async function createHost(
  workspaceId: string,
  opts: { name?: string; platform?: "windows" | "macos" | "linux" | "android" | "ios"; state?: "active" | "unusable" | "reset_requested" | "removed" } = {},
): Promise<{ id: string }> {
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into hosts (workspace_id, name, platform, state)
    values (${workspaceId}, ${opts.name ?? uniq("host")}, ${opts.platform ?? "windows"}, ${opts.state ?? "active"})
    returning id`;
  return { id: row.id };
}

export async function createAuditEvent(
  workspaceId: string,
  opts: { actorAccountId?: string; action?: string; subjectType?: string; subjectId?: string; occurredAt?: Date } = {},
): Promise<{ id: string }> {
  const [row] = await ownerSql()<{ id: string }[]>`
    insert into audit_events (workspace_id, actor_account_id, actor_label, action, subject_type, subject_id, occurred_at)
    values (${workspaceId}, ${opts.actorAccountId ?? null}, ${"test"}, ${opts.action ?? "test.event"},
            ${opts.subjectType ?? "test"}, ${opts.subjectId ?? null}, ${opts.occurredAt ?? new Date()})
    returning id::text as id`;
  return { id: row.id };
}

// ---------------------------------------------------------------------------------------------
// One row in every table of a workspace


/**
 * Puts at least one row of `workspaceId` into every workspace-owned table except
 * `reseller_workspaces` (see linkReseller); its membership is a new viewer account's. The
 * isolation test checks that this covers every table with a workspace_id column: a new table
 * needs a line here.
 */
export async function fillWorkspace(workspaceId: string, opts: { publisherId?: string } = {}) {
  const sql = ownerSql();
  const product = await createProduct({ publisherId: opts.publisherId });
  const viewer = await createMember(workspaceId, "viewer");
  const now = new Date();
  const user = await createDirectoryUser(workspaceId);
  const contract = await createContract(workspaceId);
  const license = await createLicense(workspaceId, product.id, { contractId: contract.id });
  const assignment = await createAssignment(workspaceId, product.id, user.id);
  const host = await createHost(workspaceId);
  const audit = await createAuditEvent(workspaceId);
  await sql`insert into product_seats (workspace_id, product_id, used, purchased) values (${workspaceId}, ${product.id}, 1, 10)`;
  const [order] = await sql<{ id: string }[]>`insert into orders (workspace_id, product_id, kind, seq, number, quantity, amount_minor, currency, created_at)
            values (${workspaceId}, ${product.id}, 'add_licenses', 1, 'LC-2026-000001', 1, 1000, 'EUR', ${now}) returning id`;
  // The license's first term is in the ledger already (trigger); this is a renewal of it.
  await sql`insert into license_terms (workspace_id, license_id, via, term_start, term_end, seats, renews_term_end, order_id, renewed_on)
            values (${workspaceId}, ${license.id}, 'online_renewal', ${now}, ${new Date(now.getTime() + 365 * DAY)}, 1, ${now}, ${order.id},
                    ${now.toISOString().slice(0, 10)})`;
  await sql`insert into request_keys (workspace_id, request_key, license_id, entered_at, provisional_until)
            values (${workspaceId}, ${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}, ${license.id}, ${now},
                    ${new Date(now.getTime() + 90 * DAY)})`;
  await sql`insert into activations (workspace_id, host_id, license_id, activated_at) values (${workspaceId}, ${host.id}, ${license.id}, ${now})`;
  const [reset] = await sql<{ id: string }[]>`
    insert into reset_requests (workspace_id, host_id, reason, requested_at)
    values (${workspaceId}, ${host.id}, 'stolen', ${now}) returning id`;
  await sql`insert into reset_request_items (workspace_id, reset_request_id, license_id, publisher_id)
            values (${workspaceId}, ${reset.id}, ${license.id}, ${product.publisherId})`;
  await sql`insert into workspace_clocks (workspace_id, now) values (${workspaceId}, ${now})`;
  await sql`insert into idempotency_keys (workspace_id, key, operation, request_hash, status, response)
            values (${workspaceId}, ${randomUUID()}, 'test', 'hash', 200, ${sql.json({ ok: true })})`;
  await sql`insert into api_tokens (workspace_id, account_id, name, prefix, token_hash, role)
            values (${workspaceId}, ${viewer.id}, 'test token', 'lct_test', ${randomBytes(32).toString("hex")}, 'viewer')`;
  await sql`insert into workspace_timers (workspace_id, kind, key, due_at)
            values (${workspaceId}, 'test', ${randomUUID()}, ${new Date(now.getTime() + DAY)})`;
  await sql`insert into bulk_jobs (workspace_id, kind, product_id, user_ids, total, requested_by_label)
            values (${workspaceId}, 'assignments.unassign', ${product.id}, ${sql.array([user.id], 2950)}, 1, 'test')`;
  await sql`insert into mail_messages (workspace_id, kind, recipients, subject, text, queued_at)
            values (${workspaceId}, 'test', ${sql.array(["someone@example.test"])}, 'Test', 'Test body', ${now})`;
  const inviter = await createReseller();
  await sql`insert into reseller_invitations (reseller_id, workspace_id, invited_as, invited_by_label)
            values (${inviter.id}, ${workspaceId}, 'test', 'test')`;
  const [hook] = await sql<{ id: string }[]>`insert into webhook_endpoints (workspace_id, url, event_types, secret_sealed)
            values (${workspaceId}, 'https://hooks.example.com/test', '{*}', 'v1.test.test.test') returning id`;
  await sql`insert into webhook_deliveries (workspace_id, endpoint_id, event_id, event_type, subject, payload, next_attempt_at)
            values (${workspaceId}, ${hook.id}, ${randomUUID()}, 'webhook.test', 'webhook_endpoint:test', '{}', ${new Date(now.getTime() + DAY)})`;
  await sql`insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by_label, sent_at, expires_at)
            values (${workspaceId}, ${`${uniq("invitee")}@example.test`}, 'viewer', ${uniq("hash")}, 'test', now(), now() + interval '7 days')`;
  return { product, viewer, user, contract, license, assignment, host, audit, resetRequestId: reset.id };
}
