import { strToU8, zipSync, type Zippable } from "fflate";
import { columnLetter, escapeXml } from "./xml.js";

// A small SpreadsheetML (Office Open XML, ECMA-376) writer: shared strings, a fixed set of cell
// styles (header, input, status colours, dates, wrapping), column widths, frozen panes,
// autofilter, merged cells, data validation, sheet protection with unlocked input cells, and
// formulas with their cached values. Output is bytes (Uint8Array): no Node API.

/** The cell styles the writer offers. */
export type CellStyle = "default" | "header" | "title" | "wrap" | "input" | "input-date" | "fail" | "manual" | "pass" | "muted";

const STYLE_ORDER: readonly CellStyle[] = ["default", "header", "title", "wrap", "input", "input-date", "fail", "manual", "pass", "muted"];

/** One cell: a value (text, number, boolean or nothing), an optional formula and style. */
export interface Cell {
  /** The value, or the formula's cached result. */
  readonly value?: string | number | boolean | null;
  /** A formula without the leading "=", e.g. `COUNTBLANK(F5:F19)`. */
  readonly formula?: string;
  /** The style (default: `default`). */
  readonly style?: CellStyle;
}

/** A data validation rule on a range. */
export interface DataValidation {
  /** The range, e.g. "F5:F19". */
  readonly range: string;
  /** `list` (a drop-down of `values`), or `custom` (a formula that must be true). */
  readonly type: "list" | "custom" | "date";
  /** For `list`: the allowed values. */
  readonly values?: readonly string[];
  /** For `custom`: the formula (no "="); for `date`: the earliest date as a serial number. */
  readonly formula?: string;
  /** The input message shown when the cell is selected. */
  readonly prompt?: { readonly title: string; readonly text: string };
  /** The error shown when a value is refused. */
  readonly error?: { readonly title: string; readonly text: string };
  /** `stop` (default) refuses a value outside the rule; `warning` asks, and lets the clerk keep it. */
  readonly errorStyle?: "stop" | "warning";
}

