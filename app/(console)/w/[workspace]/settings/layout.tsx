import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { allowed } from "@/lib/access/workspace";
import { workspaceForPage } from "@/lib/workspaces/current";

/**
 * Supervisors only. Decided here, above the page's loading boundary: once loading.tsx has
 * streamed, a notFound() from the page could no longer change the status from 200 to 404.
 */
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await workspaceForPage(slug);
  if (!allowed(ctx, "settings", "read")) notFound();
  return children;
}
