import { describe, expect, it } from "vitest";
import { CSV_BOM, csvDownload, csvField, csvLine } from "./csv";

describe("CSV fields", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvLine(["Nowak, Anna", 'say "hi"', "two\nlines", "plain"])).toBe('"Nowak, Anna","say ""hi""","two\nlines",plain\r\n');
  });

  it("neutralises what a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+48 123")).toBe("'+48 123");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("@sum")).toBe("'@sum");
    expect(csvField("anna@example.com")).toBe("anna@example.com");
  });
});

describe("CSV fields opened with another list separator", () => {
  it("neutralises a formula after a ; , tab or line break, not only at the start", () => {
    expect(csvField("Smith;=1+1")).toBe("\"Smith;'=1+1\"");
    expect(csvField("Tab\t=1+1")).toBe("\"Tab\t'=1+1\"");
    expect(csvField("a,@SUM(A1)")).toBe("\"a,'@SUM(A1)\"");
    expect(csvField("one\n+cmd")).toBe("\"one\n'+cmd\"");
    expect(csvField("x;\t=1")).toBe("\"x;'\t'=1\"");
  });

  it("quotes a ; or a tab so a ;-separated reading keeps the field in one cell", () => {
    expect(csvField("Kowalski; Anna")).toBe('"Kowalski; Anna"');
    expect(csvField("a-b;c")).toBe('"a-b;c"');
  });
});

describe("csvDownload", () => {
  it("names the file in ASCII and in UTF-8, and is never cached or sniffed", () => {
    const res = csvDownload(`${CSV_BOM}a,b\r\n`, "łódź-users.csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="__d_-users.csv"; filename*=UTF-8''%C5%82%C3%B3d%C5%BA-users.csv`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
