import type { ClassificationScheme, LevelId, ThresholdName } from "./classification-scheme.js";
import type { ClassificationDimension } from "./classification.js";
import { CLASSIFICATION_DIMENSIONS, THRESHOLD_NAMES } from "./scheme-vocabulary.js";

// The run-time form of a classification scheme: level ranks and each threshold as a Set of level
// ids, so that "does this classification meet `confidential`?" is one Set lookup and no control
// compares raw level numbers. Zod-free (the core entry loads it).

/**
 * A classification in any scheme: one level id per dimension.
 *
 * @example
 * ```ts
 * const r6: SchemeClassification = { confidentiality: "3B", integrity: "2", availability: "1" };
 * ```
 */
export interface SchemeClassification {
  /** The confidentiality level id (機密性). */
  readonly confidentiality: LevelId;
  /** The integrity level id (完全性). */
  readonly integrity: LevelId;
  /** The availability level id (可用性). */
  readonly availability: LevelId;
}



/**
 * A scheme compiled for fast questions: each dimension's levels lowest first and their ranks, and
 * each threshold as the set of level ids that meet it. Frozen; build it with
 * {@link compileClassificationScheme}.
 *
 * @example
 * ```ts
 * const compiled = compileClassificationScheme(guidelineClassificationScheme);
 * compiled.thresholds.confidential.has(2); // true
 * ```
 */
export interface CompiledClassificationScheme {
  /** The scheme it was compiled from. */
  readonly scheme: ClassificationScheme;
  /** Each dimension's level ids, lowest first. */
  readonly levels: { readonly [D in ClassificationDimension]: readonly LevelId[] };
  /** Each dimension's level ids with their rank (0 = lowest). */
  readonly ranks: { readonly [D in ClassificationDimension]: ReadonlyMap<LevelId, number> };
  /** Each threshold as the set of level ids (of its dimension) that meet it. */
  readonly thresholds: { readonly [T in ThresholdName]: ReadonlySet<LevelId> };
  /** The dimension each threshold is on. */
  readonly thresholdDimension: { readonly [T in ThresholdName]: ClassificationDimension };
}

/**
 * Compiles a scheme: ranks of the levels and each threshold as a Set of level ids. Pure; the
 * scheme is not changed. A threshold whose `atLeast` is not a level of its dimension (which
 * {@link ClassificationSchemeSchema} rejects) is met by no level.
 *
 * @param scheme - A valid classification scheme.
 * @returns The frozen compiled scheme.
 *
 * @example
 * ```ts
 * const compiled = compileClassificationScheme(guidelineR6ClassificationScheme);
 * compiled.thresholds.confidential.has("3C"); // true
 * compiled.thresholds.confidential.has("1"); // false
 * ```
 */
export function compileClassificationScheme(scheme: ClassificationScheme): CompiledClassificationScheme {
  const levels = {} as Record<ClassificationDimension, readonly LevelId[]>;
  const ranks = {} as Record<ClassificationDimension, ReadonlyMap<LevelId, number>>;
  for (const dimension of CLASSIFICATION_DIMENSIONS) {
    const ids = Object.freeze(scheme.dimensions[dimension].levels.map((entry) => entry.id));
    levels[dimension] = ids;
    ranks[dimension] = new Map(ids.map((id, rank) => [id, rank] as const));
  }
  const thresholds = {} as Record<ThresholdName, ReadonlySet<LevelId>>;
  const thresholdDimension = {} as Record<ThresholdName, ClassificationDimension>;
  for (const name of THRESHOLD_NAMES) {
    const threshold = scheme.thresholds[name];
    const from = ranks[threshold.dimension].get(threshold.atLeast);
    const ids = levels[threshold.dimension];
    thresholds[name] = new Set(from === undefined ? [] : ids.slice(from));
    thresholdDimension[name] = threshold.dimension;
  }
  return Object.freeze({
    scheme,
    levels: Object.freeze(levels),
    ranks: Object.freeze(ranks),
    thresholds: Object.freeze(thresholds),
    thresholdDimension: Object.freeze(thresholdDimension),
  });
}

/**
 * Whether a classification meets a named threshold of a compiled scheme, e.g. whether it is
 * `confidential` (機密性2以上 in the default scheme, 自治体機密性2以上 in the 令和6年10月 scheme). One
 * Set lookup: the hot path of the controls.
 *
 * @param compiled - The compiled scheme (see {@link compileClassificationScheme}).
 * @param classification - A classification in that scheme.
 * @param threshold - The threshold's name.
 * @returns `true` when the level of the threshold's dimension is at or above the threshold.
 *
 * @example
 * ```ts
 * const compiled = compileClassificationScheme(guidelineClassificationScheme);
 * meetsThreshold(compiled, { confidentiality: 2, integrity: 1, availability: 1 }, "confidential"); // true
 * meetsThreshold(compiled, { confidentiality: 2, integrity: 1, availability: 1 }, "integrity-important"); // false
 * ```
 */
