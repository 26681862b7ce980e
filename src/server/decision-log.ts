import { createHash, hash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import type { Writable } from "node:stream";
import { z } from "zod";
import { OutcomeSchema } from "../decision/decision.js";
import type { Decision } from "../decision/decision.js";
import { LocaleSchema } from "../definitions/localized-text.js";
import { SubjectKindSchema } from "../subjects/subject.js";

/** How much of a decision's input a log line keeps: its SHA-256 only (`hash`, the default), the input itself too (`full`), or nothing (`none`). */
export const LogInputSchema = z.enum(["hash", "full", "none"]).describe("How much of the input a decision log line keeps: hash (SHA-256 only), full (the input and its hash) or none.");

/** How much of a decision's input a log line keeps. */
export type LogInput = z.infer<typeof LogInputSchema>;

const PolicyLogSchema = z
  .object({
    id: z.string().describe("The id of the policy that made the decision (with +<overlay id> for an extended policy)."),
    version: z.string().describe("The version of the policy that made the decision (semver; with +<overlay version> for an extended policy)."),
    base: z.string().describe("The shipped base version the request was pinned to, or the current one."),
    overlay: z
      .object({
        id: z.string().describe("The overlay's id."),
        version: z.string().describe("The overlay's own version."),
      })
      .strict()
      .nullable()
      .describe("The overlay (the organisation's own standards, 対策基準) the service loaded at start, or null for none."),
  })
  .strict()
  .describe("The policy that made the decision.");

const InputLogSchema = z
  .object({
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe("SHA-256 (lowercase hex) of the input's canonical JSON: JSON.stringify with every object's keys sorted, as UTF-8. Absent with --log-input none."),
    value: z.unknown().optional().describe("The input itself, with --log-input full only."),
  })
  .strict()
  .describe("The input, as configured: its hash, the input itself too, or nothing.");

/** One line of the decision log for a decision of `POST /v1/decisions` (one per subject of a batch). */
export const DecisionLogLineSchema = z
  .object({
    type: z.literal("decision").describe("A decision of POST /v1/decisions (one line per subject of a batch)."),
    decisionId: z.uuid().describe("A random UUID naming this decision in the log; the same as the response's Infosec-Decision-Id header (for a batch, the ids are listed in order)."),
    time: z.iso.datetime({ offset: true }).describe("When the service made the decision, by its own clock (the engine never reads the clock): an ISO date-time in UTC."),
    requestId: z.string().min(1).max(200).describe("The request's X-Request-Id header, or one the service generated (a UUID); the response repeats it."),
    batchIndex: z.number().int().min(0).optional().describe("The subject's position in a batch request (from 0); absent for a single subject."),
    policy: PolicyLogSchema,
    kind: SubjectKindSchema.describe("The subject's kind."),
    subjectId: z.string().optional().describe("The subject's own id, if it gave one."),
    outcome: OutcomeSchema.describe("The decision's outcome."),
    failingControls: z.array(z.string()).describe("The ids of the controls whose finding is fail, in canonical order."),
    manualControls: z.array(z.string()).describe("The ids of the controls whose finding is manual (a fact was missing), in canonical order."),
    locale: LocaleSchema.describe("The language of the decision's reasons."),
    asOf: z.string().optional().describe("The date the decision was judged as of (the asOf option, or the subject's own), if any."),
    input: InputLogSchema,
  })
  .strict()
  .describe("One decision of the decision service.");

/** One line of the decision log for an audit of `POST /v1/audits` (one per request). */
export const AuditLogLineSchema = z
  .object({
    type: z.literal("audit").describe("An audit of POST /v1/audits (one line per request, not per subject)."),
    decisionId: z.uuid().describe("A random UUID naming this audit in the log; the same as the response's Infosec-Decision-Id header."),
    time: z.iso.datetime({ offset: true }).describe("When the service finished the audit, by its own clock: an ISO date-time in UTC."),
    requestId: z.string().min(1).max(200).describe("The request's X-Request-Id header, or one the service generated (a UUID)."),
    policy: PolicyLogSchema,
    subjects: z.number().int().min(0).describe("How many subjects the inventory held."),
    outcomes: z
      .object({
        compliant: z.number().int().min(0).describe("Subjects that are compliant."),
        "non-compliant": z.number().int().min(0).describe("Subjects that are non-compliant."),
        "needs-review": z.number().int().min(0).describe("Subjects that need review."),
        "not-applicable": z.number().int().min(0).describe("Subjects that are not applicable (outside 5(1))."),
      })
      .strict()
      .describe("How many subjects had each outcome."),
    outcome: OutcomeSchema.describe("The report's overall outcome (the worst subject's)."),
    failingControls: z.array(z.string()).describe("The ids of the controls that failed for at least one subject, in canonical order."),
    locale: LocaleSchema.describe("The language of the report."),
    asOf: z.string().optional().describe("The asOf date of the audit, if given."),
    input: z
      .object({
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional()
          .describe("SHA-256 (lowercase hex) of the request body's bytes as received (the inventory is streamed, not kept). Absent with --log-input none."),
      })
      .strict()
      .describe("The inventory's hash (an audit never logs the inventory itself)."),
  })
  .strict()
  .describe("One audit of the decision service.");

/** One line of the decision log (NDJSON): a decision, or an audit; discriminated by `type`. */
export const DecisionLogSchema = z.discriminatedUnion("type", [DecisionLogLineSchema, AuditLogLineSchema]).describe("One line of the decision service's decision log (NDJSON).");

/** One line of the decision log. */
export type DecisionLogEntry = z.infer<typeof DecisionLogSchema>;
/** A decision line of the decision log. */
export type DecisionLogLine = z.infer<typeof DecisionLogLineSchema>;
/** An audit line of the decision log. */
export type AuditLogLine = z.infer<typeof AuditLogLineSchema>;

/**
 * The canonical JSON of a value: `JSON.stringify` with every object's keys sorted (code-unit
 * order), no spaces. What the decision log hashes, so that a client can recompute the hash.
 *
 * @param value - Plain JSON data.
 * @returns The canonical JSON text.
 * @example
 * ```ts
 * import { canonicalJson } from "@miyagi-kouiki/infosec-policy/server";
 *
 * canonicalJson({ zone: "mynumber", kind: "sign-in" }); // '{"kind":"sign-in","zone":"mynumber"}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  // Plain JSON data (what JSON.parse gives) is written by one native JSON.stringify, of the value
  // itself where its keys are already in order, or of copies of the objects whose keys are not;
  // anything else (undefined, a function, a Date, a key that is an array index, which objects
  // enumerate first) by the general writer below. Both give the same text.
  const sorted = sortedPlain(value);
  return sorted === NOT_PLAIN ? generalCanonicalJson(value) : (JSON.stringify(sorted) as string);
}

/** Marks a value that {@link sortedPlain} does not copy. */
const NOT_PLAIN: unique symbol = Symbol("not plain JSON data");

/**
 * Plain JSON data with every object's keys in code-unit order: the value itself if they already
 * are, otherwise copies of what is not; or NOT_PLAIN for anything JSON.stringify might write
 * otherwise than the general writer.
 */
function sortedPlain(value: unknown): unknown {
  if (typeof value !== "object") return typeof value === "string" || typeof value === "boolean" || typeof value === "number" ? value : NOT_PLAIN;
  if (value === null) return value;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype || typeof (value as { toJSON?: unknown }).toJSON === "function") return NOT_PLAIN;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const sorted = sortedPlain(item);
      if (sorted === NOT_PLAIN) return NOT_PLAIN;
      if (sorted !== item) (copy ??= value.slice())[i] = sorted;
    }
    return copy ?? value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if ((prototype !== Object.prototype && prototype !== null) || typeof (value as { toJSON?: unknown }).toJSON === "function") return NOT_PLAIN;
  const keys = Object.keys(value);
  let inOrder = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const first = key.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) return NOT_PLAIN; // maybe an array index
    if (i > 0 && (keys[i - 1] as string) > key) inOrder = false;
  }
  if (!inOrder) {
    keys.sort();
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      const sorted = sortedPlain((value as Record<string, unknown>)[key]);
      if (sorted === NOT_PLAIN) return NOT_PLAIN;
      put(copy, key, sorted);
    }
    return copy;
  }
  let copy: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item: unknown = (value as Record<string, unknown>)[key];
    const sorted = sortedPlain(item);
    if (sorted === NOT_PLAIN) return NOT_PLAIN;
    if (sorted !== item && copy === undefined) {
      copy = {};
      for (let j = 0; j < i; j++) put(copy, keys[j] as string, (value as Record<string, unknown>)[keys[j] as string]);
    }
    if (copy !== undefined) put(copy, key, sorted);
  }
  return copy ?? value;
}

