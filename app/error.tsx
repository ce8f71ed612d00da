"use client";

import { ErrorPanel } from "@/components/shell/error-panel";

/** An unexpected failure outside a tab (e.g. while opening a workspace). */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <ErrorPanel error={error} retry={retry} />
    </main>
  );
}
