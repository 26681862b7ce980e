import type { Locale } from "../definitions/localized-text.js";
import { isChecklistAnswers, parseChecklistAnswers } from "../report/checklist-answers.js";
import type { Policy } from "../policy/policy.js";
import type { Subject } from "../subjects/subject.js";
import type { InputIssue } from "../validation/input-error.js";
import { exceptionControlIssues, parseSubject } from "../validation/safe-evaluate.js";
import { jsonGuard } from "./json-guard.js";
import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import { escapeTerminal } from "../report/escape-text.js";
import { invalidInput } from "./cli-error.js";
import { describeJsonError, INPUT_LIMITS, parseJson, readLineBlocks, readText, tooDeep, type InputSource } from "./io.js";

/** What to do with each subject read, and with each problem found. */
export interface SubjectSink {
  /**
   * A valid subject, with its zero-based position among the subjects; and, when the guard's fast
   * path read it, the guard's copy (what `guardSubject` gives for it), so that a reporter need not
   * guard it a second time.
   */
  subject(subject: Subject, index: number, guarded?: Subject): void;
  /** One problem, as a line ready to print (`file:line: path: message`). */
  problem(line: string): void;
}

/** How many subjects were read, and how many were invalid. */
export interface ReadSummary {
  /** Values read (valid or not). */
  readonly count: number;
  /** Values that were not valid JSON or not a valid subject. */
  readonly invalid: number;
  /** Whether the input was one JSON object (not an array, not NDJSON). */
  readonly single: boolean;
}

/**
 * A subject from a parsed JSON value: a subject, or a self-inspection answers file (which becomes
 * an `organization` subject).
 */
export function toSubject(value: unknown, locale: Locale = "ja", policy?: Policy): { ok: true; subject: Subject } | { ok: false; issues: readonly InputIssue[] } {
  const read = toGuardedSubject(value, locale, policy);
  return read.ok && read.guarded !== undefined ? { ok: true, subject: read.subject } : read;
}

/**
 * {@link toSubject}, and for a subject the guard's fast path read, the guard's copy of it too
 * (`guardSubject`'s answer for the value), so that the audit's reporter does not guard it again.
 *
 * @param value - A value JSON.parse returned (or an entry of one), that nothing else holds: the
 *   fast path reads it without descriptor reads (src/cli/json-guard.ts), sound only for such data.
 */
export function toGuardedSubject(value: unknown, locale: Locale = "ja", policy?: Policy): { ok: true; subject: Subject; guarded?: Subject } | { ok: false; issues: readonly InputIssue[] } {
  if (policy === undefined || policy.classificationScheme === undefined || policy.classificationScheme === guidelineClassificationScheme) {
    // The value comes from JSON.parse: plain data that only this call holds, so the guard's fast
    // path can read it as it is, in the form that reads each value directly rather than through
    // its descriptor (src/cli/json-guard.ts: sound for JSON.parse's values only, and equal to
    // fastGuard there, test/cli/json-guard.test.ts). What that path accepts, the full guard and the zod schemas accept
    // too (test/invariants/11, test/engine/guard-fast-differential.test.ts), and zod's strict
    // schemas (no defaults, no transforms) would hand back the same fields and values; so a valid
    // subject is the parsed value itself, without parseSubject's copy by zod and its full guard
    // (most of the CLI's time per subject). The value, not the guard's copy: that copy holds every
    // optional field (as undefined) and so would send each subject through the full guard again
    // when it is evaluated. Anything else (invalid input, checklist answers) goes the full way,
    // worded as before.
    const guarded = jsonGuard(value);
    if (guarded !== undefined) {
      const subject = value as Subject;
      const issues = exceptionControlIssues(subject, policy);
      return issues.length === 0 ? { ok: true, subject, guarded } : { ok: false, issues };
    }
  }
  const parsed = isChecklistAnswers(value) ? parseChecklistAnswers(value, { locale }) : parseSubject(value, policy === undefined ? { locale } : { locale, policy });
  return parsed.success ? { ok: true, subject: parsed.data as Subject } : { ok: false, issues: parsed.error.issues };
}

function issueLines(prefix: string, issues: readonly InputIssue[], arrayIndex?: number): string[] {
  return issues.map((issue) => {
    const at = arrayIndex === undefined ? issue.at : issue.path.length === 0 ? `[${arrayIndex}]` : `[${arrayIndex}]${issue.at.startsWith("[") ? "" : "."}${issue.at}`;
    return `${prefix}${at === "(root)" ? "" : `${at}: `}${issue.message}`;
  });
}

/**
 * Reads subjects from an input and hands each valid one to the sink, in order; every problem is
 * handed over as it is found (with its line for NDJSON, its array index and path for JSON).
 * NDJSON is streamed line by line, so memory stays flat whatever the input's size; blank lines are
 * skipped. A JSON input is one subject (if `single` allows) or an array of subjects.
 *
 * Each problem is worded in `locale` (the command's `--lang`, default `ja`). An exception naming a
 * control that `policy` (default: the current one) does not have is a problem.
 *
 * @throws CliError (65) if a JSON input is not valid JSON, or not an array (nor, with `single`, an object).
 */
export async function readSubjects(source: InputSource, output: SubjectSink, single: boolean, locale: Locale = "ja", policy?: Policy): Promise<ReadSummary> {
  // A problem line quotes the input (a key, a value, the file name): shown, not run.
  const sink: SubjectSink = { subject: (subject, index, guarded) => output.subject(subject, index, guarded), problem: (line) => output.problem(escapeTerminal(line)) };
  let count = 0;
  let invalid = 0;
  if (source.ndjson) {
    for await (const block of readLineBlocks(source)) {
      for (const { text, line, problem } of block) {
        if (problem !== undefined) {
          count++;
          invalid++;
          sink.problem(problem);
          continue;
        }
        if (text.trim() === "") continue;
        count++;
        const deep = tooDeep(text);
        if (deep !== undefined) {
          invalid++;
          sink.problem(`${source.name}:${line}: nested deeper than ${INPUT_LIMITS.depth} levels at column ${deep.column} (the most the CLI reads)`);
          continue;
        }
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          invalid++;
          sink.problem(`${source.name}:${line}: ${describeJsonError(text, error)}`);
          continue;
        }
        const result = toGuardedSubject(value, locale, policy);
        if (result.ok) sink.subject(result.subject, count - 1, result.guarded);
        else {
          invalid++;
          for (const problem of issueLines(`${source.name}:${line}: `, result.issues)) sink.problem(problem);
        }
      }
    }
    return { count, invalid, single: false };
  }
  const value = parseJson(await readText(source), source.name);
  const values: readonly unknown[] = Array.isArray(value) ? value : single && typeof value === "object" && value !== null ? [value] : [];
  if (!Array.isArray(value) && values.length === 0) {
    throw invalidInput(`${source.name}: expected ${single ? "a subject (a JSON object) or an array of subjects" : "a JSON array of subjects (or NDJSON: one subject per line)"}`);
  }
  for (const entry of values) {
    count++;
    const result = toGuardedSubject(entry, locale, policy);
    if (result.ok) sink.subject(result.subject, count - 1, result.guarded);
    else {
      invalid++;
      for (const problem of issueLines(`${source.name}: `, result.issues, Array.isArray(value) ? count - 1 : undefined)) sink.problem(problem);
    }
  }
  return { count, invalid, single: !Array.isArray(value) };
}
