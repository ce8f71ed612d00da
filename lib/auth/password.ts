import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { fieldError, invalid } from "@/lib/errors";

// Argon2id with OWASP's minimum profile (19 MiB, 2 passes): strong, and about 30 ms here.
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

/** A hash of nothing in particular, verified when no account matches so timing does not tell. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword("decoy-password-for-timing");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/**
 * The rule for a password a person chooses (reset, change, invitation): 12 characters at least
 * (length is what makes a password strong; no composition rules, per NIST SP 800-63B), at most
 * what sign-in accepts.
 */
export const newPasswordSchema = z.string().min(12).max(1024);

/** A new password typed twice: the second must match, or the form says so on its field. */
export function requireSamePasswords(password: string, confirm: string): void {
  if (password !== confirm) throw invalid({ key: "apiErrors.validation_failed" }, fieldError("confirm", { key: "validation.passwords_differ" }));
}
