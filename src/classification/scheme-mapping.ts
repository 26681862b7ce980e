import { z } from "zod";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import { LevelIdSchema, type ClassificationScheme, type LevelId } from "./classification-scheme.js";
import { compileClassificationScheme, meetsThreshold, type SchemeClassification } from "./compiled-scheme.js";
import { CLASSIFICATION_DIMENSIONS, THRESHOLD_NAMES } from "./scheme-vocabulary.js";

const LevelMapSchema = z
  .array(
    z
      .object({
        from: LevelIdSchema.describe("A level of the dimension in the scheme mapped from."),
        to: z.array(LevelIdSchema).min(1).readonly().describe("The levels of the scheme mapped to that an asset of `from` may take; more than one means the mapping is not one-to-one and each asset must be reclassified."),
      })
      .strict()
      .describe("Where one level may go."),
  )
  .readonly()
  .describe("For each level of the dimension in the scheme mapped from, the levels it may become.");

/**
 * A mapping between two classification schemes: for each level of each dimension of the scheme
 * mapped `from`, the levels of the scheme mapped `to` that an asset of that level may take. Where a
 * level may take several, the mapping is not one-to-one and each asset must be reclassified: the
 * library never picks one.
 *
 * @example
 * ```ts
 * const mapping = ClassificationMappingSchema.parse(json);
 * ```
 */
export const ClassificationMappingSchema = z
  .object({
    from: z.string().min(1).describe("The id of the scheme mapped from."),
    to: z.string().min(1).describe("The id of the scheme mapped to."),
    note: LocalizedTextSchema.describe("Why the mapping is what it is, and where it is not one-to-one."),
    dimensions: z
      .object({
        confidentiality: LevelMapSchema.describe("The confidentiality levels."),
        integrity: LevelMapSchema.describe("The integrity levels."),
        availability: LevelMapSchema.describe("The availability levels."),
      })
      .strict()
      .describe("The level mapping of each dimension."),
  })
  .strict()
  .describe("A mapping between two classification schemes, level by level.");

/**
 * A mapping between two classification schemes.
 *
 * @example
 * ```ts
 * const mapping: ClassificationMapping = classificationMappings[0]!;
 * ```
 */
export type ClassificationMapping = z.infer<typeof ClassificationMappingSchema>;

/** One problem with a mapping: where, and why. */
export interface MappingProblem {
  /** The path in the mapping, e.g. `["dimensions", "confidentiality", 1, "to", 0]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * Checks a mapping between two schemes: every level of the scheme mapped from is mapped (once),
 * every target is a level of the scheme mapped to, and no target is less strict: a level that
 * meets a threshold in `from` maps only to levels that meet the same threshold in `to`, so an
 * asset's handling never becomes less strict.
 *
 * @param mapping - The mapping.
 * @param from - The scheme mapped from.
 * @param to - The scheme mapped to.
 * @returns Every problem found (empty when the mapping is sound).
 *
 * @example
 * ```ts
 * mappingProblems(classificationMappings[0]!, guidelineClassificationScheme, guidelineR6ClassificationScheme); // []
 * ```
 */
export function mappingProblems(mapping: ClassificationMapping, from: ClassificationScheme, to: ClassificationScheme): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const source = compileClassificationScheme(from);
  const target = compileClassificationScheme(to);
  if (mapping.from !== from.id) problems.push({ path: ["from"], message: `the mapping is from ${JSON.stringify(mapping.from)}, not from the base scheme ${JSON.stringify(from.id)}` });
  if (mapping.to !== to.id) problems.push({ path: ["to"], message: `the mapping is to ${JSON.stringify(mapping.to)}, not to the scheme ${JSON.stringify(to.id)}` });
  for (const dimension of CLASSIFICATION_DIMENSIONS) {
    const rows = mapping.dimensions[dimension];
    const mapped = new Set<LevelId>();
    rows.forEach((row, index) => {
      const at = ["dimensions", dimension, index];
      if (!source.ranks[dimension].has(row.from)) {
        problems.push({ path: [...at, "from"], message: `${JSON.stringify(row.from)} is not a ${dimension} level of ${from.id} (levels: ${source.levels[dimension].map((id) => JSON.stringify(id)).join(", ")})` });
        return;
      }
      if (mapped.has(row.from)) problems.push({ path: [...at, "from"], message: `${dimension} level ${JSON.stringify(row.from)} is mapped twice` });
      mapped.add(row.from);
      row.to.forEach((level, targetIndex) => {
        if (!target.ranks[dimension].has(level)) {
          problems.push({ path: [...at, "to", targetIndex], message: `${JSON.stringify(level)} is not a ${dimension} level of ${to.id} (levels: ${target.levels[dimension].map((id) => JSON.stringify(id)).join(", ")})` });
          return;
        }
        for (const threshold of THRESHOLD_NAMES) {
          if (source.thresholdDimension[threshold] !== dimension) continue;
          if (source.thresholds[threshold].has(row.from) && !target.thresholds[threshold].has(level)) {
            problems.push({
              path: [...at, "to", targetIndex],
              message: `less strict: ${from.id} ${dimension} ${JSON.stringify(row.from)} meets "${threshold}" (${from.thresholds[threshold].label.en}) but ${to.id} ${JSON.stringify(level)} does not (${to.thresholds[threshold].label.en})`,
            });
          }
        }
      });
    });
    for (const level of source.levels[dimension]) {
      if (!mapped.has(level)) problems.push({ path: ["dimensions", dimension], message: `${dimension} level ${JSON.stringify(level)} of ${from.id} is not mapped: say which levels of ${to.id} it may become` });
    }
  }
  return problems;
}

