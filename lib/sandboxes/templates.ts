import type { MachineSpec } from "@/db/seed/machines";
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
  "hosts-two-publishers": {
    description:
      "An old studio Mac, greyed out, holding activations of two publishers' licenses (Contoso Mixer Ultimate, Fabrikam Endpoint " +
      "Security Cloud Plus), beside two working machines; staff sign-ins for both publishers, for this sandbox only (seed 000).",
    users: 5,
    anniversaryInDays: 200,
    seats: [
      { sku: "CT-MIXER", assigned: 0, purchased: 3, renewed: 0 },
      { sku: "FB-ESC-PLUS", assigned: 0, purchased: 5, renewed: 0 },
    ],
    machines: [
      { name: "Studio-Mac (old)", platform: "macos", state: "unusable", lastSeenDaysAgo: 64, skus: ["CT-MIXER", "FB-ESC-PLUS"] },
      { name: "Studio-Mac (new)", platform: "macos", lastSeenDaysAgo: 0, skus: ["FB-ESC-PLUS"] },
      { name: "Edit-PC", platform: "windows", lastSeenDaysAgo: 1, skus: ["CT-MIXER"] },
    ],
    publisherStaff: ["contoso", "fabrikam"],
  },
} satisfies Record<
  string,
  {
    description: string;
    users: number;
    anniversaryInDays: number | null;
    seats: SeatSpec[];
    /** Hosts and the licenses activated on them. */
    machines?: MachineSpec[];
    /** Publishers (catalogue slugs) that get a staff sign-in scoped to this sandbox. */
    publisherStaff?: string[];
  }
>;

export type SandboxTemplate = keyof typeof SANDBOX_TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(SANDBOX_TEMPLATES) as [SandboxTemplate, ...SandboxTemplate[]];

export function anniversaryFor(template: SandboxTemplate, now: Date): Date | null {
  const days = SANDBOX_TEMPLATES[template].anniversaryInDays;
  return days === null ? null : new Date(now.getTime() + days * DAY);
}
