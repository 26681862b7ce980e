import { audit } from "../../audit/audit.js";
import { checkTimestamp } from "../../export/oscal-common.js";
import { toOscalCatalog } from "../../export/oscal-catalog.js";
import { toOscalAssessmentResults } from "../../export/oscal-results.js";
import { reportOutcome } from "../../report/audit-report.js";
import type { Subject } from "../../subjects/subject.js";
import { invalidInput, usageError } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { EXIT, exitCodeFor } from "../exit-codes.js";
import { inputSource } from "../io.js";
import { asOfOption, formatOption, localeOption, policyOption, type OptionValues } from "../options.js";
import { readSubjects } from "../subjects.js";

const usage = `usage: infosec-policy export oscal-catalog [options]
       infosec-policy export oscal-results <inventory|-> [options]

Exports as NIST OSCAL 1.0.6 JSON:
  oscal-catalog    the policy as a catalog: a group per section, a control per control of the
                   catalog (clause text in Japanese as the statement, English as a part;
                   provenance and threats as props; links back to the clause)
  oscal-results    the audit of an inventory as assessment-results: an observation per subject,
                   a finding per control (satisfied / not-satisfied, with the reason)

Every UUID is derived (version 5) from stable ids, so two runs on the same input give the same
bytes, apart from the timestamp, which you pass in.

options:
  --timestamp <date-time>            last-modified, start/end and collected, e.g. 2026-11-25T09:00:00+09:00
                                     (default: --as-of at 00:00 UTC; without either, the current time)
  --as-of YYYY-MM-DD                 (oscal-results) judge date-based controls as of this date
  --lang ja|en                       (oscal-results) language of titles and descriptions (default ja)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay
  --ndjson                           (oscal-results) read NDJSON whatever the file name
  --format json                      the only format

exit: oscal-catalog 0; oscal-results as audit: 0 compliant or not applicable, 1 non-compliant,
2 needs review; 64 usage, 65 invalid input`;

function timestampOption(values: OptionValues, asOf: string | undefined): string {
  const value = values.timestamp ?? (asOf === undefined ? new Date().toISOString() : `${asOf}T00:00:00Z`);
  try {
    return checkTimestamp(value);
  } catch (error) {
    throw usageError(`--timestamp: ${(error as Error).message}`, usage);
  }
}

/** `infosec-policy export`. */
export const exportCommand: Command = {
  name: "export",
  summary: "export the policy (oscal-catalog) or an audit (oscal-results) as OSCAL 1.0.6",
  usage,
  options: ["timestamp", "as-of", "lang", "policy-version", "overlay", "ndjson", "format"],
  async run({ args, values, out, err }) {
    formatOption(values, ["json"], usage);
    const [what, ...rest] = args;
    if (what === undefined) throw usageError("missing what to export: oscal-catalog or oscal-results", usage);
    if (what === "oscal-catalog") {
      if (rest.length > 0) throw usageError(`unexpected argument ${JSON.stringify(rest[0])}`, usage);
      for (const option of ["as-of", "lang", "ndjson"] as const) {
        if (values[option] !== undefined) throw usageError(`export oscal-catalog does not take --${option}`, usage);
      }
      const timestamp = timestampOption(values, undefined);
      const policy = await policyOption(values, usage);
      await out.write(`${JSON.stringify(toOscalCatalog({ policy, timestamp }), null, 2)}\n`);
      return EXIT.OK;
    }
    if (what !== "oscal-results") throw usageError(`unknown export ${JSON.stringify(what)}: oscal-catalog or oscal-results`, usage);
    if (rest.length === 0) throw usageError("missing <inventory>", usage);
    if (rest.length > 1) throw usageError(`unexpected argument ${JSON.stringify(rest[1])}`, usage);
    const asOf = asOfOption(values, usage);
    const locale = localeOption(values, usage);
    const timestamp = timestampOption(values, asOf);
    const policy = await policyOption(values, usage);
    const source = inputSource(rest[0] as string, values.ndjson === true);
    const subjects: Subject[] = [];
    let problems = 0;
    const read = await readSubjects(
      source,
      {
        subject(subject) {
          if (problems === 0) subjects.push(subject);
        },
        problem(line) {
          if (problems++ === 0) warn(err, `invalid input in ${source.name}:`);
          err.write(`  ${line}\n`);
        },
      },
      false,
      policy,
    );
    if (read.invalid > 0) {
      throw invalidInput(`${read.invalid} of ${read.count} subject${read.count === 1 ? "" : "s"} in ${source.name} ${read.invalid === 1 ? "is" : "are"} invalid (${problems} problem${problems === 1 ? "" : "s"}); nothing was exported`);
    }
    if (read.count === 0) warn(err, `${source.name}: the inventory is empty`);
    const result = audit(subjects, asOf === undefined ? { policy, locale } : { policy, locale, asOf });
    const catalogUuid = toOscalCatalog({ policy, timestamp }).catalog.uuid;
    await out.write(`${JSON.stringify(toOscalAssessmentResults(result, { subjects, policy, timestamp, locale, catalogUuid }), null, 2)}\n`);
    return exitCodeFor(reportOutcome({ outcomes: result.summary.outcomes }));
  },
};
