import { EXIT } from "./exit-codes.js";

/**
 * An error the CLI reports without a stack trace: a message, the lines that detail it (every
 * problem with its path), and the exit code. Thrown by the commands, caught once in `main`.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** The exit code. */
  readonly exitCode: number;
  /** Lines printed after the message, one problem each. */
  readonly details: readonly string[];
  /** The usage text to print after the message, for a usage error. */
  readonly usage: string | undefined;

  constructor(exitCode: number, message: string, details: readonly string[] = [], usage?: string) {
    super(message);
    this.exitCode = exitCode;
    this.details = details;
    this.usage = usage;
  }
}

/** A usage error (exit 64), optionally followed by the command's usage. */
export function usageError(message: string, usage?: string, details: readonly string[] = []): CliError {
  return new CliError(EXIT.USAGE, message, details, usage);
}

/** An invalid-input error (exit 65) listing every problem. */
export function invalidInput(message: string, details: readonly string[] = []): CliError {
  return new CliError(EXIT.INVALID_INPUT, message, details);
}
