import { describe, expect, it } from "vitest";
import { clauses } from "../../src/definitions/clauses.js";
import { documentTitle } from "../../src/definitions/document-title.js";
import {
  JAPANESE,
  collectStrings,
  definitionData,
  sourceText,
  stripWhitespace,
  strippedSource,
} from "./support.js";

/** The caption fragments of the figure printed after section 2, which are not clause text. */
const FIGURE_CAPTION_FRAGMENTS = [
  "情報セキュリティ対策に対する",
  "「基本方針」に基づきセキュリティ対策の基準を定めるもの",
  "「対策基準」を具体的にどのように実施するかを定めるもの",
] as const;

/** The document's text pieces in reading order: the title, then each clause's marker, heading and paragraphs. */
function documentPieces(): string[] {
  return [
    documentTitle.ja,
    ...clauses.flatMap((clause) => [
      clause.marker,
      ...(clause.heading === undefined ? [] : [clause.heading.ja]),
      ...clause.paragraphs.map((paragraph) => paragraph.ja),
    ]),
  ].map(stripWhitespace);
}

/**
 * Consumes `pieces` from `text` in order, each at its first occurrence after the previous one, and
 * returns what lies between them (and after the last): the text that no piece accounts for.
 */
function residue(text: string, pieces: readonly string[]): { unmatched: string[]; residue: string[] } {
  const unmatched: string[] = [];
  const left: string[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, cursor);
    if (at < 0) {
      unmatched.push(piece);
      continue;
    }
    if (at > cursor) left.push(text.slice(cursor, at));
    cursor = at + piece.length;
  }
  if (cursor < text.length) left.push(text.slice(cursor));
  return { unmatched, residue: left };
}

describe("fidelity to the published text", () => {
  it("reads the source document", () => {
    expect(sourceText).toContain("情報セキュリティ基本方針");
    expect(strippedSource.length).toBeGreaterThan(2000);
  });

  it("quotes every Japanese string of the data verbatim from the source", () => {
    const japanese = collectStrings(definitionData).filter(
      (found) => found.key === "ja" || JAPANESE.test(found.value),
    );
    expect(japanese.length).toBeGreaterThan(200);
    const missing = japanese.filter((found) => !strippedSource.includes(stripWhitespace(found.value)));
    expect(missing).toEqual([]);
  });

  it("keeps Japanese strings free of PDF line breaks and stray spaces", () => {
    const japanese = collectStrings(definitionData).filter((found) => found.key === "ja");
    const untidy = japanese.filter(
      (found) => /[\n\r\t]| {2}/.test(found.value) || found.value !== found.value.trim(),
    );
    expect(untidy).toEqual([]);
    const spaced = japanese.filter((found) => found.value.includes(" ")).map((found) => found.value);
    expect(spaced).toEqual([documentTitle.ja]);
  });

  it("writes no Japanese into the English", () => {
    const english = collectStrings(definitionData).filter((found) => found.key === "en");
    expect(english.length).toBeGreaterThan(200);
    expect(english.filter((found) => JAPANESE.test(found.value))).toEqual([]);
  });

  it("drops nothing: the clauses and title, in order, account for the whole source but the figure captions", () => {
    const { unmatched, residue: left } = residue(strippedSource, documentPieces());
    expect(unmatched).toEqual([]);
    expect(left).toEqual([FIGURE_CAPTION_FRAGMENTS.join("")]);
  });

  it("finds the figure captions between section 2 and section 3, where the figure is printed", () => {
    const captions = FIGURE_CAPTION_FRAGMENTS.join("");
    const at = strippedSource.indexOf(captions);
    expect(at).toBeGreaterThan(strippedSource.indexOf("（以下「実施手順」という。）という。"));
    expect(strippedSource.slice(at + captions.length).startsWith("３定義")).toBe(true);
  });
});
