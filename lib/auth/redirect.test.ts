import { describe, expect, it } from "vitest";
import { safeRedirectPath, signInCallbackPath } from "./redirect";

const ORIGIN = "https://console.example";

describe("the path a browser is sent to after sign-in", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirectPath("/w/kowalski/overview?tab=x#top", ORIGIN)).toBe("/w/kowalski/overview?tab=x#top");
    expect(safeRedirectPath(`${ORIGIN}/w/kowalski`, ORIGIN)).toBe("/w/kowalski");
  });

  it("refuses what a browser reads as another host", () => {
    for (const raw of [
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\/evil.example",
      "https://evil.example/",
      "http://console.example/", // another scheme is another origin
      "https://console.example.evil.example/",
      "javascript:alert(1)",
      "evil.example",
      " /w/x",
    ]) {
      expect(safeRedirectPath(raw, ORIGIN), JSON.stringify(raw)).toBe("/");
    }
  });

  it("refuses control characters and non-ASCII, which would break the Location header", () => {
    for (const raw of ["/w/x\r\nSet-Cookie: a=b", "/w/\u0000", "/w/zażółć", "/w/\u202e"]) {
      expect(safeRedirectPath(raw, ORIGIN), JSON.stringify(raw)).toBe("/");
    }
  });

  it("never loops back to the sign-in page and ignores what is not a string", () => {
    expect(signInCallbackPath("/login?callbackUrl=/x", ORIGIN)).toBe("/");
    expect(signInCallbackPath("/login", ORIGIN)).toBe("/");
    expect(signInCallbackPath("/\t/evil.example", ORIGIN)).toBe("/");
    expect(signInCallbackPath("/w/x", ORIGIN)).toBe("/w/x");
    expect(safeRedirectPath(["/w/x"], ORIGIN)).toBe("/");
    expect(safeRedirectPath(undefined, ORIGIN)).toBe("/");
  });
});
