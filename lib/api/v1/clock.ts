import { advanceClock, setClock } from "@/lib/clock/operations";
import { clock as clockRead } from "@/lib/clock/reads";
import { runRead } from "@/lib/operations/read";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { clockSchema } from "./schemas";

export const getClockEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/clock",
  operationId: "getClock",
  tag: "Clock",
  summary: "The workspace's now (its test clock in a sandbox)",
  params: workspaceParam,
  success: { status: 200, description: "The clock.", schema: clockSchema },
  errors: [401, 404],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const clock = await runRead(ctx, clockRead);
    return { now: clock.now.toISOString(), testClock: clock.testClock };
  },
});

export const setClockEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/clock",
  operationId: "setClock",
  tag: "Clock",
  summary: "Set a sandbox's test clock to a later moment (forward only)",
  params: workspaceParam,
  body: setClock.input,
  idempotent: true,
  success: { status: 200, description: "The clock after the move.", schema: clockSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, setClock, input.body),
});

export const advanceClockEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/clock/advance",
  operationId: "advanceClock",
  tag: "Clock",
  summary: "Advance a sandbox's test clock by a duration",
  params: workspaceParam,
  body: advanceClock.input,
  idempotent: true,
  success: { status: 200, description: "The clock after the move.", schema: clockSchema },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, advanceClock, input.body),
});
