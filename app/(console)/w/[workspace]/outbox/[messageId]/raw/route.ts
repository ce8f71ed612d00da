import { z } from "zod";
import { AppError } from "@/lib/errors";
import { rawMessage } from "@/lib/mail/reads";
import { runRead } from "@/lib/operations/read";
import { callerWorkspace } from "@/lib/workspaces/current";

const params = z.object({ workspace: z.string().min(1).max(100), messageId: z.uuid() });

/** One kept message as an .eml file. Anything not this account's to read is a plain 404. */
export async function GET(_req: Request, context: { params: Promise<{ workspace: string; messageId: string }> }) {
  const notFound = () => new Response("Not found", { status: 404 });
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return notFound();
  try {
    const ctx = await callerWorkspace(parsed.data.workspace);
    const mail = await runRead(ctx, rawMessage.with(parsed.data.messageId));
    if (!mail?.raw) return notFound();
    const filename = `${mail.subject.replace(/[^\w .-]+/g, "_").slice(0, 80) || "message"}.eml`;
    return new Response(mail.raw, {
      headers: { "content-type": "message/rfc822", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
    });
  } catch (e) {
    // Signed out, not this account's workspace, or a role without the outbox: as unknown as a missing message.
    if (e instanceof AppError && (e.status === 401 || e.status === 403 || e.status === 404)) return notFound();
    throw e;
  }
}
