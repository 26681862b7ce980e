import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clauses } from "../../src/definitions/clauses.js";
import {
  childClauses,
  clauseText,
  findClause,
  getClause,
  hasClause,
  normalizeClauseRef,
} from "../../src/definitions/find-clause.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";

/** Calls `action` and returns the UnknownNameError it throws. */
function unknownClauseError(action: () => unknown): UnknownNameError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UnknownNameError);
    return error as UnknownNameError;
  }
  throw new Error("expected an UnknownNameError, but nothing was thrown");
}

describe("getClause, findClause, hasClause", () => {
  it("resolves every clause reference to its own clause", () => {
    for (const clause of clauses) {
      expect(getClause(clause.ref)).toBe(clause);
      expect(findClause(clause.ref)).toBe(clause);
      expect(hasClause(clause.ref)).toBe(true);
    }
  });

  it("finds clauses by the references of the design", () => {
    expect(getClause("3(13)").heading?.ja).toBe("マイナンバー利用事務系");
    expect(getClause("7(3)①").paragraphs[0]?.ja).toContain("原則として");
    expect(getClause("5(2)③").paragraphs[0]?.ja).toBe("情報システムの仕様書及びネットワーク図等のシステム関連文書");
  });

  it.each([
    ["12", ["11", "10", "9"]],
    ["7(9)", ["7(8)", "7(7)", "7"]],
    ["7(3)③", ["7(3)②", "7(3)①", "7(3)"]],
    ["", ["1", "2", "3"]],
  ])("throws UnknownNameError for %j, suggesting %j", (ref, suggestions) => {
    expect(findClause(ref)).toBeUndefined();
    expect(hasClause(ref)).toBe(false);
    const error = unknownClauseError(() => getClause(ref));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnknownNameError");
    expect(error.kind).toBe("clause");
    expect(error.query).toBe(ref);
    expect(error.suggestions).toEqual(suggestions);
    expect(error.message).toContain(`Unknown clause reference ${JSON.stringify(ref)}`);
    expect(error.message).toContain('a section such as "7", an item such as "3(13)", or a sub-item such as "7(3)①"');
    for (const suggestion of suggestions) expect(error.message).toContain(JSON.stringify(suggestion));
  });

  it.each([
    ["７(３)①"],
    ["7(3)1"],
    ["7(3)(1)"],
    ["７（３）①"],
    [" 7(3)① "],
    ["７（３）（１）"],
    ["7 (3) ①"],
    ["\u30007(3)①\u3000"],
    ["7⑶①"],
  ])("reads %j, written in another notation, as 7(3)①", (ref) => {
    expect(normalizeClauseRef(ref)).toBe("7(3)①");
    expect(findClause(ref)?.ref).toBe("7(3)①");
    expect(getClause(ref)).toBe(getClause("7(3)①"));
    expect(hasClause(ref)).toBe(true);
  });

  it("normalises notation for every clause: full-width, parenthesised and bare sub-items all find it", () => {
    const fullWidth = (text: string): string =>
      text.replace(/[0-9()]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    for (const clause of clauses) {
      expect(findClause(fullWidth(clause.ref)), clause.ref).toBe(clause);
      expect(findClause(`  ${clause.ref}\t`), clause.ref).toBe(clause);
      if (clause.subItem !== undefined) {
        const item = `${clause.section}(${clause.item})`;
        expect(findClause(`${item}(${clause.subItem})`), clause.ref).toBe(clause);
        expect(findClause(`${item}${clause.subItem}`), clause.ref).toBe(clause);
      }
    }
  });

  it("normalises notation only: a typo still names no clause, and the error keeps it as given", () => {
    // Each of these differs from a real clause by a number, not by notation: never resolved.
    for (const ref of ["7(3)3", "7(3)(3)", "３（１３）③", "7(9)①", "3(1)3", "7(3)0", "7(3)01", "7(3)21", "7-3-1", "73①", "7(3)①①"]) {
      expect(findClause(ref), ref).toBeUndefined();
      expect(hasClause(ref), ref).toBe(false);
      const error = unknownClauseError(() => getClause(ref));
      expect(error.query).toBe(ref);
      for (const suggestion of error.suggestions) expect(hasClause(suggestion)).toBe(true);
    }
    expect(unknownClauseError(() => getClause("7-3-1")).suggestions[0]).toBe("7(3)①");
    expect(unknownClauseError(() => getClause("７（３）③")).suggestions[0]).toBe("7(3)②");
  });

  it("leaves a canonical reference as it is, and is idempotent", () => {
    for (const clause of clauses) expect(normalizeClauseRef(clause.ref)).toBe(clause.ref);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789０１２３４５６７８９()（）①②③⑳ 　-x") }), (ref) => {
        const once = normalizeClauseRef(ref);
        expect(normalizeClauseRef(once)).toBe(once);
        // A reference that resolves resolves to the clause its canonical form names.
        const found = findClause(ref);
        if (found !== undefined) expect(found.ref).toBe(once);
      }),
    );
  });

  it("suggests only references that exist", () => {
    for (const ref of ["0", "99", "3(99)", "4(1)①", "7(9)②", "x", "1.2.3.4"]) {
      const { suggestions } = unknownClauseError(() => getClause(ref));
      expect(suggestions.length, ref).toBeGreaterThan(0);
      for (const suggestion of suggestions) expect(hasClause(suggestion), `${ref} → ${suggestion}`).toBe(true);
    }
  });
});

describe("childClauses", () => {
  it("lists the direct children of a clause in document order", () => {
    expect(childClauses("7").map((clause) => clause.ref)).toEqual([
      "7(1)", "7(2)", "7(3)", "7(4)", "7(5)", "7(6)", "7(7)", "7(8)",
    ]);
    expect(childClauses("7(3)").map((clause) => clause.ref)).toEqual(["7(3)①", "7(3)②"]);
    expect(childClauses("5(2)").map((clause) => clause.ref)).toEqual(["5(2)①", "5(2)②", "5(2)③"]);
    expect(childClauses("3")).toHaveLength(15);
  });

  it("gives an empty, frozen list for a clause without children", () => {
    expect(childClauses("6")).toEqual([]);
    expect(childClauses("7(3)①")).toEqual([]);
    expect(Object.isFrozen(childClauses("6"))).toBe(true);
    expect(Object.isFrozen(childClauses("7"))).toBe(true);
  });

  it("agrees with every clause's parent", () => {
    for (const clause of clauses) {
      const children = childClauses(clause.ref);
      expect(children).toEqual(clauses.filter((candidate) => candidate.parent === clause.ref));
    }
  });

  it("throws UnknownNameError for an unknown reference", () => {
    expect(unknownClauseError(() => childClauses("7(9)")).query).toBe("7(9)");
  });
});

describe("clauseText", () => {
  it("joins the heading and paragraphs, one per line", () => {
    expect(clauseText(getClause("3(9)"), "ja")).toBe("情報資産\n広域連合で取り扱う全ての情報をいう。");
    expect(clauseText(getClause("3(9)"), "en")).toBe("Information asset\nAll information handled by the Union.");
    expect(clauseText(getClause("10"), "ja").split("\n")).toHaveLength(3);
  });

  it("gives just the paragraphs for a clause without a heading, and just the heading for one without text", () => {
    expect(clauseText(getClause("4(3)"), "ja")).toBe("地震、落雷、火災等の災害によるサービス及び業務の停止等");
    expect(clauseText(getClause("3"), "ja")).toBe("定義");
  });
});
