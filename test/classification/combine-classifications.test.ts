import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Classification } from "../../src/classification/classification.js";
import {
  ALL_CLASSIFICATIONS,
  HIGHEST_CLASSIFICATION,
  LOWEST_CLASSIFICATION,
} from "../../src/classification/classification-levels.js";
import { combineAll, combineClassifications } from "../../src/classification/combine-classifications.js";
import { isAtMost } from "../../src/classification/compare-classifications.js";
import { classificationArbitrary } from "./arbitraries.js";

const join = combineClassifications;

/** The lattice laws for one pair / triple, as plain assertions usable both exhaustively and by fast-check. */
const laws = {
  commutative: (a: Classification, b: Classification) => {
    expect(join(a, b)).toEqual(join(b, a));
  },
  associative: (a: Classification, b: Classification, c: Classification) => {
    expect(join(join(a, b), c)).toEqual(join(a, join(b, c)));
  },
  idempotent: (a: Classification) => {
    expect(join(a, a)).toEqual(a);
  },
  identity: (a: Classification) => {
    expect(join(a, LOWEST_CLASSIFICATION)).toEqual(a);
    expect(join(LOWEST_CLASSIFICATION, a)).toEqual(a);
  },
  absorbing: (a: Classification) => {
    expect(join(a, HIGHEST_CLASSIFICATION)).toEqual(HIGHEST_CLASSIFICATION);
    expect(join(HIGHEST_CLASSIFICATION, a)).toEqual(HIGHEST_CLASSIFICATION);
  },
  monotone: (a: Classification, b: Classification) => {
    expect(isAtMost(a, join(a, b))).toBe(true);
    expect(isAtMost(b, join(a, b))).toBe(true);
  },
  leastUpperBound: (a: Classification, b: Classification, c: Classification) => {
    // Any upper bound of a and b is above their join.
    if (isAtMost(a, c) && isAtMost(b, c)) expect(isAtMost(join(a, b), c)).toBe(true);
  },
  componentWiseMaximum: (a: Classification, b: Classification) => {
    expect(join(a, b)).toEqual({
      confidentiality: Math.max(a.confidentiality, b.confidentiality),
      integrity: Math.max(a.integrity, b.integrity),
      availability: Math.max(a.availability, b.availability),
    });
  },
};

const all = ALL_CLASSIFICATIONS;

describe("combineClassifications: exhaustively over all 12 classifications", () => {
  it("is idempotent, has LOWEST as identity and HIGHEST as absorbing element (all 12)", () => {
    for (const a of all) {
      laws.idempotent(a);
      laws.identity(a);
      laws.absorbing(a);
    }
  });

  it("is commutative, monotone and the component-wise maximum (all 144 pairs)", () => {
    for (const a of all) {
      for (const b of all) {
        laws.commutative(a, b);
        laws.monotone(a, b);
        laws.componentWiseMaximum(a, b);
      }
    }
  });

  it("is associative and the least upper bound (all 1728 triples)", () => {
    for (const a of all) {
      for (const b of all) {
        for (const c of all) {
          laws.associative(a, b, c);
          laws.leastUpperBound(a, b, c);
        }
      }
    }
  });
});

describe("combineClassifications: property tests", () => {
  it("is commutative", () => {
    fc.assert(fc.property(classificationArbitrary, classificationArbitrary, (a, b) => laws.commutative(a, b)));
  });
  it("is associative", () => {
    fc.assert(
      fc.property(classificationArbitrary, classificationArbitrary, classificationArbitrary, (a, b, c) =>
        laws.associative(a, b, c),
      ),
    );
  });
  it("is idempotent", () => {
    fc.assert(fc.property(classificationArbitrary, (a) => laws.idempotent(a)));
  });
  it("has LOWEST_CLASSIFICATION as identity", () => {
    fc.assert(fc.property(classificationArbitrary, (a) => laws.identity(a)));
  });
  it("has HIGHEST_CLASSIFICATION as absorbing element", () => {
    fc.assert(fc.property(classificationArbitrary, (a) => laws.absorbing(a)));
  });
  it("is monotone: a ≤ a ⊔ b and b ≤ a ⊔ b", () => {
    fc.assert(fc.property(classificationArbitrary, classificationArbitrary, (a, b) => laws.monotone(a, b)));
  });
  it("is the least upper bound", () => {
    fc.assert(
      fc.property(classificationArbitrary, classificationArbitrary, classificationArbitrary, (a, b, c) =>
        laws.leastUpperBound(a, b, c),
      ),
    );
  });
});

describe("combineClassifications: purity", () => {
  it("never mutates its arguments and returns a new frozen object", () => {
    fc.assert(
      fc.property(classificationArbitrary, classificationArbitrary, (a, b) => {
        const before = structuredClone([a, b]);
        const result = join(a, b);
        expect([a, b]).toEqual(before);
        expect(result).not.toBe(a);
        expect(result).not.toBe(b);
        expect(Object.isFrozen(result)).toBe(true);
      }),
    );
  });
});

describe("combineAll", () => {
  it("gives LOWEST_CLASSIFICATION for an empty list, as a new frozen object", () => {
    const result = combineAll([]);
    expect(result).toEqual(LOWEST_CLASSIFICATION);
    expect(result).not.toBe(LOWEST_CLASSIFICATION);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it("equals folding combineClassifications from LOWEST (property)", () => {
    fc.assert(
      fc.property(fc.array(classificationArbitrary, { maxLength: 20 }), (list) => {
        expect(combineAll(list)).toEqual(list.reduce<Classification>(join, LOWEST_CLASSIFICATION));
      }),
    );
  });

  it("does not depend on order and does not mutate the list (property)", () => {
    fc.assert(
      fc.property(
        fc.array(classificationArbitrary, { maxLength: 20 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          const before = structuredClone(list);
          expect(combineAll(shuffled)).toEqual(combineAll(list));
          expect(list).toEqual(before);
        },
      ),
    );
  });

  it("gives the element of a singleton and the join of a pair (exhaustive)", () => {
    for (const a of all) {
      expect(combineAll([a])).toEqual(a);
      for (const b of all) expect(combineAll([a, b])).toEqual(join(a, b));
    }
  });

  it("accepts any iterable, such as a Set", () => {
    expect(combineAll(new Set<Classification>(all))).toEqual(HIGHEST_CLASSIFICATION);
  });
});
