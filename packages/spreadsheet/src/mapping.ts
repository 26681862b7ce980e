import { z } from "zod";
import { AssetCategorySchema, AssetLocationSchema, gloss, OrganizationIdSchema, OutsideOrganizationSchema, SafeguardSchema, ZoneSchema } from "@miyagi-kouiki/infosec-policy";
import type { AssetCategory, AssetLocation, OrganizationRef, Safeguard, Zone } from "@miyagi-kouiki/infosec-policy";

/** The fields of an `asset` subject a register column can fill, apart from the safeguards. */
export const REGISTER_FIELDS = Object.freeze(["id", "name", "organization", "location", "category", "zone", "confidentiality", "integrity", "availability"] as const);

/** A field of an `asset` subject a register column fills (safeguards apart). */
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** The safeguards, in the template's column order. */
export const SAFEGUARD_COLUMNS: readonly Safeguard[] = Object.freeze([...SafeguardSchema.options]);

const headerNames = z
  .union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).min(1).max(20)])
  .describe("The column's header as written in the register, or several spellings; matched ignoring white space, line breaks, full-width/half-width and case.");

const columnsShape = Object.fromEntries(REGISTER_FIELDS.map((field) => [field, headerNames.optional().describe(`The header of the column that gives "${field}".`)])) as Record<RegisterField, z.ZodOptional<typeof headerNames>>;
const safeguardsShape = Object.fromEntries(SAFEGUARD_COLUMNS.map((safeguard) => [safeguard, headerNames.optional().describe(`The header of the column that says whether the asset has the safeguard "${safeguard}".`)])) as Record<Safeguard, z.ZodOptional<typeof headerNames>>;

const cellText = z.string().min(1).max(200);

/**
 * A column mapping: how a body's own register (its column headers and cell words) maps onto the
 * `asset` subject. Every part is optional and adds to the default (`DEFAULT_COLUMN_MAPPING`): a
 * header given for a field replaces the default's headers for that field; a value word given
 * is added to the default's words (and wins over a default word spelled the same).
 *
 * @example
 * ```ts
 * import { columnMappingSchema } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * columnMappingSchema.parse({
 *   columns: { id: "管理番号", zone: ["ネットワーク区分", "系統"], safeguards: { backup: "バックアップ有無" } },
 *   values: { zone: { "マイナンバー系": "mynumber" }, yes: ["有"], no: ["無"] },
 * });
 * ```
 */
export const columnMappingSchema = z
  .object({
    sheet: z.string().min(1).max(31).optional().describe("The sheet to read (default: the first sheet whose header row is found)."),
    headerRow: z.number().int().min(1).max(1000).optional().describe("The header row as Excel numbers it (default: found among the first 30 rows as the row matching the most headers)."),
    columns: z
      .object({
        ...columnsShape,
        safeguards: z.object(safeguardsShape).partial().strict().optional().describe("The header of each safeguard's column (○/× cells)."),
      })
      .partial()
      .strict()
      .optional()
      .describe("Which column fills which field of the asset, by header."),
    values: z
      .object({
        organization: z.record(cellText, z.union([OrganizationIdSchema, OutsideOrganizationSchema])).optional().describe('Words of the 所管組織 column and the organisation each means: an id of 5(1), or { "outside": "<name>" } for a body outside 5(1).'),
        category: z.record(cellText, AssetCategorySchema).optional().describe("Words of the 種別 column and the asset category each means."),
        zone: z.record(cellText, ZoneSchema).optional().describe("Words of the 領域 column and the zone each means."),
        location: z.record(cellText, AssetLocationSchema).optional().describe("Words of the 設置場所 column and the location each means."),
        yes: z.array(cellText).max(50).optional().describe("Words that mean the asset has a safeguard (○)."),
        no: z.array(cellText).max(50).optional().describe("Words that mean it does not (×)."),
        outsidePrefix: z.array(cellText).max(10).optional().describe('Prefixes that declare a body outside 5(1) in the 所管組織 column, e.g. "組織外:" in 「組織外:登米市」.'),
      })
      .strict()
      .optional()
      .describe("Which cell words mean which value."),
  })
  .strict()
  .describe("A column mapping for an asset register (情報資産台帳) in .xlsx or .csv.");

/** A column mapping (see `columnMappingSchema`). */
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

const SAFEGUARD_HEADERS: Readonly<Record<Safeguard, { ja: string; en: string }>> = Object.freeze({
  isolation: { ja: "通信の分離", en: "Isolation" },
  "carry-out-blocked": { ja: "持出し制限", en: "Carry-out blocked" },
  "multi-factor-sign-in": { ja: "多要素認証", en: "Multi-factor sign-in" },
  "traffic-monitoring": { ja: "通信の監視", en: "Traffic monitoring" },
  "physical-protection": { ja: "物理的保護", en: "Physical protection" },
  "entry-control": { ja: "入退室管理", en: "Entry control" },
  "anti-theft": { ja: "盗難防止", en: "Anti-theft" },
  "access-control": { ja: "アクセス制御", en: "Access control" },
  "malware-protection": { ja: "不正プログラム対策", en: "Malware protection" },
  "intrusion-prevention": { ja: "不正アクセス対策", en: "Intrusion prevention" },
  "security-updates": { ja: "セキュリティ更新", en: "Security updates" },
  backup: { ja: "バックアップ", en: "Backup" },
  encryption: { ja: "暗号化", en: "Encryption" },
  "locked-storage": { ja: "施錠保管", en: "Locked storage" },
  "power-backup": { ja: "予備電源", en: "Power backup" },
  "environmental-protection": { ja: "防災・空調設備", en: "Environmental protection" },
});

