import { defineRead } from "@/lib/operations/read";
import { listActivations } from "./index";

/** The Activations page's declared read (lib/operations/read). */
export const activations = defineRead({ name: "activations", resource: "request_key", run: (tx, ctx) => listActivations(tx, ctx.workspace.id) });
