/** One problem the engine's input guard found: where it is and what is wrong. */
export interface SubjectProblem {
  /** The path to the problem, e.g. `["factors"]` or `["exception", "approverRole"]`; empty for the subject itself. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `"exception.approverRole"`, or `"(root)"`. */
  readonly at: string;
  /** What is wrong, in English. */
  readonly message: string;
  /** A code for the kind of problem: `invalid_type`, `invalid_value`, `unrecognized_keys`, `not_plain_data`, `too_big`, `too_small`, `invalid_organization`. */
  readonly code: string;
}

/**
 * The typed error `evaluate`, `audit` and an auditor's `add` throw for input they cannot decide
 * soundly: a subject that is not what its type says (a string where a list belongs, `null` for a
 * flag, a misspelt zone or organisation, an unknown field, an accessor or a non-plain object).
 * Lists every problem. Such input never gets a decision, so never `compliant` or `not-applicable`.
 * Its `issues` have the same shape as `InvalidInputError`'s.
 *
 * @example
 * ```ts
 * import { evaluate, InvalidSubjectError } from "@miyagi-kouiki/infosec-policy";
 *
 * try {
 *   evaluate(JSON.parse('{ "kind": "sign-in", "zone": "mynumber", "factors": "knowledge" }'));
 * } catch (error) {
 *   if (error instanceof InvalidSubjectError) console.error(error.issues.map((issue) => issue.at)); // ["factors"]
 * }
 * ```
 */
export class InvalidSubjectError extends Error {
  /** Every problem found, frozen. */
  readonly issues: readonly SubjectProblem[];

  /**
   * @param issues - Every problem found.
   * @param what - What was checked, for the message, e.g. `"subject"`.
   */
  constructor(issues: readonly SubjectProblem[], what = "subject") {
    super(`invalid ${what}: ${issues.map((issue) => `${issue.at}: ${issue.message}`).join("; ")}`);
    this.name = "InvalidSubjectError";
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}

/**
 * Formats a path the way `formatPath` does: `exception.controls[2]`, or `(root)`.
 *
 * @param path - The path.
 * @returns The path as text.
 */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  return text;
}
