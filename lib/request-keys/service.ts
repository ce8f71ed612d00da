import { createHash } from "node:crypto";
import { AppError, type LocalisedMessage } from "@/lib/errors";
import { publisherPrivateKey } from "./config";
import { encodeActivationKey, type ActivationKeyPayload } from "./signed-key";

/**
 * The request-key half of "the activation service" (the vendor's server). The console talks to it
 * only through this interface; today a local implementation plays the vendor, driven by the
 * workspace clock, so sandboxes can move time and see the final key arrive. It is meant to join
 * lib/activation-service (activation codes) behind one client later.
 */
export interface KeyService {
  /** Registers a request key for a licensee: what its provisional key grants and when the final key is due. */
  registerRequestKey(input: { requestKey: string; licensee: Licensee; now: Date }): Promise<RegisteredRequestKey>;
  /** Asks for final name- and term-bound keys of the licensee's pending request keys (signed key texts). */
  checkOnline(input: { licensee: Licensee; pending: { requestKey: string; registeredAt: Date }[]; now: Date }): Promise<{ keys: string[] }>;
}

export type Licensee = { id: string; name: string };
export type RegisteredRequestKey = { sku: string; name: string; quantity: number; finalReadyAt: Date };

class KeyServiceRefusal extends AppError {
  constructor(message: LocalisedMessage) {
    super(409, "key_refused", message);
  }
}

const DAY = 86_400_000;

/**
 * The local vendor's product lines. The vendor reads its own request keys as
 * LL QQQ SSSS C: product line, seats on the certificate, serial, Luhn check digit. The console never
 * relies on this layout: it only knows "10 digits with a check digit".
 */
export const PRODUCT_LINES: Record<string, { sku: string; name: string }> = {
  "11": { sku: "NW-STUDIO-ALL", name: "Northwind Studio — All Apps" },
  "12": { sku: "NW-STUDIO-PHOTO", name: "Northwind Studio — Photo" },
  "13": { sku: "NW-PDF-PRO", name: "Northwind PDF Pro" },
  "21": { sku: "FB-ESC", name: "Fabrikam Endpoint Security Cloud" },
  "22": { sku: "FB-ESC-PLUS", name: "Fabrikam Endpoint Security Cloud Plus" },
  "23": { sku: "FB-ESC-PRO", name: "Fabrikam Endpoint Security Cloud Pro" },
  "31": { sku: "CT-MIXER", name: "Contoso Mixer Ultimate" },
};

export class LocalKeyService implements KeyService {
  constructor(
    private readonly opts: {
      privateKeyPem?: string;
      /** Days between entering a request key and its final key being ready. */
      finalReadyDays?: number;
      /** Length of the final key's term (and of its update service). */
      termDays?: number;
    } = {},
  ) {}

  private get finalReadyDays() {
    return this.opts.finalReadyDays ?? 5;
  }

  private read(requestKey: string) {
    const line = PRODUCT_LINES[requestKey.slice(0, 2)];
    const quantity = Number(requestKey.slice(2, 5));
    if (!line || quantity < 1) throw new KeyServiceRefusal({ key: "apiErrors.request_key_unknown" });
    return { ...line, quantity };
  }

  async registerRequestKey({ requestKey, now }: { requestKey: string; licensee: Licensee; now: Date }): Promise<RegisteredRequestKey> {
    return { ...this.read(requestKey), finalReadyAt: new Date(now.getTime() + this.finalReadyDays * DAY) };
  }

  async checkOnline({ licensee, pending, now }: { licensee: Licensee; pending: { requestKey: string; registeredAt: Date }[]; now: Date }) {
    const keys: string[] = [];
    for (const p of pending) {
      const readyAt = p.registeredAt.getTime() + this.finalReadyDays * DAY;
      if (readyAt > now.getTime()) continue;
      keys.push(this.issue(licensee, p.requestKey, p.registeredAt, new Date(readyAt)));
    }
    return { keys };
  }

  /** The final key is a pure function of licensee, request key and entry: asking twice gives the same key. */
  issue(licensee: Licensee, requestKey: string, registeredAt: Date, issuedAt: Date): string {
    const product = this.read(requestKey);
    const termEnd = new Date(registeredAt.getTime() + (this.opts.termDays ?? 365) * DAY);
    const kid = createHash("sha256").update(`${licensee.id}:${requestKey}:${registeredAt.toISOString()}`).digest("hex").slice(0, 24);
    return this.sign({
      v: 1,
      kid,
      type: "name_term_bound",
      licensee,
      modules: [{ sku: product.sku, name: product.name, quantity: product.quantity }],
      termStart: registeredAt.toISOString(),
      termEnd: termEnd.toISOString(),
      updateServiceUntil: termEnd.toISOString(),
      requestKey,
      issuedAt: issuedAt.toISOString(),
    });
  }

  sign(payload: ActivationKeyPayload): string {
    return encodeActivationKey(payload, this.opts.privateKeyPem ?? publisherPrivateKey());
  }
}

let current: KeyService = new LocalKeyService();

/** The key service the console talks to. */
export function keyService(): KeyService {
  return current;
}

/** For tests and a future remote client: swap the implementation. */
export function useKeyService(service: KeyService): void {
  current = service;
}
