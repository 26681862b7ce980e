import { parseSubject, type AssetSubject, type Classification, type OrganizationRef, type Safeguard, type Subject } from "@miyagi-kouiki/infosec-policy";
import { parseCsv } from "./csv.js";
import { decodeText, type TextEncodingOption } from "./decode.js";
import { columnMappingSchema, FIELD_HEADERS, normalizeWord, resolveMapping, SAFEGUARD_COLUMNS, safeguardHeader, type ColumnMapping, type RegisterField, type ResolvedMapping } from "./mapping.js";
import { openWorkbook, type MergedRange } from "./xlsx-read.js";
import { columnLetter } from "./xml.js";

/** Japanese and English text. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/**
 * A cell (or a file, sheet or header) a clerk must fix: where it is as Excel shows it, what it
 * holds, what is wrong and what is allowed.
 */
export interface CellIssue {
  /** The file's name as given (`fileName`), or "register". */
  readonly file: string;
  /** The sheet, for an .xlsx file. */
  readonly sheet?: string;
  /** The row number as Excel shows it (0 for a problem of the whole file). */
  readonly row: number;
  /** The column letter, e.g. "C" (absent for a problem of the whole row or file). */
  readonly column?: string;
  /** The column's header as written in the file. */
  readonly header?: string;
  /** The cell's value as written. */
  readonly value?: string;
  /** What is wrong, in Japanese and English. */
  readonly message: Bilingual;
  /** The values allowed in the cell, if it takes one of a list. */
  readonly allowed?: readonly string[];
}

/** A row skipped with `skipInvalid`, and why. */
export interface SkippedRow {
  /** The row number as Excel shows it. */
  readonly row: number;
  /** Its 資産番号, if it had one. */
  readonly id?: string;
  /** Its problems. */
  readonly issues: readonly CellIssue[];
}

/** Options of `readRegister` and `previewRegister`. */
export interface RegisterReadOptions {
  /** The file's format (default: from `fileName`, else by its first bytes). */
  readonly format?: "xlsx" | "csv";
  /** A CSV file's encoding (default `auto`: BOM, else UTF-8 if valid, else CP932). */
  readonly encoding?: TextEncodingOption;
  /** The column mapping (adds to `DEFAULT_COLUMN_MAPPING`); validated with `columnMappingSchema`. */
  readonly mapping?: ColumnMapping;
  /** The sheet to read (overrides the mapping's). */
  readonly sheet?: string;
  /** The language of `message` in text output (both are always given). */
  readonly locale?: "ja" | "en";
  /** The file's name, for the issues. */
  readonly fileName?: string;
  /** Reads the valid rows and lists the invalid ones in `skipped`, instead of returning no subject. */
  readonly skipInvalid?: boolean;
}

/** What `readRegister` read. */
export interface RegisterReadResult {
  /** The register's assets, in row order; empty when any row is invalid (unless `skipInvalid`). */
  readonly subjects: AssetSubject[];
  /** The row number (as Excel shows it) of each subject, by position. */
  readonly rows: number[];
  /** Every invalid cell; when not empty (and not `skipInvalid`), `subjects` is empty. */
  readonly issues: CellIssue[];
  /** With `skipInvalid`: the rows left out, with their issues. */
  readonly skipped?: SkippedRow[];
  /** Things the clerk should know that are not errors (e.g. a safeguard with no column). */
  readonly notes: Bilingual[];
  /** The sheet read (for .xlsx) and the encoding detected (for .csv). */
  readonly source: { readonly format: "xlsx" | "csv"; readonly sheet?: string; readonly encoding?: string; readonly headerRow: number };
}

/** A row of the table, the sheet's or the CSV file's. */
interface TableRow {
  readonly row: number;
  readonly cells: readonly (string | undefined)[];
  readonly formulaWithoutValue?: readonly number[];
}

interface Table {
  readonly format: "xlsx" | "csv";
  readonly sheet?: string;
  readonly sheets: readonly string[];
  readonly encoding?: string;
  readonly rows: () => Generator<TableRow>;
}

/** Where a field's column is. */
interface Column {
  readonly index: number;
  readonly header: string;
}

