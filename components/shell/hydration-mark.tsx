"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`): before that, a select
 * or a button in a server-rendered page does nothing yet. Browser suites wait for the mark
 * instead of racing hydration on a busy machine (e2e/fixtures.ts).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
