import { checkExceptionRegister, ExceptionRegisterSchema, type RegisterProblem } from "../../exceptions/register.js";
import type { Subject } from "../../subjects/subject.js";
import { issuesFromZod } from "../../validation/input-error.js";
import { invalidInput, usageError } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { EXIT } from "../exit-codes.js";
import { inputSource, parseJson, readText } from "../io.js";
import { asOfOption, expectArguments, formatOption, localeOption, policyOption } from "../options.js";
import { readSubjects } from "../subjects.js";

function problemLine(problem: RegisterProblem): string {
  const where = problem.entry === undefined ? "(not in the register)" : `[${problem.entry}]`;
  return `  ✗ ${where} ${problem.reference}: ${problem.code}: ${problem.message}`;
}

/** `infosec-policy exceptions`. */
export const exceptionsCommand: Command = {
  name: "exceptions",
  help: COMMAND_HELP.exceptions,
  options: ["as-of", "inventory", "format", "lang", "policy-version", "overlay"],
  async run({ usage, args, values, out, err }) {
    expectArguments(args, ["register.json"], usage);
    const format = formatOption(values, ["text", "json"], usage);
    const asOf = asOfOption(values, usage);
    if (asOf === undefined) throw usageError("--as-of is required: the periods are judged as of a date (the engine never reads the clock)", usage);
    const policy = await policyOption(values, usage);
    const source = inputSource(args[0] as string, false);
    const parsed = ExceptionRegisterSchema.safeParse(parseJson(await readText(source), source.name));
    if (!parsed.success) {
      throw invalidInput(
        `${source.name}: not a valid exception register`,
        issuesFromZod(parsed.error).map((issue) => `${issue.at === "(root)" ? "" : `${issue.at}: `}${issue.message}`),
      );
    }
    let inventory: Subject[] | undefined;
    if (values.inventory !== undefined) {
      const inventorySource = inputSource(values.inventory, false);
      const subjects: Subject[] = [];
      let problems = 0;
      const read = await readSubjects(
        inventorySource,
        {
          subject(subject) {
            subjects.push(subject);
          },
          problem(line) {
            if (problems++ === 0) warn(err, `invalid input in ${inventorySource.name}:`);
            err.write(`  ${line}\n`);
          },
        },
        false,
        localeOption(values, usage),
        policy,
      );
      if (read.invalid > 0) throw invalidInput(`${read.invalid} of ${read.count} subjects in ${inventorySource.name} are invalid; the register was not checked`);
      inventory = subjects;
    }
    const check = checkExceptionRegister(parsed.data, inventory === undefined ? { asOf, policy } : { asOf, policy, inventory });
    if (format === "json") {
      await out.write(`${JSON.stringify(check, null, 2)}\n`);
    } else {
      const lines = [
        `例外措置台帳の点検 / Exception register check: ${source.name}`,
        `判定基準日 / As of: ${check.asOf}`,
        `登録数 / Entries: ${check.entries} · 有効 / Valid: ${check.valid} · 問題 / Problems: ${check.problems.length}`,
        ...check.problems.map(problemLine),
      ];
      await out.write(`${lines.join("\n")}\n`);
    }
    return check.problems.length === 0 ? EXIT.OK : EXIT.NON_COMPLIANT;
  },
};
