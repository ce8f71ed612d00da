import { existsSync, readFileSync, statSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Namespaces a module chooses at run time, so the walk cannot read them: declared here. The test
 * fails on any other `useTranslations(…)` whose argument is not a plain string.
 */
const CHOSEN_AT_RUN_TIME: Record<string, string[]> = {
  "components/api-tokens/tokens.ts": ["apiTokens", "resellerApiTokens", "publisherApiTokens"],
};

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Every module the browser loads ("use client" files and what they import), and the namespaces they translate with. */
function clientNamespaces(): { modules: number; namespaces: Set<string>; unreadable: string[] } {
  const sources = execSync("git ls-files app components lib", { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(ROOT, f));
  const stack = sources.filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const unreadable: string[] = [];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, "utf8");
    const rel = path.relative(ROOT, file);
    for (const m of src.matchAll(/useTranslations\(([^)]*)\)/g)) {
      const literal = /^\s*["'`]([^"'`$]+)["'`]\s*$/.exec(m[1]);
      if (literal) namespaces.add(literal[1]);
      else if (CHOSEN_AT_RUN_TIME[rel]) CHOSEN_AT_RUN_TIME[rel].forEach((n) => namespaces.add(n));
      else unreadable.push(`${rel}: useTranslations(${m[1]})`);
    }
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+["']([^"']+)["']/gms)) {
      const next = resolveImport(file, m[1]);
      if (next) stack.push(next);
    }
  }
  return { modules: seen.size, namespaces, unreadable };
}

const covers = (entry: string, name: string) => name === entry || name.startsWith(`${entry}.`);

describe("the messages sent to the browser", () => {
  const found = clientNamespaces();

  it("cover every namespace a client module translates with", () => {
    expect(found.modules).toBeGreaterThan(50);
    expect(found.unreadable).toEqual([]);
    const missing = [...found.namespaces].filter((n) => !CLIENT_NAMESPACES.some((e) => covers(e, n)));
    expect(missing).toEqual([]);
  });

  it("name no namespace that no client module uses", () => {
    const unused = CLIENT_NAMESPACES.filter((e) => ![...found.namespaces].some((n) => covers(e, n)));
    expect(unused).toEqual([]);
  });

  it("hold those branches whole and leave the rest of the catalogue on the server", () => {
    const picked = clientMessages(en) as typeof en;
    expect(picked.renewal.checkout).toEqual(en.renewal.checkout);
    expect(picked.common).toEqual(en.common);
    expect("mail" in picked).toBe(false);
    expect("apiErrors" in picked).toBe(false);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length * 0.7);
  });
});
