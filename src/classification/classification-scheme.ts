import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { GuidelineBasisSchema } from "../definitions/guideline-basis.js";
import { ProvenanceSchema } from "../definitions/vocabulary.js";

/** The schema of one level entry whose `level` is exactly `level`. */
function levelEntrySchema<const L extends number>(level: L) {
  return z
    .object({
      /** The level number. */
      level: z.literal(level),
      /** A short label, e.g. `{ ja: "機密性3", en: "Confidentiality 3" }`. */
      label: LocalizedTextSchema,
      /** Which information assets belong at this level. */
      definition: LocalizedTextSchema,
      /** Where the definition comes from in the national guideline: required in a `guideline` scheme. */
      basis: GuidelineBasisSchema.optional().describe("Where the definition comes from in the national guideline: required on every level of a guideline scheme."),
    })
    .strict();
}

/**
 * One level of one dimension in a classification scheme: its number, a short label (e.g.
 * 機密性3) and its definition, in Japanese and English.
 *
 * @example
 * ```ts
 * const entry: ClassificationLevelEntry = guidelineClassificationScheme.dimensions.integrity.levels[1];
 * entry.label.ja; // "完全性2"
 * ```
 */
export type ClassificationLevelEntry = z.infer<ReturnType<typeof levelEntrySchema<number>>>;

/** The shared fields of a dimension of a scheme, with the given ordered levels. */
function dimensionSchema<T extends z.ZodType>(levels: T) {
  return z
    .object({
      /** The dimension's name, e.g. `{ ja: "機密性", en: "Confidentiality" }`. */
      name: LocalizedTextSchema,
      /** The clause of the basic policy that defines the term, e.g. `"3(10)"` for 機密性. */
      term: ClauseRefSchema,
      /** Every level of the dimension, lowest first, each exactly once. */
      levels,
    })
    .strict();
}

/**
 * A classification scheme as data: how a body labels and defines the levels of confidentiality
 * (1–3), integrity (1–2) and availability (1–2) of its information assets under 7(2).
 *
 * The default is {@link guidelineClassificationScheme}, taken from the national guideline. A body
 * that labels its levels differently supplies its own scheme (provenance `organization`) and
 * passes it to {@link describeClassification}. Each dimension lists its levels lowest first, each
 * level exactly once; the tuple types make a missing, extra or misplaced level a type error as
 * well as a validation error.
 *
 * @example
 * ```ts
 * const mine = ClassificationSchemeSchema.parse(json);
 * describeClassification({ confidentiality: 2, integrity: 1, availability: 1 }, mine, "en");
 * ```
 */
export const ClassificationSchemeSchema = z
  .object({
    /** A stable kebab-case identifier, e.g. `"guideline"`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case identifier"),
    /** The scheme's name. */
    name: LocalizedTextSchema,
    /** Where the levels come from: `guideline` for the default, `organization` for a body's own. */
    provenance: ProvenanceSchema,
    /** The clause of the basic policy the scheme implements: `"7(2)"`. */
    clause: ClauseRefSchema,
    /** Where the levels come from and how they relate to the basic policy, in words. */
    note: LocalizedTextSchema,
    /** The levels of each dimension, lowest first. */
    dimensions: z
      .object({
        /** 機密性: levels 1, 2, 3. */
        confidentiality: dimensionSchema(
          z
            .tuple([
              levelEntrySchema(1),
              levelEntrySchema(2),
              levelEntrySchema(3),
            ])
            .readonly(),
        ),
        /** 完全性: levels 1, 2. */
        integrity: dimensionSchema(
          z.tuple([levelEntrySchema(1), levelEntrySchema(2)]).readonly(),
        ),
        /** 可用性: levels 1, 2. */
        availability: dimensionSchema(
          z.tuple([levelEntrySchema(1), levelEntrySchema(2)]).readonly(),
        ),
      })
      .strict(),
  })
  .strict()
  .superRefine((scheme, context) => {
    if (scheme.provenance !== "guideline") return;
    for (const dimension of ["confidentiality", "integrity", "availability"] as const) {
      scheme.dimensions[dimension].levels.forEach((entry, index) => {
        if (entry.basis === undefined) {
          context.addIssue({ code: "custom", path: ["dimensions", dimension, "levels", index, "basis"], message: "a level of a guideline scheme needs its basis in the guideline" });
        }
      });
    }
  });

/**
 * A classification scheme: labels and definitions of every level of every dimension.
 *
 * @example
 * ```ts
 * const mine: ClassificationScheme = ClassificationSchemeSchema.parse(json);
 * ```
 */
export type ClassificationScheme = z.infer<typeof ClassificationSchemeSchema>;
