#!/usr/bin/env node
import { parseArgs } from "node:util";
// A named import without `with { type: "json" }` (esbuild allows only the default export of a
// standard JSON import): the bundle keeps just the version, not the whole package.json.
import { version } from "../../package.json";
import type { Locale } from "../definitions/localized-text.js";
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
import { serveCommand } from "./commands/serve.js";
import { didYouMean } from "./did-you-mean.js";
import { EXIT } from "./exit-codes.js";
import { COMMAND_NAMES, generalUsage } from "./help.js";
import { BufferedWriter } from "./io.js";
import { OPTIONS, type OptionName, type OptionValues } from "./options.js";
import { installSignalHandlers } from "./signals.js";
import { escapeTerminal } from "../report/escape-text.js";

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
  serveCommand,
];

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
      // The message and each detail are single lines that may quote the input: shown, not run.
      process.stderr.write(`infosec-policy: ${escapeTerminal(error.message)}\n`);
      for (const line of error.details) process.stderr.write(`  ${escapeTerminal(line)}\n`);
      if (error.usage !== undefined) process.stderr.write(`\n${error.usage}\n`);
      return error.exitCode;
    }
    process.stderr.write(`infosec-policy: internal error: ${escapeTerminal(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_INTERNAL;
  }
}

/** The language of the help and usage texts: `--lang` if it is `ja` or `en` (a bad value is reported by the command), else `ja`. */
function helpLocale(argv: readonly string[]): Locale {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false });
  return values.lang === "en" ? "en" : "ja";
}

/**
 * Parses the arguments. An unknown option (every one, not just the first) is a usage error with
 * the nearest known option, if one is close: `--formt` → did you mean `--format`?
 */
function parseArguments(argv: readonly string[], l: Locale): { values: OptionValues; positionals: string[] } {
  const loose = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(OPTIONS);
  const unknown: string[] = [];
  for (const token of loose.tokens) {
    if (token.kind !== "option" || Object.hasOwn(OPTIONS, token.name)) continue;
    const suggestion = token.rawName.startsWith("--") ? didYouMean(token.name, longNames) : undefined;
    unknown.push(`unknown option ${token.rawName}${suggestion === undefined ? "" : `; did you mean --${suggestion}?`}`);
  }
  if (unknown.length > 0) {
    const command = COMMANDS.find((candidate) => candidate.name === loose.positionals[0]);
    throw usageError(unknown[0] as string, command?.help.usage[l] ?? generalUsage(l), unknown.slice(1));
  }
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw usageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""), generalUsage(l));
  }
}

/** A usage error for a name that is no command, with the nearest command if one is close. */
function unknownCommand(name: string, l: Locale): CliError {
  const suggestion = didYouMean(name, [...COMMAND_NAMES, "help"]);
  return usageError(`unknown command ${JSON.stringify(name)}${suggestion === undefined ? "" : `; did you mean ${suggestion}?`}`, generalUsage(l));
}

async function dispatch(argv: readonly string[], out: BufferedWriter): Promise<number> {
  const l = helpLocale(argv);
  const { values, positionals } = parseArguments(argv, l);
  const [name, ...args] = positionals;
  // Help is printed before any command checks its options: a bad --lang is still an error.
  if ((values.help === true || name === "help") && values.lang !== undefined && values.lang !== "ja" && values.lang !== "en") {
    throw usageError(`--lang must be ja or en, not ${JSON.stringify(values.lang)}`, generalUsage(l));
  }
  if (values.version === true) {
    await out.write(`${version}\n`);
    return EXIT.OK;
  }
  if (name === undefined) {
    if (values.help === true) {
      await out.write(`${generalUsage(l)}\n`);
      return EXIT.OK;
    }
    throw usageError("missing command", generalUsage(l));
  }
  if (name === "help") {
    if (args.length > 1) throw usageError(`unexpected argument ${JSON.stringify(args[1])}`, generalUsage(l));
    const about = args[0] === undefined || args[0] === "help" ? undefined : COMMANDS.find((command) => command.name === args[0]);
    if (args[0] !== undefined && about === undefined) throw unknownCommand(args[0], l);
    await out.write(`${about?.help.usage[l] ?? generalUsage(l)}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw unknownCommand(name, l);
  const usage = command.help.usage[l];
  if (values.help === true) {
    await out.write(`${usage}\n`);
    return EXIT.OK;
  }
  for (const option of Object.keys(values) as OptionName[]) {
    if (!command.options.includes(option)) throw usageError(`${command.name} does not take --${option}`, usage);
  }
  return command.run({ args, values, usage, out, err: process.stderr });
}

// Exit through `process.exitCode`, so that whatever is still buffered for a pipe is written first.
// When the reader goes away (`| head`), writing stops (BufferedWriter drops what is left) but the
// run goes on to its end, so that the exit code is still the outcome's (DESIGN.md invariant 14).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    throw error;
  });
}
installSignalHandlers();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`infosec-policy: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
