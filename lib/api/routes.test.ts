import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Endpoint } from "./endpoint";
import { ENDPOINTS } from "./v1";

/**
 * Each API path is written twice: in its endpoint (lib/api/v1, the OpenAPI document) and as the
 * folder of its route.ts under app/api/v1 (what Next.js serves). This test holds the two together.
 */
const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");
/** Not endpoints of ENDPOINTS: the unknown-path fallback and the document itself. */
const NOT_ENDPOINTS = new Set(["[...rest]", "openapi.json"]);

type Wired = { file: string; method: string; path: string; endpoint: Endpoint | undefined; name: string };

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/workspaces/[workspace]/users/route.ts -> /workspaces/{workspace}/users */
function openApiPath(file: string): string {
  const rel = path.relative(API_DIR, path.dirname(file)).split(path.sep);
  return `/${rel.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

async function wiredRoutes(): Promise<Wired[]> {
  const out: Wired[] = [];
  for (const file of routeFiles(API_DIR)) {
    if (NOT_ENDPOINTS.has(path.relative(API_DIR, path.dirname(file)))) continue;
    const text = readFileSync(file, "utf8");
    const modules: Record<string, string> = {};
    for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*"(@\/lib\/api\/v1\/[\w-]+)"/g)) {
      for (const name of m[1].split(",").map((s) => s.trim()).filter(Boolean)) modules[name] = m[2];
    }
    const exported = [...text.matchAll(/^export\s+(.*)$/gm)].map((m) => m[1]);
    for (const line of exported) {
      const m = /^const (GET|POST|PUT|PATCH|DELETE) = route\((\w+)\);$/.exec(line);
      // Anything else exported from a route file is a handler this test cannot see through.
      expect(m, `${path.relative(API_DIR, file)}: export ${line}`).not.toBeNull();
      const [, method, name] = m!;
      const mod = modules[name] ? ((await import(modules[name])) as Record<string, Endpoint>) : {};
      out.push({ file: path.relative(API_DIR, file), method, path: openApiPath(file), endpoint: mod[name], name });
    }
  }
  return out;
}

describe("app/api/v1 route files and ENDPOINTS", () => {
  it("wire each exported method to an endpoint of ENDPOINTS with that method and that path", async () => {
    const wired = await wiredRoutes();
    expect(wired.length).toBeGreaterThan(0);
    for (const w of wired) {
      expect(w.endpoint, `${w.file}: ${w.name} is not imported from lib/api/v1`).toBeDefined();
      expect(ENDPOINTS, `${w.file}: ${w.name} is not listed in ENDPOINTS`).toContain(w.endpoint);
      expect({ method: w.endpoint!.method, path: w.endpoint!.path }, w.file).toEqual({ method: w.method, path: w.path });
    }
  });

  it("serve every endpoint of ENDPOINTS exactly once", async () => {
    const served = (await wiredRoutes()).map((w) => `${w.method} ${w.path}`).sort();
    expect(served).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
  });
});