/** One worksheet. */
export interface SheetSpec {
  /** The sheet's name (at most 31 characters, no []:*?/\). */
  readonly name: string;
  /** The rows from row 1; a cell is a Cell, a bare value, or undefined for none. */
  readonly rows: readonly (readonly (Cell | string | number | boolean | null | undefined)[])[];
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  /** How many rows (and columns) stay frozen at the top (and left). */
  readonly freeze?: { readonly rows: number; readonly columns?: number };
  /** An autofilter over this range, e.g. "A1:K120". */
  readonly autoFilter?: string;
  /** Merged ranges, e.g. "A1:C1". */
  readonly merges?: readonly string[];
  /** Data validation rules. */
  readonly validations?: readonly DataValidation[];
  /** Protects the sheet: only cells of the `input` styles can be changed. */
  readonly protect?: boolean;
  /** Hides the sheet. */
  readonly hidden?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Whether a text would be taken as a formula by a spreadsheet if typed or opened from CSV: it
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
 *
 * @param text - A cell's text.
 * @returns `true` if it must be neutralised before it reaches a spreadsheet.
 * @example
 * ```ts
 * import { looksLikeFormula } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * looksLikeFormula('=HYPERLINK("http://example.invalid")'); // true
 * looksLikeFormula("A-1"); // false
 * ```
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

function stylesXml(): string {
  // Fills: 0 none, 1 gray125 (both required), then header grey, input yellow, fail red, manual amber, pass green.
  const fills = ["D9D9D9", "FFF2CC", "F8CBAD", "FFE699", "C6EFCE"];
  const fillXml = `<fills count="${2 + fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills
    .map((rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`)
    .join("")}</fills>`;
  const fonts = `<fonts count="4"><font><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><b/><sz val="14"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><sz val="10"/><color rgb="FF595959"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font></fonts>`;
  const borders = `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>`;
  // Each style, as [font, fill, border, numFmt, wrap, unlocked].
  const base: Record<CellStyle, [number, number, number, number, boolean, boolean]> = {
    default: [0, 0, 0, 0, false, false],
    header: [1, 2, 1, 0, true, false],
    title: [2, 0, 0, 0, false, false],
    wrap: [0, 0, 1, 0, true, false],
    input: [0, 3, 1, 49, true, true],
    "input-date": [0, 3, 1, 164, false, true],
    fail: [0, 4, 1, 0, true, false],
    manual: [0, 5, 1, 0, true, false],
    pass: [0, 6, 1, 0, true, false],
    muted: [3, 0, 0, 0, true, false],
  };
  // Every style twice: plain, then with quotePrefix (a text that starts like a formula stays text when edited).
  const xfs: string[] = [];
  for (const quote of [false, true]) {
    for (const name of STYLE_ORDER) {
      const [font, fill, border, numFmt, wrap, unlocked] = base[name];
      xfs.push(
        `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${numFmt === 0 ? "" : ' applyNumberFormat="1"'}${font === 0 ? "" : ' applyFont="1"'}${fill === 0 ? "" : ' applyFill="1"'}${border === 0 ? "" : ' applyBorder="1"'}${quote ? ' quotePrefix="1"' : ""} applyAlignment="1" applyProtection="1"><alignment vertical="top"${wrap ? ' wrapText="1"' : ""}/><protection locked="${unlocked ? 0 : 1}"/></xf>`,
      );
    }
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>${fonts}${fillXml}${borders}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

function styleIndex(style: CellStyle, quote: boolean): number {
  return STYLE_ORDER.indexOf(style) + (quote ? STYLE_ORDER.length : 0);
}

class SharedStrings {
  readonly #index = new Map<string, number>();
  readonly #list: string[] = [];
  count = 0;
  add(text: string): number {
    this.count++;
    let index = this.#index.get(text);
    if (index === undefined) {
      index = this.#list.length;
      this.#list.push(text);
      this.#index.set(text, index);
    }
    return index;
  }
  xml(): string {
    const items = this.#list.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.#list.length}">${items.join("")}</sst>`;
  }
}

