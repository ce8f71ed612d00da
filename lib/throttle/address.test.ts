import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./address";

describe("clientAddress", () => {
  const h = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("without trusted proxies believes only the socket, whatever X-Forwarded-For says (issue 21)", () => {
    expect(clientAddress(h("1.2.3.4"), "10.0.0.9", 0)).toBe("10.0.0.9");
    expect(clientAddress(h("1.2.3.4"), undefined, 0)).toBeNull();
  });

  it("with N trusted hops takes the N-th entry from the right; what the client wrote to its left is ignored", () => {
    expect(clientAddress(h("6.6.6.6, 198.51.100.7"), "10.0.0.9", 1)).toBe("198.51.100.7");
    expect(clientAddress(h("6.6.6.6, 198.51.100.7, 10.0.0.2"), null, 2)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "198.51.100.7"] }, null, 1)).toBe("198.51.100.7");
  });

  it("is unknown when the request came past fewer proxies than configured", () => {
    expect(clientAddress(h("198.51.100.7"), null, 2)).toBeNull();
    expect(clientAddress(undefined, null, 1)).toBeNull();
  });

  it("reads TRUSTED_PROXY_HOPS as a whole number, 0 otherwise", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("x")).toBe(0);
  });
});
