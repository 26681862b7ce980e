import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { controlsForClause, findControl } from "../controls/find-control.js";
import type { Decision, Outcome } from "../decision/decision.js";
import { findClause } from "../definitions/find-clause.js";
import { clauses as allClauses } from "../definitions/clauses.js";
import { LocaleSchema, type Locale } from "../definitions/localized-text.js";
import { closestNames } from "../internal/closest.js";
import { createAuditReporter, reportOutcome, type ReportedSubject } from "../report/audit-report.js";
import { jsonWriter } from "../report/audit-json.js";
import { IsoDateSchema } from "../subjects/common.js";
import { parseSubject, safeEvaluator, type SafeResult } from "../validation/safe-evaluate.js";
import { controlJson } from "../cli/describe.js";
import { version as packageVersion } from "../../package.json";
import { mediaType, parseJsonText, readBody, readBodyLines, readBodyThen, unsupportedMediaType } from "./body.js";
import {
  canonicalJson,
  controlsWith,
  decisionLogLines,
  policyLogText,
  sha256,
  WRITE_TEXT,
  type DecisionLogEntry,
  type DecisionLogRequest,
  type LineText,
  type DecisionLogLine,
  type DecisionLogSink,
  type LogInput,
} from "./decision-log.js";
import { createDecisionEncoder } from "./decision-json.js";
import { isoTimeText } from "./iso-time.js";
import { invalidInput, ServiceError, serviceIssues, type ServiceIssue } from "./errors.js";
import { DEFAULT_LIMITS, limitProblems, type ServiceLimits } from "./limits.js";
import { Metrics } from "./metrics.js";
import { openApiDocument } from "./openapi.js";
import { loadPolicies, pinnedPolicy, type ServedPolicy } from "./service-policies.js";
import { serviceSchemaFor, serviceSchemaNames } from "./service-schemas.js";

/** How to build the decision service's request handler. */
export interface HandlerOptions {
  /** The overlay (the organisation's standards, parsed JSON), applied to every shipped version at start. */
  readonly overlay?: unknown;
  /** Where decision log lines go (default: nowhere). */
  readonly log?: DecisionLogSink;
  /** How much of each input a log line keeps (default `hash`). */
  readonly logInput?: LogInput;
  /** Limits (default {@link DEFAULT_LIMITS}). */
  readonly limits?: Partial<ServiceLimits>;
  /** The service's clock, for the log's `time` and the audit report's `generated` (default: the system clock). The engine never reads it. */
  readonly clock?: () => Date;
}

/** The decision service's request handler for `node:http`, with its state. */
export interface ServiceHandler {
  /** Handles one request. */
  (req: IncomingMessage, res: ServerResponse): void;
  /** The service's metrics. */
  readonly metrics: Metrics;
  /** The limits in force. */
  readonly limits: ServiceLimits;
  /** The policies served. */
  readonly policies: readonly ServedPolicy[];
  /** Requests being handled now. */
  inFlight(): number;
  /** Starts draining: new requests get 503 `shutting-down`, `/readyz` answers 503. */
  drain(): void;
  /** Resolves when no request is in flight. */
  idle(): Promise<void>;
}

/** A route template, as metrics label requests. */
type Route =
  | "/v1/decisions"
  | "/v1/policies/{version}/decisions"
  | "/v1/audits"
  | "/v1/policies/{version}/audits"
  | "/v1/policies"
  | "/v1/policies/{version}"
  | "/v1/controls/{id}"
  | "/v1/clauses/{ref}"
  | "/v1/schemas"
  | "/v1/schemas/{name}"
  | "/openapi.json"
  | "/healthz"
  | "/readyz"
  | "/metrics"
  | "unmatched";

interface Match {
  readonly route: Route;
  readonly methods: readonly string[];
  readonly param?: string;
}

function segment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ServiceError("invalid-parameter", { ja: "URL のパスが正しく符号化されていません。", en: "the URL path is not well percent-encoded" });
  }
}

