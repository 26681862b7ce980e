import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classificationSchemes,
  guidelineClassificationScheme,
  policy,
  rewordForScheme,
  schemeRewording,
  schemeWording,
  THRESHOLD_NAMES,
  type ClassificationScheme,
} from "../../src/index.js";
import { printedTexts } from "../support/printed-texts.js";

// schemeWording, schemeRewording and rewordForScheme on their own, in process (moved here from
// scheme-wording.test.ts, which also runs the built CLI and so is left out of the mutation tests,
// vitest.mutation.config.ts): the words of each shipped scheme's thresholds, and how the catalog's
// texts in the default scheme's words are reworded into another scheme's.

describe("schemeWording", () => {
  it.each(Object.keys(classificationSchemes))(
    "words each threshold of %s by its label, and what lies below it from its data",
    (id) => {
      const scheme = classificationSchemes[id]!;
      const wording = schemeWording(scheme);
      for (const name of THRESHOLD_NAMES) {
        expect(wording[name].atLeast).toEqual(scheme.thresholds[name].label);
        expect(wording[name].below.ja).not.toBe("");
        expect(wording[name].below.ja).not.toBe(wording[name].atLeast.ja);
      }
    }
  );

  it("gives the default scheme the catalog's own words", () => {
    const wording = schemeWording(guidelineClassificationScheme);
    expect(wording.confidential).toEqual({
      atLeast: { ja: "機密性2以上", en: "Confidentiality 2 or higher" },
      below: { ja: "機密性2未満", en: "below confidentiality 2" },
    });
    expect(wording["integrity-important"].below).toEqual({
      ja: "完全性1",
      en: "Integrity 1",
    });
    expect(wording["availability-important"].below).toEqual({
      ja: "可用性1",
      en: "Availability 1",
    });
  });

  it("gives the 令和6年10月 and Ⅰ–Ⅳ schemes theirs", () => {
    expect(
      schemeWording(classificationSchemes["guideline-r6"]!).confidential.below
    ).toEqual({
      ja: "自治体機密性2未満",
      en: "below municipal confidentiality 2",
    });
    expect(
      schemeWording(classificationSchemes["importance-i-iv"]!)[
        "integrity-important"
      ].below
    ).toEqual({
      ja: "重要性分類Ⅱ未満（完全性）",
      en: "below importance II (integrity)",
    });
  });
});

describe("schemeRewording", () => {
  const r6 = classificationSchemes["guideline-r6"]!;
  const importance = classificationSchemes["importance-i-iv"]!;

  it("rewords each way the catalog names a threshold, and only whole labels", () => {
    const reword = schemeRewording(guidelineClassificationScheme, r6);
    expect(
      reword({
        ja: "部外者による機密性2以上の情報。機密性2未満、完全性1かつ可用性1。機密性1の情報。機密性3の情報。",
        en: "of confidentiality 2 or above; below confidentiality 2; Confidentiality 1 at the start; confidentiality 3.",
      })
    ).toEqual({
      ja: "部外者による自治体機密性2以上の情報。自治体機密性2未満、完全性1かつ可用性1。自治体機密性2未満の情報。自治体機密性3Aの情報。",
      en: "of municipal confidentiality 2 or higher; below municipal confidentiality 2; Below municipal confidentiality 2 at the start; municipal confidentiality 3A.",
    });
    // Already the target's words (an organisation's text): left as they are, never 自治体自治体….
    const own = {
      ja: "自治体機密性2以上の情報と自治体機密性3A",
      en: "municipal confidentiality 2 or higher",
    };
    expect(reword(own)).toBe(own);
    expect(
      schemeRewording(
        guidelineClassificationScheme,
        importance
      )({ ja: "完全性2又は可用性2", en: "integrity 2 or availability 2" })
    ).toEqual({
      ja: "重要性分類Ⅱ以上（完全性）又は重要性分類Ⅱ以上（可用性）",
      en: "importance II or higher (integrity) or importance II or higher (availability)",
    });
  });

  it("is the identity for the same scheme, and for a copy of it every catalog text is unchanged (the default output stays as it was)", () => {
    const text = { ja: "機密性2以上", en: "confidentiality 2 or higher" };
    expect(schemeRewording(r6, r6)(text)).toBe(text);
    const copy = structuredClone(
      guidelineClassificationScheme
    ) as ClassificationScheme;
    const reword = schemeRewording(guidelineClassificationScheme, copy);
    for (const { text } of printedTexts(policy))
      expect(reword(text)).toBe(text);
  });

  it("never changes a text that names no level (property)", () => {
    const reword = schemeRewording(guidelineClassificationScheme, importance);
    fc.assert(
      fc.property(fc.string(), fc.string(), (ja, en) => {
        fc.pre(
          !/(機密性|完全性|可用性)[0-9]/.test(ja) &&
            !/(confidentiality|integrity|availability) [0-9]/i.test(en)
        );
        const text = { ja, en };
        expect(reword(text)).toBe(text);
      })
    );
  });

  it("rewords back: default → R6 → default gives the R6 words' default reading of each threshold", () => {
    const there = schemeRewording(guidelineClassificationScheme, r6);
    const back = schemeRewording(r6, guidelineClassificationScheme);
    const text = {
      ja: "機密性2以上の情報、機密性2未満の情報、完全性2",
      en: "confidentiality 2 or higher, below confidentiality 2, integrity 2",
    };
    expect(back(there(text))).toEqual(text);
  });
});

