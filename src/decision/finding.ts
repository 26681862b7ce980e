import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema, ThreatRefSchema, ZoneSchema } from "../definitions/vocabulary.js";
import { ControlCategorySchema } from "../controls/control-category.js";
import { FindingStatusSchema } from "../controls/finding-status.js";

/** The recorded exception (例外措置) that turned a finding's `fail` into `pass`, and its period. */
export const ExceptionUsedSchema = z
  .object({
    reference: z.string().describe("The exception's reference in the organisation's register."),
    approvedBy: z.string().optional().describe("Who approved it, as recorded."),
    validFrom: z.string().optional().describe("The first day it is valid, if recorded."),
    validUntil: z.string().describe("The last day it is valid (inclusive)."),
    link: z
      .object({
        from: ZoneSchema.describe("The zone the information leaves."),
        to: ZoneSchema.describe("The zone the information enters."),
      })
      .strict()
      .optional()
      .describe("The link it opens, for an exception to the isolation of 7(3)①."),
  })
  .strict();

/** The recorded exception that turned a fail into a pass. */
export type ExceptionUsed = z.infer<typeof ExceptionUsedSchema>;

/**
 * Why a recorded exception that names a failed control did not turn it into a pass:
 *
 * - `not-admitted`: the control admits no exception (e.g. the no-carry-out rule of 7(3)①).
 * - `approver`: the approver is not one who may approve (by the guideline default, only the CISO).
 * - `no-as-of`: no `asOf` date was given, so the period cannot be judged.
 * - `expired`: the `asOf` date is after `validUntil`.
 * - `not-yet-valid`: the `asOf` date is before `validFrom`.
 * - `no-link`: an exception to `mynumber-isolation` that names no link.
 * - `other-link`: the link it names is not the one this subject crosses.
 */
export const ExceptionRejectionReasonSchema = z.enum(["not-admitted", "approver", "no-as-of", "expired", "not-yet-valid", "no-link", "other-link"]);

/** Why a recorded exception did not turn a fail into a pass. */
export type ExceptionRejectionReason = z.infer<typeof ExceptionRejectionReasonSchema>;

/** A recorded exception that names a failed control but did not turn it into a pass, and why. */
export const ExceptionRejectedSchema = z
  .object({
    reference: z.string().describe("The exception's reference in the organisation's register."),
    reason: ExceptionRejectionReasonSchema.describe("Why it did not apply."),
    message: LocalizedTextSchema.describe("Why, in Japanese and English."),
  })
  .strict();

/** A recorded exception that did not apply, and why. */
export type ExceptionRejected = z.infer<typeof ExceptionRejectedSchema>;

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
    exceptionRejected: ExceptionRejectedSchema.optional().describe("A recorded exception that names this failed control but did not apply, and why."),
  })
  .strict()
  .readonly();

/** What one control found for one subject. */
export type Finding = z.infer<typeof FindingSchema>;
