import { z } from "zod";
import { ClauseRefSchema } from "./clause.js";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * The identifier of a measure of the basic policy (7(1) … 7(8), 7(3)①②, 8, 9, 10, 11).
 *
 * @example
 * ```ts
 * import { MeasureIdSchema } from "./measure.js";
 *
 * MeasureIdSchema.parse("mynumber-isolation"); // "mynumber-isolation"
 * MeasureIdSchema.options.length; // 14
 * ```
 */
export const MeasureIdSchema = z.enum([
  "organization",
  "classification",
  "system-resilience",
  "mynumber-isolation",
  "internet-monitoring",
  "physical",
  "human",
  "technical",
  "operations",
  "outsourcing-and-cloud",
  "audit-and-self-inspection",
  "review",
  "standards",
  "procedures",
]);
/**
 * The identifier of a measure of the basic policy.
 *
 * @example
 * ```ts
 * import type { MeasureId } from "./measure.js";
 *
 * const zoneMeasures: MeasureId[] = ["mynumber-isolation", "internet-monitoring"];
 * ```
 */
export type MeasureId = z.infer<typeof MeasureIdSchema>;

/**
 * A measure the basic policy says to take: one clause of 7, or section 8, 9, 10 or 11, with the
 * concrete things its text says to do.
 *
 * @example
 * ```ts
 * import { MeasureSchema } from "./measure.js";
 * import { measures } from "./measures.js";
 *
 * MeasureSchema.parse(measures[0]).clause; // "7(1)"
 * ```
 */
export const MeasureSchema = z
  .object({
    /** Stable identifier, e.g. `"mynumber-isolation"`. */
    id: MeasureIdSchema,
    /** The clause that states the measure, e.g. `"7(3)①"`. */
    clause: ClauseRefSchema,
    /**
     * The clause's heading, verbatim. The circled sub-items of 7(3) have no heading; their title is
     * the zone they open with (マイナンバー利用事務系, インターネット接続系).
     */
    title: LocalizedTextSchema,
    /** What the measure is for, where the text says so, verbatim. */
    purpose: LocalizedTextSchema.optional(),
    /** When the text calls for the measure, where it says so, verbatim. */
    triggers: z.array(LocalizedTextSchema).min(1).readonly().optional(),
    /** The concrete things the text says to do, each a verbatim fragment of the clause, in its order. */
    actions: z.array(LocalizedTextSchema).min(1).readonly(),
  })
  .strict();
/**
 * A measure the basic policy says to take.
 *
 * @example
 * ```ts
 * import type { Measure } from "./measure.js";
 * import { measures } from "./measures.js";
 *
 * const review: Measure | undefined = measures.find((measure) => measure.id === "review");
 * review?.triggers?.length; // 2
 * ```
 */
export type Measure = z.infer<typeof MeasureSchema>;
