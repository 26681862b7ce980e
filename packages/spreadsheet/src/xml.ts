// XML text helpers for SpreadsheetML: escaping what the writer emits and decoding what the
// reader meets. No DOM: this runs the same in Node, a browser and a Web Worker.

// Characters XML 1.0 cannot hold at all (C0 controls other than tab and line feed; a carriage
// return would be read back as a line feed, so Excel writes it escaped too; lone surrogates, U+FFFE/U+FFFF). SpreadsheetML writes them as `_xHHHH_` (ST_Xstring),
// and a literal `_xHHHH_` in the text has its underscore escaped as `_x005F_`.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/gu;

/**
 * Escapes text for an XML text node or attribute value, with SpreadsheetML's `_xHHHH_` for the
 * characters XML cannot carry.
 *
 * @param text - Any string.
 * @returns The escaped text.
 */
export function escapeXml(text: string): string {
  return text
    .replace(LITERAL_ESCAPE, "_x005F_$1")
    .replace(NOT_XML, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[&<>"]/gu, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;"));
}

const ENTITY = /&(?:#(\d+)|#x([0-9A-Fa-f]+)|(lt|gt|amp|quot|apos));/gu;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ST_XSTRING = /_x([0-9A-Fa-f]{4})_/gu;

/**
 * Decodes the character and entity references of XML text, then SpreadsheetML's `_xHHHH_`.
 *
 * @param text - Raw XML text (between tags, or an attribute value).
 * @returns The text it stands for.
 */
export function unescapeXml(text: string): string {
  const plain = text.indexOf("&") < 0 ? text : text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => (name !== undefined ? (NAMED[name] ?? "") : String.fromCodePoint(Number.parseInt(dec ?? hex ?? "0", dec === undefined ? 16 : 10))));
  return plain.indexOf("_x") < 0 ? plain : plain.replace(ST_XSTRING, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function attributePatterns(name: string): readonly [RegExp, RegExp] {
  return Object.freeze([new RegExp(`\\s${name}="([^"]*)"`, "u"), new RegExp(`\\s${name}='([^']*)'`, "u")] as const);
}

// Compiled once, at load, for the attributes the reader asks for (frozen data, not state).
const ATTRIBUTE_PATTERNS: Readonly<Record<string, readonly [RegExp, RegExp]>> = Object.freeze(
  Object.fromEntries(["r", "t", "s", "name", "Id", "Target", "ref", "state", "r:id", "relationships:id"].map((name) => [name, attributePatterns(name)])),
);

/** The value of attribute `name` in a start tag's text, decoded, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const patterns = ATTRIBUTE_PATTERNS[name] ?? attributePatterns(name);
  const match = patterns[0].exec(tag) ?? patterns[1].exec(tag);
  return match === null ? undefined : unescapeXml(match[1] as string);
}

/** The column letters of a zero-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The zero-based column index of column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** Splits a cell reference such as "B12" into a zero-based column and a one-based row. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/u.exec(ref);
  return match === null ? undefined : { column: columnIndex(match[1] as string), row: Number(match[2]) };
}
