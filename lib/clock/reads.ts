import { defineRead } from "@/lib/operations/read";
import { workspaceClock } from "./index";

/** The workspace's clock (a test clock where one is set), as a declared read (lib/operations/read). */
export const clock = defineRead({ name: "clock", resource: "clock", run: (tx, ctx) => workspaceClock(tx, ctx.workspace.id) });
