import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv";

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
