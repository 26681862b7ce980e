import { describe, expect, it } from "vitest";
import { ClauseSchema, type Clause } from "../../src/definitions/clause.js";
import { clauses } from "../../src/definitions/clauses.js";
import { documentTitle } from "../../src/definitions/document-title.js";
import { LocalizedTextSchema } from "../../src/definitions/localized-text.js";
import { circled, fullWidth, strippedSource, stripWhitespace } from "./support.js";

/** Every clause reference the document has, in document order. */
const DOCUMENT_REFS = [
  "1",
  "2", "2(1)", "2(2)",
  "3", ...Array.from({ length: 15 }, (_, i) => `3(${i + 1})`),
  "4", "4(1)", "4(2)", "4(3)", "4(4)", "4(5)",
  "5", "5(1)", "5(2)", "5(2)①", "5(2)②", "5(2)③",
  "6",
  "7", "7(1)", "7(2)", "7(3)", "7(3)①", "7(3)②", "7(4)", "7(5)", "7(6)", "7(7)", "7(8)",
  "8", "9", "10", "11",
];

/** The reference a clause's numbers spell. */
function refFromNumbers(clause: Clause): string {
  let ref = String(clause.section);
  if (clause.item !== undefined) ref += `(${clause.item})`;
  if (clause.subItem !== undefined) ref += circled(clause.subItem);
  return ref;
}

/** The marker the document prints for a clause with these numbers. */
function expectedMarker(clause: Clause): string {
  if (clause.subItem !== undefined) return circled(clause.subItem);
  if (clause.item !== undefined) return `（${fullWidth(clause.item)}）`;
  return fullWidth(clause.section);
}

describe("clauses", () => {
  it("validates every clause against ClauseSchema", () => {
    for (const clause of clauses) expect(ClauseSchema.parse(clause)).toEqual(clause);
  });

  it("validates the document title", () => {
    expect(LocalizedTextSchema.parse(documentTitle)).toEqual(documentTitle);
    expect(documentTitle.ja).toBe("第１章 情報セキュリティ基本方針");
  });

  it("has every clause reference of the document, once each, in document order", () => {
    expect(clauses.map((clause) => clause.ref)).toEqual(DOCUMENT_REFS);
    expect(clauses).toHaveLength(48);
    expect(new Set(clauses.map((clause) => clause.ref)).size).toBe(clauses.length);
  });

  it("spells each reference from the clause's level, section, item and sub-item numbers", () => {
    for (const clause of clauses) {
      expect(refFromNumbers(clause), clause.ref).toBe(clause.ref);
      const expectedLevel = clause.subItem !== undefined ? "sub-item" : clause.item !== undefined ? "item" : "section";
      expect(clause.level, clause.ref).toBe(expectedLevel);
    }
  });

  it("prints each marker exactly as the document does", () => {
    for (const clause of clauses) expect(clause.marker, clause.ref).toBe(expectedMarker(clause));
    expect(clauses.find((clause) => clause.ref === "10")?.marker).toBe("１０");
    expect(clauses.find((clause) => clause.ref === "3(13)")?.marker).toBe("（１３）");
  });

  it("gives every item and sub-item an existing parent that comes before it", () => {
    const seen = new Map<string, Clause>();
    for (const clause of clauses) {
      if (clause.level === "section") {
        expect(clause.parent, clause.ref).toBeUndefined();
      } else {
        const parent = clause.parent === undefined ? undefined : seen.get(clause.parent);
        expect(parent, `parent of ${clause.ref}`).toBeDefined();
        expect(parent?.level).toBe(clause.level === "item" ? "section" : "item");
        expect(parent?.section).toBe(clause.section);
        if (clause.level === "sub-item") expect(parent?.item).toBe(clause.item);
      }
      seen.set(clause.ref, clause);
    }
  });

  it("numbers siblings consecutively from 1", () => {
    const numbers = new Map<string | undefined, number[]>();
    for (const clause of clauses) {
      const own = clause.subItem ?? clause.item ?? clause.section;
      numbers.set(clause.parent, [...(numbers.get(clause.parent) ?? []), own]);
    }
    for (const [parent, list] of numbers) {
      expect(list, `children of ${parent ?? "the chapter"}`).toEqual(list.map((_, i) => i + 1));
    }
  });

  it("gives a heading to every section and to the items of 2, 3, 5 and 7, and to nothing else", () => {
    const headed = clauses.filter((clause) => clause.heading !== undefined).map((clause) => clause.ref);
    const expected = clauses
      .filter((clause) => clause.level === "section" || (clause.level === "item" && [2, 3, 5, 7].includes(clause.section)))
      .map((clause) => clause.ref);
    expect(headed).toEqual(expected);
  });

  it("has the paragraph counts of the document", () => {
    const counts = Object.fromEntries(clauses.map((clause) => [clause.ref, clause.paragraphs.length]));
    expect(counts).toMatchObject({ "2": 1, "2(2)": 2, "3": 0, "5": 0, "7(7)": 2, "7(8)": 2, "10": 2, "11": 2 });
    const empty = clauses.filter((clause) => clause.paragraphs.length === 0).map((clause) => clause.ref);
    expect(empty).toEqual(["3", "5"]);
  });

  it("places the note of section 2 on 実施手順 after item 2(2), where the document prints it", () => {
    const note = clauses.find((clause) => clause.ref === "2(2)")?.paragraphs[1];
    expect(note?.ja.startsWith("なお、情報セキュリティポリシーには含まれないものの")).toBe(true);
    expect(strippedSource.indexOf(stripWhitespace(note?.ja ?? "-"))).toBeGreaterThan(
      strippedSource.indexOf("全ての行為及び判断において遵守すべき基準を定めるもの。"),
    );
  });

  it("names the Union in full at its first mention in English", () => {
    expect(clauses[0]?.paragraphs[0]?.en).toContain(
      "the Miyagi Wide-Area Union of Late-Stage Elderly Medical Care (hereinafter \"the Union\")",
    );
  });
});
