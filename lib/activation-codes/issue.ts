import { eq } from "drizzle-orm";
import { z } from "zod";
import { products } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import { activationService } from "@/lib/activation-service";
import { recordAudit } from "@/lib/audit";
import { fieldError, invalid, notFound } from "@/lib/errors";
import { defineOperation } from "@/lib/operations";

/** Issuing activation codes outside production, so that sandboxes and suites have codes to enter. */

export const issueCodeInput = z.object({
  sku: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200).optional(),
  quantity: z.number().int().min(1).max(1_000_000),
  termDays: z.number().int().min(1).max(3650).default(365),
  features: z.array(z.string().min(1).max(100)).max(50).optional(),
  licensingModel: z.enum(["per_user", "per_device", "per_host"]).optional(),
});

export type IssuedCodeView = {
  code: string;
  definition: { sku: string; productName: string; name: string; licensingModel: LicensingModel; quantity: number; termDays: number; features: string[] };
};

/** Outside production only: the activation service issues a code bound to this sandbox. */
export const issueActivationCode = defineOperation({
  name: "activation_code.issue",
  input: issueCodeInput,
  // Only the supervisor: like deleting the sandbox, issuing codes into it changes its set-up
  // (the vendor's business, played here for demos and suites).
  resource: "workspace",
  action: "update",
  async run(ctx, input, tx) {
    if (!ctx.workspace.isSandbox) throw notFound("activation service");
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.sku, input.sku));
    if (!product) throw invalid({ key: "apiErrors.unknown_sku", values: { sku: input.sku } }, fieldError("sku", { key: "apiErrors.unknown_sku_field" }));
    const issued = await activationService().issue(tx, { ...input, workspaceId: ctx.workspace.id });
    await recordAudit(tx, ctx.workspace.id, ctx.auditActor, {
      action: "activation_code.issued",
      subjectType: "activation_code",
      subjectId: issued.codeId,
      data: { sku: input.sku, quantity: input.quantity, termDays: input.termDays },
    });
    const d = issued.definition;
    return {
      code: issued.code,
      definition: { sku: d.sku, productName: d.productName, name: d.name, licensingModel: d.licensingModel, quantity: d.quantity, termDays: d.termDays, features: d.features },
    } satisfies IssuedCodeView;
  },
});