/** Sets a member of a copy; a `__proto__` key stays a key (an assignment would set the copy's prototype). */
function put(copy: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  else copy[key] = value;
}

/** The canonical JSON of any value, member by member. */
function generalCanonicalJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      text += `${i === 0 ? "" : ","}${item === undefined ? "null" : generalCanonicalJson(item)}`;
    }
    return `${text}]`;
  }
  const keys = Object.keys(value).sort();
  let text = "{";
  let first = true;
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    text += `${first ? "" : ","}${JSON.stringify(key)}:${generalCanonicalJson(item)}`;
    first = false;
  }
  return `${text}}`;
}

/** The SHA-256 (lowercase hex) of a string's UTF-8 or of bytes. */
export function sha256(data: string | Uint8Array): string {
  // crypto.hash (Node 20.12 and later) is the one-shot form, without a Hash object per call.
  return typeof hash === "function" ? hash("sha256", data, "hex") : createHash("sha256").update(data).digest("hex");
}

/** The ids of a decision's controls with a given status. */
export function controlsWith(decision: Decision, status: "fail" | "manual"): string[] {
  const ids: string[] = [];
  for (const finding of decision.findings) if (finding.status === status) ids.push(finding.control);
  return ids;
}

// C1 controls, bidi overrides and isolates, line and paragraph separators: escaped in a log line
// (still the same JSON), so that a log read on a terminal shows an input's text, never runs it.
const UNSAFE = /[\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A decision log line as text: its JSON on one line, with every character that could reorder or
 * hide text on a terminal written as a `\uXXXX` escape (`JSON.parse` gives back the same value).
 *
 * @param entry - The line.
 * @returns One line of JSON, without a line break.
 */
export function logLine(entry: DecisionLogEntry): string {
  return JSON.stringify(entry).replace(UNSAFE, escapeUnsafe);
}

/** A string's JSON with every character {@link logLine} escapes escaped: a piece of a log line. */
function safeJson(text: string): string {
  // Printable ASCII without `"` or a backslash (ids, dates, hashes, enum values) is its own JSON, quoted.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return JSON.stringify(text).replace(UNSAFE, escapeUnsafe);
  }
  return `"${text}"`;
}

