import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { licenses } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { conflict, fieldError, invalid, notFound } from "@/lib/errors";
import { licenseDetails } from "@/lib/licenses/details";
import { setFeatureSettings } from "@/lib/licenses/lifecycle";
import { defineOperation } from "@/lib/operations";

/** "Try additional features" (seed 002): after an upgrade the admin configures the new features, now or later. */

const settingsValue = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}, z.record(z.string().min(1).max(100), z.boolean()));

export type FeatureSettingsResult = { licenseId: string; featureSettings: Record<string, boolean> };

/** Turns features of a license on or off (after an upgrade, or later from the license page). */
export const configureLicenseFeatures = defineOperation({
  name: "license.configure_features",
  input: z.object({ licenseId: z.uuid(), settings: settingsValue }),
  resource: "license",
  action: "update",
  async run(ctx, input, tx) {
    const ws = ctx.workspace.id;
    await tx.select({ id: licenses.id }).from(licenses).where(and(eq(licenses.workspaceId, ws), eq(licenses.id, input.licenseId))).for("update");
    const license = await licenseDetails(tx, ws, input.licenseId);
    if (!license) throw notFound("license");
    if (license.state === "replaced" || license.state === "cancelled") throw conflict({ key: "apiErrors.features_license_not_in_use" });
    const unknown = Object.keys(input.settings).filter((f) => !license.features.includes(f));
    if (unknown.length) {
      const features = unknown.join(", ");
      throw invalid({ key: "apiErrors.features_unknown", values: { features } }, fieldError("settings", { key: "apiErrors.features_unknown_field", values: { features } }));
    }
    const featureSettings = { ...license.featureSettings, ...input.settings };
    await setFeatureSettings(tx, ws, license.id, featureSettings);
    await recordAudit(tx, ws, ctx.auditActor, {
      action: "license.features_configured",
      subjectType: "license",
      subjectId: license.id,
      data: { settings: input.settings },
    });
    return { licenseId: license.id, featureSettings } satisfies FeatureSettingsResult;
  },
});
