import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";
import { ClassificationSchemeSchema } from "../../src/classification/classification-scheme.js";
import { controlCatalog } from "../../src/controls/catalog.js";
import { GuidelineBasisSchema, type GuidelineBasis } from "../../src/definitions/guideline-basis.js";
import { GUIDELINE_DOCUMENT } from "../../src/definitions/guideline-basis-text.js";

const note = readFileSync(new URL("../../docs/research/guideline-basis.md", import.meta.url), "utf8");

/** Every guideline default the package ships, with where it is. */
function guidelineDefaults(): { at: string; basis: GuidelineBasis | undefined }[] {
  const defaults: { at: string; basis: GuidelineBasis | undefined }[] = [];
  for (const control of controlCatalog) {
    if (control.provenance !== "guideline") continue;
    defaults.push({ at: `control ${control.id}`, basis: control.basis });
    for (const [name, spec] of Object.entries(control.parameters)) defaults.push({ at: `control ${control.id} parameter ${name}`, basis: spec.basis });
  }
  for (const dimension of ["confidentiality", "integrity", "availability"] as const) {
    for (const entry of guidelineClassificationScheme.dimensions[dimension].levels) {
      defaults.push({ at: `scheme ${entry.label.en}`, basis: entry.basis });
    }
  }
  return defaults;
}

describe("every guideline default has a basis", () => {
  const defaults = guidelineDefaults();

  it("covers the guideline controls, their parameters and the scheme's levels", () => {
    expect(defaults.filter((d) => d.at.startsWith("control ") && !d.at.includes("parameter")).length).toBe(
      controlCatalog.filter((control) => control.provenance === "guideline").length,
    );
    expect(defaults.filter((d) => d.at.startsWith("scheme ")).length).toBe(7);
  });

  it.each(defaults.map((d) => [d.at, d] as const))("%s: a valid basis with the document, an edition and a confidence", (_at, { basis }) => {
    expect(basis).toBeDefined();
    expect(GuidelineBasisSchema.safeParse(basis).success).toBe(true);
    expect(basis?.document).toBe(GUIDELINE_DOCUMENT);
    expect(["令和4年3月版", "令和5年3月版", "令和6年10月版", "unknown"]).toContain(basis?.edition);
    expect(["quoted", "paraphrased", "inferred"]).toContain(basis?.confidence);
  });

  it("quoted bases carry their quote, and it appears verbatim in the research note's quotes", () => {
    const quoted = defaults.flatMap((d) => (d.basis?.confidence === "quoted" ? [{ at: d.at, quote: d.basis.quote }] : []));
    expect(quoted.length).toBeGreaterThan(0);
    for (const { at, quote } of quoted) {
      expect(quote.length, at).toBeGreaterThan(0);
      expect(note.includes(`「${quote}」`), `${at}: 「${quote}」 not quoted in docs/research/guideline-basis.md`).toBe(true);
    }
  });

  it("quoted and paraphrased bases name at least one secondary source, each with an id the note lists", () => {
    for (const { at, basis } of defaults) {
      if (basis === undefined || basis.confidence === "inferred") continue;
      expect(basis.sources.length, at).toBeGreaterThan(0);
      for (const source of basis.sources) {
        if (source.id === "S0") expect(note).toContain("Issue-tracker lead");
        else expect(note, `${at}: ${source.id}`).toContain(`| ${source.id} |`);
        if (source.url !== undefined) expect(note, `${at}: ${source.url}`).toContain(source.url);
      }
    }
  });

  it("the scheme's level definitions are the quoted wording (parentheses aside, which the note treats as rendering)", () => {
    for (const dimension of ["confidentiality", "integrity", "availability"] as const) {
      for (const entry of guidelineClassificationScheme.dimensions[dimension].levels) {
        if (entry.basis?.confidence !== "quoted") continue;
        expect(entry.definition.ja.replaceAll("（", "(").replaceAll("）", ")")).toBe(entry.basis.quote);
      }
    }
    expect(guidelineClassificationScheme.dimensions.confidentiality.levels[2]!.definition.ja).toBe(
      "行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産",
    );
  });

  it("a basis that lacks what its confidence needs is invalid input, and so is a guideline scheme level without a basis", () => {
    const base = { document: GUIDELINE_DOCUMENT, edition: "unknown" as const };
    expect(GuidelineBasisSchema.safeParse({ ...base, confidence: "quoted", sources: [{ id: "S1", title: "t" }] }).success).toBe(false);
    expect(GuidelineBasisSchema.safeParse({ ...base, confidence: "paraphrased", sources: [] }).success).toBe(false);
    expect(GuidelineBasisSchema.safeParse({ ...base, confidence: "inferred", sources: [] }).success).toBe(true);
    expect(GuidelineBasisSchema.safeParse({ ...base, edition: "令和3年版", confidence: "inferred", sources: [] }).success).toBe(false);
    const [one, two, three] = guidelineClassificationScheme.dimensions.confidentiality.levels;
    const withoutBasis = { ...guidelineClassificationScheme, dimensions: { ...guidelineClassificationScheme.dimensions, confidentiality: { ...guidelineClassificationScheme.dimensions.confidentiality, levels: [one, two, { ...three, basis: undefined }] } } };
    const result = ClassificationSchemeSchema.safeParse(withoutBasis);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["dimensions", "confidentiality", "levels", 2, "basis"]);
    expect(ClassificationSchemeSchema.safeParse({ ...withoutBasis, provenance: "organization" }).success).toBe(true);
  });

  it("a guideline control without a basis is a type error", () => {
    // @ts-expect-error: provenance "guideline" requires basis
    const missing: import("../../src/controls/control.js").ControlProvenance = { provenance: "guideline" };
    expect(missing.provenance).toBe("guideline");
  });
});
