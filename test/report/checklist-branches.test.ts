import { describe, expect, it } from "vitest";
import { policy } from "../../src/policy/policies.js";
import type { Policy } from "../../src/policy/policy.js";
import { parseChecklistAnswers } from "../../src/report/checklist-answers.js";
import { checklistAnswersTemplate, checklistSections, renderChecklist } from "../../src/report/checklist.js";

type Control = Policy["controls"][number];

/** The policy with one control changed (a hand-made variant, as an overlay could make). */
function withControl(id: string, change: (control: Control) => Control, parameters?: Policy["parameters"]): Policy {
  return {
    ...policy,
    controls: policy.controls.map((control) => (control.id === id ? change(control) : control)),
    ...(parameters === undefined ? {} : { parameters }),
  } as Policy;
}

describe("renderChecklist, every organisation and unusual input", () => {
  for (const organization of policy.scope.organizations) {
    for (const locale of ["ja", "en"] as const) {
      it(`names ${organization.id} (${locale}), and leaves the date blank without asOf`, () => {
        const markdown = renderChecklist({ organization: organization.id, locale });
        expect(markdown).toContain(`${organization.name[locale]} (\`${organization.id}\`)`);
        expect(markdown).not.toContain("2026-");
        const template = checklistAnswersTemplate({ organization: organization.id, locale });
        expect(JSON.stringify(template)).toContain(organization.id);
      });
    }
  }

  it("prints an organisation that is not in the scope as given, escaped", () => {
    const markdown = renderChecklist({ organization: "unknown *org*", locale: "en", asOf: "2026-11-25" });
    expect(markdown).toContain("unknown \\*org\\*");
    expect(markdown).not.toContain("(`unknown");
    expect(markdown).toContain("2026-11-25");
  });

  it("quotes a clause without a heading, and a heading without paragraphs", () => {
    const noHeading = renderChecklist({ organization: "secretariat", locale: "en", policy: withControl("security-organization", (c) => ({ ...c, clause: "7(3)①" })) });
    const quote = noHeading.split("\n").find((line) => line.startsWith("> ") && line.includes("7(3)①"));
    expect(quote).toBeDefined();
    expect(quote).not.toContain("**");
    const headingOnly = renderChecklist({ organization: "secretariat", locale: "en", policy: withControl("security-organization", (c) => ({ ...c, clause: "5" })) });
    const section = headingOnly.split("\n").find((line) => line.startsWith("> ") && line.includes(" 5: "));
    expect(section).toMatch(/\*\*Scope\*\* $/);
  });

  it("prints a parameter's default when the policy sets no value, and a unit it has no label for as is", () => {
    const variant = withControl(
      "training-interval",
      (c) => ({ ...c, parameters: Object.fromEntries(Object.entries(c.parameters).map(([name, spec]) => [name, { ...spec, unit: "fortnights", default: 7 }])) }),
      { ...policy.parameters, "training-interval": {} },
    );
    const markdown = renderChecklist({ organization: "secretariat", locale: "en", policy: variant });
    expect(markdown).toMatch(/= \*\*7\*\* fortnights/);
    const ja = renderChecklist({ organization: "secretariat", policy });
    expect(ja).toMatch(/= \*\*1\*\* 年度/);
    expect(ja).toMatch(/= \*\*24\*\* か月/);
  });
});

describe("checklistSections, a control that reads no organisation fact", () => {
  it("has a section with no questions", () => {
    const variant = withControl("policy-review", (c) => ({ ...c, facts: {} }) as Control);
    const section = checklistSections(variant).sections.find((s) => s.control.id === "policy-review");
    expect(section).toBeDefined();
    expect(section?.questions).toEqual([]);
  });
});

describe("parseChecklistAnswers, without asOf or id", () => {
  it("makes a subject without asOf or id", () => {
    const parsed = parseChecklistAnswers({ checklist: "self-inspection", organization: "secretariat", answers: { standardsInPlace: "yes" } });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toEqual({ kind: "organization", organization: "secretariat", standardsInPlace: true });
  });

  it("rejects a wrong checklist name and a missing organisation", () => {
    const parsed = parseChecklistAnswers({ checklist: "other", answers: {} });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.message).toMatch(/checklist/);
  });
});
