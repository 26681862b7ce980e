import { gloss, type AuditReport } from "@miyagi-kouiki/infosec-policy";
import type { SkippedRow } from "./register.js";
import { writeWorkbook, type Cell, type SheetSpec } from "./xlsx-write.js";
import { columnLetter } from "./xml.js";

/** Options of `writeAuditWorkbook`. */
export interface AuditWorkbookOptions {
  /** The register's row number (as Excel shows it) of each subject, by input position (`readRegister`'s `rows`). */
  readonly rows?: readonly number[];
  /** Rows left out with `skipInvalid`, listed on a sheet of their own. */
  readonly skipped?: readonly SkippedRow[];
}

/** The findings sheet's header row: what `writeAuditWorkbook` writes, column by column. */
export const FINDINGS_HEADERS = Object.freeze([
  "台帳の行 / Row",
  "資産番号 / ID",
  "資産名 / Name",
  "判定 / Outcome",
  "状況 / Status",
  "管理策 / Control",
  "管理策名 / Title",
  "条項 / Clause",
  "根拠 / Provenance",
  "理由 / Reason",
  "是正 / Remediation",
] as const);

const label = (id: Parameters<typeof gloss>[0]): string => {
  const text = gloss(id);
  return `${text.ja} / ${text.en}`;
};

/**
 * Writes an audit report as an .xlsx workbook: a summary sheet (概要: policy, version, overlay,
 * as-of date, inputs, outcomes), a findings sheet (指摘事項: one row per subject and failing or
 * manual control, with its provenance, the register's row number, status colours, an autofilter
 * and a frozen header row), a per-control sheet (管理策別), and the subjects out of scope and the
 * rows skipped, if any. Every text is written as text: a value that starts like a formula (=, +,
 * -, @) is stored with Excel's quote prefix and never runs.
 *
 * @param report - The library's audit report (`buildAuditReport`, or the JSON of `audit --format json`).
 * @param options - The register's row numbers, and the skipped rows.
 * @returns The .xlsx file's bytes.
 * @example
 * ```ts
 * import { buildAuditReport } from "@miyagi-kouiki/infosec-policy";
 * import { writeAuditWorkbook } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const bytes = await writeAuditWorkbook(buildAuditReport([{ kind: "asset", organization: "secretariat", category: "server" }]));
 * ```
 */
