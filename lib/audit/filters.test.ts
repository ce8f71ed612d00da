import { describe, expect, it } from "vitest";
import { validationMessage } from "@/lib/i18n/validation";
import { auditFilter } from "./filters";

/** What a refused filter says, as the API and the Audit tab render it: catalogue keys by field. */
function refusal(raw: Record<string, string>) {
  const parsed = auditFilter.safeParse(raw);
  expect(parsed.success).toBe(false);
  return parsed.error!.issues.map((i) => [i.path.join("."), validationMessage(i, raw).key]);
}

describe("audit filter refusals", () => {
  it("name the rule broken in the catalogue's words, not zod's generic 'invalid'", () => {
    expect(refusal({ subjectId: "L1" })).toEqual([["subjectId", "validation.subject_id_needs_type"]]);
    expect(refusal({ from: "2026-12-03", to: "2026-12-01" })).toEqual([["to", "validation.range_ends_before_start"]]);
    expect(refusal({ action: "Renewed" })).toEqual([["action", "validation.audit_action"]]);
    expect(refusal({ subjectType: "a-b" })).toEqual([["subjectType", "validation.audit_subject_type"]]);
  });
});
