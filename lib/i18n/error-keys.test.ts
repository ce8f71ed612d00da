import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import pl from "@/messages/pl.json";
import de from "@/messages/de.json";

const ROOT = path.resolve(import.meta.dirname, "../..");

type Catalogue = { [key: string]: string | Catalogue };
const has = (catalogue: Catalogue, key: string) =>
  typeof key.split(".").reduce<string | Catalogue | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalogue) === "string";

/** The server's sources: where errors are raised and schemas are declared. */
const sources = execSync("git ls-files lib app components db", { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(path.join(ROOT, f), "utf8") }));

/** Every error and validation key the code names: `"apiErrors.…"`, `"validation.…"` and `v("…")`. */
function keysUsed(): Map<string, string> {
  const used = new Map<string, string>();
  const note = (key: string, file: string) => used.has(key) || used.set(key, file);
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/["'`]((?:apiErrors|validation)\.[a-z0-9_]+)["'`]/g)) note(m[1], file);
    for (const m of text.matchAll(/\bv\("([a-z0-9_]+)"\)/g)) note(`validation.${m[1]}`, file);
  }
  return used;
}

describe("error messages by key", () => {
  const used = keysUsed();

  it("finds the keys the code raises with", () => {
    expect(used.size).toBeGreaterThan(80);
    expect(used.get("apiErrors.user_email_taken")).toBe("lib/directory/index.ts");
    expect(used.get("validation.confirm_reset")).toBe("lib/hosts/index.ts");
  });

  for (const [locale, catalogue] of Object.entries({ en, pl, de })) {
    it(`has every key used in the code in ${locale}.json`, () => {
      expect([...used].filter(([key]) => !has(catalogue, key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
    });
  }

  it("raises no AppError with English text (the count was 51 before issue 15)", () => {
    const english = /\b(?:invalid|conflict|forbidden|tooMany)\(\s*["'`]|new AppError\([^)]*?,\s*["'`][^"'`]*["'`],\s*["'`]/;
    expect(sources.filter(({ text }) => english.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it("words no zod check in English: a schema's own message is a validation key (v(…))", () => {
    const english = /\.(?:min|max|length|int|regex|email|uuid|url|nonempty|refine|literal|enum|string|number|datetime)\(([^()]*,\s*)?(?:\{\s*(?:error|message):\s*)?["'`][A-Z][a-z]/;
    // Also a message after a regular expression (whose parentheses the pattern above stops at),
    // a lower-case one in a refine's options, and a cross-field check's addIssue.
    const englishToo = /\.regex\(\/.*\/[a-z]*,\s*["'`][A-Za-z]|\.refine\(.*\{\s*(?:error|message):\s*["'`][A-Za-z]|addIssue\(\{.*(?:error|message):\s*["'`][A-Za-z]/;
    const offenders = sources.flatMap(({ file, text }) =>
      text.split("\n").flatMap((line, i) => ((english.test(line) || englishToo.test(line)) && !/\.describe\(|description:/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