export async function writeAuditWorkbook(report: AuditReport, options?: AuditWorkbookOptions): Promise<Uint8Array> {
  const rowOf = (index: number): number | string => options?.rows?.[index] ?? `#${index + 1}`;
  const summary: (Cell | string | number | undefined)[][] = [
    [{ value: "情報セキュリティ対策の適合状況（自動判定） / Compliance of security measures (automated check)", style: "title" }],
    [{ value: "これは基本方針8の情報セキュリティ監査ではありません。台帳の記載から機械的に判定した結果です。 / This is not the information security audit of clause 8: it is an automated check of what the register states.", style: "muted" }],
    [],
    [{ value: "ポリシー / Policy", style: "header" }, `${report.policy.title} (${report.policy.id} ${report.policy.version})`],
  ];
  if (report.overlay !== undefined) summary.push([{ value: "組織の対策基準 / Overlay", style: "header" }, `${report.overlay.name} (${report.overlay.id} ${report.overlay.version})`]);
  summary.push([{ value: "判定基準日 / As of", style: "header" }, report.asOf ?? "（指定なし / not given）"]);
  if (report.generated !== undefined) summary.push([{ value: "作成日時 / Generated", style: "header" }, report.generated.at]);
  for (const input of report.inputs ?? []) summary.push([{ value: "入力 / Input", style: "header" }, input.name, input.subjects ?? ""]);
  summary.push([{ value: "対象数 / Subjects", style: "header" }, report.total]);
  summary.push([]);
  summary.push([{ value: "判定 / Outcome", style: "header" }, { value: "件数 / Count", style: "header" }]);
  const outcomeStyle = { compliant: "pass", "non-compliant": "fail", "needs-review": "manual", "not-applicable": "muted" } as const;
  for (const outcome of ["non-compliant", "needs-review", "compliant", "not-applicable"] as const) {
    summary.push([{ value: label(`outcome.${outcome}`), style: outcomeStyle[outcome] }, report.outcomes[outcome]]);
  }
  if (options?.skipped !== undefined && options.skipped.length > 0) {
    summary.push([]);
    summary.push([{ value: "スキップした行 / Rows skipped", style: "fail" }, options.skipped.length, "（--skip-invalid。「スキップした行」シートを参照 / see the sheet スキップした行）"]);
  }

  const findings: Cell[][] = [FINDINGS_HEADERS.map((value) => ({ value, style: "header" as const }))];
  for (const subject of report.subjects) {
    for (const finding of subject.findings) {
      const status = finding.status === "fail" ? "fail" : "manual";
      findings.push([
        { value: rowOf(subject.index) },
        { value: subject.id ?? "" },
        { value: subject.name ?? "" },
        { value: label(`outcome.${subject.outcome}`), style: subject.outcome === "non-compliant" ? "fail" : "manual" },
        { value: label(`status.${finding.status}`), style: status },
        { value: finding.control },
        { value: finding.title, style: "wrap" },
        { value: finding.clause },
        { value: label(`provenance.${finding.provenance}`) },
        { value: finding.reason, style: "wrap" },
        { value: finding.remediation ?? "", style: "wrap" },
      ]);
    }
  }
  const controls: Cell[][] = [["管理策 / Control", "条項 / Clause", "管理策名 / Title", "根拠 / Provenance", label("status.fail"), label("status.manual"), label("status.pass"), label("status.not-applicable")].map((value) => ({ value, style: "header" as const }))];
  for (const row of report.controls) {
    controls.push([{ value: row.control }, { value: row.clause }, { value: row.title, style: "wrap" }, { value: label(`provenance.${row.provenance}`) }, { value: row.fail, style: row.fail > 0 ? "fail" : "default" }, { value: row.manual, style: row.manual > 0 ? "manual" : "default" }, { value: row.pass }, { value: row["not-applicable"] }]);
  }
  const sheets: SheetSpec[] = [
    { name: "概要", rows: summary, widths: [28, 70, 12] },
    { name: "指摘事項", rows: findings, widths: [10, 14, 24, 16, 16, 26, 40, 10, 22, 60, 50], freeze: { rows: 1 }, autoFilter: `A1:${columnLetter(FINDINGS_HEADERS.length - 1)}${findings.length}` },
    { name: "管理策別", rows: controls, widths: [28, 10, 48, 22, 12, 12, 12, 12], freeze: { rows: 1 }, autoFilter: `A1:H${controls.length}` },
  ];
  if (report.outOfScope.total > 0) {
    const rows: Cell[][] = [["台帳の行 / Row", "資産番号 / ID", "資産名 / Name", "組織 / Organization", "条項 / Clause", "理由 / Reason"].map((value) => ({ value, style: "header" as const }))];
    for (const s of report.outOfScope.subjects) rows.push([{ value: rowOf(s.index) }, { value: s.id ?? "" }, { value: s.name ?? "" }, { value: s.organization ?? "" }, { value: s.clause }, { value: s.reason, style: "wrap" }]);
    sheets.push({ name: "対象外", rows, widths: [10, 14, 24, 20, 10, 60], freeze: { rows: 1 }, autoFilter: `A1:F${rows.length}` });
  }
  if (options?.skipped !== undefined && options.skipped.length > 0) {
    const rows: Cell[][] = [["台帳の行 / Row", "資産番号 / ID", "列 / Column", "見出し / Header", "値 / Value", "内容 / Problem", "記入できる値 / Allowed"].map((value) => ({ value, style: "header" as const }))];
    for (const skipped of options.skipped) {
      for (const issue of skipped.issues) {
        rows.push([{ value: skipped.row }, { value: skipped.id ?? "" }, { value: issue.column ?? "" }, { value: issue.header ?? "" }, { value: issue.value ?? "" }, { value: `${issue.message.ja}\n${issue.message.en}`, style: "wrap" }, { value: (issue.allowed ?? []).join("、"), style: "wrap" }]);
      }
    }
    sheets.push({ name: "スキップした行", rows, widths: [10, 14, 8, 18, 18, 60, 40], freeze: { rows: 1 }, autoFilter: `A1:G${rows.length}` });
  }
  return writeWorkbook(sheets);
}
