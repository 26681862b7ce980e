// RFC 4180 CSV, as Excel reads and writes it: fields separated by commas, records by CRLF (LF and
// lone CR are accepted too), a field in double quotes may hold commas, quotes (doubled) and line
// breaks. No Node API.

/** One record of a CSV file, with the row number Excel shows for it when it opens the file. */
export interface CsvRecord {
  /** The 1-based record number: Excel's row number (a quoted line break does not start a row). */
  readonly row: number;
  /** The fields, unquoted. */
  readonly fields: readonly string[];
}

/** A problem of CSV syntax, with where it is. */
export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
  /**
   * @param message - What is wrong.
   * @param row - The record (Excel row) it is in.
   */
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

/**
 * Parses CSV text record by record.
 *
 * @param text - The decoded text (a leading BOM is skipped).
 * @param delimiter - The field separator (default ",").
 * @returns The records, one at a time.
 * @throws CsvSyntaxError for a quoted field that never ends.
 * @example
 * ```ts
 * import { parseCsv } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * [...parseCsv('資産番号,資産名\r\nA-1,"サーバ\r\n(2階)"\r\n')].map((r) => r.row); // [1, 2]
 * ```
 */
export function* parseCsv(text: string, delimiter = ","): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let row = 0;
  const d = delimiter.charCodeAt(0);
  while (i < n) {
    row++;
    const fields: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === 0x22) {
        // Quoted field.
        let j = i + 1;
        let value = "";
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new CsvSyntaxError("a quoted field is never closed (a \" is missing)", row);
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 0x22) {
            value += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        // Excel keeps text after the closing quote ("a"b → ab): so does this parser.
        let k = j;
        while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 0x0a && text.charCodeAt(k) !== 0x0d) k++;
        field = value + text.slice(j, k);
        i = k;
      } else {
        let k = i;
        while (k < n && text.charCodeAt(k) !== d && text.charCodeAt(k) !== 0x0a && text.charCodeAt(k) !== 0x0d) k++;
        field = text.slice(i, k);
        i = k;
      }
      fields.push(field);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF, CR or end of text.
    if (text.charCodeAt(i) === 0x0d) i++;
    if (text.charCodeAt(i) === 0x0a) i++;
    yield { row, fields };
  }
}

/**
 * Quotes one field for CSV when it needs it (a comma, quote, line break, or space at either end).
 *
 * @param field - The field's text.
 * @returns The field as written in a CSV file.
 * @example
 * ```ts
 * import { csvField } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * csvField('a,"b"'); // '"a,""b"""'
 * ```
 */
export function csvField(field: string): string {
  return /[",\r\n]|^\s|\s$/u.test(field) ? `"${field.replace(/"/gu, '""')}"` : field;
}

/**
 * Writes records as CSV text, CRLF-terminated, as Excel writes it.
 *
 * @param records - The records.
 * @returns The CSV text (without a BOM).
 * @example
 * ```ts
 * import { writeCsv } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * writeCsv([["資産番号", "資産名"], ["A-1", "サーバ, 本庁舎"]]); // '資産番号,資産名\r\nA-1,"サーバ, 本庁舎"\r\n'
 * ```
 */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(csvField).join(",")}\r\n`).join("");
}
