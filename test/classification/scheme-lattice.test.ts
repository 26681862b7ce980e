import { describe, expect, it } from "vitest";
import {
  allClassificationsOf,
  classificationSchemes,
  ClassificationSchemeSchema,
  compileClassificationScheme,
  handlingRequirements,
  isAtMostInScheme,
  joinInScheme,
  meetsThreshold,
  requirementsFor,
  THRESHOLD_NAMES,
  type SchemeClassification,
} from "../../src/index.js";

// The lattice laws of every shipped scheme, exhaustively: the classifications of a scheme are the
// product of its dimensions' chains, ordered component-wise, with the join as component-wise max.

const SCHEMES = Object.values(classificationSchemes);

describe.each(SCHEMES.map((scheme) => [scheme.id, scheme] as const))("scheme %s", (_id, scheme) => {
  const compiled = compileClassificationScheme(scheme);
  const all = allClassificationsOf(compiled);
  const eq = (a: SchemeClassification, b: SchemeClassification) => a.confidentiality === b.confidentiality && a.integrity === b.integrity && a.availability === b.availability;
  const bottom = all[0]!;
  const top = all[all.length - 1]!;

  it("is valid data (the schema accepts it) and has as many classifications as the product of its levels", () => {
    expect(ClassificationSchemeSchema.safeParse(scheme).success).toBe(true);
    const size = scheme.dimensions.confidentiality.levels.length * scheme.dimensions.integrity.levels.length * scheme.dimensions.availability.levels.length;
    expect(all).toHaveLength(size);
    expect(new Set(all.map((c) => JSON.stringify(c))).size).toBe(size);
  });

  it("join is commutative, idempotent, has the lowest as identity and the highest as absorbing element (exhaustive)", () => {
    for (const a of all) {
      expect(eq(joinInScheme(compiled, a, a), a)).toBe(true);
      expect(eq(joinInScheme(compiled, a, bottom), a)).toBe(true);
      expect(eq(joinInScheme(compiled, top, a), top)).toBe(true);
      for (const b of all) expect(eq(joinInScheme(compiled, a, b), joinInScheme(compiled, b, a))).toBe(true);
    }
  });

  it("join is associative (exhaustive over every triple)", () => {
    let checked = 0;
    for (const a of all) {
      for (const b of all) {
        const ab = joinInScheme(compiled, a, b);
        for (const c of all) {
          if (!eq(joinInScheme(compiled, ab, c), joinInScheme(compiled, a, joinInScheme(compiled, b, c)))) expect.fail(`not associative for ${JSON.stringify([a, b, c])}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(all.length ** 3);
  });

  it("the order is a partial order and the join is the least upper bound (exhaustive)", () => {
    for (const a of all) {
      expect(isAtMostInScheme(compiled, a, a)).toBe(true);
      for (const b of all) {
        const join = joinInScheme(compiled, a, b);
        expect(isAtMostInScheme(compiled, a, join) && isAtMostInScheme(compiled, b, join)).toBe(true);
        if (isAtMostInScheme(compiled, a, b) && isAtMostInScheme(compiled, b, a)) expect(eq(a, b)).toBe(true);
        expect(isAtMostInScheme(compiled, a, b)).toBe(eq(join, b));
      }
    }
    // Transitivity and leastness over every triple.
    for (const a of all) for (const b of all) for (const c of all) {
      if (isAtMostInScheme(compiled, a, b) && isAtMostInScheme(compiled, b, c) && !isAtMostInScheme(compiled, a, c)) expect.fail("not transitive");
      if (isAtMostInScheme(compiled, a, c) && isAtMostInScheme(compiled, b, c) && !isAtMostInScheme(compiled, joinInScheme(compiled, a, b), c)) expect.fail("join not least");
    }
  });

  it("thresholds and handling requirements are monotone: a higher classification meets every threshold and requirement a lower one does (exhaustive)", () => {
    for (const a of all) {
      const requiredA = new Set(expectOk(requirementsFor(a, undefined, scheme)).map((r) => r.id));
      for (const b of all) {
        if (!isAtMostInScheme(compiled, a, b)) continue;
        for (const threshold of THRESHOLD_NAMES) {
          if (meetsThreshold(compiled, a, threshold) && !meetsThreshold(compiled, b, threshold)) expect.fail(`${threshold}: ${JSON.stringify(a)} meets it, ${JSON.stringify(b)} does not`);
        }
        const requiredB = new Set(expectOk(requirementsFor(b, undefined, scheme)).map((r) => r.id));
        for (const id of requiredA) if (!requiredB.has(id)) expect.fail(`${id}: required for ${JSON.stringify(a)} but not for ${JSON.stringify(b)}`);
      }
    }
  });

  it("the lowest classification meets no threshold and the highest meets every one", () => {
    for (const threshold of THRESHOLD_NAMES) {
      expect(meetsThreshold(compiled, bottom, threshold)).toBe(false);
      expect(meetsThreshold(compiled, top, threshold)).toBe(true);
    }
    expect(expectOk(requirementsFor(top, undefined, scheme)).map((r) => r.id)).toEqual(handlingRequirements.map((r) => r.id));
    expect(expectOk(requirementsFor(bottom, undefined, scheme))).toEqual([]);
  });
});

function expectOk(result: ReturnType<typeof requirementsFor>) {
  if (!result.ok) expect.fail("requirementsFor failed");
  return result.requirements;
}
