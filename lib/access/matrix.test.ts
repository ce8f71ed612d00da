import { describe, expect, it } from "vitest";
import { ACTIONS, can, MATRIX, RESOURCES, ROLE_RANK, strongestRole, type Action, type Resource } from "./matrix";

const ROLES = ["viewer", "admin", "supervisor"] as const;

/** Every (role, resource, action) the matrix allows. */
const grants = (role: (typeof ROLES)[number]) =>
  RESOURCES.flatMap((r) => ACTIONS.filter((a) => can(role, r, a)).map((a) => `${r}:${a}`));

describe("access matrix", () => {
  it("a viewer is read-only on every resource", () => {
    for (const r of RESOURCES) {
      for (const a of ACTIONS.filter((x) => x !== "read")) expect(can("viewer", r, a), `viewer ${r}:${a}`).toBe(false);
    }
    expect(grants("viewer").every((g) => g.endsWith(":read"))).toBe(true);
    expect(can("viewer", "directory_user", "read")).toBe(true);
    expect(can("viewer", "license", "read")).toBe(true);
  });

  it("a viewer reads no payments, API tokens, settings or e-mail", () => {
    for (const r of ["payment", "api_token", "settings", "mail"] as const) expect(can("viewer", r, "read"), r).toBe(false);
  });

  it("every role reads the audit log and nobody writes it (issue 16: viewers read-only)", () => {
    for (const role of ["viewer", "admin", "supervisor"] as const) {
      expect(can(role, "audit_log", "read"), role).toBe(true);
      for (const a of ["create", "update", "delete"] as const) expect(can(role, "audit_log", a), `${role} ${a}`).toBe(false);
    }
  });

  it("only the supervisor decides which resellers administer the workspace; admins see them, viewers do not", () => {
    for (const a of ["update", "delete"] as const) {
      expect(can("supervisor", "reseller_link", a)).toBe(true);
      expect(can("admin", "reseller_link", a), `admin ${a}`).toBe(false);
      expect(can("viewer", "reseller_link", a), `viewer ${a}`).toBe(false);
    }
    expect(can("admin", "reseller_link", "read")).toBe(true);
    expect(can("viewer", "reseller_link", "read")).toBe(false);
  });

  it("only the supervisor marks payments, enters request keys and manages API tokens", () => {
    const supervisorOnly: [Resource, Action][] = [
      ["payment", "create"],
      ["request_key", "create"],
      ["api_token", "read"],
      ["api_token", "create"],
      ["api_token", "update"],
      ["api_token", "delete"],
      ["settings", "update"],
    ];
    for (const [r, a] of supervisorOnly) {
      expect(can("supervisor", r, a), `supervisor ${r}:${a}`).toBe(true);
      expect(can("admin", r, a), `admin ${r}:${a}`).toBe(false);
      expect(can("viewer", r, a), `viewer ${r}:${a}`).toBe(false);
    }
  });

  it("an admin manages users, assignments and activation codes, but not the workspace", () => {
    for (const a of ACTIONS) {
      expect(can("admin", "assignment", a), `assignment:${a}`).toBe(true);
      expect(can("admin", "directory_user", a), `directory_user:${a}`).toBe(true);
    }
    expect(can("admin", "activation_code", "create")).toBe(true);
    expect(can("admin", "order", "create")).toBe(true);
    expect(can("admin", "order", "delete")).toBe(false);
    expect(can("admin", "workspace", "update")).toBe(false);
    expect(can("admin", "request_key", "read")).toBe(true);
  });

  it("each role has at least the rights of the role below it", () => {
    const sup = new Set(grants("supervisor"));
    const adm = new Set(grants("admin"));
    for (const g of grants("viewer")) expect(adm.has(g), `admin lacks ${g}`).toBe(true);
    for (const g of grants("admin")) expect(sup.has(g), `supervisor lacks ${g}`).toBe(true);
    expect(sup.size).toBeGreaterThan(adm.size);
    expect(adm.size).toBeGreaterThan(new Set(grants("viewer")).size);
  });

  it("denies what is not listed: unknown roles, resources and actions", () => {
    expect(can("supervisor", "nonsense" as Resource, "read")).toBe(false);
    expect(can("admin", "workspace", "delete")).toBe(false);
    expect(can("supervisor", "payment", "read")).toBe(false);
    expect(can("admin", "license", "explode" as Action)).toBe(false);
    expect(() => can("owner" as never, "workspace", "read")).toThrow();
    // Every listed action is a known one.
    for (const role of ROLES) {
      for (const [r, actions] of Object.entries(MATRIX[role])) {
        expect(RESOURCES as readonly string[]).toContain(r);
        for (const a of actions ?? []) expect(ACTIONS as readonly string[]).toContain(a);
      }
    }
  });
});

describe("strongestRole", () => {
  it("picks the higher-ranked role, whichever side it is on", () => {
    expect(ROLE_RANK.supervisor).toBeGreaterThan(ROLE_RANK.admin);
    expect(ROLE_RANK.admin).toBeGreaterThan(ROLE_RANK.viewer);
    expect(strongestRole("viewer", "admin")).toBe("admin");
    expect(strongestRole("admin", "viewer")).toBe("admin");
    expect(strongestRole("supervisor", "admin")).toBe("supervisor");
    expect(strongestRole("admin", "supervisor")).toBe("supervisor");
    expect(strongestRole("viewer", "viewer")).toBe("viewer");
  });

  it("treats null as no role", () => {
    expect(strongestRole(null, null)).toBeNull();
    expect(strongestRole(null, "viewer")).toBe("viewer");
    expect(strongestRole("admin", null)).toBe("admin");
  });
});
