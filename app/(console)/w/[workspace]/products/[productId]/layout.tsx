import type { ReactNode } from "react";
import { productLicensed } from "@/lib/products";
import { requireInWorkspace } from "@/lib/workspaces/current";

/** A product this workspace does not license: 404 before the page's loading state streams. */
export default async function ProductLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string; productId: string }> }) {
  const { workspace, productId } = await params;
  await requireInWorkspace(workspace, productId, "product", productLicensed);
  return children;
}
