import { createHash, randomInt } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { activationCodes, licenseDefinitions, products } from "@/db/schema";
import type { LicensingModel } from "@/db/schema/enums";
import type { Tx } from "@/db/scope";
import { CODE_ALPHABET, CODE_PAYLOAD_LENGTH, codeFromPayload, compactCode, parseCode } from "@/lib/activation-codes/rules";

/**
 * The vendor's activation server, as the console sees it. The console ships with a local
 * implementation (below) that keeps definitions and hashed codes in its own database; a real
 * vendor's server takes its place by implementing this interface over HTTP. The transaction is
 * the console's: a remote implementation ignores it and relies on the vendor's own once-only
 * redemption (keyed by code and workspace, so a retried redeem answers as the first did).
 */
export interface ActivationService {
  /** What a code would redeem, for the preview; null when unknown, foreign, or malformed. */
  lookup(tx: Tx, code: string, workspaceId: string): Promise<CodeLookup | null>;
  /**
   * Redeems a code once: locks it, and either records the redemption for `licenseId` or says who
   * redeemed it first. Concurrent callers serialise: exactly one gets "redeemed".
   */
  redeem(tx: Tx, code: string, redemption: { workspaceId: string; replacedLicenseId: string; newLicenseId: string; at: Date }): Promise<RedeemOutcome>;
  /** Issues a code for a new definition (demo data, sandboxes, suites; the vendor's sales otherwise). */
  issue(tx: Tx, spec: IssueSpec): Promise<IssuedCode>;
}

/** A license definition: what a code stands for. */
export type LicenseDefinitionView = {
  id: string;
  productId: string;
  sku: string;
  productName: string;
  family: string;
  editionRank: number;
  name: string;
  licensingModel: LicensingModel;
  quantity: number;
  termDays: number;
  features: string[];
};

export type CodeLookup = {
  codeId: string;
  definition: LicenseDefinitionView;
  redeemed: null | { workspaceId: string | null; licenseId: string | null; replacedLicenseId: string | null; at: Date };
};

export type RedeemOutcome =
  | { status: "redeemed"; codeId: string; definition: LicenseDefinitionView }
  | { status: "already_redeemed"; codeId: string; definition: LicenseDefinitionView; byWorkspaceId: string | null; licenseId: string | null; replacedLicenseId: string | null }
  | { status: "unknown" };

export type IssueSpec = {
  sku: string;
  /** Defaults to the product's name. */
  name?: string;
  licensingModel?: LicensingModel;
  quantity: number;
  termDays: number;
  /** Defaults to the product's features. */
  features?: string[];
  /** Bind the code to one workspace: entered anywhere else it is unknown. */
  workspaceId?: string | null;
  /** A fixed code (demo data); otherwise 18 random characters (≈ 89 bits) and two check characters. */
  code?: string;
  /** A publisher issuing through its API, and the Idempotency-Key it sent (lib/activation-codes/issue.ts). */
  issuedByPublisherId?: string;
  requestKey?: string | null;
};

export type IssuedCode = { code: string; codeId: string; definition: LicenseDefinitionView };

/** Codes are stored as the SHA-256 of their normalised form, like API token secrets. */
export function hashCode(code: string): string {
  return createHash("sha256").update(`lc-activation-code:${compactCode(code)}`).digest("hex");
}

/** A fresh code: 18 characters from a CSPRNG over the 31-symbol alphabet, plus check characters. */
export function generateCode(): string {
  let payload = "";
  for (let i = 0; i < CODE_PAYLOAD_LENGTH; i++) payload += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return codeFromPayload(payload);
}

/** A stable code derived from a seed string (demo data only: everyone can compute it). */
export function demoCode(seed: string): string {
  const digest = createHash("sha256").update(`demo-activation-code:${seed}`).digest();
  let payload = "";
  for (let i = 0; i < CODE_PAYLOAD_LENGTH; i++) payload += CODE_ALPHABET[digest[i] % CODE_ALPHABET.length];
  return codeFromPayload(payload);
}

const definitionColumns = {
  id: licenseDefinitions.id,
  productId: licenseDefinitions.productId,
  sku: products.sku,
  productName: products.name,
  family: products.family,
  editionRank: products.editionRank,
  name: licenseDefinitions.name,
  licensingModel: licenseDefinitions.licensingModel,
  quantity: licenseDefinitions.quantity,
  termDays: licenseDefinitions.termDays,
  features: licenseDefinitions.features,
};

type CodeRow = {
  id: string;
  definitionId: string;
  redeemedAt: Date | null;
  redeemedWorkspaceId: string | null;
  redeemedLicenseId: string | null;
  replacedLicenseId: string | null;
};