interface Layout {
  readonly headerRow: number;
  readonly headerEnd: number;
  readonly fields: Partial<Record<RegisterField, Column>>;
  readonly safeguards: Partial<Record<Safeguard, Column>>;
  readonly headers: readonly string[];
}

const bi = (ja: string, en: string): Bilingual => ({ ja, en });

/** Takes off the ' that `neutralizeCsv` put before a text that starts like a formula. */
function unneutralizeCsv(field: string): string {
  return /^'+[=+\-@\t\r]/u.test(field) ? field.slice(1) : field;
}

function detectFormat(bytes: Uint8Array, options: RegisterReadOptions | undefined): "xlsx" | "csv" {
  if (options?.format !== undefined) return options.format;
  const name = options?.fileName?.toLowerCase() ?? "";
  if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) return "xlsx";
  if (name.endsWith(".csv") || name.endsWith(".txt")) return "csv";
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? "xlsx" : "csv";
}

function fillMerges(cells: (string | undefined)[], row: number, merges: readonly MergedRange[], topLeft: ReadonlyMap<string, string>): void {
  for (const merge of merges) {
    if (row < merge.top || row > merge.bottom) continue;
    const value = topLeft.get(`${merge.top}:${merge.left}`);
    if (value === undefined) continue;
    for (let c = merge.left; c <= merge.right; c++) if (cells[c] === undefined || cells[c] === "") cells[c] = value;
  }
}

function openTable(bytes: Uint8Array, options: RegisterReadOptions | undefined, chooseSheet: (names: readonly string[], rowsOf: (name: string) => Generator<TableRow>) => string | undefined): Table {
  const format = detectFormat(bytes, options);
  if (format === "csv") {
    const { text, encoding } = decodeText(bytes, options?.encoding ?? "auto");
    return {
      format,
      sheets: [],
      encoding,
      *rows() {
        for (const record of parseCsv(text)) yield { row: record.row, cells: record.fields.map(unneutralizeCsv) };
      },
    };
  }
  const workbook = openWorkbook(bytes);
  const visible = workbook.sheets.filter((s) => !s.hidden).map((s) => s.name);
  const rowsOf = function* (name: string): Generator<TableRow> {
    const merges = workbook.merges(name);
    // The value of each merged range's top-left cell, to fill the range with (merged headers, merged group cells).
    const topLeft = new Map<string, string>();
    const starts = new Set(merges.map((m) => `${m.top}:${m.left}`));
    for (const { row, cells } of workbook.rows(name)) {
      const texts: (string | undefined)[] = [];
      const missing: number[] = [];
      cells.forEach((cell, c) => {
        if (cell === undefined) return;
        texts[c] = cell.text;
        if (cell.formula !== undefined && cell.text === "" && cell.error !== true) missing.push(c);
        if (starts.has(`${row}:${c}`)) topLeft.set(`${row}:${c}`, cell.text);
      });
      if (merges.length > 0) fillMerges(texts, row, merges, topLeft);
      yield missing.length > 0 ? { row, cells: texts, formulaWithoutValue: missing } : { row, cells: texts };
    }
  };
  const requested = options?.sheet;
  const all = workbook.sheets.map((s) => s.name);
  const sheet = requested ?? chooseSheet(visible.length > 0 ? visible : all, rowsOf) ?? visible[0] ?? all[0];
  if (sheet === undefined || !all.includes(sheet)) {
    throw new RegisterFormatError(bi(`シート「${sheet ?? ""}」がありません（あるシート: ${all.join("、")}）`, `there is no sheet named "${sheet ?? ""}" (sheets: ${all.join(", ")})`));
  }
  return { format, sheet, sheets: all, rows: () => rowsOf(sheet) };
}

/** A file that cannot be read as a register at all (not a workbook, wrong encoding, no header row). */
export class RegisterFormatError extends Error {
  override readonly name = "RegisterFormatError";
  /** @param text - What is wrong, in Japanese and English. */
  constructor(readonly text: Bilingual) {
    super(`${text.ja} / ${text.en}`);
  }
}

