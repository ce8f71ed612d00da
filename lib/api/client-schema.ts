import { buildOpenApi } from "./openapi";
import { ENDPOINTS } from "./v1";

/**
 * The typed client's inputs, from the code alone (no server): the OpenAPI document and the
 * TypeScript types openapi-typescript makes of it. `npm run client:generate` writes both into
 * clients/typescript/ (the document for other generators, not committed: /api/v1/openapi.json
 * serves it); lib/api/client-schema.test.ts regenerates the types in memory and fails when the
 * committed schema.d.ts differs, so a changed endpoint cannot ship with a stale client.
 */

/** The server named in the written document: a placeholder, the client takes its own base URL. */
export const CLIENT_DOCUMENT_SERVER = "https://console.example.com/api/v1";

export const CLIENT_DIR = "clients/typescript";
export const CLIENT_FILES = { document: `${CLIENT_DIR}/openapi.json`, types: `${CLIENT_DIR}/schema.d.ts` } as const;

export function clientDocument(): string {
  return `${JSON.stringify(buildOpenApi(ENDPOINTS, CLIENT_DOCUMENT_SERVER), null, 2)}\n`;
}

export async function clientTypes(document: string): Promise<string> {
  // Loaded only here: the generator and its TypeScript 5 live in tools/typescript-5.
  const { default: openapiTS, astToString } = await import("../../tools/typescript-5/openapi-typescript.mjs");
  return astToString(await openapiTS(JSON.parse(document)));
}
