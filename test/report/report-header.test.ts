import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/definitions/localized-text.js";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { renderAuditJson } from "../../src/report/audit-json.js";
import { renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { buildAuditReport, type AuditReportOptions } from "../../src/report/audit-report.js";
import { AuditReportSchema } from "../../src/report/audit-report-schema.js";
import { renderAuditText } from "../../src/report/audit-text.js";
import type { Subject } from "../../src/subjects/subject.js";
import { runCli } from "../cli/support.js";

// DESIGN.md "Reports are what they are": the automated check is not the audit of clause 8; the
// header says which policy, overlay, as-of date, inputs and generation time produced the report,
// and leaves room to sign.

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const TITLE = { ja: "情報セキュリティ対策の適合状況（自動判定）", en: "Information security measures: compliance status (automated check)" };
const header: AuditReportOptions = {
  asOf: "2026-11-25",
  inputs: [{ name: "a.ndjson", subjects: 40 }, { name: "b<i>.json", subjects: 10 }],
  generated: { at: "2026-11-25T09:00:00+09:00", source: "given" },
};

describe.each(["ja", "en"] as const)("the report header (%s)", (locale: Locale) => {
  const report = buildAuditReport(inventory, { ...header, locale });

  it("keeps what the caller said in the model, and the JSON report validates", () => {
    expect(report.inputs).toEqual(header.inputs);
    expect(report.generated).toEqual(header.generated);
    expect(AuditReportSchema.parse(JSON.parse(renderAuditJson(report)))).toEqual(report);
  });

  it("is titled for what it is and says it is not the audit of clause 8, in every renderer", () => {
    const notAudit = locale === "ja" ? "基本方針8に定める情報セキュリティ監査" : "not the information security audit of clause 8";
    const markdown = renderAuditMarkdown(report).split("\n");
    expect(markdown[0]).toBe(`# ${TITLE[locale]}`);
    expect(markdown[2]).toContain(notAudit);
    const html = renderAuditHtml(report);
    expect(html).toContain(`<h1>${TITLE[locale]}</h1>\n<p class="note">`);
    expect(html).toContain(notAudit);
    expect(html).not.toMatch(/監査報告|audit report/);
    const text = renderAuditText(report).split("\n");
    expect(text[0]).toBe(`${TITLE.ja} / ${TITLE.en}`);
    expect(text.slice(2, 4).join("\n")).toContain("基本方針8に定める情報セキュリティ監査");
    expect(text.slice(2, 4).join("\n")).toContain("not the information security audit of clause 8");
  });

  it("states policy, overlay, as-of, inputs (escaped), generated-at and blank lines to sign", () => {
    const rows = new Map(
      renderAuditMarkdown(report)
        .split("\n")
        .filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))
        .slice(0, 9)
        .map((line) => line.slice(2, -2).split(" | ") as [string, string]),
    );
    const ja = locale === "ja";
    expect(rows.get(ja ? "ポリシー" : "Policy")).toContain("miyagi-kouiki-basic-policy 1.0.0");
    expect(rows.get(ja ? "適用した対策基準（オーバーレイ）" : "Overlay applied (organisation's standards)")).toBe(ja ? "なし" : "none");
    expect(rows.get(ja ? "判定基準日" : "As of")).toBe("2026-11-25");
    expect(rows.get(ja ? "入力" : "Inputs")).toBe(ja ? "a.ndjson（40件）、b&lt;i&gt;.json（10件）" : "a.ndjson (40 subjects), b&lt;i&gt;.json (10 subjects)");
    expect(rows.get(ja ? "作成日時" : "Generated at")).toBe("2026-11-25T09:00:00+09:00");
    expect(rows.get(ja ? "作成者" : "Prepared by")?.trim()).toBe("");
    expect(rows.get(ja ? "確認者" : "Checked by")?.trim()).toBe("");
    const html = renderAuditHtml(report);
    expect(html).toContain(`<tr class="sign"><th>${ja ? "作成者" : "Prepared by"}</th><td></td></tr>`);
    expect(html).toContain(`<tr class="sign"><th>${ja ? "確認者" : "Checked by"}</th><td></td></tr>`);
    expect(html).toContain(ja ? "b&#60;i&#62;.json（10件）" : "b&#60;i&#62;.json (10 subjects)");
    const text = renderAuditText(report);
    expect(text).toMatch(/\n作成者 \/ Prepared by: +＿+\n確認者 \/ Checked by: +＿+\n/);
    expect(text).toContain("作成日時 / Generated at:  2026-11-25T09:00:00+09:00\n");
  });

  it("says a clock was read when the caller says so, and 'not given' without a time (the library reads no clock)", () => {
    const clock = buildAuditReport([], { locale, generated: { at: "2026-11-25T00:00:00Z", source: "clock" } });
    expect(renderAuditMarkdown(clock)).toContain(locale === "ja" ? "| 作成日時 | 2026-11-25T00:00:00Z（実行環境の時計による） |" : "| Generated at | 2026-11-25T00:00:00Z (read from the clock of the machine that ran it) |");
    const none = buildAuditReport([], { locale });
    expect(none.generated).toBeUndefined();
    expect(none.inputs).toBeUndefined();
    expect(renderAuditMarkdown(none)).toContain(locale === "ja" ? "| 作成日時 | 指定なし |" : "| Generated at | not given |");
    expect(renderAuditMarkdown(none)).toContain(locale === "ja" ? "| 入力 | 呼出し元の指定なし |" : "| Inputs | not given by the caller |");
    expect(AuditReportSchema.safeParse({ ...none, generated: { at: "2026-11-25", source: "given" } }).success).toBe(false);
  });
});

describe("the CLI's header (the built binary)", () => {
  it("passes --generated-at and names the input with its count", () => {
    const run = runCli(["audit", "examples/inventory.json", "--format", "json", "--generated-at", "2026-11-25T09:00:00+09:00"]);
    const report = AuditReportSchema.parse(JSON.parse(run.stdout));
    expect(report.generated).toEqual({ at: "2026-11-25T09:00:00+09:00", source: "given" });
    expect(report.inputs).toEqual([{ name: "examples/inventory.json", subjects: inventory.length }]);
  });

  it("reads the clock without --generated-at, and says so", () => {
    const before = Date.now() - 1000;
    const run = runCli(["audit", "examples/inventory.json", "--format", "json"]);
    const report = AuditReportSchema.parse(JSON.parse(run.stdout));
    expect(report.generated?.source).toBe("clock");
    const at = Date.parse(report.generated?.at ?? "");
    expect(at).toBeGreaterThanOrEqual(before - (before % 1000));
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(runCli(["check", "examples/subjects/sign-in.non-compliant.json", "--format", "markdown"]).stdout).toMatch(/\| 作成日時 \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ（実行環境の時計による） \|/);
  });

  it("refuses a --generated-at that is not a date-time with a zone (usage error, exit 64)", () => {
    const run = runCli(["audit", "examples/inventory.json", "--generated-at", "2026-11-25"]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("--generated-at must be an ISO date-time with a time zone");
    expect(run.stdout).toBe("");
  });
});
