import type { Tx } from "@/db/scope";
import type { WorkspaceContext } from "@/lib/access/workspace";
import { defineRead, runRead } from "@/lib/operations/read";
import { renewalState, workspaceBanner } from "@/lib/renewal/state";
import { renewalBanner, type RenewalBanner, type RenewalWindow } from "@/lib/renewal/window";
import { listProductUsers, PRODUCT_USER_SORTS, PRODUCT_USER_VIEWS, type ProductUserRow, type ProductUsersQuery, type ProductUserView } from "@/lib/seats";
import { decodeKeyCursor, parseKeysetParams, type KeyCursor } from "@/lib/tables/keyset";
import { type TableParams } from "@/lib/tables/params";
import { getProduct, listProducts, type ProductSort } from "./index";

export type ProductUsersParams = ProductUsersQuery;

/** The product page's URL state: ?view=requiresRenewal&q=…&sort=assignedAt.desc&after=<cursor>. */
export function parseProductUsersParams(search: Record<string, string | string[] | undefined>): ProductUsersParams {
  const p = parseKeysetParams(search, { sortable: PRODUCT_USER_SORTS, defaultSort: "assignedAt", defaultDir: "desc", filters: ["view"] });
  const view = (PRODUCT_USER_VIEWS as readonly string[]).includes(p.filters.view ?? "") ? (p.filters.view as ProductUserView) : "all";
  // "Requires renewal" reads oldest first by default: the seed's "first user of the list" is the
  // one who drops off when anyone else is unassigned (the list is the N newest, N shrinking).
  if (view === "requiresRenewal" && !search.sort) return { ...p, view, dir: "asc" };
  return { ...p, view };
}

/**
 * Everything a product's page shows (productPage below): figures, the product's own renewal
 * banner, one page of its users. Unknown or another workspace's product: 404.
 */
async function productPageIn(tx: Tx, ctx: WorkspaceContext, productId: string, p: ProductUsersParams) {
  const state = await renewalState(tx, ctx.workspace);
  const product = await getProduct(tx, ctx.workspace.id, productId, { inRenewalWindow: state.inWindow });
  const users = await listProductUsers(tx, ctx.workspace.id, productId, p, { inRenewalWindow: state.inWindow, locale: ctx.workspace.locale });
  const window: RenewalWindow | null = state.primary?.window ?? null;
  const banner: RenewalBanner | null = renewalBanner(window, state.today, [{ id: product.id, used: product.used, renewed: product.renewed, lapsed: product.lapsed }]);
  return { state, product, users, banner, window };
}

export const CSV_BATCH = 1000;
export const CSV_MAX_ROWS = 200_000;

type ExportBatch = (rows: ProductUserRow[], meta: { productName: string; first: boolean }) => Promise<void>;

/** The CSV export's read: lag-tolerant, so on the replica when there is one. */
const productUsersExport = defineRead({
  name: "product users export",
  resource: "product",
  replica: true,
  run: async (tx, ctx, x: { productId: string; p: ProductUsersParams; onBatch: ExportBatch }) => {
    const state = await renewalState(tx, ctx.workspace);
    const product = await getProduct(tx, ctx.workspace.id, x.productId, { inRenewalWindow: state.inWindow });
    // The whole view from its first row, whatever page the user was on, batch after batch.
    let after: KeyCursor | null = null;
    for (let rows = 0; rows < CSV_MAX_ROWS; rows += CSV_BATCH) {
      const batch = await listProductUsers(tx, ctx.workspace.id, x.productId, { ...x.p, after, before: null, size: CSV_BATCH }, { inRenewalWindow: state.inWindow, locale: ctx.workspace.locale });
      await x.onBatch(batch.rows, { productName: product.name, first: rows === 0 });
      after = decodeKeyCursor(batch.next ?? undefined);
      if (!after) break;
    }
  },
});

/**
 * Walks the current view (same filter, search and order as the page) in batches inside one
 * transaction, handing each batch to `onBatch`; the first call comes even when there are no rows.
 */
export async function exportProductUsers(ctx: WorkspaceContext, productId: string, p: ProductUsersParams, onBatch: ExportBatch): Promise<void> {
  await runRead(ctx, productUsersExport.with({ productId, p, onBatch }));
}

/** The product page's read (readProductPage's declared form): product id and its users' view. */
export const productPage = defineRead({
  name: "product page",
  resource: "product",
  run: (tx, ctx, p: { productId: string; users: ProductUsersParams }) => productPageIn(tx, ctx, p.productId, p.users),
});

/** The Products tab: one page of products, with the renewal banner in the window's terms. */
export const productsPage = defineRead({
  name: "products page",
  resource: "product",
  run: async (tx, ctx, table: TableParams<ProductSort>) => {
    const state = await renewalState(tx, ctx.workspace);
    const page = await listProducts(tx, ctx.workspace.id, table, { inRenewalWindow: state.inWindow, locale: ctx.workspace.locale });
    const banner = await workspaceBanner(tx, ctx.workspace.id, state);
    return { page, inWindow: state.inWindow, banner, window: state.primary?.window ?? null };
  },
});
