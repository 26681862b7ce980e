import type { AssetSubject } from "@miyagi-kouiki/infosec-policy";
import { writeCsv } from "./csv.js";
import { FIELD_HEADERS, REGISTER_FIELDS, SAFEGUARD_COLUMNS, safeguardHeader, TEMPLATE_WORDS } from "./mapping.js";
import { writeWorkbook, type Cell, type DataValidation } from "./xlsx-write.js";
import { columnLetter } from "./xml.js";

/** Options of `writeRegisterTemplate`. */
export interface RegisterTemplateOptions {
  /** `xlsx` (drop-down lists, frozen header, instructions sheet) or `csv` (UTF-8 with BOM, CRLF). */
  readonly format: "xlsx" | "csv";
  /** Assets to fill the template with (default none: the header row only). */
  readonly subjects?: readonly AssetSubject[];
  /** How many rows of the .xlsx template get drop-down lists (default 2,000 or the subjects' count). */
  readonly inputRows?: number;
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * The header row of the default template, in column order.
 *
 * @returns The 25 headers: 資産番号 … 可用性, then one per safeguard.
 * @example
 * ```ts
 * import { templateHeaders } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * templateHeaders().slice(0, 3); // ["資産番号", "資産名", "所管組織"]
 * ```
 */
export function templateHeaders(): string[] {
  return [...REGISTER_FIELDS.map((field) => FIELD_HEADERS[field].ja), ...SAFEGUARD_COLUMNS.map((s) => safeguardHeader(s).ja)];
}

/**
 * Neutralises a text for CSV: a leading ' keeps a text that starts like a formula (=, +, -, @)
 * text when a spreadsheet opens the file; `readRegister` takes it off again.
 *
 * @param text - A cell's text.
 * @returns The text to write.
 * @example
 * ```ts
 * import { neutralizeCsv } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * neutralizeCsv("=1+1"); // "'=1+1"
 * ```
 */
export function neutralizeCsv(text: string): string {
  // Any text of the form '…'<formula start> gets one more ', so that taking one off (the reader) is exact.
  return /^'*[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

function rowOf(subject: AssetSubject): string[] {
  if (subject.exception !== undefined) throw new Error(`the register template has no exception columns: asset ${JSON.stringify(subject.id ?? "")} has an exception; audit it as JSON`);
  const org = subject.organization;
  const cells: Record<string, string> = {
    id: subject.id ?? "",
    name: subject.name ?? "",
    organization: typeof org === "string" ? (TEMPLATE_WORDS.organization[org] ?? org) : `${TEMPLATE_WORDS.outsidePrefix}${org.outside}`,
    location: subject.location === undefined ? "" : TEMPLATE_WORDS.location[subject.location],
    category: TEMPLATE_WORDS.category[subject.category],
    zone: subject.zone === undefined ? "" : TEMPLATE_WORDS.zone[subject.zone],
    confidentiality: subject.classification === undefined ? "" : String(subject.classification.confidentiality),
    integrity: subject.classification === undefined ? "" : String(subject.classification.integrity),
    availability: subject.classification === undefined ? "" : String(subject.classification.availability),
  };
  const safeguards = subject.safeguards;
  return [
    ...REGISTER_FIELDS.map((field) => cells[field] ?? ""),
    ...SAFEGUARD_COLUMNS.map((s) => (safeguards === undefined ? "" : safeguards.includes(s) ? TEMPLATE_WORDS.yes : TEMPLATE_WORDS.no)),
  ];
}

const INSTRUCTIONS: readonly (readonly [string, string, string])[] = [
  ["資産番号", "任意", "資産ごとの番号（結果の表示に使います）。 / Optional: your number for the asset, shown in the results."],
  ["資産名", "任意", "資産の名称。 / Optional: the asset's name."],
  ["所管組織", "必須", `${Object.values(TEMPLATE_WORDS.organization).join("、")}（基本方針5(1)）。対象外の団体の資産は「組織外:団体名」（例: 組織外:登米市）。 / Required: one of the four bodies of 5(1); a body outside 5(1) as 組織外:<name>.`],
  ["設置場所", "任意", `${Object.values(TEMPLATE_WORDS.location).join("、")}。構成市町村の窓口にある広域連合の端末は「構成市町村窓口」。 / Optional: where it stands.`],
  ["種別", "必須", `${Object.values(TEMPLATE_WORDS.category).join("、")}（基本方針5(2)）。 / Required: the asset category of 5(2).`],
  ["領域", "任意", `${Object.values(TEMPLATE_WORDS.zone).join("、")}（7(3)）。 / Optional: the zone.`],
  ["機密性・完全性・可用性", "3つとも又は空欄", "機密性 1〜3、完全性 1〜2、可用性 1〜2（総務省ガイドラインの分類。基本方針7(2)は重要度による分類のみを定める）。3つとも空欄は「未分類」で、7(2)の不適合になります。 / All three levels or none (none: not classified, which fails 7(2)). The levels are the national guideline's scheme."],
  ["安全対策の各列", "全部又は空欄", "○（あり）か ×（なし）。空欄は「未記録」で、関係する管理策は「要確認」になります（「なし」とはみなしません）。1行の中で一部だけ空欄にはできません。 / ○ (yes) or × (no) in every safeguard column, or all blank (not recorded: the controls that need them need review; blank never means no)."],
];

/**
 * Writes the asset register template (情報資産台帳): the default columns with Japanese headers,
 * and, for .xlsx, drop-down lists on every input column, a frozen header row, an autofilter and an
 * instructions sheet (記入方法). Given subjects, it writes them as rows (the register
 * `readRegister` reads back into the same subjects).
 *
 * @param options - The format, and subjects to fill in.
 * @returns The file's bytes.
 * @throws Error for a subject with an exception (the template has no exception columns).
 * @example
 * ```ts
 * import { writeRegisterTemplate } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * const xlsx = await writeRegisterTemplate({ format: "xlsx" });
 * xlsx[0] === 0x50; // true: an .xlsx file is a ZIP archive
 * ```
 */
export async function writeRegisterTemplate(options: RegisterTemplateOptions): Promise<Uint8Array> {
  const headers = templateHeaders();
  const rows = (options.subjects ?? []).map(rowOf);
  if (options.format === "csv") {
    const text = writeCsv([headers, ...rows.map((row) => row.map(neutralizeCsv))]);
    const body = new TextEncoder().encode(text);
    const out = new Uint8Array(BOM.length + body.length);
    out.set(BOM);
    out.set(body, BOM.length);
    return out;
  }
  const last = Math.max(options.inputRows ?? 2000, rows.length) + 1;
  const col = (field: number): string => `${columnLetter(field)}2:${columnLetter(field)}${last}`;
  const index = (field: string): number => REGISTER_FIELDS.indexOf(field as (typeof REGISTER_FIELDS)[number]);
  const list = (field: string, values: readonly string[], title: string): DataValidation => ({
    range: col(index(field)),
    type: "list",
    values,
    prompt: { title, text: `一覧から選んでください: ${values.join("、")}` },
    error: { title, text: `一覧にない値です: ${values.join("、")}` },
  });
  const validations: DataValidation[] = [
    list("location", Object.values(TEMPLATE_WORDS.location), "設置場所"),
    list("category", Object.values(TEMPLATE_WORDS.category), "種別"),
    list("zone", Object.values(TEMPLATE_WORDS.zone), "領域"),
    list("confidentiality", ["1", "2", "3"], "機密性"),
    list("integrity", ["1", "2"], "完全性"),
    list("availability", ["1", "2"], "可用性"),
    {
      range: `${columnLetter(REGISTER_FIELDS.length)}2:${columnLetter(REGISTER_FIELDS.length + SAFEGUARD_COLUMNS.length - 1)}${last}`,
      type: "list",
      values: [TEMPLATE_WORDS.yes, TEMPLATE_WORDS.no],
      prompt: { title: "安全対策", text: "○（あり）か ×（なし）。全部空欄は「未記録」です。" },
      error: { title: "安全対策", text: "○ か × を選んでください。" },
    },
  ];
  // The organisations of 5(1) as a drop-down; a body outside 5(1) is typed as 「組織外:名称」, which
  // the rule lets through after a warning (a drop-down cannot hold free text).
  const organization = Object.values(TEMPLATE_WORDS.organization);
  validations.push({
    range: col(index("organization")),
    type: "list",
    values: organization,
    errorStyle: "warning",
    prompt: { title: "所管組織", text: `${organization.join("、")}。対象外の団体の資産は「組織外:団体名」と入力。` },
    error: { title: "所管組織", text: `一覧にない値です。対象外の団体なら「組織外:団体名」の形で入力してください。` },
  });
  const headerRow: Cell[] = headers.map((value) => ({ value, style: "header" }));
  const widths = [12, 24, 16, 14, 16, 22, 8, 8, 8, ...SAFEGUARD_COLUMNS.map(() => 10)];
  return writeWorkbook([
    {
      name: "情報資産台帳",
      rows: [headerRow, ...rows.map((row) => row.map((value) => (value === "" ? undefined : value)))],
      widths,
      freeze: { rows: 1, columns: 2 },
      autoFilter: `A1:${columnLetter(headers.length - 1)}${last}`,
      validations,
    },
    {
      name: "記入方法",
      rows: [
        [{ value: "情報資産台帳の記入方法 / How to fill in the asset register", style: "title" }],
        [{ value: "@miyagi-kouiki/infosec-policy-spreadsheet の既定の列です。見出しを変えた台帳は列の対応付け（--mapping）で読めます。 / The default columns; a register with other headers is read with a column mapping (--mapping).", style: "muted" }],
        [],
        [
          { value: "列 / Column", style: "header" },
          { value: "記入 / Entry", style: "header" },
          { value: "記入する値 / Values", style: "header" },
        ],
        ...INSTRUCTIONS.map(([a, b, c]) => [{ value: a, style: "wrap" as const }, { value: b, style: "wrap" as const }, { value: c, style: "wrap" as const }]),
      ],
      widths: [22, 16, 100],
    },
  ]);
}
