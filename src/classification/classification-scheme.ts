import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { GuidelineBasisSchema } from "../definitions/guideline-basis.js";
import { ProvenanceSchema } from "../definitions/vocabulary.js";
import { CLASSIFICATION_DIMENSIONS, THRESHOLD_NAMES } from "./scheme-vocabulary.js";

/**
 * The id of one level of a dimension in a classification scheme: a small integer (the default
 * scheme's `1`, `2`, `3`) or a short code (the 令和6年10月 scheme's `"3A"`, `"2"`; `"I"`–`"IV"`).
 *
 * @example
 * ```ts
 * LevelIdSchema.parse(2); // 2
 * LevelIdSchema.parse("3A"); // "3A"
 * LevelIdSchema.safeParse("").success; // false
 * ```
 */
export const LevelIdSchema = z
  .union([
    z.number().int().min(0).max(99).describe("A numeric level id, e.g. 2 (機密性2 of the default scheme)."),
    z.string().regex(/^[0-9A-Za-z]{1,8}$/, "expected a short code of letters and digits, e.g. \"3A\"").describe("A level code, e.g. \"3A\" (自治体機密性3A)."),
  ])
  .describe("The id of a level: a small integer or a short code of letters and digits.");

/**
 * The id of a level: `number | string`.
 *
 * @example
 * ```ts
 * const secret: LevelId = "3A";
 * ```
 */
export type LevelId = z.infer<typeof LevelIdSchema>;

export { ThresholdNameSchema, type ThresholdName } from "./threshold-name.js";
import { ThresholdNameSchema } from "./threshold-name.js";

/**
 * One level of one dimension in a classification scheme: its id, a short label (e.g. 機密性3,
 * 自治体機密性3A) and its definition, in Japanese and English, with the basis of a guideline level.
 *
 * @example
 * ```ts
 * const entry = ClassificationLevelEntrySchema.parse({ id: 2, label: { ja: "完全性2", en: "Integrity 2" }, definition: { ja: "…", en: "…" } });
 * ```
 */
export const ClassificationLevelEntrySchema = z
  .object({
    /** The level's id: a number (the default scheme's 1, 2, 3) or a short code ("3A"). */
    id: LevelIdSchema.describe("The level's id: a number (the default scheme's 1, 2, 3) or a short code such as \"3A\"."),
    label: LocalizedTextSchema.describe("A short label, e.g. { ja: \"機密性3\", en: \"Confidentiality 3\" }."),
    definition: LocalizedTextSchema.describe("Which information assets belong at this level."),
    basis: GuidelineBasisSchema.optional().describe("Where the definition comes from in the national guideline: required on every level of a guideline scheme."),
  })
  .strict()
  .describe("One level of a dimension: id, label, definition and (for a guideline scheme) its basis.");

/**
 * One level of one dimension in a classification scheme.
 *
 * @example
 * ```ts
 * const entry: ClassificationLevelEntry = guidelineClassificationScheme.dimensions.integrity.levels[1]!;
 * entry.label.ja; // "完全性2"
 * ```
 */
export type ClassificationLevelEntry = z.infer<typeof ClassificationLevelEntrySchema>;

const DimensionSchema = z
  .object({
    name: LocalizedTextSchema.describe("The dimension's name, e.g. { ja: \"機密性\", en: \"Confidentiality\" }."),
    term: ClauseRefSchema.describe("The clause of the basic policy that defines the term, e.g. \"3(10)\" for 機密性."),
    levels: z.array(ClassificationLevelEntrySchema).min(1).max(16).readonly().describe("Every level of the dimension, lowest first, each id exactly once."),
  })
  .strict()
  .describe("One dimension of a scheme: its name, the clause defining it and its ordered levels.");

/**
 * A named threshold: "at least this level of this dimension", e.g. `confidential` = 機密性2以上.
 *
 * @example
 * ```ts
 * ClassificationThresholdSchema.parse({ dimension: "confidentiality", atLeast: 2, label: { ja: "機密性2以上", en: "Confidentiality 2 or higher" } });
 * ```
 */
export const ClassificationThresholdSchema = z
  .object({
    dimension: z.enum(CLASSIFICATION_DIMENSIONS).describe("The dimension the threshold is on."),
    atLeast: LevelIdSchema.describe("The lowest level of the dimension that meets the threshold; every higher level meets it too."),
    label: LocalizedTextSchema.describe("The threshold in words, e.g. { ja: \"機密性2以上\", en: \"Confidentiality 2 or higher\" }."),
  })
  .strict()
  .describe("A named threshold: at least a given level of one dimension.");

/**
 * A named threshold of a scheme.
 *
 * @example
 * ```ts
 * const t: ClassificationThreshold = guidelineClassificationScheme.thresholds.confidential;
 * ```
 */
