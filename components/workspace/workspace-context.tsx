"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { formatCalendarDate, formatDate, formatDateTime, formatMoney, formatNumber, type Dateish } from "@/lib/format";

export type WorkspaceInfo = {
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  currency: string;
  role: "supervisor" | "admin" | "viewer";
};

const WorkspaceContext = createContext<WorkspaceInfo | null>(null);

/** Gives client components the open workspace: its slug, role and how it formats values. */
export function WorkspaceProvider({ value, children }: { value: WorkspaceInfo; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceInfo {
  const ctx = useContext(WorkspaceContext);
  if (!ctx) throw new Error("useWorkspace() outside a workspace");
  return ctx;
}

export type WorkspaceFormat = {
  locale: string;
  number: (n: number) => string;
  money: (minor: number) => string;
  date: (d: Dateish) => string;
  dateTime: (d: Dateish) => string;
  calendarDate: (iso: string) => string;
};

/** Formatters bound to the workspace's locale, time zone and currency (English UI defaults outside one). */
export function useWorkspaceFormat(): WorkspaceFormat {
  const ctx = useContext(WorkspaceContext);
  const locale = ctx?.locale ?? "en";
  const timeZone = ctx?.timeZone ?? "UTC";
  const currency = ctx?.currency ?? "EUR";
  return useMemo(
    () => ({
      locale,
      number: (n) => formatNumber(n, locale),
      money: (minor) => formatMoney(minor, currency, locale),
      date: (d) => formatDate(d, locale, timeZone),
      dateTime: (d) => formatDateTime(d, locale, timeZone),
      calendarDate: (iso) => formatCalendarDate(iso, locale),
    }),
    [locale, timeZone, currency],
  );
}
