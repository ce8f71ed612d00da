import { randomInt } from "node:crypto";
import { CODE_ALPHABET, formatActivationCode } from "./rules";

/**
 * A fresh activation code for a renewal e-mail: 20 characters from a look-alike-free alphabet,
 * drawn with the CSPRNG without modulo bias. Kept small on purpose: the full activation-code
 * service (lib/activation-service) can replace this one function later.
 */
export function generateActivationCode(pick: (max: number) => number = randomInt): string {
  let chars = "";
  for (let i = 0; i < 20; i++) chars += CODE_ALPHABET[pick(CODE_ALPHABET.length)];
  return formatActivationCode(chars);
}
