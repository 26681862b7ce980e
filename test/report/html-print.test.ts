import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HTML_DETAIL_LIMIT, renderAuditHtml } from "../../src/report/audit-html.js";
import { buildAuditReport } from "../../src/report/audit-report.js";
import type { Subject } from "../../src/subjects/subject.js";
import { runCli } from "../cli/support.js";

const failing = JSON.parse(readFileSync(new URL("../../examples/subjects/sign-in.non-compliant.json", import.meta.url), "utf8")) as Subject;
const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const many = Array.from({ length: HTML_DETAIL_LIMIT + 23 }, (_, i) => ({ ...failing, id: `SI-${String(i).padStart(4, "0")}` }) as Subject);

function style(html: string): string {
  return /<style>\n([\s\S]*?)\n<\/style>/.exec(html)?.[1] ?? "";
}

describe("the HTML report prints on A4", () => {
  const css = style(renderAuditHtml(buildAuditReport(inventory)));

  it("sets the page, keeps headings with what follows, repeats table headers and never splits a row", () => {
    expect(css).toMatch(/@page \{ size: A4; margin: [^}]+\}/);
    expect(css).toMatch(/h1, h2, h3 \{[^}]*break-after: avoid;/);
    expect(css).toMatch(/thead \{ display: table-header-group; \}/);
    expect(css).toMatch(/tr \{[^}]*break-inside: avoid;/);
  });
});

describe("a large inventory's HTML report", () => {
  const report = buildAuditReport(many, { locale: "en" });

  it("shows the first 500 listed subjects in detail, says how many more and how to get them, and keeps the totals complete", () => {
    const html = renderAuditHtml(report);
    const sections = [...html.matchAll(/<section>\n<h3>(\d+)\. (SI-\d+) /g)];
    expect(sections.length).toBe(HTML_DETAIL_LIMIT);
    expect(sections.map((m) => m[2])).toEqual(many.slice(0, HTML_DETAIL_LIMIT).map((s) => s.id));
    expect(html).toContain(`<p class="note more">Only the first 500 subjects are shown in detail; 23 more are not (the counts above include them all). Use --format json or --detail all for every one.</p>`);
    expect(html).toContain(`<td class="n">${HTML_DETAIL_LIMIT + 23}</td>`);
    expect(report.subjects.length).toBe(HTML_DETAIL_LIMIT + 23);
  });

  it("shows every one with detail all, and no note", () => {
    const html = renderAuditHtml(report, { detail: "all" });
    expect([...html.matchAll(/<section>\n<h3>/g)].length).toBe(HTML_DETAIL_LIMIT + 23);
    expect(html).not.toContain('class="note more"');
  });

  it("adds no note when everything fits", () => {
    expect(renderAuditHtml(buildAuditReport(many.slice(0, HTML_DETAIL_LIMIT)))).not.toContain('class="note more"');
  });

  it("is capped by the CLI too, unless --detail all; another --detail value is a usage error", () => {
    const dir = mkdtempSync(join(tmpdir(), "h8-detail-"));
    const file = join(dir, "many.json");
    writeFileSync(file, JSON.stringify(many));
    const capped = runCli(["audit", file, "--format", "html", "--generated-at", "2026-11-25T09:00:00+09:00"]);
    expect(capped.code).toBe(1);
    expect([...capped.stdout.matchAll(/<section>\n<h3>/g)].length).toBe(HTML_DETAIL_LIMIT);
    expect(capped.stdout).toContain("ほか 23 件は省略した");
    const all = runCli(["audit", file, "--format", "html", "--detail", "all"]);
    expect([...all.stdout.matchAll(/<section>\n<h3>/g)].length).toBe(HTML_DETAIL_LIMIT + 23);
    const bad = runCli(["audit", file, "--format", "html", "--detail", "some"]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain("--detail must be all");
  });
});
