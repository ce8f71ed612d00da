import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_FILES, clientDocument, clientTypes } from "./client-schema";

/**
 * The committed client is what the code generates. `npm run client:generate` runs this file with
 * CLIENT_GENERATE=1 to write the files first: vitest resolves the endpoints' imports (next-auth's
 * CommonJS default exports among them) the way the app's bundler does, which plain tsx does not.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const generate = process.env.CLIENT_GENERATE === "1";
const committed = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("the typed client (clients/typescript)", () => {
  // One test in both modes, never a skipped one: generating writes the files, then both modes
  // hold the committed types to what the code makes now.
  it("holds the types the code makes now (else: npm run client:generate)", { timeout: 60_000 }, async () => {
    const document = clientDocument();
    const types = await clientTypes(document);
    if (generate) {
      writeFileSync(path.join(ROOT, CLIENT_FILES.document), document);
      writeFileSync(path.join(ROOT, CLIENT_FILES.types), types);
    }
    expect(committed(CLIENT_FILES.types), "clients/typescript/schema.d.ts is stale: npm run client:generate").toBe(types);
  });
});
