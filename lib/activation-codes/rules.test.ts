import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  CODE_LOOKALIKES,
  checkCharacters,
  codeFromPayload,
  compareLicenses,
  formatCodeInput,
  macSwitchDue,
  parseCode,
  switchMode,
  verdictOf,
  type LicenseFacts,
} from "./rules";

const PAYLOAD = "ABCDE23456FGHJKMNP";
const CODE = codeFromPayload(PAYLOAD);

describe("activation code format", () => {
  it("has no look-alike characters and a prime-sized alphabet", () => {
    for (const c of CODE_LOOKALIKES) expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
    // 18 random characters of 31 symbols: more than 64 bits.
    expect(18 * Math.log2(31)).toBeGreaterThan(64);
  });

  it("is four groups of five with two check characters", () => {
    expect(CODE).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(CODE.replaceAll("-", "").slice(18)).toBe(checkCharacters(PAYLOAD));
  });

  it.each([
    ["as given", CODE],
    ["without dashes", CODE.replaceAll("-", "")],
    ["lower case", CODE.toLowerCase()],
    ["with spaces for dashes", CODE.replaceAll("-", " ")],
    ["with stray spaces and tabs", `  ${CODE.slice(0, 3)} ${CODE.slice(3)}\t`],
    ["mixed case without separators", CODE.replaceAll("-", "").replace(/[A-Z]/g, (c, i) => (i % 2 ? c.toLowerCase() : c))],
    ["with en dashes from a word processor", CODE.replaceAll("-", "–")],
  ])("accepts a code %s", (_, input) => {
    expect(parseCode(input)).toEqual({ ok: true, code: CODE, compact: CODE.replaceAll("-", "") });
  });

  it.each([...CODE_LOOKALIKES])("refuses the look-alike %s with its own problem", (c) => {
    const bad = c + CODE.slice(1);
    expect(parseCode(bad)).toMatchObject({ ok: false, problem: "lookalike", offending: c });
    expect(parseCode(bad.toLowerCase())).toMatchObject({ ok: false, problem: "lookalike" });
  });

  it("refuses empty, short, long and foreign characters", () => {
    expect(parseCode("")).toMatchObject({ ok: false, problem: "empty" });
    expect(parseCode(" - ")).toMatchObject({ ok: false, problem: "empty" });
    expect(parseCode(CODE.slice(0, -1))).toMatchObject({ ok: false, problem: "short" });
    expect(parseCode(CODE + "A")).toMatchObject({ ok: false, problem: "long" });
    expect(parseCode(CODE.replace(/^./, "#"))).toMatchObject({ ok: false, problem: "character", offending: "#" });
    expect(parseCode(CODE.replace(/^./, "Ä"))).toMatchObject({ ok: false, problem: "character" });
  });

  it("catches every single mistyped character with the check", () => {
    const compact = CODE.replaceAll("-", "");
    let tried = 0;
    for (let i = 0; i < compact.length; i++) {
      for (const c of CODE_ALPHABET) {
        if (c === compact[i]) continue;
        const typo = compact.slice(0, i) + c + compact.slice(i + 1);
        expect(parseCode(typo), typo).toMatchObject({ ok: false, problem: "check" });
        tried++;
      }
    }
    expect(tried).toBe(20 * 30);
  });

  it("catches every swap of two different neighbours", () => {
    const compact = CODE.replaceAll("-", "");
    for (let i = 0; i < compact.length - 1; i++) {
      if (compact[i] === compact[i + 1]) continue;
      const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
      expect(parseCode(swapped).ok, swapped).toBe(false);
    }
  });

  it("formats as the admin types or pastes", () => {
    expect(formatCodeInput("")).toBe("");
    expect(formatCodeInput("abcd")).toBe("ABCD");
    expect(formatCodeInput("abcde")).toBe("ABCDE");
    expect(formatCodeInput("abcde2")).toBe("ABCDE-2");
    expect(formatCodeInput("ABCDE-")).toBe("ABCDE");
    expect(formatCodeInput(CODE.replaceAll("-", "").toLowerCase())).toBe(CODE);
    expect(formatCodeInput(`${CODE} extra`)).toBe(CODE);
    expect(formatCodeInput("ab cd-e f")).toBe("ABCDE-F");
    // Look-alikes stay visible so the message can point at them.
    expect(formatCodeInput("o0il1")).toBe("O0IL1");
    expect(formatCodeInput("ab#cd")).toBe("ABCD");
  });
});

// ---------------------------------------------------------------------------------------------

const BASE_FEATURES = ["anti-malware", "firewall", "device-control"];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

