"use client";

import { ErrorPanel } from "@/components/shell/error-panel";

/** An unexpected failure inside a tab: the workspace shell stays, the tab offers a retry. */
export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}
