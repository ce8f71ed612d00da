import { randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { accounts, publishers, workspaceInvitations } from "@/db/schema";
import { workspaceRole, type WorkspaceRole } from "@/db/schema/enums";
import { withScope } from "@/db/scope";
import type { WorkspaceContext } from "@/lib/access/workspace";
import { authorize } from "@/lib/access/workspace";
import { issueToken, type IssuedToken } from "@/lib/api-tokens";
import { recordAudit } from "@/lib/audit";
import { createPersonAccounts } from "@/lib/auth/accounts";
import { accountMailTo } from "@/lib/mail";
import { hashPassword } from "@/lib/auth/password";
import { startTestClock } from "@/lib/clock";
import { testClocksAllowed } from "@/lib/clock/rules";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/operations";
import { seedId } from "@/lib/demo-data/ids";
import { seedMachines } from "@/lib/demo-data/machines";
import { NAMES } from "@/lib/demo-data/names";
import { seedWorkspaceData } from "@/lib/demo-data/workspace-data";
import { checkCountryZone, countryDefaults, countrySchema, timeZoneSchema } from "@/lib/workspaces/countries";
import { addMembers } from "@/lib/workspaces/people";
import { createWorkspace, deleteWorkspace } from "@/lib/workspaces/record";
import { anniversaryFor, SANDBOX_TEMPLATES, TEMPLATE_NAMES } from "./templates";

/** Sandboxes are removed automatically after this age. */
export const SANDBOX_TTL_MS = Number(process.env.SANDBOX_TTL_HOURS ?? 24) * 3_600_000;

/**
 * Strict: a field the API does not know answers 422 (`unknown_field`) instead of being ignored, so
 * a suite that misspells `timeZone` learns it at once rather than testing the wrong zone.
 */
export const sandboxInput = z
  .object({
    template: z
      .enum(TEMPLATE_NAMES)
      .default("empty")
      .describe(`The starting situation. ${Object.entries(SANDBOX_TEMPLATES).map(([name, t]) => `${name}: ${t.description}`).join(" ")}`),
    country: countrySchema.default("PL"),
    timeZone: timeZoneSchema.optional(),
    name: z.string().trim().min(1).max(100).optional().describe("Defaults to “Sandbox <id>”."),
  })
  .strict()
  .superRefine(checkCountryZone);

export type Sandbox = {
  workspace: { id: string; slug: string; name: string; country: string; currency: string; timeZone: string };
  template: string;
  description: string;
  token: IssuedToken;
  /** The supervisor's browser sign-in. */
  signIn: { email: string; password: string };
  /** One browser sign-in per role, for suites that test what each role may do. */
  signIns: Record<WorkspaceRole, { email: string; password: string }>;
  /**
   * Staff sign-ins of publishers, made for this sandbox only: they see this sandbox's reset
   * requests for their publisher and nothing of any other workspace (templates that decide resets).
   */
  publisherSignIns: { publisher: string; name: string; email: string; password: string }[];
  clock: { now: string };
  expiresAt: string;
};

function requireSandboxesAllowed() {
  if (!testClocksAllowed()) throw new AppError(404, "not_found", { key: "apiErrors.sandboxes_off" });
}

/**
 * One call makes a sandbox workspace from a template, with a test clock set to now, a
 * supervisor sign-in for the browser and a supervisor API token.
 */
export async function createSandbox(raw: z.input<typeof sandboxInput>): Promise<Sandbox> {
  requireSandboxesAllowed();
  const input = parseInput(sandboxInput, raw);
  await purgeExpiredSandboxes();
  const id = randomUUID();
  const slug = `sandbox-${randomBytes(6).toString("hex")}`;
  // One password for the sandbox's people: they are test fixtures, hashed like any other.
  const password = randomBytes(15).toString("base64url");
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SANDBOX_TTL_MS);
  const { currency, locale, timeZone: capitalZone } = countryDefaults(input.country);
  const timeZone = input.timeZone ?? capitalZone;
  // The demo people have Polish or German names (lib/demo-data/names): Polish in Poland, German elsewhere.
  const peopleOf = input.country === "PL" ? "PL" : "DE";
  const template = SANDBOX_TEMPLATES[input.template];
  const name = input.name ?? `Sandbox ${slug.slice(8)}`;
  const signIns = Object.fromEntries(
    workspaceRole.enumValues.map((role) => [role, { email: `${role}@${slug}.sandbox.test`, password }]),
  ) as Sandbox["signIns"];

  return withScope({ kind: "system", workspaceId: id }, async (tx) => {
    await createWorkspace(tx, {
      id,
      slug,
      name,
      country: input.country,
      currency,
      locale,
      timeZone,
      isSandbox: true,
      sandboxTemplate: input.template,
      expiresAt,
    });
    await startTestClock(tx, id, now);
    const people = workspaceRole.enumValues.map((role) => ({
      id: randomUUID(),
      role,
      email: signIns[role].email,
      name: `Sandbox ${role[0].toUpperCase()}${role.slice(1)}`,
    }));
    await createPersonAccounts(tx, people.map((p) => ({ id: p.id, email: p.email, name: p.name, passwordHash, scopedWorkspaceId: id })));
    await addMembers(tx, id, people.map((p) => ({ accountId: p.id, role: p.role })));
    const supervisorId = people.find((p) => p.role === "supervisor")!.id;
    const anniversary = anniversaryFor(input.template, now);
    if (anniversary) {
      await seedWorkspaceData(tx, {
        workspaceId: id,
        key: slug,
        domain: `${slug}.sandbox.test`,
        names: NAMES[peopleOf],
        country: peopleOf,
        users: template.users,
        now,
        anniversary,
        currency,
        timeZone,
        seats: template.seats,
        hosts: "hosts" in template ? template.hosts : undefined,
      });
      if ("machines" in template) await seedMachines(tx, { workspaceId: id, key: slug, now, machines: template.machines });
    }
    const publisherSignIns: Sandbox["publisherSignIns"] = [];
    for (const publisherSlug of "publisherStaff" in template ? template.publisherStaff : []) {
      const publisherId = seedId(`publisher:${publisherSlug}`);
      const [p] = await tx.select({ name: publishers.name }).from(publishers).where(eq(publishers.id, publisherId));
      if (!p) continue;
      const email = `${publisherSlug}-staff@${slug}.sandbox.test`;
      await createPersonAccounts(tx, [{ email, name: `${p.name} staff`, passwordHash, publisherId, scopedWorkspaceId: id }]);
      publisherSignIns.push({ publisher: publisherSlug, name: p.name, email, password });
    }
    const audit = { accountId: null, label: "sandbox" };
    const token = await issueToken(tx, id, { name: "Sandbox token", role: "supervisor", createdBy: supervisorId, expiresAt, audit });
    await recordAudit(tx, id, audit, { action: "sandbox.created", subjectType: "workspace", subjectId: id, data: { template: input.template } });
    return {
      workspace: { id, slug, name, country: input.country, currency, timeZone },
      template: input.template,
      description: template.description,
      token,
      signIn: signIns.supervisor,
      signIns,
      publisherSignIns,
      clock: { now: now.toISOString() },
      expiresAt: expiresAt.toISOString(),
    };
  });
}

