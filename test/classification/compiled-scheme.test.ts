import { describe, expect, it } from "vitest";
import {
  allClassificationsOf,
  belowConfidential,
  classificationSchemes,
  compileClassificationScheme,
  isAtMostInScheme,
  isClassificationOf,
  joinInScheme,
  meetsThreshold,
  type SchemeClassification,
} from "../../src/core.js";

// The compiled form of a scheme as a caller uses it: membership, the foreign-level edge of the
// order, a threshold whose level is not the scheme's, and when a confidentiality control applies.

const guideline = compileClassificationScheme(classificationSchemes.guideline!);
const r6 = compileClassificationScheme(classificationSchemes["guideline-r6"]!);

const c = (confidentiality: string | number, integrity: string | number, availability: string | number) =>
  ({ confidentiality, integrity, availability }) as unknown as SchemeClassification;

describe("isClassificationOf", () => {
  it("accepts every classification the scheme enumerates", () => {
    for (const compiled of [guideline, r6]) {
      for (const classification of allClassificationsOf(compiled)) expect(isClassificationOf(compiled, classification)).toBe(true);
    }
  });

  it("rejects a classification with a foreign level in any single dimension", () => {
    // Numbers are the default scheme's ids, strings the r6 scheme's: "2" is not 2.
    expect(isClassificationOf(guideline, c("3A", 1, 1))).toBe(false);
    expect(isClassificationOf(guideline, c(1, "2", 1))).toBe(false);
    expect(isClassificationOf(guideline, c(1, 1, 9))).toBe(false);
    expect(isClassificationOf(r6, c(2, "1", "1"))).toBe(false);
    expect(isClassificationOf(r6, c("3B", "3B", "1"))).toBe(false);
    expect(isClassificationOf(r6, c("3B", "1", "0"))).toBe(false);
    expect(isClassificationOf(r6, c("3B", "2", "1"))).toBe(true);
  });
});

describe("the order with a level that is not the scheme's", () => {
  it("ranks a foreign level below every level of the scheme", () => {
    const lowest = allClassificationsOf(r6)[0]!;
    expect(isAtMostInScheme(r6, c("X", "X", "X"), lowest)).toBe(true);
    expect(isAtMostInScheme(r6, lowest, c("X", "1", "1"))).toBe(false);
    // The join keeps the scheme's level over the foreign one, on either side.
    expect(joinInScheme(r6, c("X", "2", "1"), c("1", "1", "X"))).toEqual({ confidentiality: "1", integrity: "2", availability: "1" });
    expect(joinInScheme(r6, c("3C", "1", "1"), c("3A", "1", "1")).confidentiality).toBe("3A");
  });
});

describe("a threshold whose atLeast is not a level of its dimension", () => {
  it("is met by no classification (not by every one)", () => {
    const base = classificationSchemes["guideline-r6"]!;
    const broken = compileClassificationScheme({
      ...base,
      thresholds: { ...base.thresholds, secret: { ...base.thresholds.secret, atLeast: "4Z" } },
    });
    expect(broken.thresholds.secret.size).toBe(0);
    for (const classification of allClassificationsOf(broken)) expect(meetsThreshold(broken, classification, "secret")).toBe(false);
    // The other thresholds are unaffected.
    expect(meetsThreshold(broken, c("3A", "1", "1"), "confidential")).toBe(true);
  });
});

describe("belowConfidential", () => {
  it("with the default parameter 2, exempts exactly the levels under the scheme's confidential threshold", () => {
    for (const [compiled, low, high] of [
      [guideline, c(1, 1, 1), c(2, 1, 1)],
      [r6, c("1", "2", "2"), c("3C", "1", "1")],
    ] as const) {
      expect(belowConfidential(compiled, low, 2)).toBe(true);
      expect(belowConfidential(compiled, high, 2)).toBe(false);
    }
  });

  it("with the parameter 1 (an overlay's tightening), applies to every level", () => {
    for (const compiled of [guideline, r6]) {
      for (const classification of allClassificationsOf(compiled)) expect(belowConfidential(compiled, classification, 1)).toBe(false);
    }
  });

  it("agrees with meetsThreshold(confidential) for every classification of every shipped scheme", () => {
    for (const scheme of Object.values(classificationSchemes)) {
      const compiled = compileClassificationScheme(scheme);
      for (const classification of allClassificationsOf(compiled)) {
        expect(belowConfidential(compiled, classification, 2)).toBe(!meetsThreshold(compiled, classification, "confidential"));
      }
    }
  });
});
