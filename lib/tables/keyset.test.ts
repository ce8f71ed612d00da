import { describe, expect, it } from "vitest";
import { decodeKeyCursor, encodeKeyCursor, keysetPage, parseKeysetParams } from "./keyset";

const ID = "0b9c2f4e-7a51-4c47-9d2e-1f0a3b5c6d7e";
const ID2 = "1b9c2f4e-7a51-4c47-9d2e-1f0a3b5c6d7e";

describe("keyset cursors", () => {
  it("round-trips any sort key text, microseconds and non-ASCII included", () => {
    for (const key of ["Zoë Łukasiewicz", "2026-12-03 06:08:41.811446+00", "", "a,b\"c]", "50%_\\"]) {
      expect(decodeKeyCursor(encodeKeyCursor({ key, id: ID }))).toEqual({ key, id: ID });
    }
  });

  it("ignores what it did not make: garbage, another shape, a non-uuid id, a NUL, an oversized value", () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const bad of [undefined, "", "%%%", "bm90IGpzb24", enc({ key: "a", id: ID }), enc(["a"]), enc(["a", "x"]), enc(["a", ID, 1]), enc([1, ID]), enc(["a\u0000", ID]), enc(["a".repeat(1001), ID]), "A".repeat(2001)]) {
      expect(decodeKeyCursor(bad)).toBeNull();
    }
  });

  it("reads ?after= before ?before=, and keeps the table's sort, size and search", () => {
    const after = encodeKeyCursor({ key: "m", id: ID });
    const before = encodeKeyCursor({ key: "n", id: ID2 });
    const opts = { sortable: ["name", "email"] as const, defaultSort: "name" as const };
    expect(parseKeysetParams({ after, before, sort: "email.desc", size: "50", q: " ann " }, opts)).toEqual({
      sort: "email",
      dir: "desc",
      size: 50,
      q: "ann",
      filters: {},
      after: { key: "m", id: ID },
      before: null,
    });
    expect(parseKeysetParams({ before, after: "broken" }, opts)).toMatchObject({ after: null, before: { key: "n", id: ID2 } });
    expect(parseKeysetParams({ page: "7" }, opts)).not.toHaveProperty("page");
  });
});

describe("keysetPage", () => {
  const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ cursorKey: `k${from + i}`, id: `${from + i}` }));
  const key = (c: string | null) => (c ? decodeKeyCursor(c) : null);
  const at = (k: string) => ({ key: k, id: ID });

  it("first page: a next cursor only when more rows follow, never a previous one", () => {
    const full = keysetPage(rows(3), { size: 2, after: null, before: null }, () => ID);
    expect(full.rows).toEqual([{ id: "0" }, { id: "1" }]);
    expect(key(full.next)).toEqual({ key: "k1", id: ID });
    expect(full.previous).toBeNull();
    expect(keysetPage(rows(2), { size: 2, after: null, before: null }, () => ID).next).toBeNull();
  });

  it("after a cursor: previous points at the first row, next at the last when more follow", () => {
    const p = keysetPage(rows(2, 5), { size: 2, after: at("k4"), before: null }, () => ID);
    expect(p.rows.map((r) => r.id)).toEqual(["5", "6"]);
    expect(key(p.previous)?.key).toBe("k5");
    expect(p.next).toBeNull();
  });

  it("before a cursor: the rows read backwards are put back in order; previous only when more precede", () => {
    // Read nearest first: k4, k3, k2 (size 2 + 1).
    const back = [{ cursorKey: "k4", id: "4" }, { cursorKey: "k3", id: "3" }, { cursorKey: "k2", id: "2" }];
    const p = keysetPage(back, { size: 2, after: null, before: at("k5") }, (r) => r.id === "3" ? ID : ID2);
    expect(p.rows.map((r) => r.id)).toEqual(["3", "4"]);
    expect(key(p.previous)).toEqual({ key: "k3", id: ID });
    expect(key(p.next)).toEqual({ key: "k4", id: ID2 });
    expect(keysetPage(back.slice(0, 2), { size: 2, after: null, before: at("k5") }, () => ID).previous).toBeNull();
  });

  it("an empty page past the end offers no cursor", () => {
    expect(keysetPage([], { size: 2, after: at("k9"), before: null }, () => ID)).toEqual({ rows: [], next: null, previous: null, size: 2 });
  });
});