/**
 * A code by its hash, as `workspaceId` may enter it (issued for anyone or for that workspace).
 * Row-level security shows a workspace only the codes issued for it or redeemed by it; a code
 * issued for anyone is reached by its hash alone, through app_activation_code (issue 21).
 */
async function codeByHash(tx: Tx, compact: string, workspaceId: string, lock: boolean): Promise<CodeRow | null> {
  const [row] = await tx.execute<{
    id: string;
    definition_id: string;
    redeemed_at: string | Date | null;
    redeemed_workspace_id: string | null;
    redeemed_license_id: string | null;
    replaced_license_id: string | null;
  }>(sql`select id, definition_id, redeemed_at, redeemed_workspace_id, redeemed_license_id, replaced_license_id
           from app_activation_code(${hashCode(compact)}, ${workspaceId}::uuid, ${lock})`);
  if (!row) return null;
  return {
    id: row.id,
    definitionId: row.definition_id,
    redeemedAt: row.redeemed_at ? new Date(row.redeemed_at) : null,
    redeemedWorkspaceId: row.redeemed_workspace_id,
    redeemedLicenseId: row.redeemed_license_id,
    replacedLicenseId: row.replaced_license_id,
  };
}

async function definitionOf(tx: Tx, definitionId: string): Promise<LicenseDefinitionView> {
  const [definition] = await tx
    .select(definitionColumns)
    .from(licenseDefinitions)
    .innerJoin(products, eq(products.id, licenseDefinitions.productId))
    .where(eq(licenseDefinitions.id, definitionId));
  return definition;
}

/** The console's own activation server: definitions and hashed codes in its database. */
export const localActivationService: ActivationService = {
  async lookup(tx, code, workspaceId) {
    const parsed = parseCode(code);
    if (!parsed.ok) return null;
    const row = await codeByHash(tx, parsed.compact, workspaceId, false);
    if (!row) return null;
    return {
      codeId: row.id,
      definition: await definitionOf(tx, row.definitionId),
      redeemed: row.redeemedAt
        ? { workspaceId: row.redeemedWorkspaceId, licenseId: row.redeemedLicenseId, replacedLicenseId: row.replacedLicenseId, at: row.redeemedAt }
        : null,
    };
  },

  async redeem(tx, code, r) {
    const parsed = parseCode(code);
    if (!parsed.ok) return { status: "unknown" };
    // The row lock: two admins applying one code at once queue here; the second sees it redeemed.
    const locked = await codeByHash(tx, parsed.compact, r.workspaceId, true);
    if (!locked) return { status: "unknown" };
    const definition = await definitionOf(tx, locked.definitionId);
    if (locked.redeemedAt) {
      return {
        status: "already_redeemed",
        codeId: locked.id,
        definition,
        byWorkspaceId: locked.redeemedWorkspaceId,
        licenseId: locked.redeemedLicenseId,
        replacedLicenseId: locked.replacedLicenseId,
      };
    }
    await tx.execute(
      sql`select app_redeem_activation_code(${locked.id}::uuid, ${r.workspaceId}::uuid, ${r.newLicenseId}::uuid, ${r.replacedLicenseId}::uuid, ${r.at.toISOString()}::timestamptz)`,
    );
    return { status: "redeemed", codeId: locked.id, definition };
  },

  async issue(tx, spec) {
    const [product] = await tx.select().from(products).where(eq(products.sku, spec.sku));
    if (!product) throw new Error(`unknown product ${spec.sku}`);
    const code = spec.code ? parseCode(spec.code) : parseCode(generateCode());
    if (!code.ok) throw new Error(`not a valid code: ${code.problem}`);
    const [def] = await tx
      .insert(licenseDefinitions)
      .values({
        productId: product.id,
        name: spec.name ?? product.name,
        licensingModel: spec.licensingModel ?? product.licensingModel,
        quantity: spec.quantity,
        termDays: spec.termDays,
        features: spec.features ?? product.features,
      })
      .returning();
    const [row] = await tx
      .insert(activationCodes)
      .values({
        codeHash: hashCode(code.compact),
        definitionId: def.id,
        issuedForWorkspaceId: spec.workspaceId ?? null,
        issuedByPublisherId: spec.issuedByPublisherId ?? null,
        requestKey: spec.requestKey ?? null,
      })
      .returning({ id: activationCodes.id });
    return {
      code: code.code,
      codeId: row.id,
      definition: {
        id: def.id,
        productId: product.id,
        sku: product.sku,
        productName: product.name,
        family: product.family,
        editionRank: product.editionRank,
        name: def.name,
        licensingModel: def.licensingModel,
        quantity: def.quantity,
        termDays: def.termDays,
        features: def.features,
      },
    };
  },
};

/** The activation service the console talks to: the local one (a vendor adapter replaces it here). */
export function activationService(): ActivationService {
  return localActivationService;
}
