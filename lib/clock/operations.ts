import { z } from "zod";
import { v } from "@/lib/i18n/validation";
import type { Tx } from "@/db/scope";
import { recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { runDueWhileAdvancing } from "@/lib/jobs";
import { defineOperation, type OperationContext } from "@/lib/operations";
import { clockRefusal, moveTestClock } from "./index";
import { nextTestClockTime } from "./rules";

const durationInput = z
  .object({
    days: z.number().int().min(0).max(3650).default(0),
    hours: z.number().int().min(0).max(87_600).default(0),
    minutes: z.number().int().min(0).max(5_256_000).default(0),
    seconds: z.number().int().min(0).max(315_360_000).default(0),
  })
  .refine((d) => d.days + d.hours + d.minutes + d.seconds > 0, { message: v("clock_positive") });

export type ClockView = { now: string; testClock: boolean };

function requireSandbox(ctx: OperationContext) {
  if (!ctx.workspace.isSandbox) throw conflict({ key: "apiErrors.clock_real_time" });
}

/**
 * Moves a sandbox's clock to `target`, running every timer that falls due on the way, in time
 * order and at its own moment, in this one transaction: a suite that advances past a window's
 * end sees the consequences on its next request.
 */
async function advanceTo(ctx: OperationContext, tx: Tx, target: (current: Date) => Date, action: string): Promise<ClockView> {
  requireSandbox(ctx);
  // Locks the clock row first: two advances of one sandbox run one after the other.
  const { now: before } = await moveTestClock(tx, ctx.workspace.id, (current) => current);
  const to = target(before);
  try {
    nextTestClockTime(before, to);
  } catch (e) {
    throw clockRefusal(e, before);
  }
  const ran = await runDueWhileAdvancing(tx, ctx.workspace.id, to);
  const clock = await moveTestClock(tx, ctx.workspace.id, to);
  await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
    action,
    subjectType: "clock",
    data: { from: before.toISOString(), to: clock.now.toISOString(), timersRun: ran },
  });
  return { now: clock.now.toISOString(), testClock: true };
}

/** Sets a sandbox's test clock to a later moment. */
export const setClock = defineOperation({
  name: "clock.set",
  input: z.object({ now: z.iso.datetime({ offset: true }) }),
  resource: "clock",
  action: "update",
  run: (ctx, input, tx) => advanceTo(ctx, tx, () => new Date(input.now), "clock.set"),
});

/** Moves a sandbox's test clock forward by a duration. */
export const advanceClock = defineOperation({
  name: "clock.advance",
  input: durationInput,
  resource: "clock",
  action: "update",
  run(ctx, d, tx) {
    const ms = ((d.days * 24 + d.hours) * 60 + d.minutes) * 60_000 + d.seconds * 1000;
    return advanceTo(ctx, tx, (current) => new Date(current.getTime() + ms), "clock.advanced");
  },
});
