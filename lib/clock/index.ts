import { eq } from "drizzle-orm";
import type { Tx } from "@/db/scope";
import { workspaceClocks } from "@/db/schema";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { nextTestClockTime, testClocksAllowed } from "./rules";

export type WorkspaceClock = { now: Date; testClock: boolean };

/** The only answer to "what time is it" for a workspace's rules. */
export async function workspaceClock(tx: Tx, workspaceId: string): Promise<WorkspaceClock> {
  if (testClocksAllowed()) {
    const [row] = await tx.select({ now: workspaceClocks.now }).from(workspaceClocks).where(eq(workspaceClocks.workspaceId, workspaceId));
    if (row) return { now: row.now, testClock: true };
  }
  return { now: new Date(), testClock: false };
}

export async function workspaceNow(tx: Tx, workspaceId: string): Promise<Date> {
  return (await workspaceClock(tx, workspaceId)).now;
}

/**
 * Sets (or creates, starting from real time) a workspace's test clock. Locks the clock row so two
 * suites advancing the same sandbox serialise.
 */
export async function moveTestClock(tx: Tx, workspaceId: string, to: Date | ((current: Date) => Date)): Promise<WorkspaceClock> {
  if (!testClocksAllowed()) throw invalid("Test clocks are not available in production.");
  const [row] = await tx
    .select({ now: workspaceClocks.now })
    .from(workspaceClocks)
    .where(eq(workspaceClocks.workspaceId, workspaceId))
    .for("update");
  const current = row?.now ?? new Date();
  let next: Date;
  try {
    next = nextTestClockTime(current, typeof to === "function" ? to(current) : to);
  } catch (e) {
    throw invalid((e as Error).message, { current: current.toISOString() });
  }
  await tx
    .insert(workspaceClocks)
    .values({ workspaceId, now: next })
    .onConflictDoUpdate({ target: workspaceClocks.workspaceId, set: { now: next, updatedAt: new Date() } });
  return { now: next, testClock: true };
}

const durationInput = z
  .object({
    days: z.number().int().min(0).max(3650).default(0),
    hours: z.number().int().min(0).max(87_600).default(0),
    minutes: z.number().int().min(0).max(5_256_000).default(0),
    seconds: z.number().int().min(0).max(315_360_000).default(0),
  })
  .refine((d) => d.days + d.hours + d.minutes + d.seconds > 0, { message: "Advance by a positive amount of time." });

export type ClockView = { now: string; testClock: boolean };

function requireSandbox(ctx: OperationContext) {
  if (!ctx.workspace.isSandbox) throw conflict("Only sandbox workspaces have a test clock; this one follows real time.");
}

/** Sets a sandbox's test clock to a later moment. */
export const setClock = defineOperation({
  name: "clock.set",
  input: z.object({ now: z.iso.datetime({ offset: true, message: "An ISO 8601 date-time with an offset." }) }),
  resource: "clock",
  action: "update",
  async run(ctx, input, tx): Promise<ClockView> {
    requireSandbox(ctx);
    const before = await workspaceNow(tx, ctx.workspace.id);
    const clock = await moveTestClock(tx, ctx.workspace.id, new Date(input.now));
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "clock.set",
      subjectType: "clock",
      data: { from: before.toISOString(), to: clock.now.toISOString() },
    });
    return { now: clock.now.toISOString(), testClock: true };
  },
});

/** Moves a sandbox's test clock forward by a duration. */
export const advanceClock = defineOperation({
  name: "clock.advance",
  input: durationInput,
  resource: "clock",
  action: "update",
  async run(ctx, d, tx): Promise<ClockView> {
    requireSandbox(ctx);
    const ms = ((d.days * 24 + d.hours) * 60 + d.minutes) * 60_000 + d.seconds * 1000;
    const before = await workspaceNow(tx, ctx.workspace.id);
    const clock = await moveTestClock(tx, ctx.workspace.id, (current) => new Date(current.getTime() + ms));
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "clock.advanced",
      subjectType: "clock",
      data: { from: before.toISOString(), to: clock.now.toISOString() },
    });
    return { now: clock.now.toISOString(), testClock: true };
  },
});
