import { describe, expect, it } from "vitest";
import { ClassificationComparisonSchema } from "../../src/classification/classification-comparison.js";
import { combineClassifications } from "../../src/classification/combine-classifications.js";
import { compareClassifications } from "../../src/classification/compare-classifications.js";
import { describeClassification } from "../../src/classification/describe-classification.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";
import { validateHandlingOverrides } from "../../src/classification/handling-overrides.js";
import {
  AppliedHandlingRequirementSchema,
  HandlingParameterSchema,
  HandlingRequirementSchema,
  type HandlingRequirement,
} from "../../src/classification/handling-requirement.js";
import { handlingRequirements } from "../../src/classification/handling-requirements.js";
import type { ClassificationScheme } from "../../src/classification/classification-scheme.js";

// What the schemas of handling requirements reject, and how the problems are reported: the path
// and the message a person reads to fix an overlay or a custom requirement.

const recovery = handlingRequirements.find((requirement) => requirement.id === "recovery-time") as HandlingRequirement;
const hours = recovery.parameters["recoveryTimeHours"];
if (hours === undefined) throw new Error("recovery-time has no recoveryTimeHours");

const issuesOf = (result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string; code: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path, message: issue.message, code: issue.code }));

describe("HandlingParameterSchema", () => {
  it("accepts the shipped parameter, and a range of one value", () => {
    expect(HandlingParameterSchema.safeParse(hours).success).toBe(true);
    expect(HandlingParameterSchema.safeParse({ ...hours, min: 24, max: 24 }).success).toBe(true);
  });

  it("rejects a max below its min, on max, and stops there", () => {
    expect(issuesOf(HandlingParameterSchema.safeParse({ ...hours, min: 10, max: 9, default: 100 }))).toEqual([
      { path: ["max"], message: "max is below min", code: "custom" },
    ]);
  });

  it("accepts a parameter with no default (the organisation sets it)", () => {
    expect(hours.default).toBeUndefined();
    expect(HandlingParameterSchema.safeParse(hours).success).toBe(true);
  });

  it("rejects a default outside the parameter's own range, on default", () => {
    const issues = issuesOf(HandlingParameterSchema.safeParse({ ...hours, default: 24, max: 12 }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["default"]);
    expect(issues[0]?.code).toBe("custom");
    expect(issues[0]?.message).toMatch(/^default: .*12/);
    expect(issuesOf(HandlingParameterSchema.safeParse({ ...hours, default: 1.5 }))[0]?.path).toEqual(["default"]);
  });
});

describe("HandlingRequirementSchema", () => {
  it("rejects a threshold on another dimension, naming the thresholds the dimension has", () => {
    expect(HandlingRequirementSchema.safeParse(recovery).success).toBe(true);
    expect(issuesOf(HandlingRequirementSchema.safeParse({ ...recovery, threshold: "secret" }))).toEqual([
      { path: ["threshold"], message: "threshold secret is on confidentiality, not on availability (thresholds on availability: availability-important)", code: "custom" },
    ]);
    expect(HandlingRequirementSchema.safeParse({ ...recovery, dimension: "confidentiality", threshold: "secret" }).success).toBe(true);
    expect(HandlingRequirementSchema.safeParse({ ...recovery, threshold: 2 }).success).toBe(false);
  });
});

describe("AppliedHandlingRequirementSchema", () => {
  const applied = { ...recovery, values: { recoveryTimeHours: 8 }, unset: [] };
  const twoParameters = {
    ...recovery,
    parameters: { zuluHours: { ...hours }, alphaHours: { ...hours } },
    values: { zuluHours: 4, alphaHours: 2 },
    unset: [],
  };

  it("accepts values and unset that together name exactly the parameters, in any order", () => {
    expect(AppliedHandlingRequirementSchema.safeParse(applied).success).toBe(true);
    expect(AppliedHandlingRequirementSchema.safeParse(twoParameters).success).toBe(true);
    expect(AppliedHandlingRequirementSchema.safeParse({ ...applied, values: {}, unset: ["recoveryTimeHours"] }).success).toBe(true);
    expect(AppliedHandlingRequirementSchema.safeParse({ ...twoParameters, values: { alphaHours: 2 }, unset: ["zuluHours"] }).success).toBe(true);
  });

  it("rejects a parameter listed as unset that has a default", () => {
    const withDefault = { ...recovery, parameters: { recoveryTimeHours: { ...hours, default: 24 } }, values: {}, unset: ["recoveryTimeHours"] };
    expect(issuesOf(AppliedHandlingRequirementSchema.safeParse(withDefault))).toEqual([
      { path: ["unset"], message: "recoveryTimeHours has a default, so it is never unset", code: "custom" },
    ]);
  });

  it("rejects values that name other parameters, listing the expected names", () => {
    expect(issuesOf(AppliedHandlingRequirementSchema.safeParse({ ...applied, values: {} }))).toEqual([
      { path: ["values"], message: "values and unset together must name exactly the parameters (recoveryTimeHours)", code: "custom" },
      expect.objectContaining({ path: ["values", "recoveryTimeHours"], code: "custom" }),
    ]);
    expect(issuesOf(AppliedHandlingRequirementSchema.safeParse({ ...twoParameters, values: { alphaHours: 2 } }))[0]).toEqual({
      path: ["values"],
      message: "values and unset together must name exactly the parameters (alphaHours,zuluHours)",
      code: "custom",
    });
  });

  it("rejects a value its parameter does not accept, on that value", () => {
    const issues = issuesOf(AppliedHandlingRequirementSchema.safeParse({ ...applied, values: { recoveryTimeHours: 0 } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ["values", "recoveryTimeHours"], code: "custom" });
    expect(issues[0]?.message).toMatch(/1/);
  });

  it("checks the threshold too", () => {
    expect(issuesOf(AppliedHandlingRequirementSchema.safeParse({ ...applied, threshold: "secret" }))).toEqual([
      { path: ["threshold"], message: "threshold secret is on confidentiality, not on availability (thresholds on availability: availability-important)", code: "custom" },
    ]);
  });
});

describe("validateHandlingOverrides reports every problem by name", () => {
  it("an unknown requirement, listing the known ones", () => {
    const result = validateHandlingOverrides({ "recovery-tme": { recoveryTimeHours: 8 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      {
        code: "unknown-requirement",
        path: ["recovery-tme"],
        message: `no handling requirement "recovery-tme" (requirements: ${handlingRequirements.map((requirement) => requirement.id).join(", ")})`,
      },
    ]);
  });

  it("an unknown parameter, listing the requirement's parameters, or saying it has none", () => {
    const result = validateHandlingOverrides({ "recovery-time": { hours: 8 }, "integrity-backup": { copies: 2 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(2);
    expect(result.error.issues).toEqual(expect.arrayContaining([
      {
        code: "unknown-parameter",
        path: ["recovery-time", "hours"],
        message: 'handling requirement "recovery-time" has no parameter "hours" (parameters: recoveryTimeHours)',
      },
      {
        code: "unknown-parameter",
        path: ["integrity-backup", "copies"],
        message: 'handling requirement "integrity-backup" has no parameter "copies" (it has none)',
      },
    ]));
  });

  it("a value the parameter does not accept, with zod's message", () => {
    const result = validateHandlingOverrides({ "recovery-time": { recoveryTimeHours: "8" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({ code: "invalid-value", path: ["recovery-time", "recoveryTimeHours"] });
    expect(result.error.issues[0]?.message).toMatch(/number/);
  });

  it("not an object at all, at the top", () => {
    const result = validateHandlingOverrides(42);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([expect.objectContaining({ code: "invalid-value", path: [] })]);
  });
});

describe("describeClassification", () => {
  it("labels each level from the scheme, joined per locale", () => {
    expect(describeClassification({ confidentiality: 3, integrity: 2, availability: 1 })).toBe("機密性3・完全性2・可用性1");
    expect(describeClassification({ confidentiality: 1, integrity: 1, availability: 2 }, guidelineClassificationScheme, "en")).toBe(
      "Confidentiality 1, Integrity 1, Availability 2",
    );
  });

  it("falls back to the dimension's name and the level where a scheme has no label for it", () => {
    const relabelled: ClassificationScheme = {
      ...guidelineClassificationScheme,
      dimensions: {
        ...guidelineClassificationScheme.dimensions,
        confidentiality: {
          ...guidelineClassificationScheme.dimensions.confidentiality,
          levels: guidelineClassificationScheme.dimensions.confidentiality.levels.map((entry) => ({
            ...entry,
            label: { ja: `秘${entry.id}`, en: `Secret ${entry.id}` },
          })),
        },
        integrity: { ...guidelineClassificationScheme.dimensions.integrity, levels: [] },
      },
    } as unknown as ClassificationScheme;
    expect(describeClassification({ confidentiality: 2, integrity: 2, availability: 2 }, relabelled)).toBe("秘2・完全性2・可用性2");
    expect(describeClassification({ confidentiality: 2, integrity: 1, availability: 2 }, relabelled, "en")).toBe("Secret 2, Integrity1, Availability 2");
  });
});

describe("combineClassifications", () => {
  it("takes the higher level of each dimension, whichever comes first", () => {
    const a = { confidentiality: 3, integrity: 1, availability: 2 } as const;
    const b = { confidentiality: 1, integrity: 2, availability: 2 } as const;
    expect(combineClassifications(a, b)).toEqual({ confidentiality: 3, integrity: 2, availability: 2 });
    expect(combineClassifications(b, a)).toEqual({ confidentiality: 3, integrity: 2, availability: 2 });
  });
});

describe("ClassificationComparisonSchema", () => {
  it("is the four answers of compareClassifications, each of which it gives", () => {
    expect(ClassificationComparisonSchema.options).toEqual(["lower", "equal", "higher", "incomparable"]);
    const low = { confidentiality: 1, integrity: 1, availability: 1 } as const;
    const high = { confidentiality: 3, integrity: 2, availability: 2 } as const;
    const mixed = { confidentiality: 3, integrity: 1, availability: 1 } as const;
    const other = { confidentiality: 1, integrity: 2, availability: 1 } as const;
    const answers = [compareClassifications(low, high), compareClassifications(low, low), compareClassifications(high, low), compareClassifications(mixed, other)];
    expect(answers).toEqual(["lower", "equal", "higher", "incomparable"]);
    for (const answer of answers) expect(ClassificationComparisonSchema.parse(answer)).toBe(answer);
  });
});

describe("validateHandlingOverrides, more shapes", () => {
  it("a requirement's overrides that are not an object: an invalid value at the requirement", () => {
    const result = validateHandlingOverrides({ "recovery-time": 5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([expect.objectContaining({ code: "invalid-value", path: ["recovery-time"] })]);
  });

  it("lists every parameter of a requirement that has several", () => {
    const twoParameters = { ...recovery, parameters: { alphaHours: { ...hours }, zuluHours: { ...hours } } } as HandlingRequirement;
    const result = validateHandlingOverrides({ "recovery-time": { betaHours: 1 } }, [twoParameters]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => issue.message)).toEqual([
      'handling requirement "recovery-time" has no parameter "betaHours" (parameters: alphaHours, zuluHours)',
    ]);
  });
});
