/**
 * The publisher's public key that every name- and term-bound activation key is checked against.
 * It is configuration, not a secret: KEYS_PUBLISHER_PUBLIC_KEY (PEM, "\n" allowed for newlines)
 * replaces the demo publisher's key. The matching private key lives only in the key service
 * (lib/keys/service.ts plays the vendor locally) and never in a page, a response or the database.
 */
const DEMO_PUBLISHER_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEADeRclDE4wvtngM878ho9hARdRTC8VnguxfyGHW7XBYQ=
-----END PUBLIC KEY-----
`;

export function publisherPublicKey(): string {
  const fromEnv = process.env.KEYS_PUBLISHER_PUBLIC_KEY?.trim();
  return fromEnv ? fromEnv.replace(/\\n/g, "\n") : DEMO_PUBLISHER_PUBLIC_KEY;
}