function matchHeaders(cells: readonly (string | undefined)[], mapping: ResolvedMapping, above?: readonly (string | undefined)[]): Layout & { score: number } {
  const fields: Partial<Record<RegisterField, Column>> = {};
  const safeguards: Partial<Record<Safeguard, Column>> = {};
  const headers: string[] = [];
  let score = 0;
  const width = Math.max(cells.length, above?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const own = (cells[c] ?? "").trim();
    const header = own === "" ? (above?.[c] ?? "").trim() : own;
    headers[c] = header;
    if (header === "") continue;
    const target = mapping.headers.get(normalizeWord(header));
    if (target === undefined) continue;
    if (typeof target === "string") {
      if (fields[target] === undefined) {
        fields[target] = { index: c, header };
        score++;
      }
    } else if (safeguards[target.safeguard] === undefined) {
      safeguards[target.safeguard] = { index: c, header };
      score++;
    }
  }
  return { headerRow: 0, headerEnd: 0, fields, safeguards, headers, score };
}

function findLayout(rows: Generator<TableRow>, mapping: ResolvedMapping): Layout | undefined {
  let best: (Layout & { score: number }) | undefined;
  let previous: readonly (string | undefined)[] | undefined;
  let seen = 0;
  for (const row of rows) {
    if (mapping.headerRow !== undefined) {
      if (row.row === mapping.headerRow) return { ...matchHeaders(row.cells, mapping, previous), headerRow: row.row, headerEnd: row.row };
      previous = row.cells;
      if (row.row > mapping.headerRow) return undefined;
      continue;
    }
    const match = matchHeaders(row.cells, mapping, previous);
    if (match.score >= 2 && (best === undefined || match.score > best.score)) best = { ...match, headerRow: row.row, headerEnd: row.row };
    previous = row.cells;
    if (++seen >= 30) break;
  }
  return best;
}

type Draft = { -readonly [K in keyof AssetSubject]?: AssetSubject[K] };

function levelOf(text: string, max: number): number | undefined {
  const n = normalizeWord(text).replace(/^(?:機密性|完全性|可用性|レベル|level)/u, "");
  return /^[1-9]$/u.test(n) && Number(n) <= max ? Number(n) : undefined;
}

const LEVEL_MAX: Readonly<Record<"confidentiality" | "integrity" | "availability", number>> = { confidentiality: 3, integrity: 2, availability: 2 };

