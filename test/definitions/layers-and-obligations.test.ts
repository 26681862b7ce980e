import { describe, expect, it } from "vitest";
import { clauseText, getClause, hasClause } from "../../src/definitions/find-clause.js";
import { LayerIdSchema, LayerSchema } from "../../src/definitions/layer.js";
import { layers } from "../../src/definitions/layers.js";
import { ObligationDocumentSchema, ObligationSchema } from "../../src/definitions/obligation.js";
import { isBoundByObligations, obligations } from "../../src/definitions/obligations.js";
import { STAFF_CATEGORIES } from "../../src/definitions/staff-categories.js";
import { PersonCategorySchema } from "../../src/definitions/vocabulary.js";

describe("layers", () => {
  it("validates every layer against LayerSchema", () => {
    for (const layer of layers) expect(LayerSchema.parse(layer)).toEqual(layer);
  });

  it("has the three layers, named verbatim", () => {
    expect(layers.map((layer) => layer.id)).toEqual(LayerIdSchema.options);
    expect(layers.map((layer) => layer.name.ja)).toEqual([
      "情報セキュリティ基本方針",
      "情報セキュリティ対策基準",
      "情報セキュリティ共通実施手順",
    ]);
    expect(layers.map((layer) => layer.shortName.ja)).toEqual(["基本方針", "対策基準", "実施手順"]);
  });

  it("puts the basic policy and standards in the 情報セキュリティポリシー, and keeps only the basic policy public", () => {
    const byId = Object.fromEntries(layers.map((layer) => [layer.id, layer]));
    expect(byId["basic-policy"]).toMatchObject({ partOfPolicy: true, public: true });
    expect(byId["standards"]).toMatchObject({ partOfPolicy: true, public: false, basedOn: "basic-policy" });
    expect(byId["procedures"]).toMatchObject({ partOfPolicy: false, public: false, basedOn: "standards" });
    expect(byId["basic-policy"]?.basedOn).toBeUndefined();
    expect(getClause("3(7)").paragraphs[0]?.ja).toBe("本基本方針及び対策基準をいう。");
  });

  it("cites existing clauses, and quotes each description from one of them", () => {
    for (const layer of layers) {
      for (const ref of layer.definedIn) expect(hasClause(ref), `${layer.id}: ${ref}`).toBe(true);
      const texts = layer.definedIn.map((ref) => clauseText(getClause(ref), "ja"));
      expect(texts.some((text) => text.includes(layer.description.ja)), layer.id).toBe(true);
    }
  });
});

describe("obligations", () => {
  it("validates every obligation against ObligationSchema", () => {
    for (const obligation of obligations) {
      expect(ObligationSchema.parse(obligation)).toEqual(obligation);
      for (const document of obligation.mustComplyWith) expect(ObligationDocumentSchema.parse(document)).toEqual(document);
    }
  });

  it("is clause 6, quoted verbatim, binding the 職員 of 3(15)", () => {
    expect(obligations).toHaveLength(1);
    const [obligation] = obligations;
    const clause = getClause("6");
    expect(obligation?.clause).toBe("6");
    expect(obligation?.title).toEqual(clause.heading);
    expect([obligation?.text]).toEqual(clause.paragraphs);
    expect(obligation?.bound.definedIn).toBe("3(15)");
    expect(getClause("3(15)").heading?.ja).toBe(obligation?.bound.name.ja);
    expect(obligation?.bound.categories).toEqual(STAFF_CATEGORIES);
  });

  it("quotes its duties and documents from its text, and binds to all three layers", () => {
    for (const obligation of obligations) {
      for (const duty of obligation.duties) expect(obligation.text.ja).toContain(duty.ja);
      for (const document of obligation.mustComplyWith) expect(obligation.text.ja).toContain(document.name.ja);
    }
    expect(obligations[0]?.mustComplyWith.flatMap((document) => document.layers)).toEqual(LayerIdSchema.options);
  });

  it("binds staff and only staff", () => {
    expect(PersonCategorySchema.options.filter(isBoundByObligations)).toEqual([...STAFF_CATEGORIES]);
    expect(isBoundByObligations("contractor")).toBe(false);
    expect(isBoundByObligations("outsider")).toBe(false);
  });
});
