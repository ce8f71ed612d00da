import { describe, expect, it } from "vitest";
import { PgDialect } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { byName, nameCollation } from "./collation";

describe("name collation", () => {
  it("follows the workspace's language, with ICU's root order for any other", () => {
    expect(nameCollation("pl-PL")).toBe("pl-x-icu");
    expect(nameCollation("de-DE")).toBe("de-x-icu");
    expect(nameCollation("en-GB")).toBe("en-x-icu");
    expect(nameCollation("fr-FR")).toBe("und-x-icu");
    expect(nameCollation(null)).toBe("und-x-icu");
  });

  it("orders by the column under that collation", () => {
    const q = new PgDialect().sqlToQuery(byName(sql`${sql.identifier("name")}`, "pl-PL"));
    expect(q.sql).toBe('"name" collate "pl-x-icu"');
  });
});