/** The routes without a parameter, by their path (frozen data, built once at import). */
const FIXED_ROUTES: ReadonlyMap<string, Match> = new Map(
  (
    [
      ["/v1/decisions", ["POST"]],
      ["/v1/audits", ["POST"]],
      ["/v1/policies", ["GET", "HEAD"]],
      ["/v1/schemas", ["GET", "HEAD"]],
      ["/openapi.json", ["GET", "HEAD"]],
      ["/healthz", ["GET", "HEAD"]],
      ["/readyz", ["GET", "HEAD"]],
      ["/metrics", ["GET", "HEAD"]],
    ] as const
  ).map(([route, methods]) => [route, Object.freeze({ route, methods: Object.freeze([...methods]) })]),
);

/** The route of a path (already without its query), or `unmatched`. */
export function matchRoute(path: string): Match {
  const exact = FIXED_ROUTES.get(path);
  if (exact !== undefined) return exact;
  const parts = path.split("/");
  if (parts[0] === "" && parts[1] === "v1" && parts.length === 4 && parts[3] !== "") {
    const param = segment(parts[3] as string);
    if (parts[2] === "policies") return { route: "/v1/policies/{version}", methods: ["GET", "HEAD"], param };
    if (parts[2] === "controls") return { route: "/v1/controls/{id}", methods: ["GET", "HEAD"], param };
    if (parts[2] === "clauses") return { route: "/v1/clauses/{ref}", methods: ["GET", "HEAD"], param };
    if (parts[2] === "schemas") return { route: "/v1/schemas/{name}", methods: ["GET", "HEAD"], param };
  }
  if (parts[0] === "" && parts[1] === "v1" && parts[2] === "policies" && parts.length === 5 && parts[3] !== "") {
    const param = segment(parts[3] as string);
    if (parts[4] === "decisions") return { route: "/v1/policies/{version}/decisions", methods: ["POST"], param };
    if (parts[4] === "audits") return { route: "/v1/policies/{version}/audits", methods: ["POST"], param };
  }
  return { route: "unmatched", methods: [] };
}

const JSON_TYPE = "application/json; charset=utf-8";
/** No extra header. */
const NO_HEADERS: readonly string[] = Object.freeze([]);
const NDJSON_TYPES = ["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines"];
const REQUEST_ID = /^[\x21-\x7e]{1,200}$/;

/** The query parameters a route accepts. */
const QUERY: Readonly<Partial<Record<Route, readonly string[]>>> = {
  "/v1/decisions": ["locale", "asOf"],
  "/v1/policies/{version}/decisions": ["locale", "asOf"],
  "/v1/audits": ["locale", "asOf"],
  "/v1/policies/{version}/audits": ["locale", "asOf"],
  "/v1/controls/{id}": ["locale"],
};

interface RequestOptions {
  readonly locale: Locale;
  readonly asOf: string | undefined;
}

/** The options of a request without a query. */
const DEFAULT_OPTIONS: RequestOptions = Object.freeze({ locale: "ja", asOf: undefined });

/** A request being handled: what the timeout sweep and the metrics need of it. */
interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly requestId: string;
  /** When it arrived (`performance.now()`, ms). */
  readonly started: number;
  /** Its route template, once known. */
  route: Route;
}

/** A request's target: its route, and its query parameters (undefined without a query). */
interface Target {
  readonly match: Match;
  readonly query: URLSearchParams | undefined;
}

/**
 * Reads a request's target. A target that is exactly a fixed route's path (`/v1/decisions`, no
 * query) is looked up as it is; any other is parsed as a URL (percent-decoding, dot segments, an
 * absolute form), as before.
 */
function requestTarget(target: string): Target {
  const fixed = FIXED_ROUTES.get(target);
  if (fixed !== undefined) return { match: fixed, query: undefined };
  const url = new URL(target, "http://service.invalid");
  return { match: matchRoute(url.pathname), query: url.search === "" ? undefined : url.searchParams };
}

/**
 * Builds the decision service's request handler for `node:http` (`http.createServer(handler)`),
 * stateless but for its metrics: every decision depends only on the request and the policies
 * loaded at start.
 *
 * @param options - The overlay, the decision log, the limits and the clock.
 * @returns The handler.
 * @throws OverlayLoadError if the overlay cannot be applied; Error for a bad limit.
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { createHandler } from "@miyagi-kouiki/infosec-policy/server";
 *
 * createServer(createHandler()).listen(8080, "127.0.0.1");
 * ```
 */
