import type { AuditReport, AuditReportHead, ReportedSubject, ReportGroupCounts } from "./audit-report.js";
import { padEndDisplay } from "./display-width.js";
import { OUTCOME_LABELS, provenanceTag } from "./labels.js";
import { formatCount, generatedLabel, inputsLabel, moreNote, REPORT_STRINGS as S } from "./report-strings.js";
import { renderWith, type ReportWriter } from "./report-writer.js";
import { overlayLabel } from "./overlay-of.js";
import { escapeTerminal } from "./escape-text.js";

function subjectLabel(entry: ReportedSubject): string {
  const id = entry.id ?? `#${entry.index + 1}`;
  return entry.name === undefined ? id : `${id}  ${entry.name}`;
}

// Terminal output: control characters, bidi overrides and line breaks in any text from the input or
// an overlay (an escape sequence in an asset name) are shown, not run (src/report/escape-text.ts).
const visible = escapeTerminal;

const COLUMNS = "不備 fail  要確認 manual  充足 pass";
const GROUP_COLUMNS = "  不適合    要確認      適合    対象外        計";

function groupCounts(row: ReportGroupCounts): string {
  const o = row.outcomes;
  return [o["non-compliant"], o["needs-review"], o.compliant, o["not-applicable"], row.total].map((n) => formatCount(n).padStart(10)).join("");
}

function counts(fail: number, manual: number, pass: number): string {
  return `${formatCount(fail).padStart(8)}${formatCount(manual).padStart(13)}${formatCount(pass).padStart(11)}`;
}

