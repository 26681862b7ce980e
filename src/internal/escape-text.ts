// One place (re-exported by src/report/escape-text.ts) for how the package prints text it did not write (DESIGN.md invariant 15): names,
// ids, references and overlay texts reach a terminal, a report or an OSCAL document shown, never
// run. Every renderer (audit text, Markdown, HTML, checklist, policy diff, OSCAL) and every CLI
// command that prints input-derived strings goes through these functions.

/**
 * Characters that a terminal (or a reader) would not show as themselves: C0 controls (ESC, CR, LF,
 * TAB and the rest), DEL, C1 controls (incl. NEL), the bidirectional embeddings, overrides,
 * isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), zero-width and
 * invisible characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD, U+180E, Hangul fillers, tag
 * characters), the line and paragraph separators (U+2028, U+2029), interlinear annotation
 * controls, and lone surrogates.
 */
const UNSAFE =
  /[\u{0}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{61c}\u{115f}\u{1160}\u{180e}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{206f}\u{3164}\u{feff}\u{ffa0}\u{fff9}-\u{fffb}\u{e0000}-\u{e007f}\u{d800}-\u{dfff}]/gu;

function shown(char: string): string {
  const code = char.codePointAt(0) as number;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Makes text safe to print on one line of a terminal: every control character, bidirectional
 * override or isolate, zero-width or invisible character, line or paragraph separator (and a
 * lone surrogate) is shown as `\uXXXX` (its code point in hex; `\u{XXXXX}` beyond U+FFFF) instead of being printed raw. So an
 * asset named `"\u001b[2J"` prints as `\u001b[2J` and cannot clear the screen, and a reference
 * with U+202E cannot reverse what follows it.
 *
 * @param text - Any text (a name, an id, a reference, an overlay's text).
 * @returns The text with every such character made visible; other text unchanged.
 * @example
 * ```ts
 * import { escapeTerminal } from "@miyagi-kouiki/infosec-policy";
 *
 * escapeTerminal("端末\u001b[31m赤\u202e"); // "端末\\u001b[31m赤\\u202e"
 * ```
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, shown);
}

/**
 * Escapes text for Markdown (CommonMark and GitHub tables): HTML characters become entities, the
 * characters that start emphasis, links, code, a heading or a table cell are backslash-escaped,
 * line breaks become `<br>`, and every other control or invisible character is shown as `\uXXXX`
 * (as {@link escapeTerminal} does). So a name such as `<b>|x*` shows as written and never becomes
 * markup, and a table row keeps its columns.
 *
 * @param text - Any text.
 * @returns The text, safe inside a paragraph, a heading or a table cell.
 * @example
 * ```ts
 * import { escapeMarkdown } from "@miyagi-kouiki/infosec-policy";
 *
 * escapeMarkdown("a|b <i>"); // "a\\|b &lt;i&gt;"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return escapeTerminal(
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/([\\`*_[\]|~#!])/g, "\\$1")
      .replace(/\r\n|\r|\n/g, "<br>"),
  );
}

/**
 * An id as Markdown inline code when it is a plain token (letters, digits, `-`, `_`, `.`, `:`, `+`,
 * parentheses and the clause marks), otherwise escaped as text: an id made in code cannot end
 * the code span and inject markup.
 *
 * @param id - A control id, a clause reference.
 * @returns Markdown for it.
 */
export function markdownCode(id: string): string {
  return /^[\p{L}\p{N}._:()+\-①-⑳]+$/u.test(id) ? `\`${id}\`` : escapeMarkdown(id);
}

/**
 * Escapes text for HTML element content and attribute values: `&`, `<`, `>`, `"` and `'` become
 * character references, and control or invisible characters are shown as `\uXXXX`.
 *
 * @param text - Any text.
 * @returns The text, safe in element content and quoted attribute values.
 * @example
 * ```ts
 * import { escapeHtml } from "@miyagi-kouiki/infosec-policy";
 *
 * escapeHtml("<script>"); // "&#60;script&#62;"
 * ```
 */
export function escapeHtml(text: string): string {
  return escapeTerminal(text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`));
}

/**
 * Escapes text for an OSCAL `markup-line` or `markup-multiline` field (a Markdown subset):
 * `&`, `<`, `>` become entities; the Markdown specials (`\`, `` ` ``, `*`, `_`, `[`, `]`, `|`,
 * `~`, `!`) are backslash-escaped, as is a `#` that would start a heading; line breaks and every
 * other control or invisible character are shown as `\uXXXX`. The caller's own line breaks
 * (between list items) are added after escaping.
 *
 * @param text - Any text.
 * @returns The text, shown as written by an OSCAL viewer.
 * @example
 * ```ts
 * import { escapeOscalMarkup } from "@miyagi-kouiki/infosec-policy";
 *
 * escapeOscalMarkup("**bold** <b>"); // "\\*\\*bold\\*\\* &lt;b&gt;"
 * ```
 */
export function escapeOscalMarkup(text: string): string {
  return escapeTerminal(
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/([\\`*_[\]|~!])/g, "\\$1")
      .replace(/^(#{1,6})(?=[ \t]|$)/, "\\$1"),
  );
}

/** The same characters but the line feed: what the CLI's own output may hold. */
const UNSAFE_BUT_LF =
  /[\u{0}-\u{9}\u{b}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{61c}\u{115f}\u{1160}\u{180e}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{206f}\u{3164}\u{feff}\u{ffa0}\u{fff9}-\u{fffb}\u{e0000}-\u{e007f}\u{d800}-\u{dfff}]/gu;

/**
 * A prefilter of UNSAFE_BUT_LF, by UTF-16 code units (no `u` flag, which makes V8's scan slower):
 * the same ranges in the Basic Multilingual Plane, and every surrogate (the tag characters and a
 * lone surrogate are among them); a text it does not match holds nothing UNSAFE_BUT_LF matches.
 */
const MAY_NEED_GUARD = /[\0-\x09\x0b-\x1f\x7f-\x9f\xad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb]/;

function unitEscapes(char: string): string {
  let text = "";
  for (let i = 0; i < char.length; i++) text += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return text;
}

/**
 * The last guard on everything the CLI prints on standard output: every character
 * {@link escapeTerminal} shows, except the line feed, becomes `\uXXXX` (a character beyond
 * U+FFFF as its two UTF-16 escapes). In JSON output such a character can only be inside a string,
 * where `\uXXXX` is the same value, so the JSON stays valid and equal; in text, Markdown and HTML
 * it is shown instead of run. The renderers escape each field first (line breaks included); this
 * catches whatever a renderer missed.
 *
 * @param text - A chunk of the CLI's output.
 * @returns The chunk, safe for a terminal.
 */
export function guardOutput(text: string): string {
  // Nearly all output has nothing to escape: a test by MAY_NEED_GUARD (about 2.5 times faster than
  // the replace by UNSAFE_BUT_LF over a report's text) returns such text as it is.
  return MAY_NEED_GUARD.test(text) ? text.replace(UNSAFE_BUT_LF, unitEscapes) : text;
}
