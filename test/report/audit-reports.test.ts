import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import { htmlWriter, renderAuditHtml } from "../../src/report/audit-html.js";
import { jsonWriter, renderAuditJson } from "../../src/report/audit-json.js";
import { escapeMarkdown, markdownWriter, renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { buildAuditReport, createAuditReporter, reportOutcome, type AuditReport } from "../../src/report/audit-report.js";
import { renderAuditText, textWriter } from "../../src/report/audit-text.js";
import type { ReportWriter } from "../../src/report/report-writer.js";
import type { Subject } from "../../src/subjects/subject.js";

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as Parameters<typeof extendPolicy>[1];
const report = buildAuditReport(inventory, { asOf: "2026-11-25" });

describe("buildAuditReport", () => {
  it("counts exactly what audit counts, per outcome, control and threat", () => {
    const result = audit(inventory, { asOf: "2026-11-25" });
    expect(report.total).toBe(inventory.length);
    expect(report.outcomes).toEqual(result.summary.outcomes);
    expect(report.kinds).toEqual(result.summary.kinds);
    for (const row of report.controls) {
      const tally = result.summary.controls[row.control];
      expect([row.pass, row.fail, row.manual, row["not-applicable"]]).toEqual([tally?.pass, tally?.fail, tally?.manual, tally?.["not-applicable"]]);
    }
    for (const row of report.threats) {
      const tally = result.summary.threats[row.threat];
      expect([row.pass, row.fail, row.manual]).toEqual([tally?.pass, tally?.fail, tally?.manual]);
    }
  });

  it("lists every non-compliant and needs-review subject, in input order, with each fail and manual finding", () => {
    const result = audit(inventory, { asOf: "2026-11-25" });
    const expected = result.decisions.flatMap((decision, index) =>
      decision.outcome === "non-compliant" || decision.outcome === "needs-review"
        ? [{ index, outcome: decision.outcome, controls: decision.findings.filter((f) => f.status === "fail" || f.status === "manual").map((f) => f.control) }]
        : [],
    );
    expect(report.subjects.map((s) => ({ index: s.index, outcome: s.outcome, controls: s.findings.map((f) => f.control) }))).toEqual(expected);
    for (const entry of report.subjects) {
      expect(entry.id).toBe(inventory[entry.index]?.id);
      for (const finding of entry.findings) {
        expect(finding.reason).not.toBe("");
        expect(finding.remediation).toBeDefined();
      }
    }
  });

  it("names the policy, the overlay and the as-of date, and speaks the locale asked for", () => {
    expect(report.policy).toEqual({ id: policy.id, version: policy.version, title: policy.title.ja });
    expect(report.overlay).toBeUndefined();
    expect(report.asOf).toBe("2026-11-25");
    const en = buildAuditReport(inventory, { policy: extendPolicy(policy, overlay), locale: "en" });
    expect(en.overlay).toMatchObject({ id: "sample-organization-standards", version: "2026.4.0" });
    expect(en.overlay?.name).toContain("SAMPLE");
    expect(en.policy.version).toBe("1.0.0+2026.4.0");
    expect(en.controls[0]?.title).toBe(policy.controls[0]?.title.en);
    expect(en.asOf).toBeUndefined();
  });

  it("gives the overall outcome as the worst subject's", () => {
    expect(reportOutcome(report)).toBe("non-compliant");
    expect(reportOutcome(buildAuditReport([]))).toBe("not-applicable");
    expect(reportOutcome(buildAuditReport([{ kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"], person: "regular" }]))).toBe("compliant");
  });
});

const renderers: readonly [string, (r: AuditReport) => string, () => ReportWriter][] = [
  ["markdown", renderAuditMarkdown, markdownWriter],
  ["html", renderAuditHtml, htmlWriter],
  ["text", renderAuditText, textWriter],
  ["json", renderAuditJson, jsonWriter],
];

describe.each(renderers)("the %s report", (format, render, writer) => {
  const text = render(report);

  it("shows the policy, the as-of date, every outcome count and every failing subject with clause, reason and remediation", () => {
    expect(text).toContain(policy.id);
    expect(text).toContain(policy.version);
    expect(text).toContain("2026-11-25");
    expect(text).toContain(String(report.outcomes["non-compliant"]));
    for (const entry of report.subjects) {
      if (entry.id !== undefined) expect(text).toContain(format === "markdown" ? escapeMarkdown(entry.id) : entry.id);
      for (const finding of entry.findings) {
        expect(text).toContain(finding.clause);
        expect(text).toContain(finding.reason);
        if (finding.remediation !== undefined) expect(text).toContain(finding.remediation);
      }
    }
  });

  it("is the same written in parts (as the CLI streams it) as rendered whole", () => {
    const { subjects, ...head } = report;
    const parts = writer();
    let streamed = parts.head(head);
    subjects.forEach((entry, position) => (streamed += parts.subject(entry, position, head)));
    streamed += parts.tail(head, subjects.length);
    expect(streamed).toBe(text);
  });

  it("renders an empty audit", () => {
    const empty = render(buildAuditReport([]));
    expect(empty).toContain(policy.version);
    if (format === "json") expect(JSON.parse(empty)).toMatchObject({ total: 0, subjects: [] });
  });
});

describe("the JSON report", () => {
  it("parses back to the report", () => {
    expect(JSON.parse(renderAuditJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe("the reports escape what comes from the input", () => {
  const hostile: Subject[] = [
    {
      kind: "asset",
      id: "<script>alert(1)</script>|**x**",
      name: '"><img src=http://evil.example/x.png onerror=alert(1)> [link](http://evil.example) `code` _em_',
      organization: "secretariat",
      category: "information",
    },
  ];
  const r = buildAuditReport(hostile, { asOf: "2026-11-25" });

  it("in HTML: no markup, no script, no request from the input", () => {
    const html = renderAuditHtml(r);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
  });

  it("in Markdown: no raw HTML, no link, no table cell break", () => {
    const markdown = renderAuditMarkdown(r);
    expect(markdown).not.toContain("<script>");
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toMatch(/[^\\]\]\(http/);
    expect(markdown).toContain("\\[link\\](http");
    expect(markdown).toContain("&lt;script&gt;alert(1)&lt;/script&gt;\\|\\*\\*x\\*\\*");
  });

  it("in text: control characters are shown, not run", () => {
    const text = renderAuditText(buildAuditReport([{ kind: "asset", id: "a\u001b[2Jb", organization: "secretariat", category: "information" }]));
    expect(text).not.toContain("\u001b");
    expect(text).toContain("a\\u001b[2Jb");
  });
});

describe("the HTML report is one self-contained file", () => {
  const html = renderAuditHtml(buildAuditReport(inventory, { asOf: "2026-11-25", locale: "en" }));

  it("requests nothing: no external URL, script, link, image, font or import; a CSP forbids any", () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });

  it("is a complete document in the report's language with inline CSS", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain("<style>");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).toContain("Information security measures: compliance status (automated check)");
    expect(html).toContain("Results by control");
    expect(html).toContain("Results by threat");
  });
});

describe("createAuditReporter", () => {
  it("keeps no subject itself: it hands back only the non-compliant and needs-review ones", () => {
    const reporter = createAuditReporter({ asOf: "2026-11-25" });
    const handed = inventory.map((subject) => reporter.add(subject));
    expect(handed.filter((entry) => entry !== undefined)).toEqual(report.subjects);
    expect({ ...reporter.head(), subjects: report.subjects }).toEqual(report);
  });
});
