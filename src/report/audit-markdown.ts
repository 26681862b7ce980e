import type { Locale } from "../definitions/localized-text.js";
import type { AuditReport, AuditReportHead, ReportedSubject, ReportGroupCounts } from "./audit-report.js";
import { OUTCOME_LABELS, provenanceTag, STATUS_LABELS } from "./labels.js";
import { formatCount, formatShare, generatedLabel, inputsLabel, KIND_LABELS, moreNote, PROVENANCE_LABELS, REPORT_STRINGS as S } from "./report-strings.js";
import { renderWith, type ReportWriter } from "./report-writer.js";
import { overlayLabel } from "./overlay-of.js";
import { escapeMarkdown, markdownCode } from "./escape-text.js";

export { escapeMarkdown } from "./escape-text.js";

const OUTCOME_ORDER = ["non-compliant", "needs-review", "compliant", "not-applicable"] as const;

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |\n`;
}

function headRows(head: AuditReportHead, l: Locale): string {
  const overlay = head.overlay === undefined ? S.none[l] : overlayLabel(head.overlay);
  let text = row([S.item[l], S.value[l]]) + "| --- | --- |\n";
  text += row([S.policy[l], escapeMarkdown(`${head.policy.title} (${head.policy.id} ${head.policy.version})`)]);
  text += row([S.overlay[l], escapeMarkdown(overlay)]);
  if (head.classificationScheme !== undefined) text += row([S.scheme[l], escapeMarkdown(`${head.classificationScheme.name} (${head.classificationScheme.id} ${head.classificationScheme.version}): ${head.classificationScheme.levels}`)]);
  text += row([S.asOf[l], escapeMarkdown(head.asOf ?? S.asOfNone[l])]);
  text += row([S.inputs[l], escapeMarkdown(inputsLabel(head.inputs, l))]);
  text += row([S.generatedAt[l], escapeMarkdown(generatedLabel(head.generated, l))]);
  text += row([S.subjects[l], formatCount(head.total)]);
  // Left blank, to sign on paper.
  text += row([S.preparedBy[l], " "]);
  text += row([S.checkedBy[l], " "]);
  return text;
}

function subjectHeading(entry: ReportedSubject, position: number, l: Locale): string {
  const label = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== undefined).join(" ");
  return `### ${position + 1}. ${escapeMarkdown(label)} (${OUTCOME_LABELS[entry.outcome][l]})\n\n`;
}

function groupRow(name: string, counts: ReportGroupCounts): string {
  const o = counts.outcomes;
  return row([name, ...[o["non-compliant"], o["needs-review"], o.compliant, o["not-applicable"], counts.total].map(formatCount)]);
}

/** The summaries by organisation (5(1)) and by zone (7(3)). */
function groupTables(head: AuditReportHead, l: Locale): string {
  const columns = [OUTCOME_LABELS["non-compliant"][l], OUTCOME_LABELS["needs-review"][l], OUTCOME_LABELS.compliant[l], OUTCOME_LABELS["not-applicable"][l], S.total[l]];
  let text = `\n## ${S.byOrganization[l]}\n\n${row([S.organization[l], ...columns])}| --- | ---: | ---: | ---: | ---: | ---: |\n`;
  for (const r of head.byOrganization) text += groupRow(r.organization === undefined ? escapeMarkdown(r.name) : `${escapeMarkdown(r.name)} (${markdownCode(r.organization)})`, r);
  text += `\n## ${S.byZone[l]}\n\n${S.zoneNote[l]}\n\n${row([S.zone[l], ...columns])}| --- | ---: | ---: | ---: | ---: | ---: |\n`;
  for (const r of head.byZone) text += groupRow(r.zone === undefined ? escapeMarkdown(r.name) : `${escapeMarkdown(r.name)} (${markdownCode(r.zone)})`, r);
  return text;
}