/**
 * The classifications of the scheme mapped to that an asset may take, by a mapping: every
 * combination of the allowed levels of each dimension. More than one means the overlay (the
 * organisation) must decide per asset; the library never picks one.
 *
 * @param mapping - A sound mapping (see {@link mappingProblems}).
 * @param classification - A classification of the scheme mapped from.
 * @returns The candidates (empty when a level is not mapped).
 *
 * @example
 * ```ts
 * mapClassification(classificationMappings[0]!, { confidentiality: 2, integrity: 1, availability: 1 }).length; // 3
 * ```
 */
export function mapClassification(mapping: ClassificationMapping, classification: SchemeClassification): SchemeClassification[] {
  const targets = (dimension: (typeof CLASSIFICATION_DIMENSIONS)[number]): readonly LevelId[] =>
    mapping.dimensions[dimension].find((row) => row.from === classification[dimension])?.to ?? [];
  const out: SchemeClassification[] = [];
  for (const confidentiality of targets("confidentiality")) {
    for (const integrity of targets("integrity")) {
      for (const availability of targets("availability")) out.push({ confidentiality, integrity, availability });
    }
  }
  return out;
}

const same = (ids: readonly LevelId[], to: (id: LevelId) => LevelId[]) => ids.map((id) => ({ from: id, to: to(id) }));