/** Reads one row into an asset subject, or the issues that stop it. */
function readRow(row: TableRow, layout: Layout, mapping: ResolvedMapping, where: { file: string; sheet?: string }, normalizeWord: (text: string) => string): { subject?: AssetSubject; issues: CellIssue[] } {
  const issues: CellIssue[] = [];
  const cell = (column: Column | undefined): string => (column === undefined ? "" : (row.cells[column.index] ?? "").trim());
  const issue = (column: Column, value: string, message: Bilingual, allowed?: readonly string[]): void => {
    issues.push({ ...where, row: row.row, column: columnLetter(column.index), header: column.header, value, message, ...(allowed === undefined ? {} : { allowed }) });
  };
  for (const index of row.formulaWithoutValue ?? []) {
    const header = layout.headers[index] ?? "";
    issues.push({ ...where, row: row.row, column: columnLetter(index), header, value: "", message: bi("数式の計算結果がファイルに保存されていません。Excel で開いて保存し直してください。", "the formula's result is not saved in the file; open and save it in Excel again.") });
  }
  const draft: Draft = { kind: "asset" };
  const { fields } = layout;
  const id = cell(fields.id);
  if (id !== "") draft.id = id;
  const name = cell(fields.name);
  if (name !== "") draft.name = name;
  if (fields.name !== undefined && name.length > 500) issue(fields.name, name.slice(0, 50), bi("資産名は500文字以内にしてください。", "the asset name must be at most 500 characters."));

  const orgColumn = fields.organization as Column;
  const org = cell(orgColumn);
  if (org === "") issue(orgColumn, "", bi("所管組織が空欄です。所管する組織を選んでください。", "the organisation is blank; choose the organisation that holds the asset."), mapping.allowed.organization);
  else {
    const key = normalizeWord(org);
    const known = mapping.organization.get(key);
    // The outside body's name as written (not normalised): only the prefix is matched loosely.
    let outside: string | undefined;
    for (const prefix of mapping.outsidePrefix) {
      for (let k = 1; k <= prefix.length + 2 && k <= org.length; k++) {
        if (org.slice(0, k).normalize("NFKC").replace(/\s+/gu, "") === prefix.replace(/\s+/gu, "")) {
          outside = org.slice(k).trim();
          break;
        }
      }
      if (outside !== undefined) break;
    }
    if (known !== undefined) draft.organization = known as OrganizationRef;
    else if (outside !== undefined && outside !== "") draft.organization = { outside };
    else issue(orgColumn, org, bi(`所管組織「${org}」は基本方針5(1)の組織ではありません。一覧から選ぶか、対象外の団体は「${mapping.outsidePrefix[0] ?? "組織外:"}団体名」と書いてください。`, `"${org}" is not an organisation of 5(1); choose one from the list, or write "${mapping.outsidePrefix[0] ?? "組織外:"}<name>" for a body outside it.`), mapping.allowed.organization);
  }
  const enumField = <T extends string>(field: "category" | "zone" | "location", map: ReadonlyMap<string, T>, required: boolean, label: Bilingual): T | undefined => {
    const column = fields[field];
    if (column === undefined) return undefined;
    const value = cell(column);
    if (value === "") {
      if (required) issue(column, "", bi(`${label.ja}が空欄です。`, `the ${label.en} is blank.`), mapping.allowed[field]);
      return undefined;
    }
    const found = map.get(normalizeWord(value));
    if (found === undefined) issue(column, value, bi(`${label.ja}「${value}」は使えません。一覧から選んでください。`, `"${value}" is not a ${label.en}; choose one from the list.`), mapping.allowed[field]);
    return found;
  };
  const category = enumField("category", mapping.category, true, bi("種別", "category"));
  if (category !== undefined) draft.category = category;
  const zone = enumField("zone", mapping.zone, false, bi("領域", "zone"));
  if (zone !== undefined) draft.zone = zone;
  const location = enumField("location", mapping.location, false, bi("設置場所", "location"));
  if (location !== undefined) draft.location = location;

  // Classification: all three levels, or none (an asset with none fails 7(2): it is unclassified).
  const dims = ["confidentiality", "integrity", "availability"] as const;
  const given = dims.filter((d) => cell(fields[d]) !== "");
  if (given.length > 0) {
    const levels: Partial<Record<(typeof dims)[number], number>> = {};
    for (const d of dims) {
      const column = fields[d];
      const label = FIELD_HEADERS[d];
      const allowed = Array.from({ length: LEVEL_MAX[d] }, (_, i) => String(i + 1));
      const value = cell(column);
      if (column === undefined) {
        issues.push({ ...where, row: row.row, message: bi(`${label.ja}の列がありません。機密性・完全性・可用性は3つそろえて記入してください。`, `there is no ${label.en} column; give all three of confidentiality, integrity and availability.`) });
      } else if (value === "") {
        issue(column, "", bi(`${label.ja}が空欄です。機密性・完全性・可用性は3つとも記入するか、3つとも空欄（未分類）にしてください。`, `the ${label.en} is blank; give all three levels, or leave all three blank (not classified).`), allowed);
      } else {
        const level = levelOf(value, LEVEL_MAX[d]);
        if (level === undefined) issue(column, value, bi(`${label.ja}「${value}」は使えません。${allowed.join("、")} のいずれかです。`, `"${value}" is not a ${label.en} level; it is one of ${allowed.join(", ")}.`), allowed);
        else levels[d] = level;
      }
    }
    if (levels.confidentiality !== undefined && levels.integrity !== undefined && levels.availability !== undefined) draft.classification = levels as Classification;
  }

  // Safeguards: a row states them all (○ or ×) or none (blank: not recorded, so "manual").
  const columns = SAFEGUARD_COLUMNS.map((s) => [s, layout.safeguards[s]] as const);
  const complete = columns.every(([, column]) => column !== undefined);
  const filled = columns.filter(([, column]) => cell(column) !== "");
  if (filled.length > 0 && complete) {
    const list: Safeguard[] = [];
    for (const [safeguard, column] of columns) {
      const value = cell(column);
      const header = safeguardHeader(safeguard);
      if (value === "") {
        issue(column as Column, "", bi(`安全対策「${column?.header ?? header.ja}」が空欄です。安全対策の欄は全部に ○ か × を記入するか、全部空欄（未記録）にしてください。`, `the safeguard "${column?.header ?? header.en}" is blank; mark every safeguard ○ or ×, or leave them all blank (not recorded).`), mapping.allowed.yesNo);
        continue;
      }
      const key = normalizeWord(value);
      if (mapping.yes.has(key)) list.push(safeguard);
      else if (!mapping.no.has(key)) issue(column as Column, value, bi(`「${value}」は使えません。○（あり）か ×（なし）を記入してください。`, `"${value}" is not allowed; write ○ (yes) or × (no).`), mapping.allowed.yesNo);
    }
    draft.safeguards = list;
  } else if (filled.length > 0) {
    for (const [, column] of filled) {
      const value = cell(column);
      const key = normalizeWord(value);
      if (!mapping.yes.has(key) && !mapping.no.has(key)) issue(column as Column, value, bi(`「${value}」は使えません。○（あり）か ×（なし）を記入してください。`, `"${value}" is not allowed; write ○ (yes) or × (no).`), mapping.allowed.yesNo);
    }
  }
  if (issues.length > 0) return { issues };
  // The library's own validation, last: the subject is exactly what `audit` of JSON would accept.
  const parsed = parseSubject(draft);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      const field = String(problem.path[0] ?? "") as RegisterField;
      const column = fields[field];
      issues.push({ ...where, row: row.row, ...(column === undefined ? {} : { column: columnLetter(column.index), header: column.header, value: cell(column) }), message: bi(problem.messages?.ja ?? problem.message, problem.messages?.en ?? problem.message) });
    }
    return { issues };
  }
  return { subject: parsed.data as AssetSubject, issues };
}

