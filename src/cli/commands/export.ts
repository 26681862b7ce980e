import { audit } from "../../audit/audit.js";
import { checkTimestamp } from "../../export/oscal-common.js";
import { toOscalCatalog } from "../../export/oscal-catalog.js";
import { toOscalAssessmentResults } from "../../export/oscal-results.js";
import { reportOutcome } from "../../report/audit-report.js";
import type { Subject } from "../../subjects/subject.js";
import { invalidInput, usageError } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { EXIT, exitCodeFor } from "../exit-codes.js";
import { inputSource } from "../io.js";
import { asOfOption, formatOption, localeOption, policyOption, type OptionValues } from "../options.js";
import { readSubjects } from "../subjects.js";

function timestampOption(values: OptionValues, asOf: string | undefined, usage: string): string {
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
  help: COMMAND_HELP.export,
  options: ["timestamp", "as-of", "lang", "policy-version", "overlay", "ndjson", "format"],
  async run({ usage, args, values, out, err }) {
    formatOption(values, ["json"], usage);
    const [what, ...rest] = args;
    if (what === undefined) throw usageError("missing what to export: oscal-catalog or oscal-results", usage);
    if (what === "oscal-catalog") {
      if (rest.length > 0) throw usageError(`unexpected argument ${JSON.stringify(rest[0])}`, usage);
      for (const option of ["as-of", "lang", "ndjson"] as const) {
        if (values[option] !== undefined) throw usageError(`export oscal-catalog does not take --${option}`, usage);
      }
      const timestamp = timestampOption(values, undefined, usage);
      const policy = await policyOption(values, usage);
      await out.write(`${JSON.stringify(toOscalCatalog({ policy, timestamp }), null, 2)}\n`);
      return EXIT.OK;
    }
    if (what !== "oscal-results") throw usageError(`unknown export ${JSON.stringify(what)}: oscal-catalog or oscal-results`, usage);
    if (rest.length === 0) throw usageError("missing <inventory>", usage);
    if (rest.length > 1) throw usageError(`unexpected argument ${JSON.stringify(rest[1])}`, usage);
    const asOf = asOfOption(values, usage);
    const locale = localeOption(values, usage);
    const timestamp = timestampOption(values, asOf, usage);
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
      locale,
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
