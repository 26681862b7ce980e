import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../src/decision/decision.js";
import { evaluate } from "../../src/evaluate.js";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { renderAuditJson } from "../../src/report/audit-json.js";
import { renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { buildAuditReport, OUT_OF_SCOPE_LISTED, type AuditReport } from "../../src/report/audit-report.js";
import { AuditReportSchema } from "../../src/report/audit-report-schema.js";
import { renderAuditText } from "../../src/report/audit-text.js";
import { policy } from "../../src/policy/policies.js";
import type { Subject } from "../../src/subjects/subject.js";

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const outside = JSON.parse(readFileSync(new URL("../../examples/subjects/asset.not-applicable.json", import.meta.url), "utf8")) as Subject;
const OUTCOMES: readonly Outcome[] = ["non-compliant", "needs-review", "compliant", "not-applicable"];
const inScope = policy.scope.organizations.map((o) => o.id as string);

/** The expected rows, worked out from `evaluate` subject by subject, the plain way. */
function expectedGroups(subjects: readonly Subject[]) {
  const organizations = new Map<string, Record<Outcome, number>>();
  const zones = new Map<string, Record<Outcome, number>>();
  const bump = (map: Map<string, Record<Outcome, number>>, key: string, outcome: Outcome) => {
    const counts = map.get(key) ?? { "non-compliant": 0, "needs-review": 0, compliant: 0, "not-applicable": 0 };
    counts[outcome]++;
    map.set(key, counts);
  };
  for (const subject of subjects) {
    const { outcome } = evaluate(subject);
    const organization = (subject as { organization?: string }).organization;
    bump(organizations, organization === undefined ? "unstated" : inScope.includes(organization) ? organization : "outside", outcome);
    const zone = subject.kind === "transfer" ? subject.to : ((subject as { zone?: string }).zone ?? "none");
    bump(zones, zone, outcome);
  }
  return { organizations, zones };
}

function rowsOf(report: AuditReport) {
  return {
    organizations: new Map(report.byOrganization.map((r) => [r.group === "in-scope" ? (r.organization as string) : r.group, r.outcomes])),
    zones: new Map(report.byZone.map((r) => [r.zone ?? "none", r.outcomes])),
  };
}

describe("the summaries by organisation (5(1)) and by zone", () => {
  it("count exactly what evaluate decides, per organisation and per zone, for the sample inventory", () => {
    const report = buildAuditReport(inventory);
    const expected = expectedGroups(inventory);
    expect(rowsOf(report)).toEqual(expected);
    expect(report.byOrganization.map((r) => r.organization ?? r.group)).toEqual([...inScope, "outside"].filter((key) => expected.organizations.has(key)));
    expect(report.byZone.map((r) => r.zone ?? "none")).toEqual(["mynumber", "lgwan", "internet", "none"]);
  });

  it("always add up to the report's totals (property: any sub-inventory)", () => {
    fc.assert(
      fc.property(fc.subarray(inventory.concat([outside])), (subjects) => {
        const report = buildAuditReport(subjects);
        for (const rows of [report.byOrganization, report.byZone]) {
          expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(report.total);
          for (const outcome of OUTCOMES) expect(rows.reduce((sum, r) => sum + r.outcomes[outcome], 0)).toBe(report.outcomes[outcome]);
          for (const r of rows) expect(r.total).toBeGreaterThan(0);
        }
        expect(rowsOf(report)).toEqual(expectedGroups(subjects));
      }),
      { numRuns: 60 },
    );
  });
});

describe("the subjects out of scope are listed with why, not dropped", () => {
  const report = buildAuditReport(inventory, { locale: "en" });

  it("lists every subject a scope gate found not applicable, with the gate's clause and reason", () => {
    const expected = inventory.flatMap((subject, index) => {
      const decision = evaluate(subject, { locale: "en" });
      const gate = decision.findings.find((f) => f.control === "scope-organization" && f.status === "not-applicable");
      return decision.outcome === "not-applicable" && gate !== undefined ? [{ index, id: subject.id, clause: gate.clause, reason: gate.reason }] : [];
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(report.outOfScope.total).toBe(expected.length);
    expect(report.outOfScope.subjects.map(({ index, id, clause, reason }) => ({ index, id, clause, reason }))).toEqual(expected);
    expect(report.outOfScope.subjects[0]?.organization).toBe("登米市");
  });

  it("shows them, with the reason, in text, Markdown, HTML and JSON", () => {
    const entry = report.outOfScope.subjects[0];
    expect(entry).toBeDefined();
    const reason = entry?.reason as string;
    const text = renderAuditText(report).split("\n");
    const at = text.indexOf("適用範囲外の対象 / Subjects out of scope (1)");
    expect(at).toBeGreaterThan(0);
    expect(text[at + 1]).toContain(entry?.id);
    expect(text[at + 2]).toBe(`      [5(1)] ${reason}`);
    const markdown = renderAuditMarkdown(report).split("\n");
    const heading = markdown.indexOf("## Subjects out of scope (1)");
    expect(heading).toBeGreaterThan(0);
    expect(markdown.slice(heading).find((line) => line.startsWith("| ") && line.includes(entry?.id ?? "?"))).toBe(`| ${(entry?.index ?? 0) + 1} | ${entry?.id} ${entry?.name} | 登米市 | 5(1) | ${reason} |`);
    const html = renderAuditHtml(report);
    expect(html).toMatch(new RegExp(`<h2>Subjects out of scope \\(1\\)</h2>[\\s\\S]*<td>${entry?.id}[^<]*</td><td>登米市</td><td>5\\(1\\)</td><td>${reason.replace(/[.()]/g, "\\$&")}</td>`));
    expect(AuditReportSchema.parse(JSON.parse(renderAuditJson(report))).outOfScope).toEqual(report.outOfScope);
  });

  it("caps the list, never the count, and says how many more and how to get them", () => {
    const many = Array.from({ length: OUT_OF_SCOPE_LISTED + 5 }, (_, i) => ({ ...outside, id: `CITY-${i}` }) as Subject);
    const big = buildAuditReport(many, { locale: "en" });
    expect(big.outOfScope.total).toBe(OUT_OF_SCOPE_LISTED + 5);
    expect(big.outOfScope.subjects.length).toBe(OUT_OF_SCOPE_LISTED);
    expect(big.outcomes["not-applicable"]).toBe(OUT_OF_SCOPE_LISTED + 5);
    for (const rendered of [renderAuditText(big), renderAuditMarkdown(big), renderAuditHtml(big)]) {
      expect(rendered).toContain("5 more are not shown (the counts above include them all). Use --format json for all of them.");
    }
    const none = buildAuditReport(inventory.slice(0, 3), { locale: "en" });
    expect(none.outOfScope).toEqual({ total: 0, subjects: [] });
    expect(renderAuditMarkdown(none)).toContain("## Subjects out of scope (0)\n\nNo subject is out of scope.\n");
  });
});
