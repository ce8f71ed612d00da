import { defineRead } from "@/lib/operations/read";
import { listActivations } from "./activations";

/** The Activations page's declared read (lib/operations/read). */
export const activations = defineRead({ name: "activations", resource: "request_key", run: (tx, ctx) => listActivations(tx, ctx.workspace.id) });
