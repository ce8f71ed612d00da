import { openWorkspace } from "@/lib/access/workspace";
import { currentActor } from "@/lib/auth/session";
import { AppError, unauthenticated } from "@/lib/errors";
import { actionUiLocale } from "@/lib/i18n/request";
import { CSV_BOM, csvDownload, csvLine, csvProblem } from "@/lib/format/csv";
import { exportProductUsers, parseProductUsersParams } from "@/lib/products/page";

export const dynamic = "force-dynamic";

const STATUS = { active: "Active", requiresRenewal: "Requires renewal", noAccess: "No access" } as const;

/**
 * CSV of a product's users as the page shows them (same view, search and order, same access
 * check), streamed batch by batch from one read-only transaction. The response starts only once
 * the first batch is read, so an unknown product is a plain 404 and not a broken download.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string; productId: string }> }) {
  const { workspace: slug, productId } = await params;
  const actor = await currentActor();
  const locale = await actionUiLocale({ account: actor?.locale });
  if (!actor) return csvProblem(unauthenticated(), locale);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const p = parseProductUsersParams(search);

  const encoder = new TextEncoder();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  let started!: (name: string) => void;
  let failed!: (e: unknown) => void;
  const first = new Promise<string>((resolve, reject) => {
    started = resolve;
    failed = reject;
  });

  let headerSent = false;
  (async () => {
    const ctx = await openWorkspace(actor, slug);
    await exportProductUsers(ctx, productId, p, async (rows, meta) => {
      const lines = rows.map((r) => csvLine([r.name, r.email, r.assignedAt.toISOString(), STATUS[r.status]])).join("");
      if (meta.first) {
        started(meta.productName);
        headerSent = true;
        await writer.write(encoder.encode(CSV_BOM + csvLine(["name", "email", "assigned_at", "status"]) + lines));
      } else {
        await writer.write(encoder.encode(lines));
      }
    });
    await writer.close();
  })().catch(async (e) => {
    failed(e);
    if (headerSent) await writer.abort(e).catch(() => {});
  });

  let productName: string;
  try {
    productName = await first;
  } catch (e) {
    if (!(e instanceof AppError)) console.error("product users CSV failed", e);
    return csvProblem(e, locale);
  }
  const file = `${productName.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase() || "product"}-users${p.view === "all" ? "" : `-${p.view}`}.csv`;
  return csvDownload(readable, file);
}
