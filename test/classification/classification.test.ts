import { describe, expect, it } from "vitest";
import {
  AvailabilityLevelSchema,
  ClassificationDimensionSchema,
  ClassificationSchema,
  ConfidentialityLevelSchema,
  IntegrityLevelSchema,
} from "../../src/classification/classification.js";
import {
  ALL_CLASSIFICATIONS,
  CLASSIFICATION_LEVELS,
  HIGHEST_CLASSIFICATION,
  LOWEST_CLASSIFICATION,
} from "../../src/classification/classification-levels.js";

describe("level schemas", () => {
  it("accept exactly the levels of each dimension", () => {
    for (const value of [-1, 0, 1, 2, 3, 4, 1.5, "1", null, undefined]) {
      expect(ConfidentialityLevelSchema.safeParse(value).success).toBe([1, 2, 3].includes(value as number));
      expect(IntegrityLevelSchema.safeParse(value).success).toBe([1, 2].includes(value as number));
      expect(AvailabilityLevelSchema.safeParse(value).success).toBe([1, 2].includes(value as number));
    }
  });

  it("match CLASSIFICATION_LEVELS", () => {
    expect([...ConfidentialityLevelSchema.values]).toEqual(CLASSIFICATION_LEVELS.confidentiality);
    expect([...IntegrityLevelSchema.values]).toEqual(CLASSIFICATION_LEVELS.integrity);
    expect([...AvailabilityLevelSchema.values]).toEqual(CLASSIFICATION_LEVELS.availability);
    expect(Object.keys(CLASSIFICATION_LEVELS)).toEqual(ClassificationDimensionSchema.options);
  });
});

describe("ClassificationSchema", () => {
  it("accepts every classification of the default scheme", () => {
    for (const classification of ALL_CLASSIFICATIONS) {
      expect(ClassificationSchema.parse(classification)).toEqual(classification);
    }
  });

  it("rejects a level out of range, a missing dimension and an unknown key", () => {
    expect(ClassificationSchema.safeParse({ confidentiality: 4, integrity: 1, availability: 1 }).success).toBe(false);
    expect(ClassificationSchema.safeParse({ confidentiality: 1, integrity: 3, availability: 1 }).success).toBe(false);
    expect(ClassificationSchema.safeParse({ confidentiality: 1, integrity: 1, availability: 0 }).success).toBe(false);
    expect(ClassificationSchema.safeParse({ confidentiality: 1, integrity: 1 }).success).toBe(false);
    expect(
      ClassificationSchema.safeParse({ confidentiality: 1, integrity: 1, availability: 1, secret: true }).success,
    ).toBe(false);
  });

  it("reports every problem with its path", () => {
    const result = ClassificationSchema.safeParse({ confidentiality: 4, integrity: "2", extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(paths).toEqual(["", "availability", "confidentiality", "integrity"]);
  });
});

describe("ALL_CLASSIFICATIONS", () => {
  it("holds the 3 × 2 × 2 = 12 classifications once each, lowest first", () => {
    expect(ALL_CLASSIFICATIONS).toHaveLength(12);
    expect(new Set(ALL_CLASSIFICATIONS.map((c) => JSON.stringify(c))).size).toBe(12);
    expect(ALL_CLASSIFICATIONS[0]).toEqual(LOWEST_CLASSIFICATION);
    expect(ALL_CLASSIFICATIONS[11]).toEqual(HIGHEST_CLASSIFICATION);
  });

  it("has the bounds the brief names", () => {
    expect(LOWEST_CLASSIFICATION).toEqual({ confidentiality: 1, integrity: 1, availability: 1 });
    expect(HIGHEST_CLASSIFICATION).toEqual({ confidentiality: 3, integrity: 2, availability: 2 });
  });
});
