import type { ReactNode } from "react";
import { hostExists } from "@/lib/hosts/queries";
import { requireInWorkspace } from "@/lib/workspaces/current";

/** A host of another workspace, or none at all: 404 before the page's loading state streams. */
export default async function HostLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string; hostId: string }> }) {
  const { workspace, hostId } = await params;
  await requireInWorkspace(workspace, hostId, "host", hostExists);
  return children;
}
