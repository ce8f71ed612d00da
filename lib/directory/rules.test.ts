import { describe, expect, it } from "vitest";
import { parseUsersCsv, planImport } from "./rules";

describe("reading a users CSV", () => {
  it("reads name,email rows with a header, a BOM and CRLF line ends", () => {
    const parsed = parseUsersCsv("\ufeffname,email\r\nAnna Nowak,Anna.Nowak@Example.com\r\n\r\nJan Kowalski,jan@example.com\r\n");
    expect(parsed.header).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, name: "Anna Nowak", email: "anna.nowak@example.com" },
      { line: 4, name: "Jan Kowalski", email: "jan@example.com" },
    ]);
  });

  it("reads headerless rows, semicolons and quoted fields", () => {
    expect(parseUsersCsv('"Nowak, Anna";anna@example.com\nJan "J" K;jan@example.com').rows).toEqual([
      { line: 1, name: "Nowak, Anna", email: "anna@example.com" },
      { line: 2, name: 'Jan "J" K', email: "jan@example.com" },
    ]);
    expect(parseUsersCsv('"a ""quoted"" word",b@example.com').rows).toEqual([{ line: 1, name: 'a "quoted" word', email: "b@example.com" }]);
  });

  it("takes the separator from what splits the first record, not from counting quotes", () => {
    // A comma inside the quoted name and a semicolon between the fields: a semicolon file.
    expect(parseUsersCsv('"Kowalska, Anna";anna@example.com\n"Nowak, Jan";jan@example.com').rows.map((r) => r.name)).toEqual(["Kowalska, Anna", "Nowak, Jan"]);
    expect(parseUsersCsv("Anna Nowak\tanna@example.com").rows).toEqual([{ line: 1, name: "Anna Nowak", email: "anna@example.com" }]);
  });

  it("reads a quoted name across lines and keeps the line numbers of the records after it", () => {
    const parsed = parseUsersCsv('name,email\n"Anna\nNowak",anna@example.com\nJan,jan@example.com');
    expect(parsed.rows).toEqual([
      { line: 2, name: "Anna Nowak", email: "anna@example.com" },
      { line: 4, name: "Jan", email: "jan@example.com" },
    ]);
  });

  it("takes the columns a header names, in any order, ignoring others", () => {
    const parsed = parseUsersCsv("E-mail,Department,Full name\nanna@example.com,Design,Anna Nowak");
    expect(parsed.rows).toEqual([{ line: 2, name: "Anna Nowak", email: "anna@example.com" }]);
  });

  it("reports each bad row with its line number and reason", () => {
    const parsed = parseUsersCsv("name,email\nAnna,not-an-email\n,jan@example.com\nOnly one column\nOk User,ok@example.com\n\"Open,x@example.com");
    expect(parsed.rows.map((r) => r.line)).toEqual([5]);
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([
      [2, "email"],
      [3, "name"],
      [4, "columns"],
      [6, "quote"],
    ]);
    expect(parsed.total).toBe(5);
  });
});

describe("planning an import", () => {
  const parsed = parseUsersCsv("name,email\nAnna,anna@example.com\nJan,jan@example.com\nAnna again,ANNA@example.com\nNew,new@example.com");

  it("creates new e-mails and skips existing or repeated ones", () => {
    const plan = planImport(parsed, new Map([["jan@example.com", "Jan Kowalski"]]));
    expect(plan.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, { kind: "create" }],
      [3, { kind: "skipExisting", existingName: "Jan Kowalski" }],
      [4, { kind: "skipDuplicate", firstLine: 2 }],
      [5, { kind: "create" }],
    ]);
    expect(plan.counts).toEqual({ create: 2, skip: 2, errors: 0 });
  });

  it("is idempotent: after the first import the same file creates nothing", () => {
    const first = planImport(parsed, new Map([["jan@example.com", "Jan"]]));
    const after = new Map([["jan@example.com", "Jan"], ...first.create.map((u) => [u.email, u.name] as [string, string])]);
    expect(planImport(parsed, after).counts.create).toBe(0);
  });
});
