import { strFromU8, unzipSync } from "fflate";
import { attribute, columnIndex, parseCellRef, unescapeXml } from "./xml.js";

// A SpreadsheetML reader for what a register needs: sheet names, shared strings (rich text,
// without the phonetic guide of Japanese Excel), inline strings, numbers, booleans, formula cells
// (their cached value), and merged ranges. Rows come one at a time from a generator over the
// sheet's XML text, so a 100,000-row sheet is never a tree of objects. Bytes in, no Node API.

/** A cell as read: its text as shown (numbers as written), and whether it held a formula. */
export interface ReadCell {
  /** The cell's value as text ("" for none). */
  readonly text: string;
  /** The stored number, for a numeric cell. */
  readonly number?: number;
  /** Whether the cell held a formula (its cached result is `text`). */
  readonly formula?: string;
  /** Whether it is an error value such as #REF!. */
  readonly error?: boolean;
}

/** A row as read: its row number as Excel shows it, and its cells by zero-based column. */
export interface ReadRow {
  /** The row number as Excel shows it (1-based). */
  readonly row: number;
  /** The cells, by zero-based column index; a missing index is an empty cell. */
  readonly cells: readonly (ReadCell | undefined)[];
}

/** A merged range, zero-based columns and one-based rows, inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An opened workbook: its sheet names and a way to read a sheet's rows. */
export interface OpenedWorkbook {
  /** The sheet names, in tab order (hidden sheets included, with `hidden`). */
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  /** The merged ranges of a sheet. */
  merges(sheet: string): readonly MergedRange[];
  /** The rows of a sheet, one at a time, in order. */
  rows(sheet: string): Generator<ReadRow>;
}

const ROW_END = new Uint8Array([0x3c, 0x2f, 0x72, 0x6f, 0x77, 0x3e]); // "</row>"
const SHEET_DATA_END = new Uint8Array([0x3c, 0x2f, 0x73, 0x68, 0x65, 0x65, 0x74, 0x44, 0x61, 0x74, 0x61, 0x3e]); // "</sheetData>"
/** How much of a sheet's XML is decoded at a time (cut after a row's end). */
const CHUNK_BYTES = 4 * 1024 * 1024;

function decoder() {
  return new TextDecoder("utf-8");
}

function matchesAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  for (let j = 0; j < pattern.length; j++) if (bytes[at + j] !== pattern[j]) return false;
  return true;
}

/** The index just after the last `pattern` that ends at or before `to`, or -1. */
function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, to: number, from = 0): number {
  for (let i = to - pattern.length; i >= from; i--) if (bytes[i] === pattern[0] && matchesAt(bytes, pattern, i)) return i + pattern.length;
  return -1;
}

/** The index just after the first `pattern` at or after `from`, or -1. */
function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let i = bytes.indexOf(pattern[0] as number, from); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(pattern[0] as number, i + 1)) if (matchesAt(bytes, pattern, i)) return i + pattern.length;
  return -1;
}

/**
 * A sheet's XML as text, a few megabytes at a time, each piece cut just after a row's end tag (an
 * ASCII boundary, so no UTF-8 sequence is split and no row straddles two pieces): a large sheet is
 * never one string, nor a tree.
 */
function* rowChunks(bytes: Uint8Array): Generator<string> {
  const text = decoder();
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.length;
    if (start + CHUNK_BYTES < bytes.length) {
      const cut = lastIndexOfBytes(bytes, ROW_END, start + CHUNK_BYTES, start);
      end = cut > start ? cut : indexOfBytes(bytes, ROW_END, start + CHUNK_BYTES);
      if (end < 0) end = bytes.length;
    }
    yield text.decode(bytes.subarray(start, end));
    start = end;
  }
}

// Stateless (not global) patterns of the cell loop, compiled once.
const CELL_COLUMN = /\sr="\$?([A-Z]{1,3})/u;
const CELL_TYPE = /\st=["'](\w+)["']/u;
const FORMULA = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/u;

/** Why a file could not be read as a workbook. */
export class WorkbookFormatError extends Error {
  override readonly name = "WorkbookFormatError";
}

function textOf(xml: string): string {
  // The text runs of a shared or inline string, without <rPh> (phonetic guide, ふりがな).
  const withoutPhonetic = xml.indexOf("<rPh") < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, "");
  let text = "";
  const run = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu;
  for (let m = run.exec(withoutPhonetic); m !== null; m = run.exec(withoutPhonetic)) text += m[1];
  return unescapeXml(text);
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== ".") out.push(part);
  }
  return out.join("/");
}

function formatNumber(raw: string): { text: string; number: number } {
  const number = Number(raw);
  // Excel shows 1 for 1.0000000000000002 (15 significant digits): so does the register's reader.
  const text = Number.isFinite(number) ? String(Number.parseFloat(number.toPrecision(15))) : raw;
  return { text, number };
}

/**
 * Opens an .xlsx (or .xlsm) file from its bytes.
 *
 * @param bytes - The file's bytes.
 * @returns The workbook, ready to read sheet by sheet.
 * @throws WorkbookFormatError if the bytes are not an Office Open XML workbook.
 * @example
 * ```ts
 * import { openWorkbook, writeRegisterTemplate } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const workbook = openWorkbook(await writeRegisterTemplate({ format: "xlsx" }));
 * for (const { row, cells } of workbook.rows("情報資産台帳")) console.log(row, cells[0]?.text); // 1 資産番号
 * ```
 */
