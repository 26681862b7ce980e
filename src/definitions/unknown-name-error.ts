/** What kind of name an {@link UnknownNameError} is about. */
export type UnknownNameKind = "clause" | "term" | "threat" | "control" | "policy-version";

const WHAT: Readonly<Record<UnknownNameKind, string>> = {
  clause: "clause reference",
  term: "term",
  threat: "threat",
  control: "control",
  "policy-version": "policy version",
};

const HINT: Readonly<Record<UnknownNameKind, string>> = {
  clause:
    'A clause reference uses the document\'s own numbering, half-width: a section such as "7", an item such as "3(13)", or a sub-item such as "7(3)①".',
  term: 'A term of clause 3 is named by its id (e.g. "mynumber-zone"), its Japanese term (e.g. "マイナンバー利用事務系") or its English term (e.g. "My Number zone", any case).',
  threat: "The threats of clause 4 are named by their ids.",
  control: "",
  "policy-version": "A shipped policy is named by its exact semver version.",
};

/**
 * Thrown for a name that names nothing known: a clause reference (`getClause`), a term
 * (`getTerm`), a threat (`getThreat`), a control id (`getControl`) or a policy version
 * (`getPolicy`). One class for all of them: `kind` says which, `query` is the name as given, and
 * `suggestions` the closest known names, nearest first (also in the message).
 *
 * @example
 * ```ts
 * import { getClause, UnknownNameError } from "@miyagi-kouiki/infosec-policy";
 *
 * try {
 *   getClause("7(9)");
 * } catch (error) {
 *   if (error instanceof UnknownNameError && error.kind === "clause") error.suggestions; // ["7(8)", "7(7)", "7"]
 * }
 * ```
 */
export class UnknownNameError extends Error {
  /** Always `"UnknownNameError"`, so the error can be recognised after serialisation. */
  override readonly name = "UnknownNameError";
  /** What was looked up: `clause`, `term`, `threat`, `control` or `policy-version`. */
  readonly kind: UnknownNameKind;
  /** The name that was asked for, exactly as given. */
  readonly query: string;
  /** Known names close to the one asked for, nearest first (frozen). */
  readonly suggestions: readonly string[];

  /**
   * Creates the error.
   *
   * @param kind - What was looked up.
   * @param query - The name that was asked for, exactly as given.
   * @param suggestions - Known names close to it, nearest first.
   * @example
   * ```ts
   * import { UnknownNameError } from "@miyagi-kouiki/infosec-policy";
   *
   * new UnknownNameError("control", "audit", ["audit-interval"]).message;
   * // 'Unknown control "audit". Closest known: "audit-interval".'
   * ```
   */
  constructor(kind: UnknownNameKind, query: string, suggestions: readonly string[]) {
    const hint = HINT[kind];
    super(
      `Unknown ${WHAT[kind]} ${JSON.stringify(query)}. ${hint === "" ? "" : `${hint} `}` +
        (suggestions.length === 0 ? `There are no ${WHAT[kind]}s to choose from.` : `Closest known: ${suggestions.map((s) => JSON.stringify(s)).join(", ")}.`),
    );
    this.kind = kind;
    this.query = query;
    this.suggestions = Object.freeze([...suggestions]);
  }
}
