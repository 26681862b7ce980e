import type { Locale } from "../definitions/localized-text.js";
import type { ClassificationDimension } from "./classification.js";
import type { SchemeClassification } from "./compiled-scheme.js";
import type { ClassificationLevelEntry, ClassificationScheme, LevelId } from "./classification-scheme.js";
import { guidelineClassificationScheme } from "./guideline-classification-scheme.js";

/** How the labels of the three dimensions are joined, per locale. */
const SEPARATOR: Readonly<Record<Locale, string>> = Object.freeze({ ja: "・", en: ", " });

/** The label of one level in a scheme; falls back to "<dimension name><level>". */
function label(scheme: ClassificationScheme, dimension: ClassificationDimension, level: LevelId, locale: Locale): string {
  const entries: readonly ClassificationLevelEntry[] = scheme.dimensions[dimension].levels;
  const entry = entries.find((candidate) => candidate.id === level);
  return entry === undefined ? `${scheme.dimensions[dimension].name[locale]}${level}` : entry.label[locale];
}

/**
 * Describes a classification in words, with the labels of a scheme: `"機密性3・完全性2・可用性2"`
 * in Japanese, `"Confidentiality 3, Integrity 2, Availability 2"` in English.
 *
 * Pure; does not mutate its arguments.
 *
 * @param classification - The classification to describe.
 * @param scheme - The scheme whose labels to use; defaults to {@link guidelineClassificationScheme}.
 * @param locale - `ja` (default) or `en`.
 * @returns The labels of confidentiality, integrity and availability, in that order, joined by
 *   `・` (ja) or `, ` (en).
 *
 * @example
 * ```ts
 * describeClassification({ confidentiality: 3, integrity: 2, availability: 2 });
 * // "機密性3・完全性2・可用性2"
 * describeClassification({ confidentiality: 2, integrity: 1, availability: 1 }, guidelineClassificationScheme, "en");
 * // "Confidentiality 2, Integrity 1, Availability 1"
 * ```
 */
export function describeClassification(
  classification: SchemeClassification,
  scheme: ClassificationScheme = guidelineClassificationScheme,
  locale: Locale = "ja",
): string {
  return [
    label(scheme, "confidentiality", classification.confidentiality, locale),
    label(scheme, "integrity", classification.integrity, locale),
    label(scheme, "availability", classification.availability, locale),
  ].join(SEPARATOR[locale]);
}

/**
 * The levels of every dimension of a scheme in words, lowest first: for a report header, e.g.
 * `"機密性: 自治体機密性1 < 自治体機密性2 < 自治体機密性3C < 自治体機密性3B < 自治体機密性3A; 完全性: 完全性1 < 完全性2; 可用性: 可用性1 < 可用性2"`.
 *
 * @param scheme - The scheme.
 * @param locale - `ja` (default) or `en`.
 * @returns The labels of each dimension's levels joined by `<`, dimensions joined by `; `.
 *
 * @example
 * ```ts
 * describeSchemeLevels(guidelineClassificationScheme, "en");
 * // "Confidentiality: Confidentiality 1 < Confidentiality 2 < Confidentiality 3; Integrity: …"
 * ```
 */
export function describeSchemeLevels(scheme: ClassificationScheme, locale: Locale = "ja"): string {
  return (["confidentiality", "integrity", "availability"] as const)
    .map((dimension) => `${scheme.dimensions[dimension].name[locale]}: ${scheme.dimensions[dimension].levels.map((entry) => entry.label[locale]).join(" < ")}`)
    .join("; ");
}
