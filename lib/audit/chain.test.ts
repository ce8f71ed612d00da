import { describe, expect, it } from "vitest";
import { chainHash } from "./chain";

describe("the audit chain's canonical text", () => {
  it("tells apart values that would run together without the length prefix", () => {
    expect(chainHash(["a|b"])).not.toBe(chainHash(["a", "b"]));
    expect(chainHash(["1:x"])).not.toBe(chainHash(["x"]));
    expect(chainHash([null])).not.toBe(chainHash(["~"]));
    expect(chainHash([""])).not.toBe(chainHash([null]));
  });

  it("counts UTF-8 bytes, as PostgreSQL's octet_length does", () => {
    // `select app_audit_hash(array['zażó'])` (migration 0024): 'ż' and 'ó' are two bytes each.
    expect(chainHash(["zażó"])).toBe("4763a8824b756204130e48e7dccd627b039a012dbb15576733e840653bb47d78");
  });
});
