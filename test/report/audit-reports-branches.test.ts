import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { buildAuditReport, reportOutcome, type AuditReport } from "../../src/report/audit-report.js";
import { renderAuditText } from "../../src/report/audit-text.js";
import type { Subject } from "../../src/subjects/subject.js";

const example = (name: string): Subject => JSON.parse(readFileSync(new URL(`../../examples/subjects/${name}.json`, import.meta.url), "utf8")) as Subject;
const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as Parameters<typeof extendPolicy>[1];
const extended = extendPolicy(policy, overlay);

/** A subject with its `id` (and, for an asset, its `name`) removed. */
function anonymous(subject: Subject): Subject {
  const copy = { ...subject } as Record<string, unknown>;
  delete copy.id;
  delete copy.name;
  return copy as unknown as Subject;
}

describe("buildAuditReport, less common subjects", () => {
  it("lists a failing subject without an id by its position only", () => {
    const subject = anonymous(example("sign-in.non-compliant"));
    const report = buildAuditReport([example("access.compliant"), subject], { asOf: "2026-11-25" });
    expect(report.subjects).toHaveLength(1);
    const [entry] = report.subjects;
    expect(entry?.index).toBe(1);
    expect(entry).not.toHaveProperty("id");
    expect(entry).not.toHaveProperty("name");
    expect(entry?.outcome).toBe("non-compliant");
    expect(renderAuditText(report)).toContain("#2");
    expect(renderAuditMarkdown(report)).toContain("#2");
    expect(renderAuditHtml(report)).toContain("#2");
  });

  it("counts a finding an exception turned into a pass, per subject, every time", () => {
    const withException = example("transfer.with-exception.compliant");
    const one = buildAuditReport([withException], { asOf: "2026-11-25" });
    const two = buildAuditReport([withException, withException], { asOf: "2026-11-25" });
    expect(one.outcomes.compliant).toBe(1);
    expect(two.outcomes.compliant).toBe(2);
    expect(two.subjects).toEqual([]);
    for (const row of one.controls) {
      const twice = two.controls.find((c) => c.control === row.control);
      expect([twice?.pass, twice?.fail, twice?.manual, twice?.["not-applicable"]]).toEqual([row.pass * 2, row.fail * 2, row.manual * 2, row["not-applicable"] * 2]);
    }
    expect(one.controls.reduce((sum, row) => sum + row.pass, 0)).toBeGreaterThan(0);
  });

  it("lists needs-review subjects but not not-applicable ones", () => {
    const report = buildAuditReport([example("organization.needs-review"), example("asset.not-applicable")], { asOf: "2026-11-25", locale: "en" });
    expect(report.outcomes["needs-review"]).toBe(1);
    expect(report.outcomes["not-applicable"]).toBe(1);
    expect(report.subjects.map((s) => s.outcome)).toEqual(["needs-review"]);
    expect(report.subjects[0]?.findings.every((f) => f.status === "manual")).toBe(true);
    expect(reportOutcome(report)).toBe("needs-review");
  });
});

describe("reportOutcome", () => {
  const zero = { compliant: 0, "non-compliant": 0, "needs-review": 0, "not-applicable": 0 };
  it("is the worst outcome present", () => {
    expect(reportOutcome({ outcomes: { ...zero, "non-compliant": 1, "needs-review": 3, compliant: 5 } })).toBe("non-compliant");
    expect(reportOutcome({ outcomes: { ...zero, "needs-review": 1, compliant: 5 } })).toBe("needs-review");
    expect(reportOutcome({ outcomes: { ...zero, compliant: 2, "not-applicable": 4 } })).toBe("compliant");
    expect(reportOutcome({ outcomes: { ...zero, "not-applicable": 4 } })).toBe("not-applicable");
    expect(reportOutcome({ outcomes: zero })).toBe("not-applicable");
  });
  it("of a real report with a non-compliant subject is non-compliant", () => {
    expect(reportOutcome(buildAuditReport([example("asset.non-compliant"), example("asset.compliant")]))).toBe("non-compliant");
  });
});

describe("the renderers, with an overlay-extended policy", () => {
  for (const locale of ["ja", "en"] as const) {
    it(`name the overlay (${locale})`, () => {
      const report = buildAuditReport([example("sign-in.non-compliant")], { policy: extended, locale, asOf: "2026-11-25" });
      expect(report.overlay).toBeDefined();
      const text = renderAuditText(report);
      expect(text).toContain("対策基準 / Overlay:");
      expect(text).toContain("sample-organization-standards");
      expect(renderAuditMarkdown(report)).toContain("sample-organization-standards");
      expect(renderAuditHtml(report)).toContain("sample-organization-standards");
    });
  }

  it("say there is no overlay without one", () => {
    const report = buildAuditReport([example("sign-in.non-compliant")], { locale: "en" });
    expect(renderAuditText(report)).toContain("対策基準 / Overlay:       なし / none\n");
    expect(renderAuditMarkdown(report)).not.toContain("sample-organization-standards");
  });
});

describe("the renderers, with a hand-made report", () => {
  const base = buildAuditReport([example("asset.non-compliant")], { locale: "en", asOf: "2026-11-25" });
  const used = base.controls.filter((c) => c.pass + c.fail + c.manual > 0);
  const hostile = "<script>alert(1)</script> *bold* | pipe";
  const report: AuditReport = {
    ...base,
    controls: used,
    subjects: base.subjects.map((entry) => ({
      index: entry.index,
      kind: entry.kind,
      outcome: entry.outcome,
      name: hostile,
      findings: entry.findings.map(({ remediation: _remediation, ...rest }) => rest),
    })),
  };

  it("has used controls only, so lists no unused ones", () => {
    expect(used.length).toBeGreaterThan(0);
    expect(used.length).toBeLessThan(base.controls.length);
    const label = "Controls that applied to no subject of this check";
    const html = renderAuditHtml(report);
    const md = renderAuditMarkdown(report);
    expect(html).not.toContain(label);
    expect(md).not.toContain(label);
    expect(renderAuditHtml(base)).toContain(label);
    expect(renderAuditMarkdown(base)).toContain(label);
    for (const c of base.controls.filter((row) => !used.includes(row))) expect(html).not.toContain(`<code>${c.control}</code>`);
  });

  it("render findings without a remediation, and escape a hostile name", () => {
    const finding = report.subjects[0]?.findings[0];
    expect(finding).toBeDefined();
    expect(finding).not.toHaveProperty("remediation");
    const text = renderAuditText(report);
    expect(text).not.toContain("→");
    expect(text).toContain(finding?.reason);
    const html = renderAuditHtml(report);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain("#1");
    const md = renderAuditMarkdown(report);
    expect(md).toContain("#1");
    expect(md).toContain("\\*bold\\*");
    expect(md).toContain("\\|");
  });
});

describe("buildAuditReport, a hand-made policy citing a threat it does not define", () => {
  it("counts the control but no row for the unknown threat", () => {
    const variant = {
      ...policy,
      controls: policy.controls.map((c) => (c.id === "mynumber-multi-factor" ? { ...c, threats: [...c.threats, "T9.9"] } : c)),
    } as typeof policy;
    const report = buildAuditReport([example("asset.non-compliant")], { policy: variant, locale: "en" });
    const original = buildAuditReport([example("asset.non-compliant")], { locale: "en" });
    expect(report.controls.find((c) => c.control === "mynumber-multi-factor")?.fail).toBe(1);
    expect(report.threats.map((t) => t.threat)).not.toContain("T9.9");
    expect(report.threats).toEqual(original.threats);
  });
});
