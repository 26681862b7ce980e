// The mapping editor's model: one select per field of the register (and per safeguard column), a
// flat record "field" / "safeguards.<name>" → header, converted to and from the spreadsheet
// package's ColumnMapping ({ sheet, headerRow, columns: { <field>: header, safeguards: { … } },
// values }). Pure: tested in Node.
import type { ColumnMapping } from "./register-io.js";

/** One row of the editor. */
export interface EditorField {
  /** "id", "zone", …, or "safeguards.encryption". */
  readonly key: string;
  readonly label: { readonly ja: string; readonly en: string };
}

/** What the editor needs of the spreadsheet package. */
export interface MappingVocabulary {
  readonly REGISTER_FIELDS?: readonly string[];
  readonly SAFEGUARD_COLUMNS?: readonly string[];
  readonly FIELD_HEADERS?: Readonly<Record<string, { readonly ja: string; readonly en: string }>>;
  readonly safeguardHeader?: (safeguard: never) => { readonly ja: string; readonly en: string };
}

/** The editor's rows: every register field, then every safeguard column. */
export function editorFields(vocabulary: MappingVocabulary, suggested: ColumnMapping): EditorField[] {
  const columns = (suggested["columns"] ?? {}) as Record<string, unknown>;
  const fields = vocabulary.REGISTER_FIELDS ?? Object.keys(columns).filter((key) => key !== "safeguards");
  const safeguards = vocabulary.SAFEGUARD_COLUMNS ?? Object.keys((columns["safeguards"] ?? {}) as object);
  return [
    ...fields.map((field) => ({ key: field, label: vocabulary.FIELD_HEADERS?.[field] ?? { ja: field, en: field } })),
    ...safeguards.map((safeguard) => ({ key: `safeguards.${safeguard}`, label: vocabulary.safeguardHeader?.(safeguard as never) ?? { ja: safeguard, en: safeguard } })),
  ];
}

function firstHeader(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/** The editor's choices from a mapping (the first spelling of a header given as several). */
export function flatFromMapping(mapping: ColumnMapping): Record<string, string> {
  const flat: Record<string, string> = {};
  const columns = (mapping["columns"] ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries(columns)) {
    if (field === "safeguards") continue;
    const header = firstHeader(value);
    if (header !== undefined) flat[field] = header;
  }
  for (const [safeguard, value] of Object.entries((columns["safeguards"] ?? {}) as Record<string, unknown>)) {
    const header = firstHeader(value);
    if (header !== undefined) flat[`safeguards.${safeguard}`] = header;
  }
  return flat;
}

/** A mapping from the editor's choices, keeping the base's sheet, header row and value words. */
export function mappingFromFlat(flat: Readonly<Record<string, string | undefined>>, base: ColumnMapping = {}): ColumnMapping {
  const columns: Record<string, unknown> = {};
  const safeguards: Record<string, string> = {};
  for (const [key, header] of Object.entries(flat)) {
    if (header === undefined || header === "") continue;
    if (key.startsWith("safeguards.")) safeguards[key.slice("safeguards.".length)] = header;
    else columns[key] = header;
  }
  if (Object.keys(safeguards).length > 0) columns["safeguards"] = safeguards;
  const { columns: _dropped, ...rest } = base as Record<string, unknown>;
  void _dropped;
  return { ...rest, columns } as ColumnMapping;
}
