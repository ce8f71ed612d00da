/** What the API-token screens share: the row a page hands over, the actions, and the scope's texts. */
import { useTranslations } from "next-intl";
import type { CreatedToken } from "@/lib/api-tokens";
import type { TokenState } from "@/lib/api-tokens/rules";
import type { FormState } from "@/lib/operations/form";

export type TokenRow = {
  id: string;
  name: string;
  role: "supervisor" | "admin" | "viewer";
  prefix: string;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: TokenState;
};

/** A token as issued: its secret, this once. */
export type Shown = CreatedToken & { token: string };
export type CreateAction = (prev: FormState<CreatedToken>, formData: FormData) => Promise<FormState<CreatedToken>>;
export type RevokeAction = (tokenId: string, idempotencyKey: string) => Promise<FormState<{ id: string; revoked: boolean }>>;

export type TokenRole = TokenRow["role"];
/**
 * Whose tokens these are: a workspace's (Settings), a reseller's (its hub) or a publisher's (its
 * console). The texts that name the token's reach come from `apiTokens`, `resellerApiTokens` or
 * `publisherApiTokens`; everything else is shared.
 */
export type TokenScope = "workspace" | "reseller" | "publisher";

const SCOPE_NAMESPACE = { workspace: "apiTokens", reseller: "resellerApiTokens", publisher: "publisherApiTokens" } as const;

/** The texts that say what a token reaches, for the scope at hand. */
export function useScopeTranslations(scope: TokenScope) {
  return useTranslations(SCOPE_NAMESPACE[scope]);
}
