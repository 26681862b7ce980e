/**
 * The limits of the decision service. Each gives a clear JSON error (`413`, `429`, `408`) before
 * a request can cost unbounded time or memory. Every one can be set by `createHandler` options
 * and by `infosec-policy serve` flags.
 *
 * | limit | default | answer when over |
 * | --- | ---: | --- |
 * | `maxBodyBytes`: a `POST /v1/decisions` body, or a JSON-array `POST /v1/audits` body | 1 MiB | 413 `body-too-large` |
 * | `maxAuditBodyBytes`: a JSON-array audit body | 64 MiB | 413 `body-too-large` |
 * | `maxBatch`: subjects in one `POST /v1/decisions` array | 1000 | 413 `batch-too-large` |
 * | `maxLineBytes`: one NDJSON line of an audit | 1 MiB | 413 `line-too-long` |
 * | `maxAuditSubjects`: subjects in one audit | 100 000 | 413 `too-many-subjects` |
 * | `maxDepth`: nesting of arrays and objects | 64 | 400 `invalid-json` |
 * | `requestTimeoutMs`: from a request's arrival to its answer | 30 000 | 408 `request-timeout` |
 * | `maxConcurrent`: requests handled at once | 64 | 429 `too-many-requests` |
 */
export interface ServiceLimits {
  /** Bytes of a decisions body. */
  readonly maxBodyBytes: number;
  /** Bytes of a JSON-array audit body (an NDJSON body is streamed: only its lines are bounded). */
  readonly maxAuditBodyBytes: number;
  /** Subjects in one batch of decisions. */
  readonly maxBatch: number;
  /** Bytes of one NDJSON line (without its line break). */
  readonly maxLineBytes: number;
  /** Subjects in one audit. */
  readonly maxAuditSubjects: number;
  /** Nesting depth of arrays and objects. */
  readonly maxDepth: number;
  /** Milliseconds from a request's arrival to its answer. */
  readonly requestTimeoutMs: number;
  /** Requests handled at once; one more is answered 429. */
  readonly maxConcurrent: number;
}

/** The default limits (see {@link ServiceLimits}). */
export const DEFAULT_LIMITS: ServiceLimits = Object.freeze({
  maxBodyBytes: 1024 * 1024,
  maxAuditBodyBytes: 64 * 1024 * 1024,
  maxBatch: 1000,
  maxLineBytes: 1024 * 1024,
  maxAuditSubjects: 100_000,
  maxDepth: 64,
  requestTimeoutMs: 30_000,
  maxConcurrent: 64,
});

/** Issues with given limits: each must be a positive safe integer. */
export function limitProblems(limits: Partial<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(limits)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, name)) problems.push(`unknown limit ${JSON.stringify(name)}`);
    else if (value !== undefined && (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1)) problems.push(`${name} must be a positive integer, not ${JSON.stringify(value)}`);
  }
  return problems;
}
