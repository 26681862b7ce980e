import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import { ChecklistAnswersSchema, isChecklistAnswers, parseChecklistAnswers } from "../../src/report/checklist-answers.js";
import { CHECKLIST_QUESTIONS } from "../../src/report/checklist-questions.js";
import { checklistAnswersTemplate, checklistSections, renderChecklist, renderChecklistHtml } from "../../src/report/checklist.js";
import { OrganizationSubjectSchema } from "../../src/subjects/organization.js";

const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as Parameters<typeof extendPolicy>[1];

describe("the self-inspection questions", () => {
  it("are exactly the facts of the organization subject (one question per field a manager answers)", () => {
    const fields = Object.keys(OrganizationSubjectSchema.shape).filter((field) => !["kind", "id", "organization", "asOf"].includes(field));
    expect(CHECKLIST_QUESTIONS.map((question) => question.id).sort()).toEqual(fields.sort());
    expect(Object.keys(ChecklistAnswersSchema.shape.answers.shape).sort()).toEqual(fields.sort());
  });

  it("cover every fact every organisation control reads, and every organisation control (but the scope gate)", () => {
    const { sections, questions } = checklistSections();
    const organizationControls = policy.controls.filter((control) => control.checks.organization !== undefined && !control.gate);
    expect(sections.map((section) => section.control.id)).toEqual(organizationControls.map((control) => control.id));
    for (const section of sections) {
      expect(section.questions.map((q) => q.id).sort()).toEqual([...(section.control.facts.organization ?? [])].sort());
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });
});

describe("renderChecklist", () => {
  const markdown = renderChecklist({ organization: "assembly-secretariat", asOf: "2026-11-25" });

  it("is Markdown for one organisation, with every control's clause and every question's id", () => {
    expect(markdown.startsWith("# 情報セキュリティ自己点検チェックリスト")).toBe(true);
    expect(markdown).toContain("議会事務局 (`assembly-secretariat`)");
    expect(markdown).toContain("2026-11-25");
    for (const { control, questions } of checklistSections().sections) {
      expect(markdown).toContain(`(\`${control.id}\`)`);
      for (const question of questions) expect(markdown).toContain(`\`${question.id}\``);
    }
  });

  it("ends with the answers file, which parses and, untouched, needs review (never passes)", () => {
    const json = /```json\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? "";
    const template = JSON.parse(json) as unknown;
    expect(template).toEqual(checklistAnswersTemplate({ organization: "assembly-secretariat", asOf: "2026-11-25" }));
    const parsed = parseChecklistAnswers(template);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.data).toEqual({ kind: "organization", organization: "assembly-secretariat", asOf: "2026-11-25" });
      expect(evaluate(parsed.data).outcome).toBe("needs-review");
    }
  });

  it("speaks English, and shows an overlay's tightened parameter and its name", () => {
    const en = renderChecklist({ organization: "secretariat", locale: "en", policy: extendPolicy(policy, overlay) });
    expect(en.startsWith("# Information security self-inspection checklist")).toBe(true);
    expect(en).toContain("sample-organization-standards 2026.4.0");
    // The sample overlay tightens the training interval from 12 to 6 months.
    expect(en).toMatch(/Longest interval between .*training.* = \*\*6\*\* months/i);
  });
});

describe("parseChecklistAnswers", () => {
  it("turns answers into an organization subject that evaluate judges", () => {
    const parsed = parseChecklistAnswers({
      checklist: "self-inspection",
      organization: "audit-secretariat",
      id: "SI-2026-AUD",
      asOf: "2026-11-25",
      respondent: "事務局長",
      answers: {
        securityOrganizationEstablished: "yes",
        staffCategoriesBound: ["regular", "fiscal-year-appointed", "part-time"],
        staffRulesDefined: true,
        lastTraining: "2026-06-01",
        monitoringInPlace: "yes",
        incidentResponseReady: "yes",
        secureDevelopmentInPlace: "yes",
        continuityPlanInPlace: "yes",
        lastAudit: "never",
        lastSelfInspection: "2026-01-10",
        reviewNeeded: "no",
        reviewed: "unknown",
        standardsInPlace: "yes",
        proceduresInPlace: false,
      },
    });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toMatchObject({
      kind: "organization",
      id: "SI-2026-AUD",
      organization: "audit-secretariat",
      lastAudit: null,
      staffRulesDefined: true,
      proceduresInPlace: false,
      reviewNeeded: false,
    });
    expect("reviewed" in parsed.data).toBe(false);
    const decision = evaluate(parsed.data);
    expect(decision.outcome).toBe("non-compliant");
    expect(decision.findings.filter((f) => f.status === "fail").map((f) => f.control)).toEqual(
      expect.arrayContaining(["audit-and-self-inspection", "procedures-established"]),
    );
  });

  it("lists every problem with its path", () => {
    const parsed = parseChecklistAnswers({ checklist: "self-inspection", organization: "", answers: { lastAudit: "yesterday", bogus: "yes", standardsInPlace: "maybe" } });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((issue) => issue.at).sort()).toEqual(["answers", "answers.lastAudit", "answers.standardsInPlace", "organization"]);
  });

  it("is told apart from a subject", () => {
    expect(isChecklistAnswers({ checklist: "self-inspection" })).toBe(true);
    expect(isChecklistAnswers({ kind: "organization", organization: "secretariat" })).toBe(false);
    expect(isChecklistAnswers([])).toBe(false);
    expect(isChecklistAnswers(null)).toBe(false);
  });
});

describe("renderChecklistHtml", () => {
  const html = renderChecklistHtml({ organization: "assembly-secretariat", asOf: "2026-11-25" });

  it("has what the Markdown checklist has: every control and every question, and the same answers file", () => {
    expect(html).toContain("<h1>情報セキュリティ自己点検チェックリスト</h1>");
    expect(html).toContain("議会事務局 <code>assembly-secretariat</code>");
    for (const { control, questions } of checklistSections().sections) {
      expect(html).toContain(`<code>${control.id}</code></h2>`);
      for (const question of questions) expect(html).toContain(`<code>${question.id}</code>`);
    }
    const pre = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? "";
    expect(JSON.parse(pre.replace(/&#34;/g, '"'))).toEqual(checklistAnswersTemplate({ organization: "assembly-secretariat", asOf: "2026-11-25" }));
  });

  it("numbers each question once, as the Markdown does, and points back to it where asked again", () => {
    const numbered = (text: string): string[] => [...text.matchAll(/\*\*Q(\d+)\*\* `(\w+)`/g)].map((m) => `Q${m[1]} ${m[2]}`);
    const numberedHtml = [...html.matchAll(/<td class="no">Q(\d+)<\/td><td>[^<]*<br><code>(\w+)<\/code>/g)].map((m) => `Q${m[1]} ${m[2]}`);
    expect(numberedHtml).toEqual(numbered(renderChecklist({ organization: "assembly-secretariat", asOf: "2026-11-25" })));
    expect(numberedHtml.length).toBe(checklistSections().questions.length);
  });

  it("prints on A4, repeats table headers and keeps headings with what follows", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toMatch(/h1, h2, h3 \{[^}]*break-after: avoid/);
    expect(html).toMatch(/tr \{[^}]*break-inside: avoid/);
  });

  it("escapes what it did not write (an organisation id it was given, an overlay's name)", () => {
    const hostile = renderChecklistHtml({ organization: "<img src=x onerror=alert(1)>", locale: "en" });
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("&#60;img src=x onerror=alert(1)&#62;");
    const named = extendPolicy(policy, { ...overlay, name: { ja: "<i>基準</i>", en: "<i>standards</i>" } } as Parameters<typeof extendPolicy>[1]);
    const withOverlay = renderChecklistHtml({ organization: "secretariat", policy: named, locale: "en" });
    expect(withOverlay).not.toContain("<i>");
    expect(withOverlay).toContain("&#60;i&#62;standards&#60;/i&#62;");
  });

  it("speaks English with --lang en", () => {
    const en = renderChecklistHtml({ organization: "secretariat", locale: "en" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Information security self-inspection checklist</h1>");
    expect(en).not.toMatch(/回答方法|設問/);
    expect(en).toContain("<th>How to answer</th>");
  });
});
