import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema, ThreatRefSchema } from "../definitions/vocabulary.js";
import { ControlCategorySchema } from "../controls/control-category.js";
import { FindingStatusSchema } from "../controls/finding-status.js";

/** The recorded exception (例外措置) that turned a finding's `fail` into `pass`. */
export const ExceptionUsedSchema = z
  .object({
    reference: z.string().describe("The exception's reference in the organisation's register."),
    approvedBy: z.string().optional().describe("Who approved it, as recorded."),
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
    control: z.string().describe("The control's id."),
    title: LocalizedTextSchema.describe("The control's title."),
    status: FindingStatusSchema.describe('"pass", "fail", "manual" or "not-applicable".'),
    clause: ClauseRefSchema.describe('The clause the control comes from, e.g. "7(3)①".'),
    provenance: ProvenanceSchema.describe("Where the rule comes from."),
    category: ControlCategorySchema.describe("The control's category."),
    message: LocalizedTextSchema.describe("Why, in Japanese and English."),
    reason: z.string().describe("Why, in the locale asked for."),
    threats: z.array(ThreatRefSchema).readonly().describe("The threats of clause 4 the control counters."),
    remediation: LocalizedTextSchema.optional().describe('What to do, on a "fail" or "manual" finding.'),
    exception: ExceptionUsedSchema.optional().describe('The exception that turned a "fail" into this "pass", if one did.'),
  })
  .strict()
  .readonly();

/** What one control found for one subject. */
export type Finding = z.infer<typeof FindingSchema>;
