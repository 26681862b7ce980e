import type { LocalizedText } from "../definitions/localized-text.js";
import type { InputIssue } from "../validation/input-error.js";

/**
 * The machine-readable code of an error answer of the decision service. Each has one HTTP status:
 * see {@link ERROR_STATUS}.
 */
export type ServiceErrorCode =
  | "invalid-json"
  | "invalid-input"
  | "invalid-parameter"
  | "version-conflict"
  | "body-too-large"
  | "batch-too-large"
  | "line-too-long"
  | "too-many-subjects"
  | "unsupported-media-type"
  | "not-found"
  | "unknown-policy-version"
  | "unknown-control"
  | "unknown-clause"
  | "unknown-schema"
  | "method-not-allowed"
  | "too-many-requests"
  | "request-timeout"
  | "shutting-down"
  | "internal-error";

/** The HTTP status of each error code. */
export const ERROR_STATUS: Readonly<Record<ServiceErrorCode, number>> = Object.freeze({
  "invalid-json": 400,
  "invalid-input": 400,
  "invalid-parameter": 400,
  "version-conflict": 400,
  "body-too-large": 413,
  "batch-too-large": 413,
  "line-too-long": 413,
  "too-many-subjects": 413,
  "unsupported-media-type": 415,
  "not-found": 404,
  "unknown-policy-version": 404,
  "unknown-control": 404,
  "unknown-clause": 404,
  "unknown-schema": 404,
  "method-not-allowed": 405,
  "too-many-requests": 429,
  "request-timeout": 408,
  "shutting-down": 503,
  "internal-error": 500,
});

/** One problem with a request's input, as the service answers it: where, and what (in the language asked for). */
export interface ServiceIssue {
  /** The path to the problem, e.g. `["[2]", "zone"]` becomes `[2, "zone"]`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `"[2].zone"` or `"(root)"`. */
  readonly at: string;
  /** What is wrong, in the request's language. */
  readonly message: string;
  /** The validator's code, e.g. `"invalid_value"`. */
  readonly code: string;
  /** For NDJSON input, the 1-based line of the problem. */
  readonly line?: number;
}

/**
 * An error the service answers with its status and a JSON body
 * `{ "error": { "code", "message": { "ja", "en" }, … } }`; never a stack trace.
 */
export class ServiceError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** The error code. */
  readonly code: ServiceErrorCode;
  /** The message in both languages. */
  readonly text: LocalizedText;
  /** Every problem with the input, for `invalid-input`. */
  readonly issues: readonly ServiceIssue[] | undefined;
  /** Near names, for a `not-found` kind of error. */
  readonly suggestions: readonly string[] | undefined;
  /** Extra headers, e.g. `Allow` for 405, `Retry-After` for 429. */
  readonly headers: Readonly<Record<string, string>>;

  /**
   * @param code - The error code (its status is {@link ERROR_STATUS}).
   * @param text - The message in Japanese and English.
   * @param extra - Issues, suggestions and headers.
   */
  constructor(code: ServiceErrorCode, text: LocalizedText, extra: { issues?: readonly ServiceIssue[]; suggestions?: readonly string[]; headers?: Readonly<Record<string, string>> } = {}) {
    super(text.en);
    this.name = "ServiceError";
    this.status = ERROR_STATUS[code];
    this.code = code;
    this.text = text;
    this.issues = extra.issues;
    this.suggestions = extra.suggestions;
    this.headers = extra.headers ?? {};
  }

  /** The JSON body of the answer. */
  body(): { error: { code: ServiceErrorCode; message: LocalizedText; issues?: readonly ServiceIssue[]; suggestions?: readonly string[] } } {
    return {
      error: {
        code: this.code,
        message: this.text,
        ...(this.issues === undefined ? {} : { issues: this.issues }),
        ...(this.suggestions === undefined ? {} : { suggestions: this.suggestions }),
      },
    };
  }
}

/** Input issues of the library as the service answers them, with a path prefix (e.g. a batch index) and an NDJSON line. */
export function serviceIssues(issues: readonly InputIssue[], prefix: readonly (string | number)[] = [], line?: number): ServiceIssue[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return { path, at: formatAt(path), message: issue.message, code: issue.code, ...(line === undefined ? {} : { line }) };
  });
}

function formatAt(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? key : `.${key}`;
  return text;
}

/** An `invalid-input` error listing every issue (at most `max`, then how many more). */
export function invalidInput(issues: readonly ServiceIssue[], total = issues.length): ServiceError {
  const more = total - issues.length;
  const count = `${total}`;
  return new ServiceError(
    "invalid-input",
    {
      ja: `入力が正しくありません（問題 ${count} 件${more > 0 ? `、うち ${issues.length} 件を表示` : ""}）。何も判定していません。`,
      en: `invalid input (${count} problem${total === 1 ? "" : "s"}${more > 0 ? `, the first ${issues.length} listed` : ""}); nothing was evaluated`,
    },
    { issues },
  );
}
