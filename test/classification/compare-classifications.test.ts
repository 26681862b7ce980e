import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_CLASSIFICATIONS,
  HIGHEST_CLASSIFICATION,
  LOWEST_CLASSIFICATION,
} from "../../src/classification/classification-levels.js";
import { combineClassifications } from "../../src/classification/combine-classifications.js";
import { compareClassifications, isAtMost } from "../../src/classification/compare-classifications.js";
import { classificationArbitrary } from "./arbitraries.js";

const all = ALL_CLASSIFICATIONS;

describe("isAtMost", () => {
  it("is a partial order: reflexive, antisymmetric, transitive (exhaustive)", () => {
    for (const a of all) {
      expect(isAtMost(a, a)).toBe(true);
      for (const b of all) {
        if (isAtMost(a, b) && isAtMost(b, a)) expect(a).toEqual(b);
        for (const c of all) {
          if (isAtMost(a, b) && isAtMost(b, c)) expect(isAtMost(a, c)).toBe(true);
        }
      }
    }
  });

  it("agrees with the join: a ≤ b exactly when a ⊔ b = b (exhaustive)", () => {
    for (const a of all) {
      for (const b of all) expect(isAtMost(a, b)).toBe(JSON.stringify(combineClassifications(a, b)) === JSON.stringify(b));
    }
  });

  it("has LOWEST below and HIGHEST above everything (property)", () => {
    fc.assert(
      fc.property(classificationArbitrary, (a) => {
        expect(isAtMost(LOWEST_CLASSIFICATION, a)).toBe(true);
        expect(isAtMost(a, HIGHEST_CLASSIFICATION)).toBe(true);
      }),
    );
  });
});

describe("compareClassifications", () => {
  it("tells the four cases apart", () => {
    expect(compareClassifications(LOWEST_CLASSIFICATION, HIGHEST_CLASSIFICATION)).toBe("lower");
    expect(compareClassifications(HIGHEST_CLASSIFICATION, LOWEST_CLASSIFICATION)).toBe("higher");
    expect(compareClassifications(HIGHEST_CLASSIFICATION, { ...HIGHEST_CLASSIFICATION })).toBe("equal");
    expect(
      compareClassifications(
        { confidentiality: 3, integrity: 1, availability: 1 },
        { confidentiality: 1, integrity: 2, availability: 1 },
      ),
    ).toBe("incomparable");
  });

  it("is consistent with isAtMost and antisymmetric in its answer (exhaustive)", () => {
    const flip = { lower: "higher", higher: "lower", equal: "equal", incomparable: "incomparable" } as const;
    for (const a of all) {
      for (const b of all) {
        const result = compareClassifications(a, b);
        expect(result === "lower" || result === "equal").toBe(isAtMost(a, b));
        expect(result === "higher" || result === "equal").toBe(isAtMost(b, a));
        expect(compareClassifications(b, a)).toBe(flip[result]);
      }
    }
  });
});
