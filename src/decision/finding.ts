import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema, ThreatRefSchema } from "../definitions/vocabulary.js";
import { ControlCategorySchema } from "../controls/control-category.js";
import { FindingStatusSchema } from "../controls/finding-status.js";

/** The recorded exception (例外措置) that turned a finding's `fail` into `pass`. */
export const ExceptionUsedSchema = z
  .object({
    /** The exception's reference in the organisation's register. */
    reference: z.string(),
    /** Who approved it, as recorded. */
    approvedBy: z.string().optional(),
  })
  .strict();

/** The recorded exception that turned a fail into a pass. */
export type ExceptionUsed = z.infer<typeof ExceptionUsedSchema>;

/**
 * What one control found for one subject: its status, the clause it comes from, where the rule
 * comes from, and why, in words a staff member understands.
 */
export const FindingSchema = z
  .object({
    /** The control's id. */
    control: z.string(),
    /** The control's title. */
    title: LocalizedTextSchema,
    /** `pass`, `fail`, `manual` or `not-applicable`. */
    status: FindingStatusSchema,
    /** The clause the control comes from, e.g. `"7(3)①"`. */
    clause: ClauseRefSchema,
    /** Where the rule comes from. */
    provenance: ProvenanceSchema,
    /** The control's category. */
    category: ControlCategorySchema,
    /** Why, in Japanese and English. */
    message: LocalizedTextSchema,
    /** Why, in the locale asked for. */
    reason: z.string(),
    /** The threats of clause 4 the control counters. */
    threats: z.array(ThreatRefSchema).readonly(),
    /** What to do, on a `fail` or `manual` finding. */
    remediation: LocalizedTextSchema.optional(),
    /** The exception that turned a `fail` into this `pass`, if one did. */
    exception: ExceptionUsedSchema.optional(),
  })
  .strict()
  .readonly();

/** What one control found for one subject. */
export type Finding = z.infer<typeof FindingSchema>;
