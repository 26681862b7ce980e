// What the workbench keeps in local storage: column mappings (by the headings of the register
// they were made for), checklist drafts (by organisation) and the language. Nothing else, and
// nothing of the register itself. Functions take the storage so they are tested in Node.

/** The part of the Web Storage API used (localStorage in the page, a Map-backed fake in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "infosec-workbench:";

/** The storage key of a mapping: the register's headings, trimmed, in order. */
export function mappingKey(headers: readonly string[]): string {
  return `${PREFIX}mapping:${JSON.stringify(headers.map((header) => header.trim()))}`;
}

/** The mapping editor's choices: "field" or "safeguards.<name>" → header (see mapping-editor.ts). */
export type EditorChoices = Readonly<Record<string, string | undefined>>;

/** The mapping remembered for registers with these headings, keeping only headings that still exist. */
export function loadMapping(store: KeyValueStore, headers: readonly string[]): Record<string, string> | undefined {
  const raw = safeGet(store, mappingKey(headers));
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const known = new Set(headers);
    const mapping: Record<string, string> = {};
    for (const [field, header] of Object.entries(value)) if (typeof header === "string" && known.has(header)) mapping[field] = header;
    return mapping;
  } catch {
    return undefined;
  }
}

/** Remembers a mapping for registers with these headings (fields mapped to nothing are dropped). */
export function saveMapping(store: KeyValueStore, headers: readonly string[], mapping: EditorChoices): void {
  const kept: Record<string, string> = {};
  for (const [field, header] of Object.entries(mapping)) if (header !== undefined && header !== "") kept[field] = header;
  safeSet(store, mappingKey(headers), JSON.stringify(kept));
}

/** The storage key of an organisation's checklist draft. */
export function draftKey(organization: string): string {
  return `${PREFIX}checklist:${organization}`;
}

/** A saved checklist draft (the answers file as filled so far), or undefined. */
export function loadDraft(store: KeyValueStore, organization: string): Record<string, unknown> | undefined {
  const raw = safeGet(store, draftKey(organization));
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a checklist draft. */
export function saveDraft(store: KeyValueStore, organization: string, draft: unknown): void {
  safeSet(store, draftKey(organization), JSON.stringify(draft));
}

/** Forgets a checklist draft. */
export function clearDraft(store: KeyValueStore, organization: string): void {
  try {
    store.removeItem(draftKey(organization));
  } catch {
    // storage unavailable (private mode, quota): nothing to forget
  }
}

/** The language chosen, if any. */
export function loadLang(store: KeyValueStore): "ja" | "en" | undefined {
  const value = safeGet(store, `${PREFIX}lang`);
  return value === "ja" || value === "en" ? value : undefined;
}

/** Remembers the language. */
export function saveLang(store: KeyValueStore, lang: "ja" | "en"): void {
  safeSet(store, `${PREFIX}lang`, lang);
}

function safeGet(store: KeyValueStore, key: string): string | undefined {
  try {
    return store.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function safeSet(store: KeyValueStore, key: string, value: string): void {
  try {
    store.setItem(key, value);
  } catch {
    // storage unavailable or full: the workbench works on without remembering
  }
}
