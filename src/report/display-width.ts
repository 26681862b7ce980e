import { eastAsianWidth } from "get-east-asian-width";

// The East Asian Width of each code point comes from `get-east-asian-width` (generated from the
// Unicode Character Database; a devDependency that tsup bundles into dist, so the package still
// depends on zod only). What a terminal shows is counted per grapheme cluster: a
// base character with its combining marks, or an emoji sequence, is one glyph.

/** Code points a terminal draws with no width of their own: combining marks, format characters (ZWJ, ZWSP, BOM), controls, variation selectors. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]$/u;

/** An emoji shown as a picture (two columns): one with emoji presentation by default, or any emoji followed by U+FE0F, or a flag or keycap sequence. */
const EMOJI = /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\u{FE0F}|\p{Regional_Indicator}{2}|[#*0-9]\u{FE0F}?\u{20E3})/u;

let segmenter: Intl.Segmenter | undefined;

/** The width of one grapheme cluster: 0, 1 or 2. */
function graphemeWidth(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  for (const char of grapheme) {
    if (ZERO_WIDTH.test(char)) continue;
    // The first code point with a width of its own decides; what follows it combines with it.
    // Ambiguous characters (①, ○, →, Greek, Cyrillic) count as narrow, as UAX #11 advises when
    // the context is unknown and as terminals show them by default.
    return eastAsianWidth(char.codePointAt(0) as number, { ambiguousAsWide: false });
  }
  return 0;
}

/**
 * The width of a string in a terminal, in columns: wide and full-width characters (漢字 including
 * CJK Extension B such as 𠮷, かな, full-width letters, most emoji) take two, others one, and
 * combining marks, zero-width and control characters none. Ambiguous-width characters such as ①
 * count as one.
 *
 * @param text - Any text.
 * @returns The number of columns.
 */
export function displayWidth(text: string): number {
  let width = 0;
  // Fast path: printable ASCII is one column a character, and the common case of every table.
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.length;
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/**
 * Pads a string on the right with spaces to a display width (never cuts it).
 *
 * @param text - Any text.
 * @param width - The width wanted, in columns.
 * @returns The text, followed by as many spaces as it is narrower than `width`.
 */
export function padEndDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
