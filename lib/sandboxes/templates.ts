import type { SeatSpec } from "@/db/seed/workspace-data";

const DAY = 86_400_000;

/**
 * Named starting points for suites. Each sets a workspace situation relative to the sandbox's
 * clock, so "in renewal window" is true whenever the sandbox is made.
 */
export const SANDBOX_TEMPLATES = {
  empty: {
    description: "No contract, no licenses, no users.",
    users: 0,
    anniversaryInDays: null,
    seats: [],
  },
  "renewal-window-50-45": {
    description: "Inside the renewal window (anniversary in 10 days): 50 seats used, 45 renewed for the coming term (seed 003).",
    users: 60,
    anniversaryInDays: 10,
    seats: [{ sku: "NW-STUDIO-ALL", assigned: 50, purchased: 50, renewed: 45 }],
  },
  "bulk-1200": {
    description: "Inside the renewal window: 1,200 seats used, 1,195 renewed; unassigning them all runs as a tracked operation.",
    users: 1250,
    anniversaryInDays: 10,
    seats: [{ sku: "NW-STUDIO-ALL", assigned: 1200, purchased: 1200, renewed: 1195 }],
  },
  "full-renewal-60-70": {
    description: "Inside the renewal window: 60 seats used, 70 renewed — nothing to do.",
    users: 80,
    anniversaryInDays: 10,
    seats: [{ sku: "NW-STUDIO-ALL", assigned: 60, purchased: 60, renewed: 70 }],
  },
  "outside-window": {
    description: "Anniversary in 120 days: 20 of 25 seats used, 5 unpaid seats of PDF Pro.",
    users: 40,
    anniversaryInDays: 120,
    seats: [
      { sku: "NW-STUDIO-ALL", assigned: 20, purchased: 25, renewed: 0 },
      { sku: "NW-PDF-PRO", assigned: 5, purchased: 10, renewed: 0, unpaid: 5 },
    ],
  },
} satisfies Record<string, { description: string; users: number; anniversaryInDays: number | null; seats: SeatSpec[] }>;

export type SandboxTemplate = keyof typeof SANDBOX_TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(SANDBOX_TEMPLATES) as [SandboxTemplate, ...SandboxTemplate[]];

export function anniversaryFor(template: SandboxTemplate, now: Date): Date | null {
  const days = SANDBOX_TEMPLATES[template].anniversaryInDays;
  return days === null ? null : new Date(now.getTime() + days * DAY);
}
