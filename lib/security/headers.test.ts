import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossOriginAction, newNonce, securityHeaders } from "./headers";

describe("security headers", () => {
  it("a strict CSP: scripts by nonce only, no framing, no plugins, forms to this site only", () => {
    const csp = contentSecurityPolicy("abc123", { development: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )form-action 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )base-uri 'self'(;|$)/);
    expect(csp).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { development: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("HSTS only over https; the rest always", () => {
    expect(securityHeaders({ https: true })["strict-transport-security"]).toMatch(/^max-age=\d{8}/);
    const plain = securityHeaders({ https: false });
    expect(plain["strict-transport-security"]).toBeUndefined();
    expect(plain).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
    expect(plain["permissions-policy"]).toContain("camera=()");
  });

  it("nonces are fresh each time", () => {
    const seen = new Set(Array.from({ length: 100 }, newNonce));
    expect(seen.size).toBe(100);
  });

  it("tells a server-action post from another origin", () => {
    const h = (o: Record<string, string>) => new Headers({ host: "console.example", "next-action": "abc", ...o });
    expect(isCrossOriginAction(h({ origin: "https://evil.example" }), "POST")).toBe(true);
    expect(isCrossOriginAction(h({ origin: "null" }), "POST")).toBe(true);
    expect(isCrossOriginAction(h({ origin: "https://console.example" }), "POST")).toBe(false);
    expect(isCrossOriginAction(h({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }), "POST")).toBe(false);
    expect(isCrossOriginAction(new Headers({ host: "console.example", origin: "https://evil.example" }), "POST")).toBe(false);
    expect(isCrossOriginAction(h({ origin: "https://evil.example" }), "GET")).toBe(false);
  });
});