export function createHandler(options: HandlerOptions = {}): ServiceHandler {
  const problems = limitProblems(options.limits ?? {});
  if (problems.length > 0) throw new Error(`invalid limits: ${problems.join("; ")}`);
  const limits: ServiceLimits = Object.freeze({ ...DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(options.limits ?? {}).filter(([, value]) => value !== undefined)) });
  const served = loadPolicies(options.overlay);
  const metrics = new Metrics();
  const clock = options.clock;
  const logInput: LogInput = options.logInput ?? "hash";
  const log = options.log;
  // The built-in sink takes a line as text, which the service builds from cached pieces
  // (decisionLogLines: the same text as logLine of each line's object); any other sink gets the object.
  const writeText = (log as { [WRITE_TEXT]?: (line: LineText) => void } | undefined)?.[WRITE_TEXT];
  // The bytes of the engine's (shared, frozen) findings, memoised per finding: see decision-json.ts.
  const encoder = createDecisionEncoder();
  // The log's `policy` member per served policy, built once, and its text.
  const policyLogs = new Map<ServedPolicy, DecisionLogEntry["policy"]>();
  const policyTexts = new Map<ServedPolicy, string>();
  // The system clock's ISO text, its second's text made once per second.
  const systemTime = isoTimeText();
  // The evaluator of each served policy and locale for requests without asOf (most), made once.
  const evaluators = new Map<ServedPolicy, Partial<Record<Locale, (input: unknown) => SafeResult<Decision>>>>();
  let draining = false;
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  let openapi: string | undefined;

  const finished = (): void => {
    inFlight--;
    metrics.inFlight = inFlight;
    if (inFlight === 0) {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }
  };

  /**
   * Answers: the status and every header in one `writeHead` with a flat array (no header object
   * to copy and merge, no `setHeader` before it), then the body in one `end`. The headers are, in
   * this order, `X-Request-Id`, `Content-Type`, `Content-Length`, `Cache-Control: no-store`,
   * `X-Content-Type-Options: nosniff`, then `extra` (name, value, name, value…).
   */
  function send(res: ServerResponse, requestId: string, status: number, body: string | Buffer, type: string = JSON_TYPE, extra: readonly string[] = NO_HEADERS, written?: () => void): void {
    if (res.headersSent) return;
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    const headers = ["x-request-id", requestId, "content-type", type, "content-length", String(bytes.length), "cache-control", "no-store", "x-content-type-options", "nosniff"];
    for (let i = 0; i < extra.length; i++) headers.push(extra[i] as string);
    res.writeHead(status, headers);
    // `written` runs once the body is written ('finish'), not if the connection fails first.
    if (written === undefined) res.end(res.req.method === "HEAD" ? undefined : bytes);
    else res.end(res.req.method === "HEAD" ? undefined : bytes, written);
  }

  function sendJson(res: ServerResponse, requestId: string, status: number, value: unknown, extra: readonly string[] = NO_HEADERS): void {
    send(res, requestId, status, JSON.stringify(value), JSON_TYPE, extra);
  }

  function sendError(res: ServerResponse, requestId: string, error: ServiceError, headers: Record<string, string> = {}): void {
    metrics.error(error.code);
    sendJson(res, requestId, error.status, error.body(), Object.entries({ ...error.headers, ...headers }).flat());
  }

  function logTime(): string {
    if (clock !== undefined) return clock().toISOString();
    return systemTime();
  }

  /** What safeEvaluate answers for a subject under a request's options: its options read once, for every request without asOf. */
  function evaluatorFor(entry: ServedPolicy, locale: Locale, asOf: string | undefined): (input: unknown) => SafeResult<Decision> {
    if (asOf !== undefined) return safeEvaluator({ policy: entry.policy, locale, asOf });
    let byLocale = evaluators.get(entry);
    if (byLocale === undefined) {
      byLocale = Object.create(null) as Partial<Record<Locale, (input: unknown) => SafeResult<Decision>>>;
      evaluators.set(entry, byLocale);
    }
    return (byLocale[locale] ??= safeEvaluator({ policy: entry.policy, locale }));
  }

  function policyText(entry: ServedPolicy): string {
    let text = policyTexts.get(entry);
    if (text === undefined) {
      text = policyLogText(policyLog(entry));
      policyTexts.set(entry, text);
    }
    return text;
  }

  function policyLog(entry: ServedPolicy): DecisionLogEntry["policy"] {
    let logged = policyLogs.get(entry);
    if (logged === undefined) {
      const overlay = entry.policy.overlays[entry.policy.overlays.length - 1];
      logged = Object.freeze({ id: entry.policy.id, version: entry.policy.version, base: entry.base, overlay: overlay === undefined ? null : Object.freeze({ id: overlay.id, version: overlay.version }) });
      policyLogs.set(entry, logged);
    }
    return logged;
  }

  function requestOptions(query: URLSearchParams | undefined, route: Route): RequestOptions {
    // Without a query (the usual request), the defaults: nothing to check.
    if (query === undefined) return DEFAULT_OPTIONS;
    const allowed = QUERY[route] ?? [];
    const unknown = [...query.keys()].filter((key) => !allowed.includes(key));
    if (unknown.length > 0) {
      const name = unknown[0] as string;
      const near = closestNames(name, allowed, { count: 1 })[0];
      const hint = near === undefined || allowed.length === 0 ? "" : `; did you mean ${near}?`;
      throw new ServiceError("invalid-parameter", {
        ja: `クエリパラメータ ${JSON.stringify(name)} は使えません（${allowed.length === 0 ? "このパスはクエリパラメータを取りません" : `使えるもの: ${allowed.join("、")}`}）。`,
        en: `unknown query parameter ${JSON.stringify(name)}${hint}${allowed.length === 0 ? " (this path takes none)" : ` (allowed: ${allowed.join(", ")})`}`,
      });
    }
    for (const key of allowed) {
      if (query.getAll(key).length > 1) throw new ServiceError("invalid-parameter", { ja: `クエリパラメータ ${key} が複数あります。`, en: `query parameter ${key} is given more than once` });
    }
    const rawLocale = query.get("locale");
    const locale = LocaleSchema.safeParse(rawLocale ?? "ja");
    if (!locale.success) throw new ServiceError("invalid-parameter", { ja: `locale は ja か en で指定してください（${JSON.stringify(rawLocale)} は使えません）。`, en: `locale must be ja or en, not ${JSON.stringify(rawLocale)}` });
    const asOf = query.get("asOf");
    if (asOf !== null && !IsoDateSchema.safeParse(asOf).success) {
      throw new ServiceError("invalid-parameter", { ja: `asOf は YYYY-MM-DD 形式の日付で指定してください（${JSON.stringify(asOf)} は使えません）。`, en: `asOf must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}` });
    }
    return { locale: locale.data, asOf: asOf ?? undefined };
  }

  /** The version a request pins: by its path and/or the `Infosec-Policy-Version` header (both must agree). */
  function pinned(req: IncomingMessage, pathVersion: string | undefined): ServedPolicy {
    const header = req.headers["infosec-policy-version"];
    const headerVersion = Array.isArray(header) ? header[0] : header?.trim();
    if (pathVersion !== undefined && headerVersion !== undefined && headerVersion !== pathVersion) {
      throw new ServiceError("version-conflict", {
        ja: `パスのバージョン ${JSON.stringify(pathVersion)} とヘッダ Infosec-Policy-Version ${JSON.stringify(headerVersion)} が一致しません。`,
        en: `the path pins version ${JSON.stringify(pathVersion)} but the Infosec-Policy-Version header says ${JSON.stringify(headerVersion)}`,
      });
    }
    return pinnedPolicy(served, pathVersion ?? (headerVersion === "" ? undefined : headerVersion));
  }

  function expectJson(req: IncomingMessage): void {
    const { type, utf8 } = mediaType(req);
    if (type !== "application/json" || !utf8) throw unsupportedMediaType(["application/json"], req.headers["content-type"] ?? "");
  }

  function decisions(req: IncomingMessage, res: ServerResponse, query: URLSearchParams | undefined, route: Route, pathVersion: string | undefined, requestId: string, fail: (error: unknown) => void): void {
    expectJson(req);
    const entry = pinned(req, pathVersion);
    const { locale, asOf } = requestOptions(query, route);
    // The body's end runs the decision at once (no promise): any error goes to `fail`.
    readBodyThen(req, limits.maxBodyBytes, (error, text) => {
      if (error !== undefined) return fail(error);
      try {
        decide(res, text as string, entry, locale, asOf, requestId);
      } catch (thrown) {
        fail(thrown);
      }
    });
  }

  function decide(res: ServerResponse, text: string, entry: ServedPolicy, locale: Locale, asOf: string | undefined, requestId: string): void {
    const value = parseJsonText(text, limits.maxDepth);
    const batch = Array.isArray(value);
    if (!batch && (typeof value !== "object" || value === null)) {
      throw invalidInput([
        {
          path: [],
          at: "(root)",
          message: locale === "ja" ? "対象（JSON オブジェクト）か対象の配列を送ってください。" : "expected a subject (a JSON object) or an array of subjects",
          code: "invalid_type",
        },
      ]);
    }
    const subjects: readonly unknown[] = batch ? value : [value];
    if (subjects.length > limits.maxBatch) {
      throw new ServiceError("batch-too-large", {
        ja: `一度に判定できる対象は ${limits.maxBatch} 件までです（${subjects.length} 件送られました）。`,
        en: `a batch holds at most ${limits.maxBatch} subjects, not ${subjects.length}`,
      });
    }
    const evaluateOne = evaluatorFor(entry, locale, asOf);
    // One pass over the subjects: every one is validated (a batch answers every issue), and
    // nothing is logged or counted unless all are valid.
    const made: Decision[] = new Array<Decision>(subjects.length);
    let issues: ServiceIssue[] | undefined;
    for (let index = 0; index < subjects.length; index++) {
      const result = evaluateOne(subjects[index]);
      if (result.success) made[index] = result.data;
      else (issues ??= []).push(...serviceIssues(result.error.issues, batch ? [index] : []));
    }
    if (issues !== undefined) throw invalidInput(issues);
    const time = log === undefined ? "" : logTime();
    const policy = log === undefined ? undefined : policyLog(entry);
    // A decision id per decision (crypto.randomUUID draws from a cached pool of random bytes).
    const ids: string[] = new Array<string>(made.length);
    for (let index = 0; index < made.length; index++) {
      ids[index] = randomUUID();
      metrics.decision((made[index] as Decision).outcome);
    }
    if (log !== undefined && policy !== undefined && made.length > 0) {
      if (writeText !== undefined) {
        // Every line of the request is made by one function, called when the sink writes the
        // turn's lines (the inputs' canonical JSON and hashes with them): the same text, in the
        // same order, off the path of this response. Nothing changes the inputs or the decisions
        // meanwhile (both are read only). An empty batch has no line (and so no empty line).
        const request: DecisionLogRequest = { time, requestId, policy: policyText(entry), locale, logInput };
        writeText(() => decisionLogLines(request, made, subjects, ids, batch));
      } else {
        for (let index = 0; index < made.length; index++) {
          const decision = made[index] as Decision;
          const input = subjects[index];
          const hash = logInput === "none" ? undefined : sha256(canonicalJson(input));
          const line: DecisionLogLine = {
            type: "decision",
            decisionId: ids[index] as string,
            time,
            requestId,
            ...(batch ? { batchIndex: index } : {}),
            policy,
            kind: decision.kind,
            ...(decision.subjectId === undefined ? {} : { subjectId: decision.subjectId }),
            outcome: decision.outcome,
            failingControls: controlsWith(decision, "fail"),
            manualControls: controlsWith(decision, "manual"),
            locale,
            ...(decision.asOf === undefined ? {} : { asOf: decision.asOf.date }),
            input: logInput === "full" ? { sha256: hash as string, value: input } : hash === undefined ? {} : { sha256: hash },
          };
          log.write(line);
        }
      }
    }
    const headers = batch ? ["infosec-policy-version", entry.policy.version] : ["infosec-policy-version", entry.policy.version, "infosec-decision-id", ids[0] as string];
    const answer = encoder.encode(batch ? made : (made[0] as Decision));
    // Once written, a large answer's buffer goes back to the encoder for the next batch.
    send(res, requestId, 200, answer, JSON_TYPE, headers, batch ? () => encoder.release(answer) : undefined);
  }

  async function audits(req: IncomingMessage, res: ServerResponse, query: URLSearchParams | undefined, route: Route, pathVersion: string | undefined, requestId: string): Promise<void> {
    const { type, utf8 } = mediaType(req);
    const ndjson = NDJSON_TYPES.includes(type);
    if ((!ndjson && type !== "application/json") || !utf8) throw unsupportedMediaType(["application/json", "application/x-ndjson"], req.headers["content-type"] ?? "");
    const entry = pinned(req, pathVersion);
    const { locale, asOf } = requestOptions(query, route);
    const reporter = createAuditReporter({ policy: entry.policy, locale, ...(asOf === undefined ? {} : { asOf }), generated: { at: logTime(), source: "clock" } });
    const listed: ReportedSubject[] = [];
    const issues: ServiceIssue[] = [];
    const MAX_ISSUES = 100;
    let problems = 0;
    let count = 0;
    const tooMany = (): ServiceError =>
      new ServiceError("too-many-subjects", { ja: `一度に監査できる対象は ${limits.maxAuditSubjects} 件までです。`, en: `an audit holds at most ${limits.maxAuditSubjects} subjects` });
    const take = (value: unknown, prefix: readonly (string | number)[], line?: number): void => {
      if (++count > limits.maxAuditSubjects) throw tooMany();
      const parsed = parseSubject(value, { locale, policy: entry.policy });
      if (!parsed.success) {
        const found = serviceIssues(parsed.error.issues, prefix, line);
        problems += found.length;
        issues.push(...found.slice(0, Math.max(0, MAX_ISSUES - issues.length)));
        return;
      }
      // Once the input is known to be invalid, only validation goes on: nothing will be reported.
      if (problems > 0) return;
      const reported = reporter.add(parsed.data);
      if (reported !== undefined) listed.push(reported);
    };
    const hash = createHash("sha256");
    if (ndjson) {
      for await (const line of readBodyLines(req, limits.maxLineBytes, hash)) {
        if (line.text === undefined) {
          count++;
          problems++;
          if (issues.length < MAX_ISSUES) issues.push({ path: [], at: "(root)", message: locale === "ja" ? "UTF-8 として正しくありません" : "not valid UTF-8", code: "invalid_utf8", line: line.line });
          continue;
        }
        if (line.text.trim() === "") continue;
        let value: unknown;
        try {
          value = parseJsonText(line.text, limits.maxDepth);
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          if (++count > limits.maxAuditSubjects) throw tooMany();
          problems++;
          if (issues.length < MAX_ISSUES) issues.push({ path: [], at: "(root)", message: error.text[locale], code: "invalid_json", line: line.line });
          continue;
        }
        take(value, [], line.line);
      }
    } else {
      const text = await readBody(req, limits.maxAuditBodyBytes);
      hash.update(text);
      const value = parseJsonText(text, limits.maxDepth);
      if (!Array.isArray(value)) {
        throw invalidInput([{ path: [], at: "(root)", message: locale === "ja" ? "対象の配列（または NDJSON）を送ってください。" : "expected a JSON array of subjects (or NDJSON: one subject per line)", code: "invalid_type" }]);
      }
      value.forEach((subject, index) => take(subject, [index]));
    }
    if (problems > 0) throw invalidInput(issues, problems);
    const head = { ...reporter.head(), inputs: [{ name: "request body", subjects: count }] };
    if (log !== undefined) {
      log.write({
        type: "audit",
        decisionId: randomUUID(),
        time: logTime(),
        requestId,
        policy: policyLog(entry),
        subjects: count,
        outcomes: { ...head.outcomes },
        outcome: reportOutcome(head),
        failingControls: head.controls.filter((row) => row.fail > 0).map((row) => row.control),
        locale,
        ...(asOf === undefined ? {} : { asOf }),
        input: logInput === "none" ? {} : { sha256: hash.digest("hex") },
      });
    }
    const writer = jsonWriter();
    const parts = [writer.head(head)];
    listed.forEach((subject, position) => parts.push(writer.subject(subject, position, head)));
    parts.push(writer.tail(head, listed.length));
    send(res, requestId, 200, parts.join(""), JSON_TYPE, ["infosec-policy-version", entry.policy.version]);
  }

  function policySummary(entry: ServedPolicy) {
    const overlay = entry.policy.overlays[entry.policy.overlays.length - 1];
    return {
      id: entry.policy.id,
      version: entry.policy.version,
      base: entry.base,
      current: entry.current,
      effectiveDate: entry.policy.effectiveDate,
      title: entry.policy.title,
      overlay: overlay === undefined ? null : { id: overlay.id, version: overlay.version, name: overlay.name },
      controls: entry.policy.controls.length,
    };
  }

  function get(req: IncomingMessage, res: ServerResponse, requestId: string, query: URLSearchParams | undefined, match: Match): void {
    const { route, param } = match;
    if (route !== "/v1/controls/{id}") requestOptions(query, route);
    switch (route) {
      case "/healthz":
        return sendJson(res, requestId, 200, { status: "ok" });
      case "/readyz":
        return draining ? sendJson(res, requestId, 503, { status: "draining" }) : sendJson(res, requestId, 200, { status: "ready", policies: served.map((entry) => entry.policy.version) });
      case "/metrics":
        return send(res, requestId, 200, metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
      case "/openapi.json":
        openapi ??= JSON.stringify(openApiDocument(served, limits));
        return send(res, requestId, 200, openapi);
      case "/v1/policies":
        return sendJson(res, requestId, 200, { package: packageVersion, current: pinnedPolicy(served, undefined).base, policies: served.map(policySummary) });
      case "/v1/policies/{version}": {
        const entry = pinnedPolicy(served, param);
        const { controls, parameters: _parameters, ...data } = entry.policy;
        return sendJson(res, requestId, 200, { ...policySummary(entry), policy: { ...data, controls: controls.map((control) => controlJson(entry.policy, control)) } });
      }
      case "/v1/controls/{id}": {
        const entry = pinned(req, undefined);
        requestOptions(query, route);
        const control = findControl(param as string, entry.policy.controls);
        if (control === undefined) {
          const ids = entry.policy.controls.map((candidate) => candidate.id);
          throw new ServiceError(
            "unknown-control",
            { ja: `管理策 ${JSON.stringify(param)} はありません。`, en: `no control ${JSON.stringify(param)} in policy ${entry.policy.version}` },
            { suggestions: closestNames(param as string, ids) },
          );
        }
        return sendJson(res, requestId, 200, { policy: { id: entry.policy.id, version: entry.policy.version }, control: controlJson(entry.policy, control) });
      }
      case "/v1/clauses/{ref}": {
        const entry = pinned(req, undefined);
        const clause = findClause(param as string);
        if (clause === undefined) {
          throw new ServiceError(
            "unknown-clause",
            { ja: `条項 ${JSON.stringify(param)} はありません。`, en: `no clause ${JSON.stringify(param)} in the basic policy` },
            { suggestions: closestNames(param as string, allClauses.map((candidate) => candidate.ref)) },
          );
        }
        return sendJson(res, requestId, 200, { clause, controls: controlsForClause(clause.ref, entry.policy.controls).map((control) => control.id) });
      }
      case "/v1/schemas":
        return sendJson(res, requestId, 200, { schemas: serviceSchemaNames.map((name) => ({ name, $id: serviceSchemaFor(name)?.["$id"], href: `/v1/schemas/${name}` })) });
      case "/v1/schemas/{name}": {
        const schema = serviceSchemaFor(param as string);
        if (schema === undefined) {
          throw new ServiceError("unknown-schema", { ja: `スキーマ ${JSON.stringify(param)} はありません。`, en: `no schema ${JSON.stringify(param)}` }, { suggestions: closestNames(param as string, serviceSchemaNames) });
        }
        return send(res, requestId, 200, JSON.stringify(schema), "application/schema+json");
      }
      default:
        throw notFound();
    }
  }

  function notFound(): ServiceError {
    return new ServiceError("not-found", { ja: "そのパスはありません。GET /openapi.json に全てのパスがあります。", en: "no such path; GET /openapi.json lists every path" });
  }

  /** Handles a request on its route; errors are thrown (synchronously), given to `fail`, or reject the promise returned (audits). */
  function route(req: IncomingMessage, res: ServerResponse, requestId: string, match: Match, query: URLSearchParams | undefined, fail: (error: unknown) => void): Promise<void> | void {
    if (match.route === "unmatched") throw notFound();
    if (!match.methods.includes(req.method ?? "")) {
      throw new ServiceError(
        "method-not-allowed",
        { ja: `${match.route} は ${match.methods.filter((m) => m !== "HEAD").join("、")} のみ受け付けます。`, en: `${match.route} accepts ${match.methods.filter((m) => m !== "HEAD").join(", ")} only` },
        { headers: { allow: match.methods.join(", ") } },
      );
    }
    if (match.route === "/v1/decisions" || match.route === "/v1/policies/{version}/decisions") return decisions(req, res, query, match.route, match.param, requestId, fail);
    if (match.route === "/v1/audits" || match.route === "/v1/policies/{version}/audits") return audits(req, res, query, match.route, match.param, requestId);
    return get(req, res, requestId, query, match);
  }

  // Request timeouts: one timer for the service, not one per request. The requests in flight are
  // kept in arrival order (a Set keeps insertion order), so the oldest is the first to time out;
  // the timer is set for its deadline, and when it fires, every request past its deadline is
  // answered 408 and the timer is set for the next oldest. A request that finishes only leaves the
  // set: the timer may then fire for nothing, and is set again, at most about once per timeout
  // under steady load. Each request times out after requestTimeoutMs, as with a timer of its own.
  const open = new Set<Exchange>();
  let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number): void => {
    deadlineTimer = setTimeout(expire, ms);
    deadlineTimer.unref();
  };
  function expire(): void {
    deadlineTimer = undefined;
    const now = performance.now();
    for (const exchange of open) {
      const due = exchange.started + limits.requestTimeoutMs;
      if (due > now) return arm(due - now);
      open.delete(exchange);
      if (!exchange.res.headersSent) {
        sendError(exchange.res, exchange.requestId, new ServiceError("request-timeout", { ja: `${limits.requestTimeoutMs} ms 以内に処理を終えられませんでした。`, en: `the request took longer than ${limits.requestTimeoutMs} ms` }), {
          connection: "close",
        });
      }
      exchange.req.destroy();
    }
  }

  const handler = ((req: IncomingMessage, res: ServerResponse): void => {
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    const exchange: Exchange = { req, res, requestId, started: performance.now(), route: "unmatched" };
    inFlight++;
    metrics.inFlight = inFlight;
    open.add(exchange);
    if (deadlineTimer === undefined) arm(limits.requestTimeoutMs);
    // A response emits 'close' once, after 'finish' (the next tick) or when its connection closes
    // first: one listener is enough.
    res.on("close", () => {
      open.delete(exchange);
      metrics.request(exchange.route, req.method ?? "", res.statusCode, (performance.now() - exchange.started) / 1e3);
      finished();
    });
    const fail = (error: unknown): void => {
      const known =
        error instanceof ServiceError
          ? error
          : new ServiceError("internal-error", { ja: "サービス内部のエラーです（入力の問題ではありません）。", en: "internal error of the service (not a problem with the input)" });
      // After a refused body (too large, a line too long), the rest of it is not read: the connection closes.
      const close = known.status === 413 || known.status === 408 || !req.complete;
      sendError(res, requestId, known, close ? { connection: "close" } : {});
      // The unread rest of the body is read and dropped (bounded by the request timeout), so the
      // client gets the answer rather than a reset connection.
      if (close && !req.destroyed) req.resume();
    };
    let target: Target;
    try {
      target = requestTarget(req.url ?? "/");
      exchange.route = target.match.route;
      if (draining) throw new ServiceError("shutting-down", { ja: "サービスは停止中です。別のインスタンスに送ってください。", en: "the service is shutting down; send the request to another instance" }, { headers: { connection: "close", "retry-after": "1" } });
      if (inFlight > limits.maxConcurrent) {
        throw new ServiceError("too-many-requests", { ja: `同時に処理できる要求は ${limits.maxConcurrent} 件までです。少し待ってから送り直してください。`, en: `more than ${limits.maxConcurrent} requests at once; retry shortly` }, { headers: { "retry-after": "1" } });
      }
    } catch (error) {
      fail(error);
      return;
    }
    // An error the route throws at once is answered a microtask later, as when it was an async
    // function: a request without a body is complete by then (so its connection stays open).
    let answered: Promise<void> | void;
    try {
      answered = route(req, res, requestId, target.match, target.query, fail);
    } catch (error) {
      answered = Promise.reject(error);
    }
    answered?.catch(fail);
  }) as ServiceHandler;

  Object.defineProperties(handler, {
    metrics: { value: metrics },
    limits: { value: limits },
    policies: { value: served },
    inFlight: { value: () => inFlight },
    drain: {
      value: () => {
        draining = true;
      },
    },
    idle: { value: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))) },
  });
  return handler;
}
