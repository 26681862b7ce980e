import { describe, expectTypeOf, it } from "vitest";
import type {
  AvailabilityLevel,
  Classification,
  ClassificationDimension,
  ClassificationLevel,
  ConfidentialityLevel,
  IntegrityLevel,
} from "../../src/classification/classification.js";
import { HIGHEST_CLASSIFICATION, LOWEST_CLASSIFICATION } from "../../src/classification/classification-levels.js";
import type { ClassificationScheme, LevelId } from "../../src/classification/classification-scheme.js";
import { combineAll, combineClassifications } from "../../src/classification/combine-classifications.js";
import type { ClassificationComparison } from "../../src/classification/classification-comparison.js";
import { compareClassifications, isAtMost } from "../../src/classification/compare-classifications.js";
import { describeClassification } from "../../src/classification/describe-classification.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";
import type { HandlingRequirementId } from "../../src/classification/handling-requirement.js";
import { handlingRequirements } from "../../src/classification/handling-requirements.js";
import type { HandlingOverrides } from "../../src/classification/handling-overrides.js";
import { requirementsFor } from "../../src/classification/requirements-for.js";

describe("Classification types", () => {
  it("are exactly the levels of the default scheme", () => {
    expectTypeOf<ConfidentialityLevel>().toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<IntegrityLevel>().toEqualTypeOf<1 | 2>();
    expectTypeOf<AvailabilityLevel>().toEqualTypeOf<1 | 2>();
    expectTypeOf<Classification>().toEqualTypeOf<{ confidentiality: 1 | 2 | 3; integrity: 1 | 2; availability: 1 | 2 }>();
    expectTypeOf<ClassificationDimension>().toEqualTypeOf<"confidentiality" | "integrity" | "availability">();
    expectTypeOf<ClassificationLevel<"integrity">>().toEqualTypeOf<1 | 2>();
  });

  it("reject levels and keys outside the scheme", () => {
    // @ts-expect-error confidentiality 4 is not a level: a Classification's confidentiality is 1 | 2 | 3
    const tooSecret: Classification = { confidentiality: 4, integrity: 1, availability: 1 };
    // @ts-expect-error integrity has only levels 1 and 2
    const tooIntact: Classification = { confidentiality: 1, integrity: 3, availability: 1 };
    // @ts-expect-error availability is required: a classification names all three dimensions
    const partial: Classification = { confidentiality: 1, integrity: 1 };
    // @ts-expect-error a level is a number, not a string
    const stringly: Classification = { confidentiality: "1", integrity: 1, availability: 1 };
    // @ts-expect-error an unknown dimension is not part of a Classification
    const extra: Classification = { confidentiality: 1, integrity: 1, availability: 1, secrecy: 2 };
    void [tooSecret, tooIntact, partial, stringly, extra];
  });

  it("make the bounds read-only", () => {
    expectTypeOf(LOWEST_CLASSIFICATION).toExtend<Classification>();
    expectTypeOf(HIGHEST_CLASSIFICATION).toExtend<Classification>();
    // @ts-expect-error the shipped bounds are read-only (and frozen at run time)
    LOWEST_CLASSIFICATION.confidentiality = 3;
  });
});

describe("combining and comparing", () => {
  it("keep the Classification type", () => {
    const a: Classification = { confidentiality: 2, integrity: 1, availability: 2 };
    expectTypeOf(combineClassifications(a, HIGHEST_CLASSIFICATION)).toEqualTypeOf<Readonly<Classification>>();
    expectTypeOf(combineAll([a, a])).toEqualTypeOf<Readonly<Classification>>();
    expectTypeOf(combineAll(new Set([a]))).toEqualTypeOf<Readonly<Classification>>();
    expectTypeOf(isAtMost(a, a)).toEqualTypeOf<boolean>();
    expectTypeOf(compareClassifications(a, a)).toEqualTypeOf<ClassificationComparison>();
    expectTypeOf<ClassificationComparison>().toEqualTypeOf<"lower" | "equal" | "higher" | "incomparable">();
  });

  it("return read-only results", () => {
    const joined = combineClassifications(LOWEST_CLASSIFICATION, LOWEST_CLASSIFICATION);
    // @ts-expect-error the result of combining is read-only (and frozen at run time)
    joined.confidentiality = 3;
  });

  it("reject what is not a classification", () => {
    // @ts-expect-error combineClassifications takes classifications, not levels
    combineClassifications(1, 2);
    // @ts-expect-error combineAll takes an iterable of classifications
    combineAll({ confidentiality: 1, integrity: 1, availability: 1 });
  });
});

describe("schemes and descriptions", () => {
  it("type the scheme's levels as ordered tuples", () => {
    expectTypeOf(guidelineClassificationScheme).toEqualTypeOf<ClassificationScheme>();
    expectTypeOf(guidelineClassificationScheme.dimensions.confidentiality.levels[2]!.id).toEqualTypeOf<LevelId>();
    expectTypeOf(describeClassification).returns.toEqualTypeOf<string>();
  });

  it("reject an unknown locale", () => {
    // @ts-expect-error only "ja" and "en" are locales
    describeClassification(LOWEST_CLASSIFICATION, guidelineClassificationScheme, "fr");
  });
});

describe("handling requirements", () => {
  it("have typed ids and a discriminated result", () => {
    expectTypeOf(handlingRequirements[0]?.id).toEqualTypeOf<HandlingRequirementId | undefined>();
    const result = requirementsFor(HIGHEST_CLASSIFICATION);
    if (result.ok) {
      expectTypeOf(result.requirements[0]?.values).toEqualTypeOf<Readonly<Record<string, number>> | undefined>();
    } else {
      expectTypeOf(result.error.kind).toEqualTypeOf<"invalid-handling-overrides">();
    }
  });

  it("type the overrides", () => {
    const ok: HandlingOverrides = { "recovery-time": { recoveryTimeHours: 8 } };
    // @ts-expect-error a parameter value must be a number
    const wrongType: HandlingOverrides = { "recovery-time": { recoveryTimeHours: "8" } };
    // @ts-expect-error there is no handling requirement "make-coffee"
    const unknownRequirement: HandlingOverrides = { "make-coffee": { cups: 2 } };
    void [ok, wrongType, unknownRequirement];
  });

  it("make the shipped requirements read-only", () => {
    // @ts-expect-error the shipped requirements are a read-only array (and frozen at run time)
    handlingRequirements.push(handlingRequirements[0]!);
  });
});