type Rel = "same" | "superset" | "subset" | "mixed-more" | "mixed-less" | "mixed-even";
const featureSets: Record<Rel, string[]> = {
  same: BASE_FEATURES,
  superset: [...BASE_FEATURES, "web-control", "edr"],
  subset: ["anti-malware"],
  "mixed-more": ["anti-malware", "firewall", "edr", "encryption"],
  "mixed-less": ["anti-malware", "edr"],
  "mixed-even": ["anti-malware", "firewall", "edr"],
};

const current: LicenseFacts = {
  name: "Endpoint Security Cloud Plus",
  licensingModel: "per_device",
  quantity: 100,
  expiresAt: day(60),
  editionRank: 2,
  features: BASE_FEATURES,
};

function expectedVerdict(rel: Rel, rank: number): "upgrade" | "downgrade" | "renewal" {
  if (rel === "same") return "renewal";
  if (rel === "superset") return "upgrade";
  if (rel === "subset") return "downgrade";
  if (rank > current.editionRank) return "upgrade";
  if (rank < current.editionRank) return "downgrade";
  return rel === "mixed-more" ? "upgrade" : "downgrade";
}

describe("replacement verdict and field comparison, for every field combination", () => {
  const ranks = [1, 2, 3];
  const names = [current.name, "Endpoint Security Cloud Pro"];
  const models = ["per_device", "per_user"];
  const quantities = [50, 100, 150];
  const expiries = [day(30), day(60), day(425)];
  const cases: { rel: Rel; next: LicenseFacts }[] = [];
  for (const rel of Object.keys(featureSets) as Rel[])
    for (const editionRank of ranks)
      for (const name of names)
        for (const licensingModel of models)
          for (const quantity of quantities)
            for (const expiresAt of expiries) cases.push({ rel, next: { name, licensingModel, quantity, expiresAt, editionRank, features: featureSets[rel] } });

  it(`covers ${6 * 3 * 2 * 2 * 3 * 3} combinations`, () => {
    expect(cases).toHaveLength(648);
    for (const { rel, next } of cases) {
      const c = compareLicenses(current, next);
      const label = JSON.stringify({ rel, ...next });
      expect(c.verdict, label).toBe(expectedVerdict(rel, next.editionRank));
      // Only features decide: name, model, limit and expiry never change the verdict.
      expect(c.verdict, label).toBe(verdictOf(current, next));
      expect(c.gained, label).toEqual(next.features.filter((f) => !current.features.includes(f)).sort());
      expect(c.lost, label).toEqual(current.features.filter((f) => !next.features.includes(f)).sort());
      expect(c.warn, label).toBe(c.verdict === "downgrade" || c.lost.length > 0);
      expect(c.fields.name, label).toEqual({ field: "name", current: current.name, next: next.name, same: next.name === current.name });
      expect(c.fields.licensingModel.same, label).toBe(next.licensingModel === current.licensingModel);
      expect(c.fields.quantity, label).toEqual({ field: "quantity", current: 100, next: next.quantity, same: next.quantity === 100 });
      expect(c.fields.expiresAt.same, label).toBe(next.expiresAt.getTime() === current.expiresAt.getTime());
    }
  });

  it("names the seed's three outcomes", () => {
    const up = compareLicenses(current, { ...current, editionRank: 3, features: featureSets.superset, expiresAt: day(425) });
    expect(up).toMatchObject({ verdict: "upgrade", gained: ["edr", "web-control"], lost: [], warn: false });
    const down = compareLicenses(current, { ...current, editionRank: 1, features: featureSets.subset });
    expect(down).toMatchObject({ verdict: "downgrade", gained: [], lost: ["device-control", "firewall"], warn: true });
    const renewal = compareLicenses(current, { ...current, expiresAt: day(425) });
    expect(renewal).toMatchObject({ verdict: "renewal", gained: [], lost: [], warn: false });
    expect(renewal.fields.name.same && renewal.fields.quantity.same && renewal.fields.licensingModel.same).toBe(true);
    expect(renewal.fields.expiresAt.same).toBe(false);
  });

  it("treats the order of features as irrelevant", () => {
    expect(verdictOf(current, { editionRank: 2, features: [...BASE_FEATURES].reverse() })).toBe("renewal");
  });
});

describe("devices", () => {
  it("switches Windows, Android, iOS and Linux at once, macOS at expiry", () => {
    expect(switchMode("windows")).toBe("immediate");
    expect(switchMode("android")).toBe("immediate");
    expect(switchMode("ios")).toBe("immediate");
    expect(switchMode("linux")).toBe("immediate");
    expect(switchMode("macos")).toBe("at_expiry");
  });

  it("switches macOS at the old expiry, or now when it has passed", () => {
    expect(macSwitchDue(day(60), day(10))).toEqual(day(60));
    expect(macSwitchDue(day(5), day(10))).toEqual(day(10));
    expect(macSwitchDue(day(10), day(10))).toEqual(day(10));
  });
});
