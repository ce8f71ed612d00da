import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema";

export type { components, operations, paths } from "./schema";

/** A typed client of the License Console API: `GET`, `POST`, … with paths, parameters and bodies checked by TypeScript. */
export type ConsoleClient = Client<paths>;

/**
 * A client for the console at `baseUrl` (its origin, e.g. https://console.example.com; the API's
 * /api/v1 is added), authenticated by an API token of a workspace, a reseller or a publisher.
 * `options.fetch` replaces the global fetch (tests call route handlers in-process through it).
 */
export function createConsoleClient(baseUrl: string, token: string, options: Pick<ClientOptions, "fetch" | "headers"> = {}): ConsoleClient {
  return createClient<paths>({
    baseUrl: `${baseUrl.replace(/\/+$/, "")}/api/v1`,
    ...options,
    headers: { ...options.headers, authorization: `Bearer ${token}` },
  });
}
