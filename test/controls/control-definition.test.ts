import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { defineControl, type ControlDefinition } from "../../src/controls/control.js";
import { fail, manual, pass } from "../../src/controls/verdict.js";
import { checkedKinds } from "./support.js";

const verdicts = {
  yes: pass({ ja: "可", en: "Yes." }),
  no: fail({ ja: "否", en: "No." }),
  unknown: manual({ ja: "不明", en: "Unknown." }),
};

const base = {
  id: "example-control",
  title: { ja: "例", en: "Example" },
  clause: "7(6)",
  provenance: "guideline",
  basis: { document: "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」", edition: "unknown", confidence: "inferred", sources: [] },
  category: "technical",
  threats: ["T2", "T2.2"],
  requirement: { ja: "【ガイドラインに基づく既定値】例", en: "[Guideline default] Example" },
  remediation: { ja: "是正", en: "Fix" },
  admitsException: true,
  parameters: {},
  verdicts,
} as const satisfies Partial<ControlDefinition<never, typeof verdicts, "software-use">>;

describe("defineControl", () => {
  it("rejects a check for a kind that has no facts entry, and facts for a kind without a check (a type error, still refused at run time)", () => {
    expect(() =>
      // @ts-expect-error -- facts must list exactly the kinds checks has
      defineControl({ ...base, facts: {}, checks: { "software-use": (s) => (s.approved ? "yes" : "no") } }),
    ).toThrow(/facts are declared for \[\] but checks for \[software-use\]/);
    // @ts-expect-error -- likewise the other way round
    expect(() => defineControl({ ...base, facts: { "software-use": ["approved"] }, checks: {} })).toThrow(/checks for \[\]/);
  });

  it("freezes the control and lists its verdicts by identity", () => {
    const control = defineControl({ ...base, facts: { "software-use": ["approved"] }, checks: { "software-use": () => "unknown" } });
    expect(Object.isFrozen(control)).toBe(true);
    expect(Object.isFrozen(control.checks)).toBe(true);
    expect(control.verdicts).toEqual([verdicts.yes, verdicts.no, verdicts.unknown]);
    expect(control.verdicts[0]).toBe(verdicts.yes);
    expect(control.gate).toBe(false);
  });

  it("every catalog control is frozen, and only the scope gate is a gate", () => {
    for (const control of controlCatalog) {
      expect(Object.isFrozen(control), control.id).toBe(true);
      expect(control.verdicts.length, control.id).toBeGreaterThan(0);
      expect(checkedKinds(control).length, control.id).toBeGreaterThan(0);
    }
    expect(controlCatalog.filter((control) => control.gate).map((control) => control.id)).toEqual(["scope-organization"]);
  });

  it("a gate declares no fail verdict, and runs first", () => {
    const gates = controlCatalog.filter((control) => control.gate);
    for (const gate of gates) {
      expect(gate.verdicts.map((verdict) => verdict.status)).not.toContain("fail");
      expect(gate.verdicts.map((verdict) => verdict.status)).toContain("not-applicable");
    }
    expect(controlCatalog[0]?.gate).toBe(true);
  });
});