/** The headers of the default template, in Japanese and English, field by field. */
export const FIELD_HEADERS: Readonly<Record<RegisterField, { ja: string; en: string }>> = Object.freeze({
  id: { ja: "資産番号", en: "Asset number" },
  name: { ja: "資産名", en: "Asset name" },
  organization: { ja: "所管組織", en: "Organization" },
  location: { ja: "設置場所", en: "Location" },
  category: { ja: "種別", en: "Category" },
  zone: { ja: "領域", en: "Zone" },
  confidentiality: { ja: "機密性", en: "Confidentiality" },
  integrity: { ja: "完全性", en: "Integrity" },
  availability: { ja: "可用性", en: "Availability" },
});

/**
 * The header of a safeguard's column in the default template.
 *
 * @param safeguard - A safeguard, e.g. `"backup"`.
 * @returns Its header in Japanese and English, e.g. `{ ja: "バックアップ", en: "Backup" }`.
 * @example
 * ```ts
 * import { safeguardHeader } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * safeguardHeader("locked-storage").ja; // "施錠保管"
 * ```
 */
export function safeguardHeader(safeguard: Safeguard): { ja: string; en: string } {
  return SAFEGUARD_HEADERS[safeguard];
}

/** The template's word for each organisation, category, zone and location (what it writes). */
export const TEMPLATE_WORDS = Object.freeze({
  organization: Object.freeze(Object.fromEntries(OrganizationIdSchema.options.map((id) => [id, gloss(`body.${id}`).ja]))) as Readonly<Record<string, string>>,
  category: Object.freeze(Object.fromEntries(AssetCategorySchema.options.map((id) => [id, gloss(`asset.${id}`).ja]))) as Readonly<Record<AssetCategory, string>>,
  zone: Object.freeze(Object.fromEntries(ZoneSchema.options.map((id) => [id, gloss(`zone.${id}`).ja]))) as Readonly<Record<Zone, string>>,
  location: Object.freeze({ "union-premises": "広域連合", "member-municipality-counter": "構成市町村窓口" }) as Readonly<Record<AssetLocation, string>>,
  yes: "○",
  no: "×",
  outsidePrefix: "組織外:",
});

function words<T extends string>(template: Readonly<Record<T, string>>, extra: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, word] of Object.entries(template) as [T, string][]) {
    out[id] = id;
    out[word] = id;
  }
  return { ...out, ...extra };
}

/**
 * The default column mapping: the template's Japanese headers (and English ones), and the words
 * staff write, e.g. 「マイナンバー系」 for `mynumber`, 「○」「有」 for yes and 「×」「無」 for no.
 */
export const DEFAULT_COLUMN_MAPPING: ColumnMapping = deepFreeze({
  columns: {
    ...(Object.fromEntries(REGISTER_FIELDS.map((field) => [field, [FIELD_HEADERS[field].ja, FIELD_HEADERS[field].en, field]])) as Record<RegisterField, string[]>),
    id: ["資産番号", "管理番号", "Asset number", "id"],
    name: ["資産名", "資産の名称", "名称", "Asset name", "name"],
    organization: ["所管組織", "所管課", "所管", "Organization", "organization"],
    category: ["種別", "資産の種別", "分類", "Category", "category"],
    safeguards: Object.fromEntries(SAFEGUARD_COLUMNS.map((safeguard) => [safeguard, [SAFEGUARD_HEADERS[safeguard].ja, SAFEGUARD_HEADERS[safeguard].en, safeguard]])),
  },
  values: {
    organization: { ...words(TEMPLATE_WORDS.organization, {}), 広域連合事務局: "secretariat", 議会: "assembly-secretariat", 監査委員: "audit-secretariat", 選挙管理委員会事務局: "election-commission" },
    category: words(TEMPLATE_WORDS.category, { 端末: "terminal", パソコン: "terminal", PC: "terminal", 記録媒体: "media", 媒体: "media", 文書: "system-document", システム: "information-system", データ: "information" }),
    zone: words(TEMPLATE_WORDS.zone, { マイナンバー系: "mynumber", マイナンバー利用事務: "mynumber", LGWAN系: "lgwan", LGWAN: "lgwan", インターネット系: "internet", インターネット: "internet" }),
    location: words(TEMPLATE_WORDS.location, { 広域連合庁舎: "union-premises", 構成市町村の窓口: "member-municipality-counter" }),
    yes: ["○", "〇", "◯", "有", "あり", "はい", "済", "yes", "true", "y"],
    no: ["×", "✕", "✖", "無", "なし", "いいえ", "未", "no", "false", "n"],
    outsidePrefix: ["組織外:", "外部:"],
  },
} satisfies ColumnMapping);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * How header and cell words are compared: Unicode NFKC (full-width letters and digits become
 * half-width, 「：」 becomes ":"), white space and line breaks removed, lower case.
 *
 * @param text - A header or cell text.
 * @returns The key it is matched by.
 * @example
 * ```ts
 * import { normalizeWord } from "@miyagi-kouiki/infosec-policy-spreadsheet";
 *
 * normalizeWord("ＬＧＷＡＮ 接続系"); // "lgwan接続系"
 * ```
 */