export function meetsThreshold(compiled: CompiledClassificationScheme, classification: SchemeClassification, threshold: ThresholdName): boolean {
  return compiled.thresholds[threshold].has(classification[compiled.thresholdDimension[threshold]]);
}

/**
 * Whether every level of a classification is a level of the scheme.
 *
 * @param compiled - The compiled scheme.
 * @param classification - Any classification.
 * @returns `true` when each of its three level ids is one of the scheme's for that dimension.
 *
 * @example
 * ```ts
 * isClassificationOf(compileClassificationScheme(guidelineClassificationScheme), { confidentiality: "3A", integrity: 1, availability: 1 }); // false
 * ```
 */
export function isClassificationOf(compiled: CompiledClassificationScheme, classification: SchemeClassification): boolean {
  return (
    compiled.ranks.confidentiality.has(classification.confidentiality) &&
    compiled.ranks.integrity.has(classification.integrity) &&
    compiled.ranks.availability.has(classification.availability)
  );
}

/** The rank of a level (−1 for a level that is not the scheme's). */
function rankOf(compiled: CompiledClassificationScheme, dimension: ClassificationDimension, id: LevelId): number {
  return compiled.ranks[dimension].get(id) ?? -1;
}

/**
 * The join of two classifications in a scheme: the higher level of each dimension by the scheme's
 * order (component-wise maximum). Pure; returns a new frozen object.
 *
 * @param compiled - The compiled scheme.
 * @param a - One classification of the scheme.
 * @param b - Another.
 * @returns The least classification at or above both.
 *
 * @example
 * ```ts
 * joinInScheme(r6, { confidentiality: "3C", integrity: "1", availability: "2" }, { confidentiality: "3B", integrity: "2", availability: "1" });
 * // { confidentiality: "3B", integrity: "2", availability: "2" }
 * ```
 */
export function joinInScheme(compiled: CompiledClassificationScheme, a: SchemeClassification, b: SchemeClassification): SchemeClassification {
  const pick = (dimension: ClassificationDimension): LevelId => (rankOf(compiled, dimension, a[dimension]) >= rankOf(compiled, dimension, b[dimension]) ? a[dimension] : b[dimension]);
  return Object.freeze({ confidentiality: pick("confidentiality"), integrity: pick("integrity"), availability: pick("availability") });
}

/**
 * Whether `a ≤ b` in a scheme's order, dimension by dimension.
 *
 * @param compiled - The compiled scheme.
 * @param a - The classification that should be the lower one.
 * @param b - The one to compare against.
 * @returns `true` when each level of `a` ranks at most that of `b`.
 *
 * @example
 * ```ts
 * isAtMostInScheme(r6, { confidentiality: "2", integrity: "1", availability: "1" }, { confidentiality: "3C", integrity: "1", availability: "1" }); // true
 * ```
 */
export function isAtMostInScheme(compiled: CompiledClassificationScheme, a: SchemeClassification, b: SchemeClassification): boolean {
  return CLASSIFICATION_DIMENSIONS.every((dimension) => rankOf(compiled, dimension, a[dimension]) <= rankOf(compiled, dimension, b[dimension]));
}

/**
 * Every classification of a scheme (the product of its dimensions' levels), lowest first in
 * lexicographic order: for exhaustive checks.
 *
 * @param compiled - The compiled scheme.
 * @returns A new frozen list of frozen classifications.
 *
 * @example
 * ```ts
 * allClassificationsOf(compileClassificationScheme(guidelineClassificationScheme)).length; // 12
 * ```
 */
export function allClassificationsOf(compiled: CompiledClassificationScheme): readonly SchemeClassification[] {
  const out: SchemeClassification[] = [];
  for (const confidentiality of compiled.levels.confidentiality) {
    for (const integrity of compiled.levels.integrity) {
      for (const availability of compiled.levels.availability) out.push(Object.freeze({ confidentiality, integrity, availability }));
    }
  }
  return Object.freeze(out);
}

/**
 * Whether a confidentiality control with the parameter `appliesFromConfidentiality` does **not**
 * apply to a classification: the parameter `1` makes it apply to every level (an overlay's
 * tightening); the default `2` makes it apply from the scheme's `confidential` threshold
 * (機密性2以上, 自治体機密性2以上, …). The parameter is never compared with a level id.
 *
 * @param compiled - The policy's compiled scheme.
 * @param classification - The classification of the subject.
 * @param appliesFrom - The control's `appliesFromConfidentiality` parameter.
 * @returns `true` when the control does not apply (below its threshold).
 *
 * @example
 * ```ts
 * belowConfidential(compiled, { confidentiality: 1, integrity: 1, availability: 1 }, 2); // true
 * belowConfidential(compiled, { confidentiality: 1, integrity: 1, availability: 1 }, 1); // false
 * ```
 */
export function belowConfidential(compiled: CompiledClassificationScheme, classification: SchemeClassification, appliesFrom: number): boolean {
  return appliesFrom > 1 && !meetsThreshold(compiled, classification, "confidential");
}
