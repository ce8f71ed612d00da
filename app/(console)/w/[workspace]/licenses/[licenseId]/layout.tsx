import type { ReactNode } from "react";
import { licenseExists } from "@/lib/licenses";
import { requireInWorkspace } from "@/lib/workspaces/current";

/** A license of another workspace, or none at all: 404 before the page's loading state streams. */
export default async function LicenseLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string; licenseId: string }> }) {
  const { workspace, licenseId } = await params;
  await requireInWorkspace(workspace, licenseId, "license", licenseExists);
  return children;
}
