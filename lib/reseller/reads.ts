import { defineRead } from "@/lib/operations/read";
import { licenseRenewalView } from "./renewal";

/** Whether a license can be renewed online now, and for how much (lib/operations/read). */
export const licenseRenewal = defineRead({ name: "license renewal", resource: "license", run: (tx, ctx, licenseId: string) => licenseRenewalView(tx, ctx.workspace, licenseId) });