function layoutIssues(layout: Layout, where: { file: string; sheet?: string }): { issues: CellIssue[]; notes: Bilingual[] } {
  const issues: CellIssue[] = [];
  for (const field of ["organization", "category"] as const) {
    if (layout.fields[field] === undefined) {
      issues.push({ ...where, row: layout.headerRow, message: bi(`必須の列「${FIELD_HEADERS[field].ja}」が見出し行（${layout.headerRow}行目）にありません。`, `the required column "${FIELD_HEADERS[field].en}" is not in the header row (row ${layout.headerRow}).`) });
    }
  }
  const missing = SAFEGUARD_COLUMNS.filter((s) => layout.safeguards[s] === undefined);
  const notes: Bilingual[] = [];
  if (missing.length > 0 && missing.length < SAFEGUARD_COLUMNS.length) {
    notes.push(
      bi(
        `安全対策の列のうち ${missing.map((s) => safeguardHeader(s).ja).join("、")} がないため、安全対策は未記録として扱います（該当する管理策は要確認になります）。`,
        `the safeguard columns ${missing.map((s) => safeguardHeader(s).en).join(", ")} are missing, so the safeguards are taken as not recorded (the controls that need them need review).`,
      ),
    );
  }
  return { issues, notes };
}

/** One row's result, as `iterateRegister` gives them. */
export type RegisterRowResult = { readonly row: number; readonly subject: AssetSubject; readonly issues?: undefined } | { readonly row: number; readonly subject?: undefined; readonly issues: readonly CellIssue[]; readonly id?: string };

/** A register opened for reading row by row. */
export interface RegisterReader {
  /** Problems of the file as a whole (a required column missing): nothing can be read when there are any. */
  readonly issues: readonly CellIssue[];
  /** Notes (not errors). */
  readonly notes: readonly Bilingual[];
  /** Where it reads from. */
  readonly source: RegisterReadResult["source"];
  /** The rows, one at a time: a subject or its issues (blank rows are left out). */
  rows(): Generator<RegisterRowResult>;
}