function cellXml(ref: string, input: Cell | string | number | boolean | null | undefined, strings: SharedStrings): string {
  if (input === undefined || input === null) return "";
  const cell: Cell = typeof input === "object" ? input : { value: input };
  const style = cell.style ?? "default";
  const value = cell.value;
  const quote = typeof value === "string" && cell.formula === undefined && looksLikeFormula(value);
  const s = styleIndex(style, quote);
  const sAttr = s === 0 ? "" : ` s="${s}"`;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXml(cell.formula)}</f>`;
    if (typeof value === "number") return `<c r="${ref}"${sAttr}>${f}<v>${value}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${sAttr} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${sAttr} t="str">${f}<v>${escapeXml(value ?? "")}</v></c>`;
  }
  if (value === undefined || value === null || value === "") return s === 0 ? "" : `<c r="${ref}"${sAttr}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${sAttr}><v>${value}</v></c>` : `<c r="${ref}"${sAttr} t="s"><v>${strings.add(String(value))}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${sAttr} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${sAttr} t="s"><v>${strings.add(value)}</v></c>`;
}

function validationXml(rule: DataValidation): string {
  const prompt = rule.prompt === undefined ? "" : ` showInputMessage="1" promptTitle="${escapeXml(rule.prompt.title.slice(0, 32))}" prompt="${escapeXml(rule.prompt.text.slice(0, 255))}"`;
  const error = rule.error === undefined ? "" : ` errorTitle="${escapeXml(rule.error.title.slice(0, 32))}" error="${escapeXml(rule.error.text.slice(0, 225))}"`;
  const formula =
    rule.type === "list"
      ? `"${(rule.values ?? []).join(",").replace(/"/gu, '""')}"`
      : (rule.formula ?? "");
  const type = rule.type === "date" ? ` type="date" operator="greaterThanOrEqual"` : ` type="${rule.type}"`;
  const style = rule.errorStyle === "warning" ? ' errorStyle="warning"' : "";
  return `<dataValidation${type}${style} allowBlank="1" showErrorMessage="1"${error}${prompt} sqref="${rule.range}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
}

function sheetXml(sheet: SheetSpec, strings: SharedStrings, selected: boolean): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'];
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 1);
  parts.push(`<dimension ref="A1:${columnLetter(width - 1)}${Math.max(sheet.rows.length, 1)}"/>`);
  const freezeRows = sheet.freeze?.rows ?? 0;
  const freezeColumns = sheet.freeze?.columns ?? 0;
  if (freezeRows > 0 || freezeColumns > 0) {
    const topLeft = `${columnLetter(freezeColumns)}${freezeRows + 1}`;
    const pane = freezeRows > 0 && freezeColumns > 0 ? "bottomRight" : freezeRows > 0 ? "bottomLeft" : "topRight";
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}><pane${freezeColumns > 0 ? ` xSplit="${freezeColumns}"` : ""}${freezeRows > 0 ? ` ySplit="${freezeRows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    parts.push(`<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}/></sheetViews>`);
  }
  parts.push('<sheetFormatPr defaultRowHeight="18"/>');
  if (sheet.widths !== undefined && sheet.widths.length > 0) {
    parts.push(`<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`);
  }
  parts.push("<sheetData>");
  sheet.rows.forEach((row, r) => {
    const cells = row.map((cell, c) => cellXml(`${columnLetter(c)}${r + 1}`, cell, strings)).join("");
    parts.push(cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`);
  });
  parts.push("</sheetData>");
  if (sheet.protect === true) {
    parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0" sort="0"/>');
  }
  if (sheet.autoFilter !== undefined) parts.push(`<autoFilter ref="${sheet.autoFilter}"/>`);
  if (sheet.merges !== undefined && sheet.merges.length > 0) {
    parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`);
  }
  if (sheet.validations !== undefined && sheet.validations.length > 0) {
    parts.push(`<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join("")}</dataValidations>`);
  }
  parts.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>');
  parts.push("</worksheet>");
  return parts.join("");
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/u;

/**
 * Writes a workbook (.xlsx) of the given sheets.
 *
 * @param sheets - The worksheets, in tab order; the first is the active one.
 * @returns The .xlsx file's bytes.
 */
export function writeWorkbook(sheets: readonly SheetSpec[]): Uint8Array {
  if (sheets.length === 0) throw new Error("a workbook needs at least one sheet");
  for (const sheet of sheets) {
    if (sheet.name.length === 0 || sheet.name.length > 31 || INVALID_SHEET_NAME.test(sheet.name)) throw new Error(`invalid sheet name ${JSON.stringify(sheet.name)}`);
  }
  const strings = new SharedStrings();
  const files: Zippable = {};
  const sheetEntries: string[] = [];
  const rels: string[] = [];
  const definedNames: string[] = [];
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, strings, i === 0));
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.hidden === true ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    if (sheet.autoFilter !== undefined) {
      const [from, to] = sheet.autoFilter.split(":");
      const abs = (ref: string | undefined): string => (ref ?? "").replace(/^([A-Z]+)(\d+)$/u, "$$$1$$$2");
      definedNames.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(sheet.name.replace(/'/gu, "''"))}'!${abs(from)}:${abs(to)}</definedName>`);
    }
  });
  const n = sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`);
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries.join("")}</sheets>${definedNames.length > 0 ? `<definedNames>${definedNames.join("")}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  files["xl/styles.xml"] = strToU8(stylesXml());
  files["xl/sharedStrings.xml"] = strToU8(strings.xml());
  files["_rels/.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  // A fixed timestamp keeps the bytes the same for the same content (no clock).
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** The serial number Excel stores for an ISO date (days since 1899-12-30). */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The ISO date of an Excel serial number (the date part only). */
export function serialDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
