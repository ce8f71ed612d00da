import type { ReactNode } from "react";
import { workspacePageFor } from "@/lib/workspaces/current";

/**
 * Supervisors only. Decided here, above the page's loading boundary: once loading.tsx has
 * streamed, a notFound() from the page could no longer change the status from 200 to 404 (the
 * page checks again, for its own reads: see workspacePageFor).
 */
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  await workspacePageFor(slug, "settings");
  return children;
}