function validMapping(mapping: ColumnMapping | undefined): ColumnMapping | undefined {
  if (mapping === undefined) return undefined;
  const parsed = columnMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    throw new RegisterFormatError(bi(`列の対応付け（マッピング）が正しくありません: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, `the column mapping is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`));
  }
  return parsed.data;
}

/**
 * Opens a register for reading row by row: the Node CLI audits a 100,000-row register through
 * this without holding every subject. `readRegister` collects it.
 *
 * @param bytes - The .xlsx or .csv file's bytes.
 * @param options - Format, encoding, mapping, sheet and file name.
 * @returns The reader.
 * @throws RegisterFormatError if the file cannot be read as a register at all.
 * @example
 * ```ts
 * import { openRegister } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const reader = openRegister(bytes, { fileName: "台帳.xlsx" });
 * for (const row of reader.rows()) if (row.subject === undefined) console.log(row.row, row.issues);
 * ```
 */
export function openRegister(bytes: Uint8Array, options?: RegisterReadOptions): RegisterReader {
  const mapping = resolveMapping(validMapping(options?.mapping));
  const file = options?.fileName ?? "register";
  const sheetOption = options?.sheet ?? mapping.sheet;
  const table = openTable(bytes, sheetOption === undefined ? options : { ...options, sheet: sheetOption }, (names, rowsOf) => names.find((name) => findLayout(rowsOf(name), mapping) !== undefined));
  const where = table.sheet === undefined ? { file } : { file, sheet: table.sheet };
  const layout = findLayout(table.rows(), mapping);
  if (layout === undefined) {
    throw new RegisterFormatError(
      bi(
        `${file}${table.sheet === undefined ? "" : ` のシート「${table.sheet}」`}に見出し行が見つかりません（先頭30行に「資産番号」「所管組織」「種別」などの見出しが2つ以上ある行）。見出しが違う場合は --mapping で対応付けてください。`,
        `no header row found in ${file}${table.sheet === undefined ? "" : `, sheet "${table.sheet}"`} (a row among the first 30 with two or more headers such as 資産番号, 所管組織, 種別); map your headers with --mapping.`,
      ),
    );
  }
  const { issues, notes } = layoutIssues(layout, where);
  // The words of a register repeat (○, ×, 広域連合事務局, サーバ): each is normalised once per read.
  const words = new Map<string, string>();
  const word = (text: string): string => {
    let key = words.get(text);
    if (key === undefined) {
      key = normalizeWord(text);
      if (words.size < 10_000) words.set(text, key);
    }
    return key;
  };
  return {
    issues,
    notes,
    source: { format: table.format, ...(table.sheet === undefined ? {} : { sheet: table.sheet }), ...(table.encoding === undefined ? {} : { encoding: table.encoding }), headerRow: layout.headerRow },
    *rows() {
      if (issues.length > 0) return;
      for (const row of table.rows()) {
        if (row.row <= layout.headerEnd) continue;
        if (row.cells.every((cell) => cell === undefined || cell.trim() === "")) continue;
        const read = readRow(row, layout, mapping, where, word);
        if (read.subject !== undefined) yield { row: row.row, subject: read.subject };
        else {
          const id = layout.fields.id === undefined ? "" : (row.cells[layout.fields.id.index] ?? "").trim();
          yield id === "" ? { row: row.row, issues: read.issues } : { row: row.row, issues: read.issues, id };
        }
      }
    },
  };
}

/**
 * Reads an asset register (情報資産台帳), .xlsx or .csv, into `asset` subjects. Works from bytes in
 * Node, a browser and a Web Worker. Empty cells are missing facts: blank safeguards are "not
 * recorded" (the controls that need them are `manual`), never "no". Every invalid cell is
 * reported with its row as Excel shows it, its column letter and header, its value and what is
 * allowed; when any row is invalid no subject is returned, unless `skipInvalid`.
 *
 * @param bytes - The file's bytes.
 * @param options - Format, encoding, mapping, sheet, file name, `skipInvalid`.
 * @returns The subjects with their row numbers, and the issues.
 * @throws RegisterFormatError if the file cannot be read as a register at all (not a workbook, not text in the encoding, no header row, an invalid mapping).
 * @example
 * ```ts
 * import { readRegister, writeRegisterTemplate } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const result = await readRegister(await writeRegisterTemplate({ format: "csv" }), { fileName: "台帳.csv" });
 * result.subjects.length; // 0: the template has only its header row
 * ```
 */
export async function readRegister(bytes: Uint8Array, options?: RegisterReadOptions): Promise<RegisterReadResult> {
  const reader = openRegister(bytes, options);
  const subjects: AssetSubject[] = [];
  const rows: number[] = [];
  const issues: CellIssue[] = [...reader.issues];
  const skipped: SkippedRow[] = [];
  for (const result of reader.rows()) {
    if (result.subject !== undefined) {
      subjects.push(result.subject);
      rows.push(result.row);
    } else {
      issues.push(...result.issues);
      skipped.push(result.id === undefined ? { row: result.row, issues: result.issues } : { row: result.row, id: result.id, issues: result.issues });
    }
  }
  const base = { issues, notes: [...reader.notes], source: reader.source };
  if (options?.skipInvalid === true && reader.issues.length === 0) return { ...base, subjects, rows, skipped };
  return issues.length > 0 ? { ...base, subjects: [], rows: [] } : { ...base, subjects, rows };
}

/** What `previewRegister` shows of a file before it is read. */
export interface RegisterPreview {
  /** The sheets of an .xlsx file (none for CSV). */
  readonly sheets: string[];
  /** The sheet previewed. */
  readonly sheet?: string;
  /** The header row's number, as Excel shows it (0 if none was found). */
  readonly headerRow: number;
  /** The header row's cells. */
  readonly headers: string[];
  /** The first rows after the header, as text. */
  readonly rows: string[][];
  /** A mapping of the headers recognised (field → header). */
  readonly suggestedMapping: ColumnMapping;
}

/**
 * Shows the start of a register: its sheets, header row, first rows and the mapping of the
 * headers the default (or given) mapping recognises, for a person to check before reading.
 *
 * @param bytes - The file's bytes.
 * @param options - As `readRegister`, plus `limit` (default 20 rows).
 * @returns The preview.
 * @example
 * ```ts
 * import { previewRegister, writeRegisterTemplate } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const preview = await previewRegister(await writeRegisterTemplate({ format: "xlsx" }));
 * preview.headers.slice(0, 3); // ["資産番号", "資産名", "所管組織"]
 * ```
 */
export async function previewRegister(bytes: Uint8Array, options?: RegisterReadOptions & { readonly limit?: number }): Promise<RegisterPreview> {
  const mapping = resolveMapping(validMapping(options?.mapping));
  const sheetOption = options?.sheet ?? mapping.sheet;
  const table = openTable(bytes, sheetOption === undefined ? options : { ...options, sheet: sheetOption }, (names, rowsOf) => names.find((name) => findLayout(rowsOf(name), mapping) !== undefined));
  const layout = findLayout(table.rows(), mapping);
  const limit = options?.limit ?? 20;
  const rows: string[][] = [];
  for (const row of table.rows()) {
    if (rows.length >= limit) break;
    if (layout !== undefined && row.row <= layout.headerEnd) continue;
    rows.push(Array.from({ length: Math.max(row.cells.length, layout?.headers.length ?? 0) }, (_, i) => row.cells[i] ?? ""));
  }
  const columns: Record<string, unknown> = {};
  const safeguards: Record<string, string> = {};
  for (const [field, column] of Object.entries(layout?.fields ?? {})) if (column !== undefined) columns[field] = column.header;
  for (const [safeguard, column] of Object.entries(layout?.safeguards ?? {})) if (column !== undefined) safeguards[safeguard] = column.header;
  if (Object.keys(safeguards).length > 0) columns.safeguards = safeguards;
  return {
    sheets: [...table.sheets],
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    headerRow: layout?.headerRow ?? 0,
    headers: [...(layout?.headers ?? [])],
    rows,
    suggestedMapping: columnMappingSchema.parse({ ...(table.sheet === undefined ? {} : { sheet: table.sheet }), ...(layout === undefined ? {} : { headerRow: layout.headerRow }), columns }),
  };
}

/** The subjects a register row can hold: `asset` only. */
export type RegisterSubject = Extract<Subject, { kind: "asset" }>;
