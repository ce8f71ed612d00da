import { describe, expect, it } from "vitest";
import { expiresAfter, hashLinkSecret, isLinkSecret, LINK_RULES, linkState, newLinkSecret } from "./links";

describe("one-time links", () => {
  const sent = new Date("2026-03-01T09:00:00Z");
  const reset = { expiresAt: expiresAfter(sent, LINK_RULES.resetValidMs), usedAt: null };

  it("a reset link is open for 30 minutes and expired from the 30th minute on", () => {
    expect(linkState(reset, new Date("2026-03-01T09:29:59Z"))).toBe("open");
    expect(linkState(reset, new Date("2026-03-01T09:30:00Z"))).toBe("expired");
  });

  it("a used link stays used, even before it would expire", () => {
    expect(linkState({ ...reset, usedAt: new Date("2026-03-01T09:05:00Z") }, new Date("2026-03-01T09:06:00Z"))).toBe("used");
  });

  it("a withdrawn invitation no longer opens; one accepted reads as used", () => {
    const inv = { expiresAt: expiresAfter(sent, LINK_RULES.invitationValidMs), usedAt: null, withdrawnAt: new Date("2026-03-02T00:00:00Z") };
    expect(linkState(inv, new Date("2026-03-03T00:00:00Z"))).toBe("withdrawn");
    expect(linkState({ ...inv, withdrawnAt: null }, new Date("2026-03-07T23:59:00Z"))).toBe("open");
    expect(linkState({ ...inv, withdrawnAt: null }, new Date("2026-03-08T09:00:00Z"))).toBe("expired");
    expect(linkState({ ...inv, usedAt: sent }, new Date("2026-03-03T00:00:00Z"))).toBe("used");
  });

  it("secrets are random and URL-safe; only their SHA-256 is stored", () => {
    const a = newLinkSecret();
    const b = newLinkSecret();
    expect(a.secret).not.toBe(b.secret);
    expect(isLinkSecret(a.secret)).toBe(true);
    expect(a.hash).toBe(hashLinkSecret(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.secret);
    expect(isLinkSecret("../etc/passwd")).toBe(false);
    expect(isLinkSecret(a.secret + "x")).toBe(false);
  });
});