export function openWorkbook(bytes: Uint8Array): OpenedWorkbook {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookFormatError("not an .xlsx file (no ZIP signature); an old .xls file must be saved as .xlsx first");
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith("xl/") || file.name === "[Content_Types].xml" });
  } catch (error) {
    throw new WorkbookFormatError(`not a readable .xlsx file: ${(error as Error).message}`);
  }
  const text = (name: string): string | undefined => {
    const file = files[name];
    return file === undefined ? undefined : strFromU8(file);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw new WorkbookFormatError("not an .xlsx workbook (xl/workbook.xml is missing)");
  const rels = new Map<string, string>();
  const relsXml = text("xl/_rels/workbook.xml.rels") ?? "";
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id !== undefined && target !== undefined) rels.set(id, resolveTarget(target));
  }
  const sheets: { name: string; hidden: boolean; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/gu)) {
    const name = attribute(m[0], "name") ?? "";
    const id = attribute(m[0], "r:id") ?? attribute(m[0], "relationships:id");
    const path = id === undefined ? undefined : rels.get(id);
    if (path !== undefined && files[path] !== undefined && !sheets.some((s) => s.path === path)) sheets.push({ name, hidden: (attribute(m[0], "state") ?? "visible") !== "visible", path });
  }
  let shared: string[] | undefined;
  const sharedStrings = (): string[] => {
    if (shared !== undefined) return shared;
    const path = [...rels.values()].find((p) => p.endsWith("sharedStrings.xml")) ?? "xl/sharedStrings.xml";
    const xml = text(path) ?? "";
    shared = [];
    const si = /<si>([\s\S]*?)<\/si>|<si\/>/gu;
    for (let m = si.exec(xml); m !== null; m = si.exec(xml)) shared.push(m[1] === undefined ? "" : textOf(m[1]));
    return shared;
  };
  const sheetBytes = (name: string): Uint8Array => {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet === undefined) throw new WorkbookFormatError(`no sheet named ${JSON.stringify(name)}`);
    return files[sheet.path] as Uint8Array;
  };
  return {
    sheets: sheets.map(({ name, hidden }) => ({ name, hidden })),
    merges(name) {
      // <mergeCells> follows <sheetData>: only the tail after it is decoded.
      const bytes = sheetBytes(name);
      const end = lastIndexOfBytes(bytes, SHEET_DATA_END, bytes.length);
      const xml = decoder().decode(end < 0 ? bytes : bytes.subarray(end));
      const at = xml.lastIndexOf("<mergeCells");
      if (at < 0) return [];
      const ranges: MergedRange[] = [];
      for (const m of xml.slice(at).matchAll(/<mergeCell\b[^>]*>/gu)) {
        const [from, to] = (attribute(m[0], "ref") ?? "").split(":");
        const a = parseCellRef(from ?? "");
        const b = parseCellRef(to ?? from ?? "");
        if (a !== undefined && b !== undefined) ranges.push({ top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.column, b.column), right: Math.max(a.column, b.column) });
      }
      return ranges;
    },
    *rows(name) {
      const strings = sharedStrings();
      let first = true;
      let previousRow = 0;
      for (const chunk of rowChunks(sheetBytes(name))) {
        const xml = chunk;
        const start = first ? xml.indexOf("<sheetData") : 0;
        first = false;
        if (start < 0) return;
      const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/gu;
      rowPattern.lastIndex = start;
      const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu;
      for (let m = rowPattern.exec(xml); m !== null; m = rowPattern.exec(xml)) {
        const rowNumber = Number(attribute(m[1] ?? "", "r") ?? previousRow + 1);
        previousRow = rowNumber;
        const body = m[2];
        if (body === undefined) continue;
        const cells: (ReadCell | undefined)[] = [];
        let previousColumn = -1;
        cellPattern.lastIndex = 0;
        for (let c = cellPattern.exec(body); c !== null; c = cellPattern.exec(body)) {
          const attrs = c[1] ?? "";
          // The hot loop of a large sheet: plain string searches where they do, a regex where they do not.
          const ref = CELL_COLUMN.exec(attrs);
          const column = ref === null ? previousColumn + 1 : columnIndex(ref[1] as string);
          previousColumn = column;
          const inner = c[2];
          if (inner === undefined) continue;
          const type = attrs.indexOf("t=") < 0 ? "n" : (CELL_TYPE.exec(attrs)?.[1] ?? "n");
          const f = inner.indexOf("<f") < 0 ? null : FORMULA.exec(inner);
          const formula = f === null ? undefined : unescapeXml(f[1] ?? "");
          const vAt = inner.indexOf("<v>");
          const vEnd = vAt < 0 ? -1 : inner.indexOf("</v>", vAt);
          const raw = vEnd < 0 ? undefined : inner.slice(vAt + 3, vEnd);
          let cell: ReadCell;
          if (type === "s") cell = { text: strings[Number(raw)] ?? "" };
          else if (type === "inlineStr") cell = { text: textOf(/<is>([\s\S]*?)<\/is>/u.exec(inner)?.[1] ?? "") };
          else if (type === "str") cell = { text: unescapeXml(raw ?? "") };
          else if (type === "b") cell = { text: raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : "" };
          else if (type === "e") cell = { text: unescapeXml(raw ?? ""), error: true };
          else cell = raw === undefined ? { text: "" } : formatNumber(raw);
          cells[column] = formula === undefined ? cell : { ...cell, formula };
        }
        yield { row: rowNumber, cells };
      }
      }
    },
  };
}
