// The one seam between the workbench and the files it reads: JSON and NDJSON registers are read
// here, as the CLI reads them (the same validation, the same problem lines); .xlsx and .csv go to
// the spreadsheet package (@miyagi-kouiki/infosec-policy-spreadsheet, issue 17) through a dynamic
// import, so that the workbench builds and runs without it and says so when a spreadsheet is given.
import { editorFields, type EditorField } from "./mapping-editor.js";
import { isChecklistAnswers, parseChecklistAnswers, parseSubject, type Locale, type Policy, type Subject } from "@miyagi-kouiki/infosec-policy";

/** The formats a register can come in. */
export type RegisterFormat = "json" | "ndjson" | "xlsx" | "csv";

/** A column mapping for a tabular register (the spreadsheet package's `ColumnMapping`: `{ sheet, headerRow, columns, values }`). */
export type ColumnMapping = Readonly<Record<string, unknown>>;

/** One problem found in a tabular register, as the spreadsheet package reports it. */
export interface CellIssue {
  readonly row?: number;
  readonly column?: string;
  readonly header?: string;
  readonly message: string | { readonly ja: string; readonly en: string };
}

/** The part of the spreadsheet package's API the workbench uses. */
export interface SpreadsheetApi {
  readRegister(bytes: Uint8Array, options?: Record<string, unknown>): Promise<{ subjects: readonly Subject[]; rows: readonly number[]; issues: readonly CellIssue[] }>;
  previewRegister(bytes: Uint8Array, options?: Record<string, unknown>): Promise<{ sheets: readonly unknown[]; headers: readonly string[]; rows: readonly (readonly string[])[]; suggestedMapping: ColumnMapping }>;
  writeAuditWorkbook(report: unknown, options?: Record<string, unknown>): Promise<Uint8Array>;
  writeChecklistWorkbook(options?: Record<string, unknown>): Promise<Uint8Array>;
  readChecklistAnswers(bytes: Uint8Array, options?: { readonly fileName?: string }): Promise<unknown>;
  DEFAULT_COLUMN_MAPPING?: ColumnMapping;
  REGISTER_FIELDS?: readonly string[];
  SAFEGUARD_COLUMNS?: readonly string[];
  FIELD_HEADERS?: Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
  safeguardHeader?: (safeguard: never) => { readonly ja: string; readonly en: string };
}

/** Raised when a spreadsheet is given and the spreadsheet package is not part of this build. */
export class SpreadsheetUnavailableError extends Error {
  /** A stable code for the UI. */
  readonly code = "spreadsheet-unavailable";
  constructor(what: string) {
    super(`spreadsheet support not installed: ${what} needs @miyagi-kouiki/infosec-policy-spreadsheet, which is not part of this build`);
    this.name = "SpreadsheetUnavailableError";
  }
}

/** Loads the spreadsheet package, or `undefined` when it is absent (the build substitutes a marker module). */
export async function loadSpreadsheet(): Promise<SpreadsheetApi | undefined> {
  try {
    const module = (await import("@miyagi-kouiki/infosec-policy-spreadsheet" as string)) as Partial<SpreadsheetApi> & { SPREADSHEET_ABSENT?: boolean };
    if (module.SPREADSHEET_ABSENT === true || typeof module.readRegister !== "function") return undefined;
    return module as SpreadsheetApi;
  } catch {
    return undefined;
  }
}

/** The format of a file from its name (extension), or by looking at its bytes when the name says nothing. */
export function detectFormat(fileName: string, bytes: Uint8Array): RegisterFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx"; // PK: a ZIP container
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  if (bytes[at] === 0x5b) return "json"; // [
  if (bytes[at] === 0x7b) return "ndjson"; // {
  return "csv";
}

/** Whether a format needs the spreadsheet package (and so a column mapping). */
export function isTabular(format: RegisterFormat): boolean {
  return format === "xlsx" || format === "csv";
}

/** What reading a register gives. */
export interface ReadResult {
  /** The valid subjects, in file order (empty when any is invalid: nothing is audited then, as in the CLI). */
  readonly subjects: readonly Subject[];
  /** How many entries the file holds. */
  readonly count: number;
  /** How many of them are invalid. */
  readonly invalid: number;
  /** Every problem, one line each, naming the file and the place (the first `PROBLEM_LIMIT` kept). */
  readonly problems: readonly string[];
  /** How many problems there were in all. */
  readonly problemCount: number;
  /** For a spreadsheet, the register row (as Excel numbers it) of each subject, for the .xlsx report. */
  readonly rows?: readonly number[];
}

/** How many problem lines are kept for display (all are counted). */
export const PROBLEM_LIMIT = 500;

/** Options for {@link readRegisterFile}. */
export interface ReadOptions {
  readonly fileName: string;
  readonly format?: RegisterFormat;
  readonly locale?: Locale;
  readonly policy?: Policy;
  readonly mapping?: ColumnMapping;
  readonly encoding?: "auto" | "utf-8" | "cp932";
  readonly sheet?: string;
}

