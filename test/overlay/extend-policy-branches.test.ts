import { describe, expect, it } from "vitest";
import { defineControl, fail, pass, policy, safeExtendPolicy, type OverlayIssue } from "../../src/index.js";
import { overlayWith, ruleWith } from "./support.js";

function issuesOf(overlay: unknown): readonly OverlayIssue[] {
  const result = safeExtendPolicy(policy, overlay);
  if (result.success) throw new Error("expected the overlay to be rejected");
  return result.error.issues;
}

describe("overlay rejections not covered elsewhere", () => {
  it("a defineControl control whose parameter default lies outside its range: invalid-control at that parameter", () => {
    const verdicts = { ok: pass({ ja: "可。", en: "OK." }), no: fail({ ja: "不可。", en: "Not OK." }) };
    const control = defineControl({
      id: "org-param-out-of-range",
      title: { ja: "範囲外", en: "Out of range" },
      clause: "7(6)",
      provenance: "organization",
      category: "technical",
      threats: ["T2"],
      requirement: { ja: "要件。", en: "Requirement." },
      remediation: { ja: "是正。", en: "Remediation." },
      admitsException: false,
      parameters: { months: { default: 30, min: 1, max: 24, stricter: "lower", unit: "months", description: { ja: "月数", en: "Months" } } },
      facts: { "software-use": ["approved"] },
      verdicts,
      checks: { "software-use": (s: { approved?: boolean | undefined }) => (s.approved === true ? "ok" : "no") },
    });
    const issues = issuesOf({ ...overlayWith({}), controls: [control] });
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([["invalid-control", "controls[0].parameters.months"]]);
    expect(issues[0]?.message).toContain("default 30 outside [1, 24]");
  });

  it("a glossary term citing a clause the basic policy does not have: unknown-clause", () => {
    const issues = issuesOf(overlayWith({ glossary: [{ id: "t", term: { ja: "語", en: "Term" }, definition: { ja: "定義", en: "Definition" }, clause: "7(9)" }] }));
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([["unknown-clause", "glossary[0].clause"]]);
    expect(issues[0]?.message).toContain('cites clause "7(9)"');
  });

  it("a malformed rule whose provenance is not even a string: only the schema problem, no forged-provenance claim", () => {
    const issues = issuesOf(overlayWith({ controls: [ruleWith({ id: "org-new-one", provenance: 42 })] }));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((issue) => issue.code === "organization-provenance-only")).toBe(false);
    expect(issues.some((issue) => issue.code === "control-id-taken")).toBe(false);
  });
});
