"use client";

import { useEffect, useState } from "react";
import { formatDateTime } from "@/lib/format";

/**
 * The workspace's "now" as the server read it from the workspace clock. A real clock keeps
 * ticking here (offset from the server's reading); a test clock stands still until a suite moves it.
 */
export function WorkspaceTime({ iso, testClock, locale, timeZone }: { iso: string; testClock: boolean; locale: string; timeZone: string }) {
  const [now, setNow] = useState(() => new Date(iso));
  // A new reading from the server (a page refresh, a moved test clock) replaces the ticking one.
  const [readIso, setReadIso] = useState(iso);
  if (iso !== readIso) {
    setReadIso(iso);
    setNow(new Date(iso));
  }
  useEffect(() => {
    const server = new Date(iso).getTime();
    if (testClock) return;
    const offset = server - Date.now();
    const id = setInterval(() => setNow(new Date(Date.now() + offset)), 15_000);
    return () => clearInterval(id);
  }, [iso, testClock]);
  return (
    <time dateTime={now.toISOString()} className="tabular">
      {formatDateTime(now, locale, timeZone, { zone: true })}
    </time>
  );
}
