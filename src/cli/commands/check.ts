import type { Decision } from "../../decision/decision.js";
import type { Locale } from "../../definitions/localized-text.js";
import { evaluate } from "../../evaluate.js";
import { OUTCOME_LABELS, STATUS_LABELS } from "../../report/labels.js";
import { KIND_LABELS } from "../../report/report-strings.js";
import { reportOutcome } from "../../report/audit-report.js";
import type { Outcome } from "../../decision/decision.js";
import { invalidInput } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { exitCodeFor } from "../exit-codes.js";
import { inputSource } from "../io.js";
import { asOfOption, expectArguments, formatOption, localeOption, policyOption, subjectDateNote } from "../options.js";
import { readSubjects } from "../subjects.js";

const usage = `usage: infosec-policy check <file|-> [options]

Evaluates one subject (a JSON object) or several (a JSON array, or NDJSON) and prints each
decision: its outcome, and the findings that fail or need review with clause, reason and
remediation. A self-inspection answers file ({"checklist": "self-inspection", ...}, see
\`infosec-policy checklist\`) is read as the organisation's posture and evaluated too.

options:
  --format text|json                 output format (default text); json prints the decision(s)
  --lang ja|en                       language of the reasons (default ja)
  --as-of YYYY-MM-DD                 judge date-based controls and exception periods as of this date
                                     (without it, an organization subject's own asOf is used, with a note on stderr)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay
  --ndjson                           read NDJSON whatever the file name (e.g. from -)

exit: 0 compliant or not applicable, 1 non-compliant, 2 needs review, 64 usage, 65 invalid input`;

function decisionText(decision: Decision, index: number, locale: Locale): string {
  const name = decision.subjectId ?? `#${index + 1}`;
  const lines = [`${name} (${KIND_LABELS[decision.kind][locale]}): ${OUTCOME_LABELS[decision.outcome].ja} / ${OUTCOME_LABELS[decision.outcome].en}`];
  let passed = 0;
  let notApplicable = 0;
  for (const finding of decision.findings) {
    if (finding.status === "pass") passed++;
    else if (finding.status === "not-applicable") notApplicable++;
    if (finding.status !== "fail" && finding.status !== "manual" && !(decision.outcome === "not-applicable" && finding.status === "not-applicable")) continue;
    const mark = finding.status === "fail" ? "✗" : finding.status === "manual" ? "?" : "-";
    lines.push(`  ${mark} [${finding.clause}] ${finding.title[locale]} (${finding.control}, ${STATUS_LABELS[finding.status][locale]})`);
    lines.push(`      ${finding.reason}`);
    if (finding.remediation !== undefined) lines.push(`      → ${finding.remediation[locale]}`);
    if (finding.exceptionRejected !== undefined) lines.push(`      ! ${finding.exceptionRejected.message[locale]}`);
  }
  const exceptions = decision.findings.filter((finding) => finding.exception !== undefined);
  for (const finding of exceptions) {
    const until = finding.exception?.validUntil ?? "";
    const period = locale === "ja" ? `（${until}まで有効）` : ` (valid until ${until})`;
    lines.push(`  ✓ [${finding.clause}] ${finding.title[locale]} (${finding.control}): ${locale === "ja" ? "例外措置" : "exception"} ${finding.exception?.reference ?? ""}${period}`);
  }
  lines.push(`  ✓ ${STATUS_LABELS.pass[locale]} ${passed} · ${STATUS_LABELS["not-applicable"][locale]} ${notApplicable}`);
  return lines.join("\n");
}

/** `infosec-policy check`. */
export const checkCommand: Command = {
  name: "check",
  summary: "evaluate a subject (or an array, or a self-inspection answers file) and print the decision(s)",
  usage,
  options: ["format", "lang", "as-of", "policy-version", "overlay", "ndjson"],
  async run({ args, values, out, err }) {
    expectArguments(args, ["file|-"], usage);
    const format = formatOption(values, ["text", "json"], usage);
    const locale = localeOption(values, usage);
    const asOf = asOfOption(values, usage);
    const policy = await policyOption(values, usage);
    const options = asOf === undefined ? { policy, locale } : { policy, locale, asOf };
    const source = inputSource(args[0] as string, values.ndjson === true);
    const decisions: Decision[] = [];
    let problems = 0;
    const read = await readSubjects(
      source,
      {
        subject(subject, index) {
          if (problems !== 0) return;
          const decision = evaluate(subject, options);
          const note = subjectDateNote(decision.subjectId ?? `#${index + 1}`, decision.asOf);
          if (note !== undefined) warn(err, note);
          decisions.push(decision);
        },
        problem(line) {
          if (problems++ === 0) warn(err, `invalid input in ${source.name}:`);
          err.write(`  ${line}\n`);
        },
      },
      true,
      policy,
    );
    if (read.invalid > 0) {
      throw invalidInput(`${read.invalid} of ${read.count} subject${read.count === 1 ? "" : "s"} in ${source.name} ${read.invalid === 1 ? "is" : "are"} invalid (${problems} problem${problems === 1 ? "" : "s"}); nothing was evaluated`);
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
