import type { z } from "zod";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import { issueMessages, type ZodIssueLike } from "./issue-messages.js";

/** One problem with an input: where it is and what is wrong. */
export interface InputIssue {
  /** The path to the problem, e.g. `["classification", "confidentiality"]`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `"classification.confidentiality"` or `"(root)"`. */
  readonly at: string;
  /**
   * What is wrong, in the locale asked for (Japanese by default): the field, what it must be (the
   * allowed values or the type), what was given, and a did-you-mean for a near miss, e.g.
   * 「必須項目 "zone" がありません（"mynumber"・"lgwan"・"internet" のいずれか）」 or
   * `unknown field "zones"; did you mean "zone"?`.
   */
  readonly message: string;
  /** The message in both languages, where the package worded it (every issue of a zod validation). */
  readonly messages?: LocalizedText;
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

/** What `issuesFromZod` may read to word its messages. */
export interface IssueOptions {
  /** The language of each issue's `message`: `ja` (default, as everywhere in the package) or `en`. Both are in `messages`. */
  readonly locale?: Locale;
  /** The input that was validated: tells a missing field from a wrong one, and quotes the wrong value. */
  readonly input?: unknown;
  /** The schema it was validated with: lists the known fields, for a did-you-mean on an unknown one. */
  readonly schema?: z.ZodType;
}

/**
 * Turns a zod error's issues into input issues, each worded for people in Japanese and English:
 * the field, the allowed values or type, what was given, and a did-you-mean for an unknown field
 * or a near-miss value.
 *
 * @param error - The zod error.
 * @param prefix - A path to put in front, e.g. `["options"]`.
 * @param options - The locale of `message` (default `ja`), and the input and schema validated, for better words.
 * @returns The issues, in the order zod found them.
 * @example
 * ```ts
 * import { SubjectSchema } from "@miyagi-kouiki/infosec-policy";
 * import { issuesFromZod } from "./input-error.js";
 *
 * const input = { kind: "sign-in", zones: "mynumber" };
 * const parsed = SubjectSchema.safeParse(input);
 * if (!parsed.success) issuesFromZod(parsed.error, [], { locale: "en", input, schema: SubjectSchema }).map((issue) => issue.message);
 * // ['required field "zone" is missing (one of "mynumber", "lgwan" or "internet")', 'unknown field "zones"; did you mean "zone"?']
 * ```
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = [], options: IssueOptions = {}): InputIssue[] {
  return inputIssuesOf(error.issues, prefix, options);
}

/**
 * `issuesFromZod` for zod's issues themselves (e.g. those of a compiled validator, which builds no
 * `ZodError`): the same words, paths and codes.
 *
 * @param zodIssues - Zod's finalised issues.
 * @param prefix - A path to put in front.
 * @param options - As for `issuesFromZod`.
 * @returns The issues, in the order given.
 */
export function inputIssuesOf(zodIssues: readonly ZodIssue[], prefix: readonly (string | number)[] = [], options: IssueOptions = {}): InputIssue[] {
  const locale = options.locale ?? "ja";
  const context = "input" in options ? { input: options.input, ...(options.schema === undefined ? {} : { schema: options.schema }) } : options.schema === undefined ? {} : { schema: options.schema };
  return zodIssues.flatMap(expandUnion).map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
    let messages: LocalizedText;
    try {
      messages = issueMessages(issue as unknown as ZodIssueLike, context);
    } catch {
      // Never lose an issue over its wording: zod's own message, in both.
      messages = { ja: issue.message, en: issue.message };
    }
    return { path, at: formatPath(path), message: messages[locale], messages, code: issue.code };
  });
}

type ZodIssue = z.ZodError["issues"][number];

/**
 * A union's issue, replaced by the issues of the one alternative the value got furthest into (the
 * only one whose problems are all inside the value, e.g. a list of staff categories with one wrong
 * entry), so that the message names the wrong entry rather than saying "Invalid input".
 */
function expandUnion(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== "invalid_union" || "discriminator" in issue) return [issue];
  const inside = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
  const [only] = inside;
  if (inside.length !== 1 || only === undefined) return [issue];
  return only.flatMap((inner) => expandUnion({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue));
}