/** Decodes UTF-8 strictly (a BOM is dropped); throws a message naming the file on bad bytes. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${fileName}: not valid UTF-8 (JSON and NDJSON registers are read as UTF-8)`);
  }
}

function toSubject(value: unknown, locale: Locale, policy: Policy | undefined): { ok: true; subject: Subject } | { ok: false; issues: readonly { at: string; path: readonly unknown[]; message: string }[] } {
  const parsed = isChecklistAnswers(value) ? parseChecklistAnswers(value, { locale }) : parseSubject(value, policy === undefined ? { locale } : { locale, policy });
  return parsed.success ? { ok: true, subject: parsed.data as Subject } : { ok: false, issues: parsed.error.issues };
}

class Problems {
  readonly lines: string[] = [];
  count = 0;
  add(line: string): void {
    this.count++;
    if (this.lines.length < PROBLEM_LIMIT) this.lines.push(line);
  }
}

/**
 * Reads a JSON register (an array of subjects) or an NDJSON register (one subject per line) as
 * the CLI does: each entry validated by `parseSubject` (or `parseChecklistAnswers` for an answers
 * file), every problem listed with its place.
 */
export function readJsonRegister(text: string, options: { fileName: string; ndjson: boolean; locale?: Locale; policy?: Policy }): ReadResult {
  const locale = options.locale ?? "ja";
  const name = options.fileName;
  const subjects: Subject[] = [];
  const problems = new Problems();
  let count = 0;
  let invalid = 0;
  if (options.ndjson) {
    const lines = text.split(/\r?\n/);
    lines.forEach((line, at) => {
      if (line.trim() === "") return;
      count++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        invalid++;
        problems.add(`${name}:${at + 1}: not JSON (${(error as Error).message})`);
        return;
      }
      const result = toSubject(value, locale, options.policy);
      if (result.ok) subjects.push(result.subject);
      else {
        invalid++;
        for (const issue of result.issues) problems.add(`${name}:${at + 1}: ${issue.at === "(root)" ? "" : `${issue.at}: `}${issue.message}`);
      }
    });
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw new Error(`${name}: not JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(value)) throw new Error(`${name}: expected a JSON array of subjects (or NDJSON: one subject per line)`);
    value.forEach((entry, index) => {
      count++;
      const result = toSubject(entry, locale, options.policy);
      if (result.ok) subjects.push(result.subject);
      else {
        invalid++;
        for (const issue of result.issues) {
          const at = issue.path.length === 0 ? `[${index}]` : `[${index}]${issue.at.startsWith("[") ? "" : "."}${issue.at}`;
          problems.add(`${name}: ${at}: ${issue.message}`);
        }
      }
    });
  }
  return { subjects: invalid > 0 ? [] : subjects, count, invalid, problems: problems.lines, problemCount: problems.count };
}

/** Reads a register of any format; spreadsheets through the spreadsheet package. */
export async function readRegisterFile(bytes: Uint8Array, options: ReadOptions, spreadsheet: () => Promise<SpreadsheetApi | undefined> = loadSpreadsheet): Promise<ReadResult> {
  const format = options.format ?? detectFormat(options.fileName, bytes);
  if (!isTabular(format)) {
    return readJsonRegister(decodeUtf8(bytes, options.fileName), {
      fileName: options.fileName,
      ndjson: format === "ndjson",
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    });
  }
  const api = await spreadsheet();
  if (api === undefined) throw new SpreadsheetUnavailableError(`${options.fileName} (${format})`);
  const read = await api.readRegister(bytes, {
    format,
    fileName: options.fileName,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  });
  const problems = new Problems();
  const locale = options.locale ?? "ja";
  for (const issue of read.issues) {
    const message = typeof issue.message === "string" ? issue.message : issue.message[locale];
    const place = [issue.row === undefined ? undefined : `row ${issue.row}`, issue.column === undefined ? undefined : `${issue.column}${issue.header === undefined ? "" : ` (${issue.header})`}`].filter((part) => part !== undefined).join(", ");
    problems.add(`${options.fileName}: ${place === "" ? "" : `${place}: `}${message}`);
  }
  const invalid = new Set(read.issues.map((issue) => issue.row ?? -1)).size;
  const ok = read.issues.length === 0;
  return { subjects: ok ? read.subjects : [], count: read.subjects.length + (ok ? 0 : invalid), invalid: ok ? 0 : invalid, problems: problems.lines, problemCount: problems.count, ...(ok ? { rows: read.rows } : {}) };
}

/** The preview of a tabular register for the mapping editor. */
export interface Preview {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly suggestedMapping: ColumnMapping;
  readonly fields: readonly EditorField[];
  readonly sheets: readonly unknown[];
}

/** The first rows and headers of a spreadsheet, with the package's suggested mapping. */
export async function previewRegisterFile(bytes: Uint8Array, options: ReadOptions, spreadsheet: () => Promise<SpreadsheetApi | undefined> = loadSpreadsheet): Promise<Preview> {
  const api = await spreadsheet();
  if (api === undefined) throw new SpreadsheetUnavailableError(options.fileName);
  const preview = await api.previewRegister(bytes, {
    fileName: options.fileName,
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  });
  return { headers: preview.headers, rows: preview.rows.slice(0, 10), suggestedMapping: preview.suggestedMapping, fields: editorFields(api, preview.suggestedMapping), sheets: preview.sheets };
}
