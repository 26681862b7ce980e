import { describe, expect, it } from "vitest";
import {
  allClassificationsOf,
  classificationMappings,
  classificationSchemes,
  compileClassificationScheme,
  findClassificationMapping,
  isAtLeastAsStrict,
  mapClassification,
  mappingProblems,
  type ClassificationMapping,
  type SchemeClassification,
} from "../../src/index.js";

// Mappings between classification schemes: the shipped ones are sound and never make handling
// less strict; a broken mapping is reported at the right path; unknown pairs have no mapping.

const scheme = (id: string) => classificationSchemes[id]!;
const guideline = scheme("guideline");
const r6 = scheme("guideline-r6");
const toR6 = findClassificationMapping("guideline", "guideline-r6")!;
const c = (confidentiality: string | number, integrity: string | number, availability: string | number) =>
  ({ confidentiality, integrity, availability }) as unknown as SchemeClassification;

/** A copy of `mapping` with one dimension's rows replaced. */
const withRows = (mapping: ClassificationMapping, dimension: "confidentiality" | "integrity" | "availability", rows: unknown[]): ClassificationMapping =>
  ({ ...mapping, dimensions: { ...mapping.dimensions, [dimension]: rows } }) as unknown as ClassificationMapping;

describe("the shipped mappings", () => {
  it.each(classificationMappings.map((m) => [`${m.from}→${m.to}`, m] as const))("%s is sound and every candidate is at least as strict", (_name, mapping) => {
    const from = scheme(mapping.from);
    const to = scheme(mapping.to);
    expect(mappingProblems(mapping, from, to)).toEqual([]);
    for (const a of allClassificationsOf(compileClassificationScheme(from))) {
      const candidates = mapClassification(mapping, a);
      expect(candidates.length).toBeGreaterThan(0);
      for (const b of candidates) expect(isAtLeastAsStrict(from, a, to, b)).toBe(true);
    }
  });

  it("finds each shipped pair and nothing for a pair with no shipped mapping", () => {
    for (const mapping of classificationMappings) expect(findClassificationMapping(mapping.from, mapping.to)).toBe(mapping);
    expect(findClassificationMapping("guideline", "guideline")).toBeUndefined();
    expect(findClassificationMapping("guideline-r6", "importance-i-iv")).toBeUndefined();
    expect(findClassificationMapping("nope", "guideline")).toBeUndefined();
  });
});

describe("mapClassification", () => {
  it("lists every combination of the allowed levels (機密性2 has three r6 candidates)", () => {
    expect(mapClassification(toR6, c(2, 1, 2))).toEqual([c("2", "1", "2"), c("3C", "1", "2"), c("3B", "1", "2")]);
  });
  it("returns no candidate when a level is not mapped", () => {
    expect(mapClassification(toR6, c(4, 1, 1))).toEqual([]);
    expect(mapClassification(toR6, c(1, 1, "2"))).toEqual([]);
  });
});

describe("isAtLeastAsStrict", () => {
  it("is false when the target drops a threshold the source meets, true when it keeps them", () => {
    expect(isAtLeastAsStrict(guideline, c(2, 1, 1), r6, c("1", "1", "1"))).toBe(false); // confidential lost
    expect(isAtLeastAsStrict(guideline, c(3, 1, 1), r6, c("3B", "1", "1"))).toBe(false); // secret lost
    expect(isAtLeastAsStrict(guideline, c(1, 2, 1), r6, c("3A", "1", "1"))).toBe(false); // integrity lost
    expect(isAtLeastAsStrict(guideline, c(1, 1, 2), r6, c("1", "1", "2"))).toBe(true);
    // A classification that meets no threshold is matched by anything.
    expect(isAtLeastAsStrict(guideline, c(1, 1, 1), r6, c("1", "1", "1"))).toBe(true);
  });
});

describe("mappingProblems on a broken mapping", () => {
  const paths = (mapping: ClassificationMapping, from = guideline, to = r6) => mappingProblems(mapping, from, to).map((p) => p.path);

  it("reports a mapping between other schemes than the ones given", () => {
    const problems = mappingProblems(toR6, r6, guideline);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining([["from"], ["to"]]));
    expect(problems.find((p) => p.path[0] === "from")!.message).toContain('"guideline"');
  });

  it("reports a source level that is not the scheme's, and leaves the real level unmapped", () => {
    const mapping = withRows(toR6, "integrity", [
      { from: 1, to: ["1"] },
      { from: 7, to: ["2"] },
    ]);
    const problems = mappingProblems(mapping, guideline, r6);
    expect(problems.map((p) => p.path)).toEqual([["dimensions", "integrity", 1, "from"], ["dimensions", "integrity"]]);
    expect(problems[0]!.message).toContain("7 is not a integrity level of guideline");
    expect(problems[1]!.message).toContain("level 2 of guideline is not mapped");
  });

  it("reports a level mapped twice", () => {
    const mapping = withRows(toR6, "availability", [
      { from: 1, to: ["1"] },
      { from: 2, to: ["2"] },
      { from: 2, to: ["2"] },
    ]);
    expect(paths(mapping)).toEqual([["dimensions", "availability", 2, "from"]]);
    expect(mappingProblems(mapping, guideline, r6)[0]!.message).toContain("mapped twice");
  });

  it("reports a target that is not a level of the scheme mapped to, listing its levels", () => {
    const mapping = withRows(toR6, "confidentiality", [
      { from: 1, to: ["1"] },
      { from: 2, to: ["2", 2] },
      { from: 3, to: ["3A"] },
    ]);
    const problems = mappingProblems(mapping, guideline, r6);
    expect(problems.map((p) => p.path)).toEqual([["dimensions", "confidentiality", 1, "to", 1]]);
    expect(problems[0]!.message).toBe('2 is not a confidentiality level of guideline-r6 (levels: "1", "2", "3C", "3B", "3A")');
  });

  it("reports a less strict target, naming the threshold lost", () => {
    const mapping = withRows(toR6, "confidentiality", [
      { from: 1, to: ["1"] },
      { from: 2, to: ["1", "2"] },
      { from: 3, to: ["3B"] },
    ]);
    const problems = mappingProblems(mapping, guideline, r6);
    expect(problems.map((p) => p.path)).toEqual([
      ["dimensions", "confidentiality", 1, "to", 0],
      ["dimensions", "confidentiality", 2, "to", 0],
    ]);
    expect(problems[0]!.message).toContain('meets "confidential"');
    expect(problems[1]!.message).toContain('meets "secret"');
  });
});