export function normalizeWord(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
}

/** A mapping with the default filled in, its words normalised: what the reader uses. */
export interface ResolvedMapping {
  readonly sheet?: string;
  readonly headerRow?: number;
  /** Normalised header → the field it fills. */
  readonly headers: ReadonlyMap<string, RegisterField | { safeguard: Safeguard }>;
  readonly organization: ReadonlyMap<string, OrganizationRef>;
  readonly category: ReadonlyMap<string, AssetCategory>;
  readonly zone: ReadonlyMap<string, Zone>;
  readonly location: ReadonlyMap<string, AssetLocation>;
  readonly yes: ReadonlySet<string>;
  readonly no: ReadonlySet<string>;
  readonly outsidePrefix: readonly string[];
  /** The words shown as "allowed" in an error, field by field (as written, not normalised). */
  readonly allowed: Readonly<Record<"organization" | "category" | "zone" | "location" | "yesNo", readonly string[]>>;
}

function list(names: string | readonly string[] | undefined): readonly string[] {
  return names === undefined ? [] : typeof names === "string" ? [names] : names;
}

/**
 * Fills a mapping in with the default.
 *
 * @param mapping - A validated mapping (or none).
 * @returns What the reader matches headers and words by.
 */
export function resolveMapping(mapping: ColumnMapping | undefined): ResolvedMapping {
  const base = DEFAULT_COLUMN_MAPPING;
  const headers = new Map<string, RegisterField | { safeguard: Safeguard }>();
  for (const field of REGISTER_FIELDS) {
    for (const name of list(mapping?.columns?.[field] ?? base.columns?.[field])) headers.set(normalizeWord(name), field);
  }
  for (const safeguard of SAFEGUARD_COLUMNS) {
    for (const name of list(mapping?.columns?.safeguards?.[safeguard] ?? base.columns?.safeguards?.[safeguard])) headers.set(normalizeWord(name), { safeguard });
  }
  const map = <T>(a: Readonly<Record<string, T>> | undefined, b: Readonly<Record<string, T>> | undefined): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [word, value] of Object.entries(a ?? {})) out.set(normalizeWord(word), value);
    for (const [word, value] of Object.entries(b ?? {})) out.set(normalizeWord(word), value);
    return out;
  };
  const yes = new Set([...(base.values?.yes ?? []), ...(mapping?.values?.yes ?? [])].map(normalizeWord));
  const no = new Set([...(base.values?.no ?? []), ...(mapping?.values?.no ?? [])].map(normalizeWord));
  for (const word of mapping?.values?.yes ?? []) no.delete(normalizeWord(word));
  for (const word of mapping?.values?.no ?? []) yes.delete(normalizeWord(word));
  const shown = (template: Readonly<Record<string, string>>, extra: Readonly<Record<string, unknown>> | undefined): string[] => [...new Set([...Object.values(template), ...Object.keys(extra ?? {})])];
  return {
    ...(mapping?.sheet === undefined ? {} : { sheet: mapping.sheet }),
    ...(mapping?.headerRow === undefined ? {} : { headerRow: mapping.headerRow }),
    headers,
    organization: map(base.values?.organization, mapping?.values?.organization),
    category: map(base.values?.category, mapping?.values?.category),
    zone: map(base.values?.zone, mapping?.values?.zone),
    location: map(base.values?.location, mapping?.values?.location),
    yes,
    no,
    outsidePrefix: [...(mapping?.values?.outsidePrefix ?? []), ...(base.values?.outsidePrefix ?? [])].map((prefix) => prefix.normalize("NFKC").trim()),
    allowed: {
      organization: [...shown(TEMPLATE_WORDS.organization, mapping?.values?.organization), `${TEMPLATE_WORDS.outsidePrefix}<名称>`],
      category: shown(TEMPLATE_WORDS.category, mapping?.values?.category),
      zone: shown(TEMPLATE_WORDS.zone, mapping?.values?.zone),
      location: shown(TEMPLATE_WORDS.location, mapping?.values?.location),
      yesNo: [...new Set([...(mapping?.values?.yes ?? []), TEMPLATE_WORDS.yes, ...(mapping?.values?.no ?? []), TEMPLATE_WORDS.no])],
    },
  };
}
