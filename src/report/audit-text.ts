import type { AuditResult } from "../audit/audit.js";
import type { Locale } from "../definitions/localized-text.js";
import type { Policy } from "../policy/policy.js";
import type { Subject } from "../subjects/subject.js";
import { padEndDisplay } from "./display-width.js";
import { OUTCOME_LABELS } from "./labels.js";

/** What the text report needs besides the audit result. */
export interface AuditTextOptions {
  /** The policy the audit used (for control titles and threat names). */
  readonly policy: Policy;
  /** The audited subjects, in the same order, for names. */
  readonly subjects: readonly Subject[];
  /** The language of the reasons (headings are always bilingual). */
  readonly locale: Locale;
}

function subjectLabel(subject: Subject | undefined, index: number): string {
  if (subject === undefined) return `#${index + 1}`;
  const id = subject.id ?? `#${index + 1}`;
  return subject.kind === "asset" && subject.name !== undefined ? `${id}  ${subject.name}` : id;
}

/**
 * Renders an audit as plain text for a terminal: bilingual headings, counts per outcome, control
 * and threat, and each non-compliant subject with the clause, reason and remediation.
 *
 * @param result - The audit result.
 * @param options - The policy, the subjects and the locale.
 * @returns The report, one string with line breaks.
 * @example
 * ```ts
 * console.log(renderAuditText(audit(inventory), { policy, subjects: inventory, locale: "ja" }));
 * ```
 */
export function renderAuditText(result: AuditResult, options: AuditTextOptions): string {
  const { policy, subjects, locale } = options;
  const lines: string[] = [];
  const { summary } = result;
  lines.push("情報セキュリティ監査報告 / Information security audit report");
  lines.push("=".repeat(64));
  lines.push(`ポリシー / Policy:        ${result.policy.id} ${result.policy.version}`);
  if (result.asOf !== undefined) lines.push(`判定基準日 / As of:       ${result.asOf}`);
  lines.push(`対象数 / Subjects:        ${summary.total}`);
  lines.push("");
  lines.push("結果 / Outcomes");
  for (const outcome of ["non-compliant", "needs-review", "compliant", "not-applicable"] as const) {
    const label = `${OUTCOME_LABELS[outcome].ja} / ${OUTCOME_LABELS[outcome].en}`;
    lines.push(`  ${padEndDisplay(label, 28)}${String(summary.outcomes[outcome]).padStart(6)}`);
  }
  lines.push("");
  lines.push(`${padEndDisplay("管理策別 / By control", 54)}不備 fail  要確認 manual  充足 pass`);
  for (const control of policy.controls) {
    const tally = summary.controls[control.id];
    if (tally === undefined || tally.fail + tally.manual + tally.pass === 0) continue;
    const name = `${padEndDisplay(control.clause, 8)}${control.title[locale]}`;
    lines.push(`  ${padEndDisplay(name, 52)}${String(tally.fail).padStart(8)}${String(tally.manual).padStart(13)}${String(tally.pass).padStart(11)}`);
  }
  lines.push("");
  lines.push(`${padEndDisplay("脅威別 / By threat", 54)}不備 fail  要確認 manual  充足 pass`);
  for (const threat of policy.threats) {
    const tally = summary.threats[threat.id];
    if (tally === undefined) continue;
    const name = `${threat.id.padEnd(4)}${threat.name[locale]}`;
    lines.push(`  ${padEndDisplay(name, 52)}${String(tally.fail).padStart(8)}${String(tally.manual).padStart(13)}${String(tally.pass).padStart(11)}`);
  }
  lines.push("");
  lines.push("不適合の対象 / Non-compliant subjects");
  let shown = 0;
  result.decisions.forEach((decision, index) => {
    if (decision.outcome !== "non-compliant") return;
    shown++;
    lines.push(`  ● ${subjectLabel(subjects[index], index)}`);
    for (const finding of decision.findings) {
      if (finding.status !== "fail") continue;
      lines.push(`      ✗ [${finding.clause}] ${finding.title[locale]}: ${finding.reason}`);
      if (finding.remediation !== undefined) lines.push(`        → ${finding.remediation[locale]}`);
    }
  });
  if (shown === 0) lines.push("  なし / none");
  return `${lines.join("\n")}\n`;
}
