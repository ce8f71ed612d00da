import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { describePolicies } from "@/db/policies";

const committed = path.resolve(import.meta.dirname, "../../db/policies.sql");

describe("db/policies.sql", () => {
  const sql = postgres(inject("ownerUrl"), { max: 1, onnotice: () => {} });
  afterAll(() => sql.end());

  it("is exactly what the migrations produce (after a migration: npm run db:policies)", async () => {
    expect(await describePolicies(sql)).toBe(readFileSync(committed, "utf8"));
  });

  it("forces row-level security on every table the app may write", async () => {
    const text = await describePolicies(sql);
    const writableWithoutForce = text
      .split("\n")
      .filter((l) => /^--\s{3}\w/.test(l) && !l.includes("RLS FORCED") && /app_role: .*(INSERT|UPDATE|DELETE)/.test(l))
      .map((l) => l.trim().split(/\s+/)[1]);
    expect(writableWithoutForce).toEqual([]);
    expect(text).not.toContain("OWNED BY app_role");
  });
});
