import { describe, expect, it } from "vitest";
import type { Clause } from "../../src/definitions/clause.js";
import { clauses } from "../../src/definitions/clauses.js";
import { childClauses, getClause } from "../../src/definitions/find-clause.js";
import type { Layer } from "../../src/definitions/layer.js";
import { layers } from "../../src/definitions/layers.js";
import type { LocalizedText } from "../../src/definitions/localized-text.js";
import { measures } from "../../src/definitions/measures.js";
import { obligations } from "../../src/definitions/obligations.js";
import { scope } from "../../src/definitions/scope.js";
import { terms } from "../../src/definitions/terms.js";
import { threats } from "../../src/definitions/threats.js";
import { definitionData, expectDeeplyFrozen } from "./support.js";

/** Views a read-only value as mutable, to prove that the run time refuses the change. */
function mutable<T>(value: T): { -readonly [K in keyof T]: T[K] } {
  return value as { -readonly [K in keyof T]: T[K] };
}

describe("frozen data", () => {
  it.each(Object.entries(definitionData))("freezes %s all the way down", (_, value) => {
    expectDeeplyFrozen(value);
  });

  it("runs these tests in strict mode, where writing to a frozen object throws", () => {
    expect(function (this: unknown) {
      return this;
    }.call(undefined)).toBeUndefined();
  });

  it("refuses changes to clauses", () => {
    const clause = getClause("7(3)①");
    expect(() => {
      mutable(clause).ref = "7(3)③";
    }).toThrow(TypeError);
    expect(() => {
      mutable(clause.paragraphs[0] as LocalizedText).ja = "改ざん";
    }).toThrow(TypeError);
    expect(() => (clause.paragraphs as LocalizedText[]).push({ ja: "追加", en: "added" })).toThrow(TypeError);
    expect(() => (clauses as Clause[]).push(clause)).toThrow(TypeError);
    expect(() => (clauses as Clause[]).pop()).toThrow(TypeError);
    expect(() => {
      delete mutable(getClause("3")).heading;
    }).toThrow(TypeError);
    expect(() => (childClauses("7") as Clause[]).push(clause)).toThrow(TypeError);
    expect(clause.ref).toBe("7(3)①");
    expect(clauses).toHaveLength(48);
  });

  it("refuses changes to terms, threats, scope, obligations, layers and measures", () => {
    const attempts: (() => unknown)[] = [
      () => (mutable(terms[0]?.definition as LocalizedText).en = "changed"),
      () => (terms as unknown[]).push({}),
      () => (mutable(threats[2] as { id: string }).id = "T9"),
      () => (threats[0]?.examples as unknown[]).splice(0, 1),
      () => (mutable(scope).organizations = []),
      () => (scope.assetRanges[0]?.categories as string[]).push("people"),
      () => (mutable(obligations[0]?.bound as { definedIn: string }).definedIn = "3(1)"),
      () => (obligations[0]?.bound.categories as string[]).push("contractor"),
      () => (mutable(layers[1] as Layer).public = true),
      () => (mutable(measures[3]?.actions[0] as LocalizedText).ja = "例外"),
      () => (measures as unknown[]).length = 0,
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(layers[1]?.public).toBe(false);
    expect(threats[2]?.id).toBe("T3");
    expect(measures).toHaveLength(14);
  });
});
