import { describe, expect, it } from "vitest";
import { ClassificationDimensionSchema } from "../../src/classification/classification.js";
import { ALL_CLASSIFICATIONS } from "../../src/classification/classification-levels.js";
import {
  ClassificationSchemeSchema,
  type ClassificationScheme,
  type ClassificationLevelEntry,
} from "../../src/classification/classification-scheme.js";
import { describeClassification } from "../../src/classification/describe-classification.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";

const scheme = guidelineClassificationScheme;

describe("guidelineClassificationScheme", () => {
  it("validates against ClassificationSchemeSchema", () => {
    expect(ClassificationSchemeSchema.parse(scheme)).toEqual(scheme);
  });

  it("is a guideline default implementing 7(2), and its note says the levels come from the guideline", () => {
    expect(scheme.provenance).toBe("guideline");
    expect(scheme.clause).toBe("7(2)");
    expect(scheme.note.ja).toContain("総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」");
    expect(scheme.note.ja).toContain("7(2)");
    expect(scheme.note.en).toMatch(/national guideline/);
    expect(scheme.note.en).toMatch(/does not fix the levels/);
  });

  it("names the dimensions with the terms defined in 3(10)–3(12) of the basic policy", () => {
    expect(scheme.dimensions.confidentiality.term).toBe("3(10)");
    expect(scheme.dimensions.integrity.term).toBe("3(11)");
    expect(scheme.dimensions.availability.term).toBe("3(12)");
    expect(scheme.dimensions.confidentiality.name.ja).toBe("機密性");
    expect(scheme.dimensions.integrity.name.ja).toBe("完全性");
    expect(scheme.dimensions.availability.name.ja).toBe("可用性");
  });

  it("labels every level as <dimension><level> and defines it in both languages", () => {
    for (const dimension of ClassificationDimensionSchema.options) {
      const { name, levels } = scheme.dimensions[dimension];
      levels.forEach((entry, index) => {
        expect(entry.id).toBe(index + 1);
        expect(entry.label.ja).toBe(`${name.ja}${entry.id}`);
        expect(entry.label.en).toBe(`${name.en} ${entry.id}`);
        expect(entry.definition.ja.length).toBeGreaterThan(0);
        expect(entry.definition.en.length).toBeGreaterThan(0);
      });
    }
  });

  it("follows the guideline's definitions", () => {
    const [c1, c2, c3] = scheme.dimensions.confidentiality.levels as readonly [ClassificationLevelEntry, ClassificationLevelEntry, ClassificationLevelEntry];
    expect(c3.definition.ja).toBe(
      "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産",
    );
    expect(c2.definition.ja).toBe(
      "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産",
    );
    expect(c1.definition.ja).toBe("機密性2又は機密性3の情報資産以外の情報資産");
    const [i1, i2] = scheme.dimensions.integrity.levels as readonly [ClassificationLevelEntry, ClassificationLevelEntry];
    expect(i2.definition.ja).toBe(
      "行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産",
    );
    expect(i1.definition.ja).toBe("完全性2の情報資産以外の情報資産");
    const [a1, a2] = scheme.dimensions.availability.levels as readonly [ClassificationLevelEntry, ClassificationLevelEntry];
    expect(a2.definition.ja).toBe(
      "行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産",
    );
    expect(a1.definition.ja).toBe("可用性2の情報資産以外の情報資産");
  });
});

describe("ClassificationSchemeSchema", () => {
  it("rejects a missing level, a level out of order and an extra level", () => {
    const missing = copy() as unknown as { dimensions: { integrity: { levels: unknown[] } } };
    missing.dimensions.integrity.levels = missing.dimensions.integrity.levels.slice(0, 1);
    expect(ClassificationSchemeSchema.safeParse(missing).success).toBe(false);

    const swapped = copy() as unknown as { dimensions: { confidentiality: { levels: unknown[] } } };
    swapped.dimensions.confidentiality.levels = [...swapped.dimensions.confidentiality.levels].reverse();
    expect(ClassificationSchemeSchema.safeParse(swapped).success).toBe(false);

    const extra = copy() as unknown as { dimensions: { availability: { levels: unknown[] } } };
    extra.dimensions.availability.levels = [
      ...extra.dimensions.availability.levels,
      { level: 3, label: { ja: "可用性3", en: "Availability 3" }, definition: { ja: "x", en: "x" } },
    ];
    expect(ClassificationSchemeSchema.safeParse(extra).success).toBe(false);
  });

  it("rejects an unknown provenance, a bad clause reference and unknown keys", () => {
    expect(ClassificationSchemeSchema.safeParse({ ...copy(), provenance: "rumour" }).success).toBe(false);
    expect(ClassificationSchemeSchema.safeParse({ ...copy(), clause: "7-2" }).success).toBe(false);
    expect(ClassificationSchemeSchema.safeParse({ ...copy(), colour: "red" }).success).toBe(false);
    expect(ClassificationSchemeSchema.safeParse({ ...copy(), id: "Not Kebab" }).success).toBe(false);
  });
});

describe("describeClassification", () => {
  it("describes with the guideline's labels in Japanese by default", () => {
    expect(describeClassification({ confidentiality: 3, integrity: 2, availability: 2 })).toBe("機密性3・完全性2・可用性2");
    expect(describeClassification({ confidentiality: 1, integrity: 1, availability: 1 })).toBe("機密性1・完全性1・可用性1");
  });

  it("describes in English", () => {
    expect(describeClassification({ confidentiality: 2, integrity: 1, availability: 2 }, scheme, "en")).toBe(
      "Confidentiality 2, Integrity 1, Availability 2",
    );
  });

  it("gives a distinct description for each of the 12 classifications, in both languages", () => {
    for (const locale of ["ja", "en"] as const) {
      const descriptions = ALL_CLASSIFICATIONS.map((c) => describeClassification(c, scheme, locale));
      expect(new Set(descriptions).size).toBe(12);
    }
  });

  it("uses a body's own scheme when given one", () => {
    const own = copy();
    const relabelled: ClassificationScheme = {
      ...own,
      id: "our-scheme",
      provenance: "organization",
      dimensions: {
        ...own.dimensions,
        confidentiality: {
          ...own.dimensions.confidentiality,
          levels: [
            { ...own.dimensions.confidentiality.levels[0]!, label: { ja: "公開", en: "Public" } },
            { ...own.dimensions.confidentiality.levels[1]!, label: { ja: "庁内限り", en: "Internal" } },
            { ...own.dimensions.confidentiality.levels[2]!, label: { ja: "秘", en: "Secret" } },
          ],
        },
      },
    };
    expect(ClassificationSchemeSchema.safeParse(relabelled).success).toBe(true);
    expect(describeClassification({ confidentiality: 3, integrity: 1, availability: 2 }, relabelled)).toBe(
      "秘・完全性1・可用性2",
    );
    expect(describeClassification({ confidentiality: 2, integrity: 2, availability: 1 }, relabelled, "en")).toBe(
      "Internal, Integrity 2, Availability 1",
    );
  });
});

/** A mutable deep copy of the guideline scheme. */
function copy(): ClassificationScheme {
  return structuredClone(scheme) as ClassificationScheme;
}