describe("rewordForScheme", () => {
  it("keeps checks, verdicts and ids, and an organisation's own controls as they are", () => {
    const r6 = classificationSchemes["guideline-r6"]!;
    const own = {
      ...policy.controls[0]!,
      provenance: "organization" as const,
      title: { ja: "機密性2以上の独自の管理策", en: "Own" },
    };
    const worded = rewordForScheme(
      [...policy.controls, own],
      policy.handlingRequirements,
      guidelineClassificationScheme,
      r6
    );
    expect(worded.controls.at(-1)).toBe(own);
    worded.controls.forEach((control, i) => {
      const before = [...policy.controls, own][i]!;
      expect(control.id).toBe(before.id);
      expect(control.checks).toBe(before.checks);
      expect(control.verdicts).toBe(before.verdicts);
    });
    expect(
      rewordForScheme(policy.controls, policy.handlingRequirements, r6, r6)
        .controls
    ).toBe(policy.controls);
  });
});


describe("the words of a threshold, and of what lies below it, in detail", () => {
  const r6 = classificationSchemes["guideline-r6"]!;
  const importance = classificationSchemes["importance-i-iv"]!;

  it("a threshold labelled without 以上 / \"or higher\" has the labels of every level below it, joined", () => {
    const levels = guidelineClassificationScheme.dimensions.confidentiality.levels;
    expect(guidelineClassificationScheme.thresholds.secret.label.ja).not.toContain("以上");
    expect(schemeWording(guidelineClassificationScheme).secret.below).toEqual({
      ja: `${levels[0]!.label.ja}・${levels[1]!.label.ja}`,
      en: `${levels[0]!.label.en} or ${levels[1]!.label.en}`,
    });
  });

  it("\"below …\" lowers the first letter of a capitalised label, but not of an acronym", () => {
    const scheme = structuredClone(guidelineClassificationScheme) as ClassificationScheme & { thresholds: Record<string, { label: { ja: string; en: string } }> };
    scheme.thresholds.confidential!.label = { ja: "CL機密性2以上", en: "CL Confidentiality 2 or higher" };
    expect(schemeWording(scheme).confidential.below).toEqual({ ja: "CL機密性2未満", en: "below CL Confidentiality 2" });
    scheme.thresholds.confidential!.label = { ja: "機密性2以上", en: "Confidentiality 2 or higher" };
    expect(schemeWording(scheme).confidential.below.en).toBe("below confidentiality 2");
  });

  it("the lowest level that meets a threshold, with 未満 / \"below\", is reworded as what lies below it", () => {
    const target = schemeWording(importance)["integrity-important"].below;
    // 完全性2未満 is not the default scheme's own word for it (完全性1), but says the same.
    expect(schemeWording(guidelineClassificationScheme)["integrity-important"].below.ja).not.toBe("完全性2未満");
    expect(schemeRewording(guidelineClassificationScheme, importance)({ ja: "完全性2未満", en: "below integrity 2" })).toEqual({ ja: target.ja, en: target.en });
  });

  it("a source label with parentheses is matched as written", () => {
    const target = schemeWording(guidelineClassificationScheme)["integrity-important"].atLeast;
    const source = schemeWording(importance)["integrity-important"].atLeast;
    expect(source.en).toContain("(");
    expect(schemeRewording(importance, guidelineClassificationScheme)({ ja: source.ja, en: source.en })).toEqual({ ja: target.ja, en: target.en });
  });

  it("a text reworded in one language only is still reworded", () => {
    const target = schemeWording(r6).confidential.atLeast;
    const reword = schemeRewording(guidelineClassificationScheme, r6);
    expect(reword({ ja: "機密性2以上", en: "none" })).toEqual({ ja: target.ja, en: "none" });
    expect(reword({ ja: "なし", en: "confidentiality 2 or higher" })).toEqual({ ja: "なし", en: `${target.en[0]!.toLowerCase()}${target.en.slice(1)}` });
  });
});
