import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import type { Provenance } from "../../src/definitions/vocabulary.js";
import type { Locale } from "../../src/definitions/localized-text.js";
import { evaluate } from "../../src/evaluate.js";
import { toOscalAssessmentResults } from "../../src/export/oscal-results.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { renderAuditJson } from "../../src/report/audit-json.js";
import { renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { buildAuditReport, type AuditReport, type ReportedFinding } from "../../src/report/audit-report.js";
import { renderAuditText } from "../../src/report/audit-text.js";
import { checklistSections, renderChecklist, renderChecklistHtml } from "../../src/report/checklist.js";
import { PROVENANCE_LABELS, provenanceTag } from "../../src/report/labels.js";
import type { Subject } from "../../src/subjects/subject.js";
import { runCli } from "../cli/support.js";

// DESIGN.md "Provenance": every finding line of every renderer says whether its rule is the basic
// policy's, a guideline default or the organisation's own standard. Each output is parsed line by
// line (row by row) and every finding line is matched, in order, against the finding it shows.

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as Parameters<typeof extendPolicy>[1];
const extended = extendPolicy(policy, overlay);
const LOCALES: readonly Locale[] = ["ja", "en"];
const PROVENANCES: readonly Provenance[] = ["basic-policy", "guideline", "organization"];

const EXPECTED_TAGS: Readonly<Record<Locale, Readonly<Record<Provenance, string>>>> = {
  ja: { "basic-policy": "[7(3)①・基本方針]", guideline: "[7(4)・総務省ガイドライン既定値]", organization: "[7(4)・組織の対策基準]" },
  en: { "basic-policy": "[7(3)① · basic policy]", guideline: "[7(4) · guideline default]", organization: "[7(4) · organisation standard]" },
};

function reportFor(locale: Locale): AuditReport {
  return buildAuditReport(inventory, { policy: extended, asOf: "2026-11-25", locale });
}

function listedFindings(report: AuditReport): ReportedFinding[] {
  return report.subjects.flatMap((subject) => subject.findings);
}

/** The provenance a tag names, or undefined if the text carries no tag. */
function tagProvenance(text: string, locale: Locale): { clause: string; provenance: Provenance } | undefined {
  for (const provenance of PROVENANCES) {
    const label = PROVENANCE_LABELS[provenance][locale];
    const pattern = locale === "ja" ? new RegExp(`\\[([^\\]・]+)・${label}\\]`) : new RegExp(`\\[([^\\]]+?) · ${label}\\]`);
    const match = pattern.exec(text);
    if (match !== null) return { clause: match[1] as string, provenance };
  }
  return undefined;
}

function expectTagged(lines: readonly string[], findings: readonly { clause: string; provenance: Provenance }[], locale: Locale): void {
  expect(lines.length).toBe(findings.length);
  lines.forEach((line, i) => {
    const expected = findings[i] as { clause: string; provenance: Provenance };
    expect(tagProvenance(line, locale), line).toEqual({ clause: expected.clause, provenance: expected.provenance });
  });
}

describe("provenanceTag and the one label table", () => {
  it("reads as the spec's examples in both languages", () => {
    for (const locale of LOCALES) {
      expect(provenanceTag("7(3)①", "basic-policy", locale)).toBe(EXPECTED_TAGS[locale]["basic-policy"]);
      expect(provenanceTag("7(4)", "guideline", locale)).toBe(EXPECTED_TAGS[locale].guideline);
      expect(provenanceTag("7(4)", "organization", locale)).toBe(EXPECTED_TAGS[locale].organization);
    }
  });

  it("gives three different labels, so that a guideline default never reads as the basic policy", () => {
    for (const locale of LOCALES) expect(new Set(PROVENANCES.map((p) => PROVENANCE_LABELS[p][locale])).size).toBe(3);
  });
});

describe("the subjects of this test cover all three provenances", () => {
  it("has listed findings of basic-policy, guideline and organization controls", () => {
    expect(new Set(listedFindings(reportFor("ja")).map((f) => f.provenance))).toEqual(new Set(PROVENANCES));
  });
});

describe.each(LOCALES)("every finding line carries its provenance (%s)", (locale) => {
  const report = reportFor(locale);
  const findings = listedFindings(report);

  it("in the text report", () => {
    const lines = renderAuditText(report).split("\n").filter((line) => /^ {6}[✗?] /.test(line));
    expectTagged(lines, findings, locale);
  });

  it("in the Markdown report (every row of every subject's table)", () => {
    const lines = renderAuditMarkdown(report).split("\n");
    const rows: string[] = [];
    let inSubject = false;
    for (const line of lines) {
      if (line.startsWith("### ")) inSubject = true;
      else if (line.startsWith("## ")) inSubject = false;
      if (!inSubject || !line.startsWith("| ") || line.startsWith("| ---")) continue;
      const first = (line.split(" | ")[0] as string).slice(2).replace(/\\(.)/g, "$1");
      if (first === (locale === "ja" ? "条項・根拠" : "Clause · provenance")) continue;
      rows.push(first);
    }
    expectTagged(rows, findings, locale);
  });

  it("in the HTML report (every row of every subject's table)", () => {
    const html = renderAuditHtml(report);
    const rows = [...html.matchAll(/<section>\n<h3>[\s\S]*?<\/section>/g)].flatMap((section) =>
      [...section[0].matchAll(/<tr><td>([^<]*)<\/td>/g)].map((match) => (match[1] as string).replace(/&amp;/g, "&")),
    );
    expectTagged(rows, findings, locale);
  });

  it("in the JSON report (the provenance field of every listed finding)", () => {
    const parsed = JSON.parse(renderAuditJson(report)) as AuditReport;
    const controls = new Map(extended.controls.map((c) => [c.id, c.provenance]));
    const all = parsed.subjects.flatMap((s) => s.findings);
    expect(all.length).toBe(findings.length);
    for (const finding of all) expect(finding.provenance).toBe(controls.get(finding.control));
  });

  it("in the checklist (every control's source line, Markdown and HTML)", () => {
    const { sections } = checklistSections(extended);
    const controls = sections.map((s) => ({ clause: s.control.clause, provenance: s.control.provenance }));
    const source = locale === "ja" ? "- 根拠: " : "- Provenance: ";
    const markdown = renderChecklist({ organization: "secretariat", policy: extended, locale })
      .split("\n")
      .filter((line) => line.startsWith(source))
      .map((line) => line.replace(/\\(.)/g, "$1"));
    expectTagged(markdown, controls, locale);
    const th = locale === "ja" ? "根拠" : "Provenance";
    const html = renderChecklistHtml({ organization: "secretariat", policy: extended, locale })
      .split("\n")
      .filter((line) => line.includes(`<tr><th>${th}</th>`));
    expectTagged(html, controls, locale);
  });

  it("in OSCAL assessment-results (a provenance prop and the description of every finding and observation)", () => {
    const result = audit(inventory, { policy: extended, asOf: "2026-11-25" });
    const document = toOscalAssessmentResults(result, { subjects: inventory, policy: extended, timestamp: "2026-11-25T09:00:00+09:00", locale });
    const run = document["assessment-results"].results[0];
    const byId = new Map(extended.controls.map((c) => [c.id, c]));
    const oscalFindings = run?.findings ?? [];
    expect(oscalFindings.length).toBeGreaterThan(0);
    for (const finding of oscalFindings) {
      const control = byId.get(finding.target["target-id"]);
      expect(control).toBeDefined();
      const props = finding.props.filter((p) => p.name === "provenance");
      expect(props.map((p) => [p.value, p.ns])).toEqual([[control?.provenance, "https://miyagi-kouiki.github.io/infosec-policy/ns/oscal"]]);
      expect(tagProvenance(finding.description.replace(/\\(.)/g, "$1").split("\n")[0] as string, locale)).toEqual({ clause: control?.clause, provenance: control?.provenance });
    }
    const observations = run?.observations ?? [];
    expect(observations.length).toBe(inventory.length);
    observations.forEach((observation, index) => {
      const decision = result.decisions[index];
      const listed = (decision?.findings ?? []).filter((f) => f.status === "fail" || f.status === "manual");
      const lines = observation.description.split("\n").filter((line) => line.startsWith("- "));
      expectTagged(lines.map((line) => line.replace(/\\(.)/g, "$1")), listed, locale);
      const props = observation.props.filter((p) => p.name === "provenance").map((p) => p.value);
      expect(new Set(props)).toEqual(new Set(listed.map((f) => f.provenance)));
      expect(props.length).toBe(new Set(props).size);
    });
  });
});

describe("check prints the provenance on every finding line (the built CLI)", () => {
  it.each(LOCALES)("text (%s): every ✗, ? and exception line", (locale) => {
    const run = runCli(["check", "examples/inventory.json", "--overlay", "examples/overlay.sample.json", "--as-of", "2026-11-25", "--lang", locale]);
    expect(run.stderr).not.toMatch(/invalid/);
    const decisions = inventory.map((subject) => evaluate(subject, { policy: extended, locale, asOf: "2026-11-25" }));
    const expected = decisions.flatMap((decision) => [
      ...decision.findings.filter((f) => f.status === "fail" || f.status === "manual" || (decision.outcome === "not-applicable" && f.status === "not-applicable")),
      ...decision.findings.filter((f) => f.exception !== undefined),
    ]);
    expect(new Set(expected.map((f) => f.provenance))).toEqual(new Set(PROVENANCES));
    const lines = run.stdout.split("\n").filter((line) => /^ {2}[✗?-] /.test(line) || (/^ {2}✓ \[/.test(line)));
    expectTagged(lines, expected, locale);
  });

  it.each(["markdown", "html"] as const)("%s: every row of every subject's table", (format) => {
    const run = runCli(["check", "examples/inventory.json", "--overlay", "examples/overlay.sample.json", "--as-of", "2026-11-25", "--format", format]);
    const findings = listedFindings(reportFor("ja"));
    const rows =
      format === "markdown"
        ? run.stdout
            .split("\n")
            .filter((line) => /^\| \\\[/.test(line))
            .map((line) => line.replace(/\\(.)/g, "$1"))
        : [...run.stdout.matchAll(/<tr><td>(\[[^<]*)<\/td>/g)].map((match) => match[1] as string);
    expectTagged(rows, findings, "ja");
  });
});
