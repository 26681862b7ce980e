import { describe, expect, it } from "vitest";
import {
  ALL_CLASSIFICATIONS,
  describeClassification,
  describeSchemeLevels,
  guidelineClassificationScheme,
} from "../../src/index.js";
import { importance, r6 } from "../support/shipped-schemes.js";

// describeClassification and describeSchemeLevels print what a report header and a finding say
// about a classification: each dimension's label in the scheme, in canonical order, with the
// locale's separator. Exact strings, because a wrong label or separator is what a reader sees.

describe("describeClassification", () => {
  it("defaults to the default scheme and Japanese, joining the three labels with ・", () => {
    expect(describeClassification({ confidentiality: 3, integrity: 2, availability: 1 })).toBe("機密性3・完全性2・可用性1");
    expect(describeClassification({ confidentiality: 1, integrity: 1, availability: 2 })).toBe("機密性1・完全性1・可用性2");
  });

  it("writes English with ', ' and each level's own label, confidentiality, integrity, availability in that order", () => {
    expect(describeClassification({ confidentiality: 2, integrity: 1, availability: 2 }, guidelineClassificationScheme, "en")).toBe(
      "Confidentiality 2, Integrity 1, Availability 2",
    );
  });

  it("names every classification of the default scheme by its three labels (exhaustive)", () => {
    for (const c of ALL_CLASSIFICATIONS) {
      expect(describeClassification(c)).toBe(`機密性${c.confidentiality}・完全性${c.integrity}・可用性${c.availability}`);
      expect(describeClassification(c, guidelineClassificationScheme, "en")).toBe(
        `Confidentiality ${c.confidentiality}, Integrity ${c.integrity}, Availability ${c.availability}`,
      );
    }
  });

  it("uses the labels of the scheme it is given", () => {
    expect(describeClassification({ confidentiality: "3B", integrity: "2", availability: "1" }, r6)).toBe("自治体機密性3B・完全性2・可用性1");
    expect(describeClassification({ confidentiality: "3B", integrity: "2", availability: "1" }, r6, "en")).toBe(
      "Municipal confidentiality 3B, Integrity 2, Availability 1",
    );
    const ids = { confidentiality: "I", integrity: "IV", availability: "II" } as const;
    const labels = (["confidentiality", "integrity", "availability"] as const).map(
      (d) => importance.dimensions[d].levels.find((entry) => entry.id === ids[d])!.label.ja,
    );
    expect(describeClassification(ids, importance)).toBe(labels.join("・"));
  });

  it("falls back to the dimension's name and the level id for a level the scheme does not have", () => {
    expect(describeClassification({ confidentiality: 3, integrity: 9, availability: 1 })).toBe("機密性3・完全性9・可用性1");
    expect(describeClassification({ confidentiality: "3A", integrity: 1, availability: 7 }, guidelineClassificationScheme, "en")).toBe(
      "Confidentiality3A, Integrity 1, Availability7",
    );
    // A level id of the right text but the wrong type is not the scheme's level either.
    expect(describeClassification({ confidentiality: "2", integrity: 1, availability: 1 }, guidelineClassificationScheme, "en")).toBe(
      "Confidentiality2, Integrity 1, Availability 1",
    );
  });
});

describe("describeSchemeLevels", () => {
  it("lists each dimension's labels lowest first, joined by ' < ', dimensions by '; ' (Japanese by default)", () => {
    expect(describeSchemeLevels(guidelineClassificationScheme)).toBe(
      "機密性: 機密性1 < 機密性2 < 機密性3; 完全性: 完全性1 < 完全性2; 可用性: 可用性1 < 可用性2",
    );
    expect(describeSchemeLevels(guidelineClassificationScheme, "en")).toBe(
      "Confidentiality: Confidentiality 1 < Confidentiality 2 < Confidentiality 3; Integrity: Integrity 1 < Integrity 2; Availability: Availability 1 < Availability 2",
    );
  });

  it("follows the scheme's own levels and names", () => {
    expect(describeSchemeLevels(r6, "en")).toBe(
      "Confidentiality: Municipal confidentiality 1 < Municipal confidentiality 2 < Municipal confidentiality 3C < Municipal confidentiality 3B < Municipal confidentiality 3A; Integrity: Integrity 1 < Integrity 2; Availability: Availability 1 < Availability 2",
    );
    expect(describeSchemeLevels(r6)).toBe(
      "機密性: 自治体機密性1 < 自治体機密性2 < 自治体機密性3C < 自治体機密性3B < 自治体機密性3A; 完全性: 完全性1 < 完全性2; 可用性: 可用性1 < 可用性2",
    );
  });
});
