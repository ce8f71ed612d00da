import { describe, expect, it } from "vitest";
import { customerSlug, mayDecideInvitation, mayEndLink, mayManageLinks, nextInvitationState, parseInviteTarget, reinviteFrom } from "./rules";

describe("invitation states", () => {
  it("moves a pending invitation once, to the decision's state", () => {
    expect(nextInvitationState("pending", "accept")).toEqual({ ok: true, state: "accepted", changed: true });
    expect(nextInvitationState("pending", "decline")).toEqual({ ok: true, state: "declined", changed: true });
    expect(nextInvitationState("pending", "revoke")).toEqual({ ok: true, state: "revoked", changed: true });
  });

  it("answers the same decision again as a harmless repeat", () => {
    expect(nextInvitationState("accepted", "accept")).toEqual({ ok: true, state: "accepted", changed: false });
    expect(nextInvitationState("declined", "decline")).toEqual({ ok: true, state: "declined", changed: false });
    expect(nextInvitationState("revoked", "revoke")).toEqual({ ok: true, state: "revoked", changed: false });
  });

  it("refuses any other decision of a decided invitation, naming its state", () => {
    expect(nextInvitationState("accepted", "decline")).toEqual({ ok: false, reason: "already_decided", state: "accepted" });
    expect(nextInvitationState("declined", "accept")).toEqual({ ok: false, reason: "already_decided", state: "declined" });
    // A withdrawn invitation cannot be accepted later, and an accepted one is not withdrawn: the link is ended instead.
    expect(nextInvitationState("revoked", "accept")).toMatchObject({ ok: false, state: "revoked" });
    expect(nextInvitationState("accepted", "revoke")).toMatchObject({ ok: false, state: "accepted" });
  });
});

describe("who may do what with a link", () => {
  it("lets the workspace's supervisor end a link, not its admins or viewers", () => {
    expect(mayEndLink({ side: "workspace", role: "supervisor" })).toBe(true);
    expect(mayEndLink({ side: "workspace", role: "admin" })).toBe(false);
    expect(mayEndLink({ side: "workspace", role: "viewer" })).toBe(false);
    expect(mayEndLink({ side: "workspace", role: null })).toBe(false);
  });

  it("lets the reseller's staff and admin tokens end a link, not a viewer token", () => {
    expect(mayEndLink({ side: "reseller", role: "admin" })).toBe(true);
    expect(mayEndLink({ side: "reseller", role: "viewer" })).toBe(false);
    expect(mayEndLink({ side: "reseller", role: null })).toBe(false);
  });

  it("lets only the supervisor decide an invitation, and only the reseller's admins invite", () => {
    expect(mayDecideInvitation("supervisor")).toBe(true);
    expect(mayDecideInvitation("admin")).toBe(false);
    expect(mayDecideInvitation("viewer")).toBe(false);
    expect(mayManageLinks("admin")).toBe(true);
    expect(mayManageLinks("viewer")).toBe(false);
    expect(mayManageLinks(null)).toBe(false);
  });
});

describe("inviting the same workspace again", () => {
  const sent = new Date("2026-12-01T10:00:00Z");
  const at = (iso: string) => new Date(iso);
  it("waits a day after a declined or withdrawn invitation was sent", () => {
    expect(reinviteFrom({ state: "declined", createdAt: sent }, at("2026-12-01T12:00:00Z"))).toEqual(at("2026-12-02T10:00:00Z"));
    expect(reinviteFrom({ state: "revoked", createdAt: sent }, at("2026-12-02T09:59:59Z"))).toEqual(at("2026-12-02T10:00:00Z"));
    expect(reinviteFrom({ state: "revoked", createdAt: sent }, at("2026-12-02T10:00:00Z"))).toBeNull();
  });

  it("does not hold back a first invitation, nor one after an ended link", () => {
    expect(reinviteFrom(null, sent)).toBeNull();
    expect(reinviteFrom({ state: "accepted", createdAt: sent }, sent)).toBeNull();
  });
});

describe("what a reseller types to invite", () => {
  it("reads a workspace's address with or without /w/, in any case", () => {
    expect(parseInviteTarget("  Acme-GmbH ")).toEqual({ kind: "slug", value: "acme-gmbh" });
    expect(parseInviteTarget("/w/acme-gmbh/overview")).toEqual({ kind: "slug", value: "acme-gmbh" });
    expect(parseInviteTarget("w/acme")).toEqual({ kind: "slug", value: "acme" });
  });

  it("reads a supervisor's e-mail, lower-cased", () => {
    expect(parseInviteTarget("Anna.Nowak@Acme.example")).toEqual({ kind: "email", value: "anna.nowak@acme.example" });
  });

  it("refuses what is neither", () => {
    for (const bad of ["", "   ", "-acme", "acme_gmbh", "a b", "anna@", "@acme.example", "anna@acme", "x".repeat(101)]) expect(parseInviteTarget(bad), bad).toBeNull();
  });
});

describe("the address of a created customer workspace", () => {
  it("is the name in ASCII words and a random suffix", () => {
    expect(customerSlug("Łódzka Spółka Zoo", "a1b2c3")).toBe("lodzka-spolka-zoo-a1b2c3");
    expect(customerSlug("Müller & Söhne GmbH", "000000")).toBe("muller-sohne-gmbh-000000");
    expect(customerSlug("Straße", "ffffff")).toBe("strasse-ffffff");
  });

  it("falls back to customer-… for names without a latin letter or digit, and stays short", () => {
    expect(customerSlug("日本株式会社", "abcdef")).toBe("customer-abcdef");
    expect(customerSlug("a".repeat(200), "abcdef")).toBe(`${"a".repeat(40)}-abcdef`);
    expect(customerSlug("ends with dash at forty chars long name--------", "abcdef")).not.toMatch(/--/);
  });
});