/** The plain-text report, in parts. */
export function textWriter(): ReportWriter {
  return {
    head(head: AuditReportHead) {
      const lines: string[] = [];
      lines.push(`${S.title.ja} / ${S.title.en}`);
      lines.push("=".repeat(64));
      lines.push(S.notAudit.ja, S.notAudit.en, "");
      lines.push(`ポリシー / Policy:        ${visible(head.policy.id)} ${visible(head.policy.version)}`);
      lines.push(`対策基準 / Overlay:       ${head.overlay === undefined ? `${S.none.ja} / ${S.none.en}` : visible(overlayLabel(head.overlay))}`);
      if (head.classificationScheme !== undefined) lines.push(`分類体系 / Scheme:        ${visible(`${head.classificationScheme.name} (${head.classificationScheme.id} ${head.classificationScheme.version}): ${head.classificationScheme.levels}`)}`);
      lines.push(`判定基準日 / As of:       ${head.asOf ?? `${S.asOfNone.ja} / ${S.asOfNone.en}`}`);
      lines.push(`入力 / Inputs:            ${visible(inputsLabel(head.inputs, head.locale))}`);
      lines.push(`作成日時 / Generated at:  ${visible(generatedLabel(head.generated, head.locale))}`);
      lines.push(`作成者 / Prepared by:     ${S.signature.ja}`);
      lines.push(`確認者 / Checked by:      ${S.signature.ja}`);
      lines.push(`対象数 / Subjects:        ${formatCount(head.total)}`);
      lines.push("");
      lines.push("結果 / Outcomes");
      for (const outcome of ["non-compliant", "needs-review", "compliant", "not-applicable"] as const) {
        const label = `${OUTCOME_LABELS[outcome].ja} / ${OUTCOME_LABELS[outcome].en}`;
        lines.push(`  ${padEndDisplay(label, 28)}${formatCount(head.outcomes[outcome]).padStart(9)}`);
      }
      lines.push("");
      lines.push(`${padEndDisplay("管理策別 / By control", 54)}${COLUMNS}`);
      for (const control of head.controls) {
        if (control.fail + control.manual + control.pass === 0) continue;
        const name = `${padEndDisplay(visible(control.clause), 8)}${visible(control.title)}`;
        lines.push(`  ${padEndDisplay(name, 52)}${counts(control.fail, control.manual, control.pass)}`);
      }
      lines.push("");
      lines.push(`${padEndDisplay("脅威別 / By threat", 54)}${COLUMNS}`);
      for (const threat of head.threats) {
        if (threat.parent !== undefined) continue;
        const name = `${visible(threat.threat).padEnd(4)}${visible(threat.name)}`;
        lines.push(`  ${padEndDisplay(name, 52)}${counts(threat.fail, threat.manual, threat.pass)}`);
      }
      lines.push("");
      lines.push(`${padEndDisplay("組織別 / By organisation (5(1))", 46)}${GROUP_COLUMNS}`);
      for (const row of head.byOrganization) {
        lines.push(`  ${padEndDisplay(visible(row.organization === undefined ? row.name : `${row.name} (${row.organization})`), 44)}${groupCounts(row)}`);
      }
      lines.push("");
      lines.push(`${padEndDisplay("領域別 / By zone (7(3))", 46)}${GROUP_COLUMNS}`);
      for (const row of head.byZone) lines.push(`  ${padEndDisplay(visible(row.name), 44)}${groupCounts(row)}`);
      lines.push("");
      lines.push("例外措置 / Exceptions");
      if (head.exceptions.length === 0) lines.push("  なし / none");
      for (const exception of head.exceptions) {
        const period = `${exception.validFrom ?? ""}〜${exception.validUntil}`;
        const link = exception.link === undefined ? "" : `  ${exception.link.from}→${exception.link.to}`;
        lines.push(`  ${visible(exception.reference)}  ${period}${link}  (${formatCount(exception.subjectCount)})`);
        if (exception.controls.length > 0) lines.push(`      適用 / used: ${exception.controls.join(", ")}`);
        for (const rejected of exception.rejected) lines.push(`      不適用 / rejected: ${rejected.control} (${rejected.reason})`);
        lines.push(`      対象 / subjects: ${visible(exception.subjects.join(", "))}${exception.subjectCount > exception.subjects.length ? ", …" : ""}`);
      }
      lines.push("");
      lines.push("不適合・要確認の対象 / Non-compliant and needs-review subjects");
      return `${lines.join("\n")}\n`;
    },
    subject(entry, _position, head) {
      const mark = entry.outcome === "non-compliant" ? "●" : "○";
      const lines = [`  ${mark} ${visible(subjectLabel(entry))}  [${OUTCOME_LABELS[entry.outcome][head.locale]}]`];
      for (const finding of entry.findings) {
        lines.push(`      ${finding.status === "fail" ? "✗" : "?"} ${visible(provenanceTag(finding.clause, finding.provenance, head.locale))} ${visible(finding.title)}: ${visible(finding.reason)}`);
        if (finding.remediation !== undefined) lines.push(`        → ${visible(finding.remediation)}`);
      }
      return `${lines.join("\n")}\n`;
    },
    tail(head, listed) {
      const lines = listed === 0 ? ["  なし / none"] : [];
      lines.push("", `適用範囲外の対象 / Subjects out of scope (${formatCount(head.outOfScope.total)})`);
      if (head.outOfScope.total === 0) lines.push("  なし / none");
      for (const entry of head.outOfScope.subjects) {
        const label = entry.id ?? `#${entry.index + 1}`;
        const name = entry.name === undefined ? "" : `  ${entry.name}`;
        const organization = entry.organization === undefined ? "" : `  (${entry.organization})`;
        lines.push(`  - ${visible(`${label}${name}${organization}`)}`);
        lines.push(`      [${visible(entry.clause)}] ${visible(entry.reason)}`);
      }
      const more = head.outOfScope.total - head.outOfScope.subjects.length;
      if (more > 0) lines.push(`  ${moreNote(more, head.locale)}`);
      return `${lines.join("\n")}\n`;
    },
  };
}

/**
 * Renders an audit report as plain text for a terminal: bilingual headings, counts per outcome,
 * control and threat, and each non-compliant (●) or needs-review (○) subject with the clause,
 * reason and remediation of each finding.
 *
 * @param report - The report, from `buildAuditReport`.
 * @returns The report, one string with line breaks.
 * @example
 * ```ts
 * console.log(renderAuditText(buildAuditReport(inventory, { asOf: "2026-11-25" })));
 * ```
 */
export function renderAuditText(report: AuditReport): string {
  return renderWith(textWriter(), report);
}
