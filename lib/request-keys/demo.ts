import { requestKeyFromBody } from "./rules";

/**
 * Request keys the local key service knows, for the demo seed, sandboxes and suites. They pass
 * the same check as any key (Luhn check digit); the service reads product line and seats from them.
 */
export function demoRequestKey(productLine: string, seats: number, serial: number): string {
  return requestKeyFromBody(`${productLine}${String(seats).padStart(3, "0")}${String(serial).padStart(4, "0")}`);
}

export const DEMO_REQUEST_KEYS = {
  /** Northwind Studio — All Apps, 25 seats. */
  studio25: demoRequestKey("11", 25, 1),
  /** Northwind PDF Pro, 10 seats. */
  pdfPro10: demoRequestKey("13", 10, 2),
  /** Contoso Mixer Ultimate, 3 seats. */
  mixer3: demoRequestKey("31", 3, 3),
} as const;
