import { z } from "zod";
import { GUIDELINE_DOCUMENT, type BasisSource } from "./guideline-basis-text.js";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * The edition of the guideline a basis refers to, or `unknown` when no source says which.
 *
 * @example
 * ```ts
 * import { GuidelineEditionSchema } from "@miyagi-kouiki/infosec-policy";
 * GuidelineEditionSchema.parse("令和5年3月版");
 * ```
 */
export const GuidelineEditionSchema = z
  .enum(["令和4年3月版", "令和5年3月版", "令和6年10月版", "unknown"])
  .describe("The edition of the guideline: 令和4年3月版, 令和5年3月版, 令和6年10月版, or unknown when no source says which.");
/**
 * The edition of the guideline a basis refers to.
 *
 * @example
 * ```ts
 * import type { GuidelineEdition } from "@miyagi-kouiki/infosec-policy";
 * const edition: GuidelineEdition = "令和5年3月版";
 * ```
 */
export type GuidelineEdition = z.infer<typeof GuidelineEditionSchema>;

/**
 * A public secondary source that a basis relies on, by its id in the research note
 * (docs/research/guideline-basis.md, e.g. `S1`), its title and its address.
 *
 * @example
 * ```ts
 * import { BasisSourceSchema } from "@miyagi-kouiki/infosec-policy";
 * BasisSourceSchema.parse({ id: "S1", title: "…", url: "https://www.runexy-janusnet.com/solution/securitypolicy.html" });
 * ```
 */
export const BasisSourceSchema = z
  .object({
    /** The source's id in the research note. */
    id: z.string().regex(/^S\d+$/).describe("The source's id in the research note docs/research/guideline-basis.md, e.g. S1 (S0: the issue-tracker lead the note records)."),
    /** What the source is. */
    title: z.string().min(1).describe("What the source is, in words."),
    /** The public address of the source. */
    url: z.string().url().optional().describe("The public address of the source, when it has one."),
  })
  .strict()
  .describe("A public secondary source that quotes, paraphrases or follows the guideline (the guideline PDF itself was not available).");
/**
 * A public secondary source that a basis relies on.
 *
 * @example
 * ```ts
 * import type { BasisSource } from "@miyagi-kouiki/infosec-policy";
 * const source: BasisSource = { id: "S1", title: "…", url: "https://example.org/" };
 * ```
 */
export type { BasisSource };

const commonBasisFields = {
  /** The document the default comes from: the national guideline of 総務省. */
  document: z.literal(GUIDELINE_DOCUMENT).describe("The document the default comes from: the national guideline of 総務省."),
  /** The edition of the guideline, or `unknown`. */
  edition: GuidelineEditionSchema,
  /** Where in the guideline, if known. */
  section: z
    .string()
    .min(1)
    .optional()
    .describe("Where in the guideline, if known (the numbering is inferred from bodies that follow it: verify against the PDF)."),
  /** What the library knows and does not know about this basis. */
  note: LocalizedTextSchema.optional().describe("What the library knows and does not know about this basis, in words."),
};

/**
 * The basis of a guideline default (DESIGN "Provenance"): which document and edition, where in it if
 * known, and how sure the library is of the wording, as `confidence`:
 *
 * - `quoted`: a public secondary source reproduces the guideline's wording, given in `quote`
 *   verbatim (as the source renders it), with the `sources`;
 * - `paraphrased`: a secondary source states the substance, not the wording (`sources` required);
 * - `inferred`: no source states it; the library infers it from what was found or from the basic
 *   policy (`sources` may be empty).
 *
 * A discriminated union on `confidence`, so that a quoted basis without its quote, or a
 * paraphrased one without a source, is a type error and a validation error.
 *
 * @example
 * ```ts
 * import { GuidelineBasisSchema, GUIDELINE_DOCUMENT } from "@miyagi-kouiki/infosec-policy";
 * GuidelineBasisSchema.parse({ document: GUIDELINE_DOCUMENT, edition: "unknown", confidence: "inferred", sources: [] });
 * ```
 */
export const GuidelineBasisSchema = z
  .discriminatedUnion("confidence", [
    z
      .object({
        ...commonBasisFields,
        /** How sure the library is of the wording. */
        confidence: z.literal("quoted").describe("quoted: a secondary source reproduces the guideline's wording."),
        /** The guideline's wording, verbatim as the secondary source renders it. */
        quote: z.string().min(1).describe("The guideline's wording, verbatim as the secondary source renders it."),
        /** The secondary sources. */
        sources: z.array(BasisSourceSchema).min(1).readonly().describe("The secondary sources that quote it (at least one)."),
      })
      .strict(),
    z
      .object({
        ...commonBasisFields,
        /** How sure the library is of the wording. */
        confidence: z.literal("paraphrased").describe("paraphrased: a secondary source states the substance, not the wording."),
        /** The secondary sources. */
        sources: z.array(BasisSourceSchema).min(1).readonly().describe("The secondary sources that state it (at least one)."),
      })
      .strict(),
    z
      .object({
        ...commonBasisFields,
        /** How sure the library is of the wording. */
        confidence: z.literal("inferred").describe("inferred: no source states it; the library infers it."),
        /** The secondary sources. */
        sources: z.array(BasisSourceSchema).readonly().describe("Sources the inference rests on, if any."),
      })
      .strict(),
  ])
  .describe("Where a guideline default comes from: document, edition, section if known, and how sure the library is of it.");
/**
 * The basis of a guideline default.
 *
 * @example
 * ```ts
 * import type { GuidelineBasis } from "@miyagi-kouiki/infosec-policy";
 * const basis: GuidelineBasis = { document: "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」", edition: "unknown", confidence: "inferred", sources: [] };
 * ```
 */
export type GuidelineBasis = z.infer<typeof GuidelineBasisSchema>;

/**
 * The confidence of a basis: `quoted`, `paraphrased` or `inferred`.
 *
 * @example
 * ```ts
 * import type { BasisConfidence } from "@miyagi-kouiki/infosec-policy";
 * const confidence: BasisConfidence = "paraphrased";
 * ```
 */
export type BasisConfidence = GuidelineBasis["confidence"];

