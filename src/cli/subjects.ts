import { isChecklistAnswers, parseChecklistAnswers } from "../report/checklist-answers.js";
import type { Policy } from "../policy/policy.js";
import type { Subject } from "../subjects/subject.js";
import type { InputIssue } from "../validation/input-error.js";
import { parseSubject } from "../validation/safe-evaluate.js";
import { invalidInput } from "./cli-error.js";
import { describeJsonError, parseJson, readLines, readText, type InputSource } from "./io.js";

/** What to do with each subject read, and with each problem found. */
export interface SubjectSink {
  /** A valid subject, with its zero-based position among the subjects. */
  subject(subject: Subject, index: number): void;
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
export function toSubject(value: unknown, policy?: Policy): { ok: true; subject: Subject } | { ok: false; issues: readonly InputIssue[] } {
  const parsed = isChecklistAnswers(value) ? parseChecklistAnswers(value) : parseSubject(value, policy);
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
 * An exception naming a control that `policy` (default: the current one) does not have is a problem.
 *
 * @throws CliError (65) if a JSON input is not valid JSON, or not an array (nor, with `single`, an object).
 */
export async function readSubjects(source: InputSource, sink: SubjectSink, single: boolean, policy?: Policy): Promise<ReadSummary> {
  let count = 0;
  let invalid = 0;
  if (source.ndjson) {
    for await (const { text, line } of readLines(source)) {
      if (text.trim() === "") continue;
      count++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        invalid++;
        sink.problem(`${source.name}:${line}: ${describeJsonError(text, error)}`);
        continue;
      }
      const result = toSubject(value, policy);
      if (result.ok) sink.subject(result.subject, count - 1);
      else {
        invalid++;
        for (const problem of issueLines(`${source.name}:${line}: `, result.issues)) sink.problem(problem);
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
    const result = toSubject(entry, policy);
    if (result.ok) sink.subject(result.subject, count - 1);
    else {
      invalid++;
      for (const problem of issueLines(`${source.name}: `, result.issues, Array.isArray(value) ? count - 1 : undefined)) sink.problem(problem);
    }
  }
  return { count, invalid, single: !Array.isArray(value) };
}
