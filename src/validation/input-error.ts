import type { z } from "zod";

/** One problem with an input: where it is and what is wrong. */
export interface InputIssue {
  /** The path to the problem, e.g. `["classification", "confidentiality"]`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `"classification.confidentiality"` or `"(root)"`. */
  readonly at: string;
  /** What is wrong, in English. */
  readonly message: string;
  /** The validator's issue code, e.g. `"invalid_type"`, `"unrecognized_keys"`. */
  readonly code: string;
}

/**
 * The typed error for invalid input: lists every problem with its path. Returned (not thrown)
 * by `safeEvaluate` and the other `safe*` functions.
 */
export class InvalidInputError extends Error {
  /** Every problem found. */
  readonly issues: readonly InputIssue[];

  /**
   * @param issues - Every problem found.
   * @param what - What was being validated, for the message, e.g. `"subject"`.
   */
  constructor(issues: readonly InputIssue[], what = "input") {
    super(`invalid ${what}: ${issues.map((issue) => `${issue.at}: ${issue.message}`).join("; ")}`);
    this.name = "InvalidInputError";
    this.issues = issues;
  }
}

/**
 * Formats a path for people: `findings[2].status`, or `(root)` for the input itself.
 *
 * @param path - The path.
 * @returns The path as text.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * Turns a zod error's issues into input issues.
 *
 * @param error - The zod error.
 * @param prefix - A path to put in front, e.g. `["options"]`.
 * @returns The issues.
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    return { path, at: formatPath(path), message: issue.message, code: issue.code };
  });
}
