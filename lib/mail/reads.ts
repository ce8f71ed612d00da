import { defineRead } from "@/lib/operations/read";
import { listMail, rawMail } from "./index";

/** The outbox's declared reads (lib/operations/read). */

export const outbox = defineRead({ name: "outbox", resource: "mail", run: (tx, ctx) => listMail(tx, ctx.workspace.id, { limit: 200 }) });

export const rawMessage = defineRead({ name: "raw message", resource: "mail", run: (tx, ctx, id: string) => rawMail(tx, ctx.workspace.id, id) });