export type ClassificationThreshold = z.infer<typeof ClassificationThresholdSchema>;

/**
 * A classification scheme as versioned data: how a body labels, orders and defines the levels of
 * confidentiality, integrity and availability of its information assets under 7(2), and the
 * named thresholds (e.g. `confidential`) that the controls and handling requirements ask about.
 *
 * The default is {@link guidelineClassificationScheme}; {@link classificationSchemes} lists every
 * shipped one. A body with its own scheme supplies one (provenance `organization`) in an overlay.
 * Each dimension lists its levels lowest first, each id once; every threshold of
 * {@link THRESHOLD_NAMES} must be defined and name a level of its dimension.
 *
 * @example
 * ```ts
 * const mine = ClassificationSchemeSchema.parse(json);
 * describeClassification({ confidentiality: 2, integrity: 1, availability: 1 }, mine, "en");
 * ```
 */
export const ClassificationSchemeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case identifier").describe("A stable kebab-case identifier, e.g. \"guideline\" or \"guideline-r6\"."),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a semantic version such as 1.0.0").describe("The version of the scheme's data (semver)."),
    name: LocalizedTextSchema.describe("The scheme's title."),
    provenance: ProvenanceSchema.describe("Where the levels come from: guideline for a guideline scheme, organization for a body's own."),
    clause: ClauseRefSchema.describe("The clause of the basic policy the scheme implements: \"7(2)\"."),
    note: LocalizedTextSchema.describe("Where the levels come from and how they relate to the basic policy, in words."),
    dimensions: z
      .object({
        confidentiality: DimensionSchema.describe("機密性: its levels, lowest first."),
        integrity: DimensionSchema.describe("完全性: its levels, lowest first."),
        availability: DimensionSchema.describe("可用性: its levels, lowest first."),
      })
      .strict()
      .describe("The levels of each dimension, lowest first."),
    thresholds: z
      .object({
        confidential: ClassificationThresholdSchema.describe("Confidential information: 機密性2以上 in the default scheme."),
        secret: ClassificationThresholdSchema.describe("Information of the highest confidentiality (秘密文書相当): 機密性3 in the default scheme."),
        "integrity-important": ClassificationThresholdSchema.describe("Integrity that matters: 完全性2 in the default scheme."),
        "availability-important": ClassificationThresholdSchema.describe("Availability that matters: 可用性2 in the default scheme."),
      })
      .strict()
      .describe("The named thresholds the controls and handling requirements refer to."),
  })
  .strict()
  .superRefine((scheme, context) => {
    for (const dimension of CLASSIFICATION_DIMENSIONS) {
      const seen = new Set<string>();
      let previous: number | undefined;
      scheme.dimensions[dimension].levels.forEach((entry, index) => {
        if (typeof entry.id === "number") {
          // Numeric ids read as ranks: a higher number must be a higher level, never the reverse.
          if (previous !== undefined && entry.id <= previous) {
            context.addIssue({ code: "custom", path: ["dimensions", dimension, "levels", index, "id"], message: `numeric levels are listed lowest first: ${entry.id} comes after ${previous}` });
          }
          previous = entry.id;
        }
        const key = `${typeof entry.id}:${String(entry.id)}`;
        if (seen.has(key)) context.addIssue({ code: "custom", path: ["dimensions", dimension, "levels", index, "id"], message: `level ${JSON.stringify(entry.id)} appears twice in ${dimension}` });
        seen.add(key);
        if (scheme.provenance === "guideline" && entry.basis === undefined) {
          context.addIssue({ code: "custom", path: ["dimensions", dimension, "levels", index, "basis"], message: "a level of a guideline scheme needs its basis in the guideline" });
        }
      });
    }
    for (const name of THRESHOLD_NAMES) {
      const threshold = scheme.thresholds[name];
      const ids = scheme.dimensions[threshold.dimension].levels.map((entry) => entry.id);
      if (!ids.includes(threshold.atLeast)) {
        context.addIssue({
          code: "custom",
          path: ["thresholds", name, "atLeast"],
          message: `${threshold.dimension} has no level ${JSON.stringify(threshold.atLeast)} (levels: ${ids.map((id) => JSON.stringify(id)).join(", ")})`,
        });
      }
    }
  })
  .describe("A classification scheme: ordered levels of each dimension and the named thresholds controls use.");

/**
 * A classification scheme: labels, order and definitions of every level of every dimension, and
 * its named thresholds.
 *
 * @example
 * ```ts
 * const mine: ClassificationScheme = ClassificationSchemeSchema.parse(json);
 * ```
 */
export type ClassificationScheme = z.infer<typeof ClassificationSchemeSchema>;
