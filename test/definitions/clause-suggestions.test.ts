import { describe, expect, it } from "vitest";
import { getClause, hasClause } from "../../src/definitions/find-clause.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";

// What a reader is offered after mistyping a clause reference: the deepest clause that exists on
// the way down and its children nearest in number, whatever the notation.

function suggestionsFor(ref: string): readonly string[] {
  try {
    getClause(ref);
  } catch (error) {
    expect(error).toBeInstanceOf(UnknownNameError);
    return (error as UnknownNameError).suggestions;
  }
  throw new Error(`expected ${ref} to name no clause`);
}

describe("suggestions for a reference that names no clause", () => {
  it.each([
    // No section 99: fall back through the missing item and sub-item to the nearest sections.
    ["99(3)", ["11", "10", "9"]],
    ["99(1)①", ["11", "10", "9"]],
    // Section 7 exists, item 99 does not: 7's items nearest 99, then 7 itself.
    ["7(99)①", ["7(8)", "7(7)", "7"]],
    ["７（９）", ["7(8)", "7(7)", "7"]],
    // A sub-item of an item that has none: just the item.
    ["3(13)②", ["3(13)"]],
    // An item of a section that has none: just the section.
    ["8(1)", ["8"]],
    // A circled number past the last sub-item.
    ["7(3)⑳", ["7(3)②", "7(3)①", "7(3)"]],
    // Numbers beyond the third are ignored.
    ["7-3-1-5", ["7(3)①", "7(3)②", "7(3)"]],
    // Japanese wording around the number.
    ["第7条", ["7", "6", "8"]],
    // Nothing numeric at all, or a section 0: the first sections.
    ["abc", ["1", "2", "3"]],
    ["0", ["1", "2", "3"]],
  ])("%j → %j", (ref, expected) => {
    expect(hasClause(ref)).toBe(false);
    const suggestions = suggestionsFor(ref);
    expect(suggestions).toEqual(expected);
    for (const suggestion of suggestions) expect(hasClause(suggestion), suggestion).toBe(true);
  });
});
