import type { hostState } from "@/db/schema/enums";

export type HostState = (typeof hostState.enumValues)[number];

/** A host that cannot hold activations any more shows greyed out (seed 000). */
export function isUnusable(state: HostState): boolean {
  return state === "unusable" || state === "reset_requested";
}