/** A supervisor of a sandbox deletes it with everything in it; real workspaces are refused. */
export async function deleteSandbox(ctx: WorkspaceContext): Promise<void> {
  requireSandboxesAllowed();
  authorize(ctx, "workspace", "delete");
  if (!ctx.workspace.isSandbox) throw notFound("sandbox");
  await withScope({ kind: "system", workspaceId: ctx.workspace.id }, (tx) => deleteWorkspace(tx, ctx.workspace.id));
}

/**
 * The account mail (reset links, invitation links) of a sandbox's own people and of those it
 * invited: what a suite reads where a person would open their mailbox. Test installations only,
 * the sandbox's supervisor only; a real workspace is "no such sandbox".
 */
export async function sandboxAccountMail(ctx: WorkspaceContext) {
  requireSandboxesAllowed();
  authorize(ctx, "workspace", "delete");
  if (!ctx.workspace.isSandbox) throw notFound("sandbox");
  const emails = await withScope(
    { kind: "system", workspaceId: ctx.workspace.id },
    async (tx) => {
      const people = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.scopedWorkspaceId, ctx.workspace.id));
      const invited = await tx.select({ email: workspaceInvitations.email }).from(workspaceInvitations).where(eq(workspaceInvitations.workspaceId, ctx.workspace.id));
      return [...people, ...invited].map((r) => r.email);
    },
    { readOnly: true },
  );
  return accountMailTo(emails);
}

/** Deletes every sandbox past its age, each in its own scope; returns how many went. */
export async function purgeExpiredSandboxes(): Promise<number> {
  const expired = await withScope({ kind: "anonymous" }, (tx) => tx.execute<{ id: string }>(sql`select app_expired_sandboxes() as id`));
  for (const { id } of expired) {
    await withScope({ kind: "system", workspaceId: id }, (tx) => deleteWorkspace(tx, id));
  }
  return expired.length;
}
