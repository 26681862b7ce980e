import type { CommandHelp, CommandName } from "./help.js";
import type { BufferedWriter } from "./io.js";
import type { OptionName, OptionValues } from "./options.js";

/** What a command runs with. */
export interface CommandContext {
  /** The arguments after the command name. */
  readonly args: readonly string[];
  /** The options given. */
  readonly values: OptionValues;
  /** The command's usage text in the language of `--lang`, for usage errors. */
  readonly usage: string;
  /** Standard output, buffered; nothing is written to it before the input has been validated. */
  readonly out: BufferedWriter;
  /** Standard error, for problems and progress. */
  readonly err: NodeJS.WriteStream;
}

/** A command of `infosec-policy`. */
export interface Command {
  /** The name typed, e.g. `"audit"`. */
  readonly name: CommandName;
  /** Its summary and usage, in both languages (src/cli/help.ts). */
  readonly help: CommandHelp;
  /** The options it takes (`--help` always). */
  readonly options: readonly OptionName[];
  /** Runs it; resolves to the exit code. */
  run(context: CommandContext): Promise<number>;
}

/** Writes a line to standard error, prefixed with the program's name. */
export function warn(err: NodeJS.WriteStream, message: string): void {
  err.write(`infosec-policy: ${message}\n`);
}