function escapeUnsafe(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * The text of a log line's `policy` member, as {@link logLine} writes it (escapes included).
 *
 * @param policy - The line's policy.
 * @returns Its JSON.
 * @internal
 */
export function policyLogText(policy: DecisionLogLine["policy"]): string {
  return JSON.stringify(policy).replace(UNSAFE, escapeUnsafe);
}

/**
 * The text of a log line's `input` member, as {@link logLine} writes it (escapes included).
 *
 * @param sha256 - The input's hash, if logged.
 * @param value - The input itself, if logged (`full`).
 * @returns Its JSON.
 * @internal
 */
export function inputLogText(sha256: string | undefined, value?: { readonly value: unknown }): string {
  if (sha256 === undefined) return "{}";
  const hash = `{"sha256":${safeJson(sha256)}`;
  if (value === undefined) return `${hash}}`;
  const json = JSON.stringify(value.value) as string | undefined;
  return json === undefined ? `${hash}}` : `${hash},"value":${json.replace(UNSAFE, escapeUnsafe)}}`;
}

/** What every decision line of one request shares, for {@link decisionLogLines}. */
export interface DecisionLogRequest {
  /** When the service made the request's decisions (the lines' `time`). */
  readonly time: string;
  /** The request's id. */
  readonly requestId: string;
  /** `policyLogText(line.policy)`, built once per served policy. */
  readonly policy: string;
  /** The language of the decisions' reasons. */
  readonly locale: string;
  /** How much of each input the lines keep. */
  readonly logInput: LogInput;
}

/**
 * The decision lines of one request, as text: one line per decision, in order, separated by line
 * breaks (none after the last); each the same text as {@link logLine} of its
 * {@link DecisionLogLine} (the same members in the same order, the same escapes). What the request
 * shares (`time`, `requestId`, `policy`, `locale`) is written once, and each decision's failing
 * and manual controls are read in one pass over its findings: the service makes every line of a
 * batch in one call, off the path of its response. A test checks it against `logLine`.
 *
 * @param request - What the lines share.
 * @param decisions - The decisions, in order.
 * @param inputs - Each decision's input (the subject as received), hashed as its `input.sha256` (canonical JSON, SHA-256).
 * @param ids - Each decision's id.
 * @param batch - Whether the request was a batch (each line then has its `batchIndex`).
 * @returns The lines, without a final line break.
 * @internal
 */
export function decisionLogLines(request: DecisionLogRequest, decisions: readonly Decision[], inputs: readonly unknown[], ids: readonly string[], batch: boolean): string {
  const head = `,"time":${safeJson(request.time)},"requestId":${safeJson(request.requestId)}`;
  const policy = `,"policy":${request.policy},"kind":`;
  const locale = `,"locale":${safeJson(request.locale)}`;
  const logInput = request.logInput;
  let text = "";
  for (let i = 0; i < decisions.length; i++) {
    const decision = decisions[i] as Decision;
    let fail = "";
    let manual = "";
    const findings = decision.findings;
    for (let j = 0; j < findings.length; j++) {
      const finding = findings[j] as Decision["findings"][number];
      if (finding.status === "fail") fail += fail === "" ? safeJson(finding.control) : `,${safeJson(finding.control)}`;
      else if (finding.status === "manual") manual += manual === "" ? safeJson(finding.control) : `,${safeJson(finding.control)}`;
    }
    if (i > 0) text += "\n";
    text += `{"type":"decision","decisionId":${safeJson(ids[i] as string)}${head}`;
    if (batch) text += `,"batchIndex":${i}`;
    text += `${policy}${safeJson(decision.kind)}`;
    if (decision.subjectId !== undefined) text += `,"subjectId":${safeJson(decision.subjectId)}`;
    text += `,"outcome":${safeJson(decision.outcome)},"failingControls":[${fail}],"manualControls":[${manual}]${locale}`;
    if (decision.asOf !== undefined) text += `,"asOf":${safeJson(decision.asOf.date)}`;
    if (logInput === "none") {
      text += ',"input":{}}';
      continue;
    }
    const input = inputs[i];
    const hash = sha256(canonicalJson(input));
    // The hash is lowercase hex: its own JSON, quoted.
    text += logInput === "hash" ? `,"input":{"sha256":"${hash}"}}` : `,"input":${inputLogText(hash, { value: input })}}`;
  }
  return text;
}

/**
 * The decision log sink's way to take lines as text (from {@link decisionLogLines}: one line, or
 * several separated by line breaks, without a final one), or a function making that text (the service hands one per request): a member of the sinks
 * {@link decisionLogSink} makes, under a symbol so that it is no part of {@link DecisionLogSink}.
 * A sink without it gets `write(entry)`. A function is called when the sink writes the lines of a
 * turn (in order, before the write), so that the work of every line of the turn (the inputs'
 * canonical JSON and hashes, the lines' text) is done together, in one loop, off the path of the
 * responses.
 *
 * @internal
 */
export const WRITE_TEXT: unique symbol = Symbol("infosec-policy.decision-log.write-text");

/** Lines for {@link WRITE_TEXT}: their text (lines separated by line breaks, none after the last), or a function making it. */
export type LineText = string | (() => string);

/** The size of a file sink's buffer: the lines of a turn are written from it in one write while they fit. */
const LOG_BUFFER_BYTES = 64 * 1024;

/** Where decision log lines go. */
export interface DecisionLogSink {
  /** Writes one line (without its line break). */
  write(entry: DecisionLogEntry): void;
  /** Writes whatever is buffered and resolves once it is written (the file closed, for a file). */
  close(): Promise<void>;
}

/**
 * A decision log sink writing NDJSON to a stream (standard output) or to a file (appended).
 * Lines are written in the order of the decisions, in batches: the lines of one turn of the event
 * loop in one write at the end of that turn. A file is appended to with one synchronous `write`
 * per turn (as Node writes standard output to a file or a pipe; a turn whose lines exceed the
 * sink's buffer, in one write per buffer: 64 kB, grown to fit the largest text it is handed, such as a batch's lines): no thread-pool round trip per batch, and a line is
 * in the file before the next turn begins. To a stream, at most one write is
 * under way; lines that arrive meanwhile go out together in the next. `close` writes whatever is
 * gathered and waits for it, so that a graceful stop (SIGTERM) loses no line of a request that
 * was answered.
 *
 * @param target - `"-"` for standard output, a file path, or a writable stream.
 * @returns The sink.
 */
export function decisionLogSink(target: string | Writable): DecisionLogSink {
  // A file is opened now (an unwritable path throws here, before the service starts).
  const fd = typeof target === "string" && target !== "-" ? openSync(target, "a") : undefined;
  const stream: Writable | undefined = fd !== undefined ? undefined : target === "-" ? process.stdout : (target as Writable);
  let failed: Error | undefined;
  stream?.on("error", (error: Error) => {
    failed = error;
  });
  let pending: LineText[] = [];
  let scheduled = false;
  let writing = false;
  let closed = false;
  let settled: (() => void)[] = [];
  // A file's lines are encoded into this buffer, reused by every write (a file write is
  // synchronous: nothing holds the buffer after it); it grows to fit the longest line.
  let out = fd === undefined ? undefined : Buffer.allocUnsafeSlow(LOG_BUFFER_BYTES);
  const written = (error?: Error | null): void => {
    writing = false;
    if (error) failed ??= error;
    if (pending.length > 0 && failed === undefined) flush();
    if (writing) return;
    const waiting = settled;
    settled = [];
    for (const resolve of waiting) resolve();
  };
  /** A line's text; undefined (the sink failed) if the function making it threw. */
  const textOf = (item: LineText): string | undefined => {
    if (typeof item === "string") return item;
    try {
      return item();
    } catch (error) {
      failed ??= error as Error;
      return undefined;
    }
  };
  /** Writes the file buffer's first `used` bytes. */
  const writeOut = (buffer: Buffer, used: number): void => {
    for (let offset = 0; offset < used; ) offset += writeSync(fd as number, buffer, offset, used - offset);
  };
  const flush = (): void => {
    scheduled = false;
    if (writing || pending.length === 0) return;
    const lines = pending;
    pending = [];
    if (fd !== undefined) {
      try {
        let buffer = out as Buffer;
        let used = 0;
        for (let i = 0; i < lines.length; i++) {
          const line = textOf(lines[i] as LineText);
          if (line === undefined) continue;
          // At most 3 bytes a UTF-16 unit, and the line break: written out first if it may not fit.
          const most = 3 * line.length + 1;
          if (used + most > buffer.length) {
            writeOut(buffer, used);
            used = 0;
            if (most > buffer.length) out = buffer = Buffer.allocUnsafeSlow(Math.max(most, 2 * buffer.length));
          }
          used += buffer.write(line, used, "utf8");
          buffer[used++] = 10;
        }
        writeOut(buffer, used);
      } catch (error) {
        failed ??= error as Error;
      }
      return;
    }
    let text = "";
    for (let i = 0; i < lines.length; i++) {
      const line = textOf(lines[i] as LineText);
      if (line !== undefined) text += `${line}\n`;
    }
    if (text === "") return;
    writing = true;
    (stream as Writable).write(text, written);
  };
  /** Resolves once nothing is pending and no write is under way (or the stream failed). */
  const settle = async (): Promise<void> => {
    flush();
    while (writing) {
      await new Promise<void>((resolve) => settled.push(resolve));
      flush();
    }
  };
  const writeText = (line: LineText): void => {
    if (failed !== undefined) throw failed;
    if (closed) throw new Error("the decision log is closed");
    pending.push(line);
    if (!scheduled && !writing) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  const sink: DecisionLogSink & { [WRITE_TEXT]: (line: LineText) => void } = {
    [WRITE_TEXT]: writeText,
    write(entry) {
      writeText(logLine(entry));
    },
    async close() {
      await settle();
      if (fd !== undefined) {
        if (!closed) closeSync(fd);
        closed = true;
        return;
      }
      const out = stream as Writable;
      await new Promise<void>((resolve) => {
        // Standard output or a caller's stream stays open: wait until what was written is flushed.
        if (out.writableNeedDrain) out.once("drain", () => resolve());
        else out.write("", () => resolve());
      });
    },
  };
  return sink;
}
