import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { activationCodes, licenseDefinitions, products } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import { inPublisher, type PublisherContext } from "@/lib/access/publisher";
import { activationService } from "@/lib/activation-service";
import { recordAudit, recordPublisherAudit } from "@/lib/audit";
import { AppError, fieldError, invalid, notFound } from "@/lib/errors";
import { defineOperation, parseInput } from "@/lib/operations";

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

/** An unknown SKU, or (for a publisher) another publisher's: the same answer. */
const unknownSku = (sku: string) => invalid({ key: "apiErrors.unknown_sku", values: { sku } }, fieldError("sku", { key: "apiErrors.unknown_sku_field" }));

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
    if (!product) throw unknownSku(input.sku);
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

/** A publisher's code as issued (the code, this once) or as a retried Idempotency-Key finds it (code null). */
export type PublisherIssuedCode = { codeId: string; code: string | null; definition: IssuedCodeView["definition"] };

/**
 * A publisher issues a code for one of its own products, for any workspace, through its API (the
 * vendor's sale): the same owner function as the sandbox helper above, in the publisher's room.
 * Another publisher's SKU answers like an unknown one. A sandbox sign-in of the publisher has no
 * such right (row-level security: app_publisher_console_id), answered as not found. The same
 * Idempotency-Key again answers the first code's definition without the code (only its hash is
 * kept), like a replayed token creation.
 */
export async function issuePublisherCode(
  ctx: PublisherContext,
  raw: unknown,
  requestKey: string | null,
): Promise<{ result: PublisherIssuedCode; replayed: boolean }> {
  const input = parseInput(issueCodeInput, raw);
  return inPublisher(ctx, async (tx) => {
    const [may] = await tx.execute<{ id: string | null }>(sql`select app_publisher_console_id() as id`);
    if (may?.id !== ctx.publisher.id) throw notFound("activation service");
    if (requestKey) {
      // Two retries at once: the second waits here and then finds the first one's code.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${ctx.publisher.id}:${requestKey}`}, 0))`);
      const [prior] = await tx
        .select({
          codeId: activationCodes.id,
          sku: products.sku,
          productName: products.name,
          name: licenseDefinitions.name,
          licensingModel: licenseDefinitions.licensingModel,
          quantity: licenseDefinitions.quantity,
          termDays: licenseDefinitions.termDays,
          features: licenseDefinitions.features,
        })
        .from(activationCodes)
        .innerJoin(licenseDefinitions, eq(licenseDefinitions.id, activationCodes.definitionId))
        .innerJoin(products, eq(products.id, licenseDefinitions.productId))
        .where(and(eq(activationCodes.issuedByPublisherId, ctx.publisher.id), eq(activationCodes.requestKey, requestKey)));
      if (prior) {
        const { codeId, ...definition } = prior;
        if (definition.sku !== input.sku || definition.quantity !== input.quantity || definition.termDays !== input.termDays) {
          throw new AppError(422, "idempotency_key_reused", { key: "apiErrors.idempotency_key_reused" });
        }
        return { result: { codeId, code: null, definition }, replayed: true };
      }
    }
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.sku, input.sku), eq(products.publisherId, ctx.publisher.id)));
    if (!product) throw unknownSku(input.sku);
    const issued = await activationService().issue(tx, { ...input, issuedByPublisherId: ctx.publisher.id, requestKey });
    await recordPublisherAudit(tx, ctx.publisher.id, { accountId: ctx.actor.accountId, label: ctx.actor.email }, {
      action: "activation_code.issued",
      subjectType: "activation_code",
      subjectId: issued.codeId,
      data: { sku: input.sku, quantity: input.quantity, termDays: input.termDays },
    });
    const d = issued.definition;
    return {
      result: {
        codeId: issued.codeId,
        code: issued.code,
        definition: { sku: d.sku, productName: d.productName, name: d.name, licensingModel: d.licensingModel, quantity: d.quantity, termDays: d.termDays, features: d.features },
      },
      replayed: false,
    };
  });
}
