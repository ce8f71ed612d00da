import { describe, expect, it } from "vitest";
import { inWorkspace, openWorkspace } from "@/lib/access/workspace";
import { loadActor } from "@/lib/auth/accounts";
import { listHosts } from "@/lib/hosts/queries";
import { createHost, createMember, createWorkspace } from "../factories";

const NAMES = ["zeta", "Łódź office", "Lublin", "alpha", "Ärger", "Beta", "Ósemka"];

describe("sorting by name (lib/tables/collation byName)", () => {
  it("ignores case and accents and follows the workspace's language, where the database's C order did not", async () => {
    const ws = await createWorkspace();
    for (const name of NAMES) await createHost(ws.id, { name, platform: "windows" });
    const admin = await createMember(ws.id, "admin");
    const ctx = await openWorkspace((await loadActor(admin.id))!, ws.slug);
    const list = (locale: string, dir: "asc" | "desc" = "asc") =>
      inWorkspace(ctx, "host", "read", (tx) => listHosts(tx, ws.id, { page: 1, size: 25, sort: "name", dir, q: "", filters: {} }, { locale }));
    // Polish: Ł is its own letter after L, Ó after O; ä is an a.
    expect((await list("pl-PL")).rows.map((h) => h.name)).toEqual(["alpha", "Ärger", "Beta", "Lublin", "Łódź office", "Ósemka", "zeta"]);
    expect((await list("pl-PL", "desc")).rows.map((h) => h.name)).toEqual(["zeta", "Ósemka", "Łódź office", "Lublin", "Beta", "Ärger", "alpha"]);
    // German and English: the same letters with diacritics sort as their base letter.
    expect((await list("de-DE")).rows.map((h) => h.name)).toEqual(["alpha", "Ärger", "Beta", "Łódź office", "Lublin", "Ósemka", "zeta"]);
  });
});
