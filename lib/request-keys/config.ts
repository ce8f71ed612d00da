import { createPrivateKey, createPublicKey } from "node:crypto";
import { isProduction } from "@/lib/deployment/environment";

/**
 * The publisher's key pair. KEYS_PUBLISHER_PRIVATE_KEY (PEM, "\n" allowed for newlines) signs
 * final keys in the local key service (lib/request-keys/service.ts plays the vendor); the public key
 * every activation key is checked against is KEYS_PUBLISHER_PUBLIC_KEY, or the one of that
 * private key. The demo pair below is committed, so anyone can sign with it: it serves
 * development and test installations only, and production refuses to start without its own key.
 */
const DEMO_PUBLISHER_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIGwyHnEuQiAhOTlgwPwcFs2fB39O4UL1/ENfjD9VVyBS
-----END PRIVATE KEY-----
`;
const DEMO_PUBLISHER_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEADeRclDE4wvtngM878ho9hARdRTC8VnguxfyGHW7XBYQ=
-----END PUBLIC KEY-----
`;

const pem = (name: string) => process.env[name]?.trim().replace(/\\n/g, "\n") || undefined;

export function publisherPrivateKey(): string {
  const fromEnv = pem("KEYS_PUBLISHER_PRIVATE_KEY");
  if (fromEnv) return fromEnv;
  if (isProduction()) throw new Error("KEYS_PUBLISHER_PRIVATE_KEY must be set in production (the committed demo key signs nothing there)");
  return DEMO_PUBLISHER_PRIVATE_KEY;
}

export function publisherPublicKey(): string {
  const fromEnv = pem("KEYS_PUBLISHER_PUBLIC_KEY");
  if (fromEnv) return fromEnv;
  const privateKey = pem("KEYS_PUBLISHER_PRIVATE_KEY");
  if (privateKey) return createPublicKey(createPrivateKey(privateKey)).export({ type: "spki", format: "pem" }).toString();
  if (isProduction()) throw new Error("KEYS_PUBLISHER_PUBLIC_KEY or KEYS_PUBLISHER_PRIVATE_KEY must be set in production");
  return DEMO_PUBLISHER_PUBLIC_KEY;
}