/** The Markdown report, in parts. */
export function markdownWriter(): ReportWriter {
  return {
    head(head) {
      const l = head.locale;
      let text = `# ${S.title[l]}\n\n${S.notAudit[l]}\n\n${headRows(head, l)}\n`;
      text += `## ${S.summary[l]}\n\n${row([S.outcome[l], S.count[l], S.share[l]])}| --- | ---: | ---: |\n`;
      for (const outcome of OUTCOME_ORDER) {
        text += row([OUTCOME_LABELS[outcome][l], formatCount(head.outcomes[outcome]), formatShare(head.outcomes[outcome], head.total)]);
      }
      const kinds = Object.entries(head.kinds) as [keyof typeof KIND_LABELS, number][];
      if (kinds.length > 0) {
        text += `\n${row([S.kind[l], S.count[l]])}| --- | ---: |\n`;
        for (const [kind, count] of kinds) text += row([`${KIND_LABELS[kind][l]} (\`${kind}\`)`, formatCount(count)]);
      }
      text += `\n## ${S.byControl[l]}\n\n`;
      text += row([S.clause[l], S.control[l], S.provenance[l], S.fail[l], S.manual[l], S.pass[l], S.notApplicable[l]]);
      text += "| --- | --- | --- | ---: | ---: | ---: | ---: |\n";
      const unused: string[] = [];
      for (const control of head.controls) {
        if (control.pass + control.fail + control.manual === 0) {
          unused.push(markdownCode(control.control));
          continue;
        }
        text += row([
          escapeMarkdown(control.clause),
          `${escapeMarkdown(control.title)} (${markdownCode(control.control)})`,
          PROVENANCE_LABELS[control.provenance][l],
          formatCount(control.fail),
          formatCount(control.manual),
          formatCount(control.pass),
          formatCount(control["not-applicable"]),
        ]);
      }
      if (unused.length > 0) text += `\n${S.unusedControls[l]}: ${unused.join(", ")}\n`;
      text += `\n## ${S.byThreat[l]}\n\n${S.threatNote[l]}\n\n`;
      text += row([S.threat[l], S.fail[l], S.manual[l], S.pass[l]]) + "| --- | ---: | ---: | ---: |\n";
      for (const threat of head.threats) {
        const applied = threat.pass + threat.fail + threat.manual;
        if (threat.parent !== undefined && applied === 0) continue;
        const name = `${threat.parent === undefined ? "**" : "　"}${threat.threat} ${escapeMarkdown(threat.name)}${threat.parent === undefined ? "**" : ""}`;
        text += row([name, formatCount(threat.fail), formatCount(threat.manual), formatCount(threat.pass)]);
      }
      text += groupTables(head, l);
      text += `\n## ${l === "ja" ? "例外措置" : "Exceptions"}\n\n`;
      if (head.exceptions.length === 0) text += `${l === "ja" ? "なし。" : "None."}\n`;
      else {
        text += row(l === "ja" ? ["参照番号", "有効期間", "経路", "適用した管理策", "適用しなかった管理策", "対象"] : ["Reference", "Period", "Link", "Used for", "Rejected for", "Subjects"]);
        text += "| --- | --- | --- | --- | --- | --- |\n";
        for (const exception of head.exceptions) {
          text += row([
            escapeMarkdown(exception.reference),
            `${exception.validFrom ?? ""}〜${exception.validUntil}`,
            exception.link === undefined ? "" : `${exception.link.from}→${exception.link.to}`,
            exception.controls.map((id) => `\`${id}\``).join(", "),
            exception.rejected.map((r) => `\`${r.control}\` (${r.reason})`).join(", "),
            `${escapeMarkdown(exception.subjects.join(", "))}${exception.subjectCount > exception.subjects.length ? ", …" : ""} (${formatCount(exception.subjectCount)})`,
          ]);
        }
      }
      return `${text}\n## ${S.listed[l]}\n\n`;
    },
    subject(entry, position, head) {
      const l = head.locale;
      let text = subjectHeading(entry, position, l);
      text += row([S.clauseSource[l], S.control[l], S.status[l], S.reason[l], S.remediation[l]]) + "| --- | --- | --- | --- | --- |\n";
      for (const finding of entry.findings) {
        text += row([
          escapeMarkdown(provenanceTag(finding.clause, finding.provenance, l)),
          `${escapeMarkdown(finding.title)} (${markdownCode(finding.control)})`,
          STATUS_LABELS[finding.status][l],
          escapeMarkdown(finding.reason),
          escapeMarkdown(finding.remediation ?? ""),
        ]);
      }
      return `${text}\n`;
    },
    tail(head, listed) {
      const l = head.locale;
      let text = listed === 0 ? `${S.listedNone[l]}\n\n` : "";
      text += `## ${S.outOfScope[l]} (${formatCount(head.outOfScope.total)})\n\n`;
      if (head.outOfScope.total === 0) return `${text}${S.outOfScopeNone[l]}\n`;
      text += `${S.outOfScopeNote[l]}\n\n${row(["#", S.subjectLabel[l], S.organization[l], S.clause[l], S.reason[l]])}| ---: | --- | --- | --- | --- |\n`;
      for (const entry of head.outOfScope.subjects) {
        const label = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== undefined).join(" ");
        text += row([String(entry.index + 1), escapeMarkdown(label), escapeMarkdown(entry.organization ?? ""), escapeMarkdown(entry.clause), escapeMarkdown(entry.reason)]);
      }
      const more = head.outOfScope.total - head.outOfScope.subjects.length;
      return more > 0 ? `${text}\n${escapeMarkdown(moreNote(more, l))}\n` : text;
    },
  };
}

/**
 * Renders an audit report as Markdown (GitHub-flavoured tables), in the report's language: the
 * policy, overlay and `asOf` date; a summary by outcome; a table per control and per threat; and
 * every non-compliant subject (and every one that needs review) with the clause, reason and
 * remediation of each finding. All text from the input is escaped.
 *
 * @param report - The report, from `buildAuditReport` (or `createAuditReporter`).
 * @returns The Markdown document.
 * @example
 * ```ts
 * import { buildAuditReport, renderAuditMarkdown } from "@miyagi-kouiki/infosec-policy";
 *
 * const markdown = renderAuditMarkdown(buildAuditReport(inventory, { asOf: "2026-11-25" }));
 * markdown.startsWith("# 情報セキュリティ対策の適合状況（自動判定）"); // true
 * ```
 */
export function renderAuditMarkdown(report: AuditReport): string {
  return renderWith(markdownWriter(), report);
}