// Built in a function called once (marked pure), so that a bundle that does not use the mappings drops them.
function buildMappings(): readonly ClassificationMapping[] {
  const guidelineToR6: ClassificationMapping = {
    from: "guideline",
    to: "guideline-r6",
    note: {
      ja:
        "機密性3（秘密文書相当）→自治体機密性3A（同じ基準、推定）。機密性2→自治体機密性2・3C・3Bのいずれか（漏えい時の影響による。一対一でないため資産ごとに分類し直す）。" +
        "機密性1→自治体機密性1（推定）。完全性・可用性は変わらないものと推定（1→\"1\"、2→\"2\"）。資料で対応を述べるものはない。",
      en:
        "機密性3 (秘密文書相当) → 自治体機密性3A (same criterion, inferred). 機密性2 → 自治体機密性2, 3C or 3B, by the harm of a leak: not one-to-one, so each asset is reclassified. " +
        "機密性1 → 自治体機密性1 (inferred). Integrity and availability are inferred unchanged (1 → \"1\", 2 → \"2\"). No source states the mapping.",
    },
    dimensions: {
      confidentiality: [
        { from: 1, to: ["1"] },
        { from: 2, to: ["2", "3C", "3B"] },
        { from: 3, to: ["3A"] },
      ],
      integrity: same([1, 2], (id) => [String(id)]),
      availability: same([1, 2], (id) => [String(id)]),
    },
  };

  const r6ToGuideline: ClassificationMapping = {
    from: "guideline-r6",
    to: "guideline",
    note: {
      ja: "自治体機密性3A→機密性3。3B・3C・2→機密性2（旧版では秘密文書以外は機密性2）。1→機密性1。完全性・可用性は同じ段階。いずれも推定。",
      en: "自治体機密性3A → 機密性3; 3B, 3C and 2 → 機密性2 (in the earlier scheme everything short of 秘密文書 that is not public is 機密性2); 1 → 機密性1. Integrity and availability keep their level. All inferred.",
    },
    dimensions: {
      confidentiality: [
        { from: "1", to: [1] },
        { from: "2", to: [2] },
        { from: "3C", to: [2] },
        { from: "3B", to: [2] },
        { from: "3A", to: [3] },
      ],
      integrity: same(["1", "2"], (id) => [Number(id)]),
      availability: same(["1", "2"], (id) => [Number(id)]),
    },
  };

  const guidelineToImportance: ClassificationMapping = {
    from: "guideline",
    to: "importance-i-iv",
    note: {
      ja:
        "重要性分類は総合した1本の尺度で、3つの観点の分類とは一対一に対応しない。機密性1→Ⅳ又はⅢ、機密性2→Ⅱ又はⅠ（個人情報はⅠ）、機密性3→Ⅰ。完全性・可用性：1→Ⅳ又はⅢ、2→Ⅱ又はⅠ。資産ごとに分類し直す。いずれも推定。",
      en:
        "Importance is one combined scale and does not map one-to-one onto three dimensions. 機密性1 → IV or III; 機密性2 → II or I (personal information is I); 機密性3 → I. Integrity and availability: 1 → IV or III, 2 → II or I. Each asset is reclassified. All inferred.",
    },
    dimensions: {
      confidentiality: [
        { from: 1, to: ["IV", "III"] },
        { from: 2, to: ["II", "I"] },
        { from: 3, to: ["I"] },
      ],
      integrity: [
        { from: 1, to: ["IV", "III"] },
        { from: 2, to: ["II", "I"] },
      ],
      availability: [
        { from: 1, to: ["IV", "III"] },
        { from: 2, to: ["II", "I"] },
      ],
    },
  };

  const importanceToGuideline: ClassificationMapping = {
    from: "importance-i-iv",
    to: "guideline",
    note: {
      ja: "Ⅰ→機密性3（Ⅰは最高機密の閾値を満たすため、それより緩い機密性2には写せない）、Ⅱ→機密性2、Ⅲ・Ⅳ→機密性1。完全性・可用性：Ⅰ・Ⅱ→2、Ⅲ・Ⅳ→1。いずれも推定。",
      en: "I → 機密性3 (I meets the `secret` threshold, so it cannot map to the less strict 機密性2); II → 機密性2; III and IV → 機密性1. Integrity and availability: I and II → 2, III and IV → 1. All inferred.",
    },
    dimensions: {
      confidentiality: [
        { from: "IV", to: [1] },
        { from: "III", to: [1] },
        { from: "II", to: [2] },
        { from: "I", to: [3] },
      ],
      integrity: same(["IV", "III", "II", "I"], (id) => [id === "I" || id === "II" ? 2 : 1]),
      availability: same(["IV", "III", "II", "I"], (id) => [id === "I" || id === "II" ? 2 : 1]),
    },
  };
  return deepFreezeLiteral([guidelineToR6, r6ToGuideline, guidelineToImportance, importanceToGuideline]);
}

/**
 * The shipped mappings between the shipped schemes (from the default to each other scheme and
 * back). Every one is inferred: no source states a mapping. Frozen.
 *
 * @example
 * ```ts
 * classificationMappings.map((m) => `${m.from}→${m.to}`);
 * ```
 */
export const classificationMappings: readonly ClassificationMapping[] = /* @__PURE__ */ buildMappings();

/**
 * The shipped mapping from one scheme to another, if there is one.
 *
 * @param from - The id of the scheme mapped from.
 * @param to - The id of the scheme mapped to.
 * @returns The mapping, or `undefined`.
 *
 * @example
 * ```ts
 * findClassificationMapping("guideline", "guideline-r6")?.dimensions.confidentiality.length; // 3
 * ```
 */
export function findClassificationMapping(from: string, to: string): ClassificationMapping | undefined {
  return classificationMappings.find((mapping) => mapping.from === from && mapping.to === to);
}

/**
 * Whether classification `b` of scheme `to` is at least as strict as classification `a` of scheme
 * `from`: every named threshold `a` meets in `from`, `b` meets in `to`.
 *
 * @param from - The scheme of `a`.
 * @param a - A classification of `from`.
 * @param to - The scheme of `b`.
 * @param b - A classification of `to`.
 * @returns `true` when `b` meets every threshold `a` meets.
 *
 * @example
 * ```ts
 * isAtLeastAsStrict(guidelineClassificationScheme, { confidentiality: 2, integrity: 1, availability: 1 },
 *   guidelineR6ClassificationScheme, { confidentiality: "3C", integrity: "1", availability: "1" }); // true
 * ```
 */
export function isAtLeastAsStrict(from: ClassificationScheme, a: SchemeClassification, to: ClassificationScheme, b: SchemeClassification): boolean {
  const source = compileClassificationScheme(from);
  const target = compileClassificationScheme(to);
  return THRESHOLD_NAMES.every((threshold) => !meetsThreshold(source, a, threshold) || meetsThreshold(target, b, threshold));
}
