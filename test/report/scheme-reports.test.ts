import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AuditReportSchema } from "../../src/report/audit-report-schema.js";
import { classificationSchemes, describeSchemeLevels, extendPolicy, policy, type Subject } from "../../src/index.js";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { buildAuditReport } from "../../src/report/audit-report.js";
import { renderAuditText } from "../../src/report/audit-text.js";

// The sample inventory, one register per scheme (examples/schemes/), each audited under the
// overlay that chooses its scheme: the same outcomes (the registers follow the shipped mappings,
// whose thresholds coincide), and the report names the scheme with its own level labels.

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const base = read("examples/inventory.json") as Subject[];
const baseReport = buildAuditReport(base, { policy, asOf: "2026-11-25" });

describe.each(["guideline-r6", "importance-i-iv"])("the sample register in scheme %s", (id) => {
  const scheme = classificationSchemes[id]!;
  const extended = extendPolicy(policy, read(`examples/schemes/overlay.${id}.json`) as never);
  const register = read(`examples/schemes/inventory.${id}.json`) as Subject[];

  it("is the sample inventory reclassified level by level (same assets, classifications in the scheme)", () => {
    expect(extended.classificationScheme).toBe(scheme);
    expect(register.map((s) => s.id)).toEqual(base.map((s) => s.id));
    const ids = (d: "confidentiality" | "integrity" | "availability") => scheme.dimensions[d].levels.map((l) => l.id);
    for (const subject of register) {
      const c = (subject as { classification?: Record<string, unknown> }).classification;
      if (c === undefined) continue;
      expect(ids("confidentiality")).toContain(c["confidentiality"]);
      expect(ids("integrity")).toContain(c["integrity"]);
      expect(ids("availability")).toContain(c["availability"]);
    }
  });

  it("audits to the same outcomes as the sample inventory under the default scheme", () => {
    const report = buildAuditReport(register, { policy: extended, asOf: "2026-11-25" });
    expect(report.outcomes).toEqual(baseReport.outcomes);
    expect(report.controls.map((row) => [row.control, row.pass, row.fail, row.manual])).toEqual(baseReport.controls.map((row) => [row.control, row.pass, row.fail, row.manual]));
    expect(AuditReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it.each(["ja", "en"] as const)("names the scheme and its level labels in every format (%s)", (locale) => {
    const report = buildAuditReport(register, { policy: extended, asOf: "2026-11-25", locale });
    expect(report.classificationScheme).toEqual({ id, version: scheme.version, name: scheme.name[locale], levels: describeSchemeLevels(scheme, locale) });
    const top = scheme.dimensions.confidentiality.levels.at(-1)!.label[locale];
    for (const text of [renderAuditText(report), renderAuditMarkdown(report), renderAuditHtml(report)]) {
      expect(text).toContain(id);
      expect(text).toContain(top);
    }
  });

  it("a register in the default scheme's numbers is invalid input under this scheme, never a decision", () => {
    expect(() => buildAuditReport(base, { policy: extended })).toThrow(/classification/);
  });
});

it("the default scheme's report has no scheme line (the default stays as it was)", () => {
  expect(baseReport.classificationScheme).toBeUndefined();
  expect(renderAuditText(baseReport)).not.toContain("分類体系");
});
