#!/usr/bin/env node
import { parseArgs } from "node:util";
// A named import without `with { type: "json" }` (esbuild allows only the default export of a
// standard JSON import): the bundle keeps just the version, not the whole package.json.
import { version } from "../../package.json";
import { CliError, usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { auditCommand } from "./commands/audit.js";
import { checkCommand } from "./commands/check.js";
import { checklistCommand } from "./commands/checklist.js";
import { clausesCommand } from "./commands/clauses.js";
import { controlsCommand } from "./commands/controls.js";
import { exceptionsCommand } from "./commands/exceptions.js";
import { explainCommand } from "./commands/explain.js";
import { exportCommand } from "./commands/export.js";
import { schemaCommand } from "./commands/schema.js";
import { EXIT } from "./exit-codes.js";
import { BufferedWriter } from "./io.js";
import { OPTIONS, type OptionName, type OptionValues } from "./options.js";

/** An error that is a bug, not the user's: exit 70 (EX_SOFTWARE), still without a stack trace. */
const EXIT_INTERNAL = 70;

const COMMANDS: readonly Command[] = [
  checkCommand,
  auditCommand,
  exceptionsCommand,
  explainCommand,
  controlsCommand,
  clausesCommand,
  checklistCommand,
  schemaCommand,
  exportCommand,
];

const GENERAL_USAGE = `usage: infosec-policy <command> [arguments] [options]

The information security basic policy of 宮城県後期高齢者医療広域連合 on the command line.

commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(11)}${command.summary}`).join("\n")}
  help       print the usage of a command: infosec-policy help <command>

common options (where they make sense):
  --format <f>                 json, text, markdown or html
  --lang ja|en                 language (default ja)
  --policy-version <version>   pin a shipped policy version
  --overlay <file>             extend the policy with the organisation's overlay
  --as-of YYYY-MM-DD           judge date-based controls and exception periods as of this date
  --require-as-of              (audit) fail with exit 64 unless --as-of is given
  -h, --help                   usage;  -V, --version  the package version

exit codes:
  0   compliant or not applicable (or nothing to judge)
  1   non-compliant
  2   needs review
  64  usage error (unknown command or option, bad value, missing file, unknown id)
  65  invalid input (not valid JSON, not a valid subject or overlay; every problem is listed)`;

/**
 * Runs the CLI with some arguments, writing to the process's standard output and error.
 *
 * @param argv - The arguments after the program name.
 * @returns The exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const out = new BufferedWriter(process.stdout);
  try {
    const code = await dispatch(argv, out);
    await out.flush();
    return code;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`infosec-policy: ${error.message}\n`);
      for (const line of error.details) process.stderr.write(`  ${line}\n`);
      if (error.usage !== undefined) process.stderr.write(`\n${error.usage}\n`);
      return error.exitCode;
    }
    process.stderr.write(`infosec-policy: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: readonly string[], out: BufferedWriter): Promise<number> {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw usageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""), GENERAL_USAGE);
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.version === true) {
    await out.write(`${version}\n`);
    return EXIT.OK;
  }
  if (name === undefined) {
    if (values.help === true) {
      await out.write(`${GENERAL_USAGE}\n`);
      return EXIT.OK;
    }
    throw usageError("missing command", GENERAL_USAGE);
  }
  if (name === "help") {
    const about = args[0] === undefined ? undefined : COMMANDS.find((command) => command.name === args[0]);
    if (args[0] !== undefined && about === undefined) throw usageError(`unknown command ${JSON.stringify(args[0])}`, GENERAL_USAGE);
    await out.write(`${about?.usage ?? GENERAL_USAGE}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError(`unknown command ${JSON.stringify(name)}`, GENERAL_USAGE);
  if (values.help === true) {
    await out.write(`${command.usage}\n`);
    return EXIT.OK;
  }
  for (const option of Object.keys(values) as OptionName[]) {
    if (!command.options.includes(option)) throw usageError(`${command.name} does not take --${option}`, command.usage);
  }
  return command.run({ args, values, usage: command.usage, out, err: process.stderr });
}

// Exit through `process.exitCode`, so that whatever is still buffered for a pipe is written first.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // The reader went away (`| head`): stop quietly.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.OK);
  throw error;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`infosec-policy: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
