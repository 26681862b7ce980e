import type { Decision } from "../../decision/decision.js";
import type { Locale } from "../../definitions/localized-text.js";
import { evaluate } from "../../evaluate.js";
import { OUTCOME_LABELS, provenanceTag, STATUS_LABELS } from "../../report/labels.js";
import { KIND_LABELS } from "../../report/report-strings.js";
import { htmlWriter } from "../../report/audit-html.js";
import { markdownWriter } from "../../report/audit-markdown.js";
import { createAuditReporter, reportOutcome, type ReportedSubject } from "../../report/audit-report.js";
import { renderWith } from "../../report/report-writer.js";
import type { Outcome } from "../../decision/decision.js";
import { invalidInput } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { exitCodeFor } from "../exit-codes.js";
import { inputSource } from "../io.js";
import { asOfOption, detailOption, expectArguments, formatOption, generatedOption, localeOption, policyOption, subjectDateNote } from "../options.js";
import { readSubjects } from "../subjects.js";
import { escapeTerminal } from "../../report/escape-text.js";

// Subject ids, overlay texts and exception references are shown, not run (invariant 15).
const t = escapeTerminal;

function decisionText(decision: Decision, index: number, locale: Locale): string {
  const name = escapeTerminal(decision.subjectId ?? `#${index + 1}`);
  const lines = [`${name} (${KIND_LABELS[decision.kind][locale]}): ${OUTCOME_LABELS[decision.outcome].ja} / ${OUTCOME_LABELS[decision.outcome].en}`];
  let passed = 0;
  let notApplicable = 0;
  for (const finding of decision.findings) {
    if (finding.status === "pass") passed++;
    else if (finding.status === "not-applicable") notApplicable++;
    if (finding.status !== "fail" && finding.status !== "manual" && !(decision.outcome === "not-applicable" && finding.status === "not-applicable")) continue;
    const mark = finding.status === "fail" ? "✗" : finding.status === "manual" ? "?" : "-";
    lines.push(`  ${mark} ${t(provenanceTag(finding.clause, finding.provenance, locale))} ${t(finding.title[locale])} (${t(finding.control)}, ${STATUS_LABELS[finding.status][locale]})`);
    lines.push(`      ${t(finding.reason)}`);
    if (finding.remediation !== undefined) lines.push(`      → ${t(finding.remediation[locale])}`);
    if (finding.exceptionRejected !== undefined) lines.push(`      ! ${t(finding.exceptionRejected.message[locale])}`);
  }
  const exceptions = decision.findings.filter((finding) => finding.exception !== undefined);
  for (const finding of exceptions) {
    const until = finding.exception?.validUntil ?? "";
    const period = locale === "ja" ? `（${t(until)}まで有効）` : ` (valid until ${t(until)})`;
    lines.push(`  ✓ ${t(provenanceTag(finding.clause, finding.provenance, locale))} ${t(finding.title[locale])} (${t(finding.control)}): ${locale === "ja" ? "例外措置" : "exception"} ${t(finding.exception?.reference ?? "")}${period}`);
  }
  lines.push(`  ✓ ${STATUS_LABELS.pass[locale]} ${passed}${locale === "ja" ? "、" : " · "}${STATUS_LABELS["not-applicable"][locale]} ${notApplicable}`);
  return lines.join("\n");
}

/** `infosec-policy check`. */
export const checkCommand: Command = {
  name: "check",
  help: COMMAND_HELP.check,
  options: ["format", "lang", "as-of", "policy-version", "overlay", "ndjson", "generated-at", "detail"],
  async run({ usage, args, values, out, err }) {
    expectArguments(args, ["file|-"], usage);
    const format = formatOption(values, ["text", "json", "markdown", "html"], usage);
    const locale = localeOption(values, usage);
    const asOf = asOfOption(values, usage);
    const policy = await policyOption(values, usage);
    const options = asOf === undefined ? { policy, locale } : { policy, locale, asOf };
    const source = inputSource(args[0] as string, values.ndjson === true);
    const decisions: Decision[] = [];
    // Markdown and HTML are the audit report's (src/report), of these subjects: one renderer each.
    const reporter = format === "markdown" || format === "html" ? createAuditReporter({ ...options, generated: generatedOption(values, usage) }) : undefined;
    const listed: ReportedSubject[] = [];
    let problems = 0;
    const read = await readSubjects(
      source,
      {
        subject(subject, index) {
          if (problems > 0) return;
          if (reporter === undefined) {
            const decision = evaluate(subject, options);
            const note = subjectDateNote(decision.subjectId ?? `#${index + 1}`, decision.asOf);
            if (note !== undefined) warn(err, note);
            decisions.push(decision);
            return;
          }
          const entry = reporter.add(subject);
          if (entry !== undefined) listed.push(entry);
        },
        problem(line) {
          if (problems++ === 0) warn(err, `invalid input in ${source.name}:`);
          err.write(`  ${line}\n`);
        },
      },
      true,
      locale,
      policy,
    );
    if (read.invalid > 0) {
      throw invalidInput(`${read.invalid} of ${read.count} subject${read.count === 1 ? "" : "s"} in ${source.name} ${read.invalid === 1 ? "is" : "are"} invalid (${problems} problem${problems === 1 ? "" : "s"}); nothing was evaluated`);
    }
    if (reporter !== undefined) {
      const report = { ...reporter.head(), inputs: [{ name: source.name, subjects: read.count }], subjects: listed };
      await out.write(renderWith(format === "html" ? htmlWriter(detailOption(values, usage) === "all" ? { detail: "all" } : undefined) : markdownWriter(), report));
      return exitCodeFor(reportOutcome(report));
    }
    if (format === "json") {
      await out.write(`${JSON.stringify(read.single ? decisions[0] : decisions, null, 2)}\n`);
    } else {
      await out.write(decisions.length === 0 ? "(no subjects)\n" : `${decisions.map((decision, index) => decisionText(decision, index, locale)).join("\n\n")}\n`);
    }
    const outcomes: Record<Outcome, number> = { compliant: 0, "non-compliant": 0, "needs-review": 0, "not-applicable": 0 };
    for (const decision of decisions) outcomes[decision.outcome]++;
    return exitCodeFor(reportOutcome({ outcomes }));
  },
};
