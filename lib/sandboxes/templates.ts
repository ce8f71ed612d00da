import type { MachineSpec } from "@/lib/demo-data/machines";
import type { SeatSpec, WorkspaceSpec } from "@/lib/demo-data/workspace-data";

type HostSpec = NonNullable<WorkspaceSpec["hosts"]>;

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
  "activation-devices": {
    description:
      "Fabrikam Endpoint Security Cloud Plus, 100 devices, expiring in 60 days, active on a Windows, a Linux, an Android, an iOS and two macOS devices (seed 002).",
    users: 5,
    anniversaryInDays: 60,
    seats: [{ sku: "FB-ESC-PLUS", assigned: 0, purchased: 100, renewed: 0 }],
    hosts: {
      product: "FB-ESC-PLUS",
      machines: [
        ["OFFICE-PC-01", "windows"],
        ["MacBook Ola", "macos"],
        ["MacBook Tomek", "macos"],
        ["Pixel 8 (Jan)", "android"],
        ["iPhone 15 (Ewa)", "ios"],
        ["build-server", "linux"],
      ],
    },
  },
} satisfies Record<
  string,
  {
    description: string;
    users: number;
    anniversaryInDays: number | null;
    seats: SeatSpec[];
    /** Machines and the licenses (by SKU) activated on each. */
    machines?: MachineSpec[];
    /** Machines that all hold the one license of `product`. */
    hosts?: HostSpec;
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
