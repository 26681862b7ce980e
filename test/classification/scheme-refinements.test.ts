import { describe, expect, it } from "vitest";
import { ClassificationSchemeSchema, type ClassificationScheme } from "../../src/classification/classification-scheme.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";

// The cross-field rules of a classification scheme (its superRefine), each problem exactly: the
// path to the offending level or threshold, the code and the message a scheme author reads.

type Mutable = { -readonly [K in keyof ClassificationScheme]: unknown } & Record<string, unknown>;

/** A deep copy of the default scheme to break. */
function copy(): Mutable & { dimensions: Record<string, { levels: Record<string, unknown>[] }>; thresholds: Record<string, Record<string, unknown>> } {
  return structuredClone(guidelineClassificationScheme) as never;
}

/** The problems of a scheme as [path, code, message]. */
function problems(scheme: unknown): [(string | number)[], string, string][] {
  const result = ClassificationSchemeSchema.safeParse(scheme);
  expect(result.success, "the scheme was accepted").toBe(false);
  return result.error!.issues.map((issue) => [issue.path as (string | number)[], issue.code, issue.message]);
}

describe("the levels of a dimension", () => {
  it("numeric ids are listed lowest first: a lower one after a higher one is named with both", () => {
    const scheme = copy();
    const levels = scheme.dimensions.confidentiality!.levels;
    [levels[0]!.id, levels[1]!.id] = [2, 1];
    expect(problems(scheme)).toEqual([[["dimensions", "confidentiality", "levels", 1, "id"], "custom", "numeric levels are listed lowest first: 1 comes after 2"]]);
  });

  it("the same numeric id twice is out of order and appears twice", () => {
    const scheme = copy();
    const levels = scheme.dimensions.integrity!.levels;
    levels[1]!.id = 1;
    expect(problems(scheme)).toEqual([
      [["dimensions", "integrity", "levels", 1, "id"], "custom", "numeric levels are listed lowest first: 1 comes after 1"],
      [["dimensions", "integrity", "levels", 1, "id"], "custom", "level 1 appears twice in integrity"],
      // The threshold on integrity 2 names a level that is no longer there.
      [["thresholds", "integrity-important", "atLeast"], "custom", "integrity has no level 2 (levels: 1, 1)"],
    ]);
  });

  it("a code id twice appears twice (a code and a number of the same digits do not)", () => {
    const scheme = copy();
    const levels = scheme.dimensions.availability!.levels;
    levels[0]!.id = "A";
    levels[1]!.id = "A";
    scheme.thresholds["availability-important"]!.atLeast = "A";
    expect(problems(scheme)).toEqual([[["dimensions", "availability", "levels", 1, "id"], "custom", 'level "A" appears twice in availability']]);
    levels[1]!.id = 1;
    levels[0]!.id = "1";
    scheme.thresholds["availability-important"]!.atLeast = 1;
    expect(ClassificationSchemeSchema.safeParse(scheme).success).toBe(true);
  });

  it("a level of a guideline scheme needs its basis; an organisation's own scheme does not", () => {
    const scheme = copy();
    delete scheme.dimensions.confidentiality!.levels[2]!["basis"];
    expect(problems(scheme)).toEqual([[["dimensions", "confidentiality", "levels", 2, "basis"], "custom", "a level of a guideline scheme needs its basis in the guideline"]]);
    scheme.provenance = "organization";
    expect(ClassificationSchemeSchema.safeParse(scheme).success).toBe(true);
  });
});

describe("the thresholds", () => {
  it("a threshold on a level its dimension does not have is named with the levels it has", () => {
    const scheme = copy();
    scheme.thresholds.secret!.atLeast = 4;
    expect(problems(scheme)).toEqual([[["thresholds", "secret", "atLeast"], "custom", "confidentiality has no level 4 (levels: 1, 2, 3)"]]);
  });
});
