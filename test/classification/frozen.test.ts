import { describe, expect, it } from "vitest";
import {
  ALL_CLASSIFICATIONS,
  CLASSIFICATION_LEVELS,
  HIGHEST_CLASSIFICATION,
  LOWEST_CLASSIFICATION,
} from "../../src/classification/classification-levels.js";
import { combineAll, combineClassifications } from "../../src/classification/combine-classifications.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";
import { handlingRequirements } from "../../src/classification/handling-requirements.js";
import { validateHandlingOverrides } from "../../src/classification/handling-overrides.js";
import { requirementsFor } from "../../src/classification/requirements-for.js";

/** Every object reachable from a value, including the value itself. */
function objectsIn(value: unknown, seen = new Set<object>()): Set<object> {
  if (value !== null && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) objectsIn((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return seen;
}

const shipped = {
  LOWEST_CLASSIFICATION,
  HIGHEST_CLASSIFICATION,
  ALL_CLASSIFICATIONS,
  CLASSIFICATION_LEVELS,
  guidelineClassificationScheme,
  handlingRequirements,
};

describe("shipped classification data is deeply frozen", () => {
  for (const [name, value] of Object.entries(shipped)) {
    it(`${name}: every reachable object is frozen`, () => {
      for (const object of objectsIn(value)) expect(Object.isFrozen(object)).toBe(true);
    });
  }

  it("cannot be changed: assignments, pushes and deletions throw", () => {
    expect(() => {
      (LOWEST_CLASSIFICATION as { confidentiality: number }).confidentiality = 3;
    }).toThrow(TypeError);
    expect(() => {
      (HIGHEST_CLASSIFICATION as { integrity: number }).integrity = 1;
    }).toThrow(TypeError);
    expect(() => {
      (ALL_CLASSIFICATIONS as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (guidelineClassificationScheme.dimensions.confidentiality.levels[2]!.label as { ja: string }).ja = "公開";
    }).toThrow(TypeError);
    expect(() => {
      (handlingRequirements as unknown as unknown[]).splice(0, 1);
    }).toThrow(TypeError);
    expect(() => {
      const recovery = handlingRequirements.find((r) => r.id === "recovery-time")!;
      (recovery.parameters["recoveryTimeHours"] as { default: number }).default = 999;
    }).toThrow(TypeError);
    expect(() => {
      delete (handlingRequirements[0] as { title?: unknown }).title;
    }).toThrow(TypeError);
    expect(LOWEST_CLASSIFICATION).toEqual({ confidentiality: 1, integrity: 1, availability: 1 });
    expect(guidelineClassificationScheme.dimensions.confidentiality.levels[2]!.label.ja).toBe("機密性3");
  });
});

describe("results are frozen too", () => {
  it("combineClassifications and combineAll", () => {
    expect(Object.isFrozen(combineClassifications(LOWEST_CLASSIFICATION, HIGHEST_CLASSIFICATION))).toBe(true);
    expect(Object.isFrozen(combineAll(ALL_CLASSIFICATIONS))).toBe(true);
  });

  it("requirementsFor and validateHandlingOverrides, all the way down", () => {
    const values = [
      requirementsFor(HIGHEST_CLASSIFICATION, { "recovery-time": { recoveryTimeHours: 8 } }),
      requirementsFor(HIGHEST_CLASSIFICATION, { "recovery-time": { recoveryTimeHours: -8 } }),
      validateHandlingOverrides({ "recovery-time": { recoveryTimeHours: 8 } }),
      validateHandlingOverrides({ nope: 1 }),
    ];
    for (const value of values) {
      for (const object of objectsIn(value)) expect(Object.isFrozen(object)).toBe(true);
    }
  });
});
