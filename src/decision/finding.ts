import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema, ThreatRefSchema, ZoneSchema } from "../definitions/vocabulary.js";
import { ControlCategorySchema } from "../controls/control-category.js";
import { FindingStatusSchema } from "../controls/finding-status.js";

/** The recorded exception (例外措置) that turned a finding's `fail` into `pass`, and its period. */
export const ExceptionUsedSchema = z
  .object({
    /** The exception's reference in the organisation's register. */
    reference: z.string(),
    /** Who approved it, as recorded. */
    approvedBy: z.string().optional(),
    /** The first day it is valid, if recorded. */
    validFrom: z.string().optional(),
    /** The last day it is valid (inclusive). */
    validUntil: z.string(),
    /** The link it opens, for an exception to the isolation of 7(3)①. */
    link: z
      .object({
        /** The zone the information leaves. */
        from: ZoneSchema,
        /** The zone the information enters. */
        to: ZoneSchema,
      })
      .strict()
      .optional(),
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
    /** The exception's reference in the organisation's register. */
    reference: z.string(),
    /** Why it did not apply. */
    reason: ExceptionRejectionReasonSchema,
    /** Why, in Japanese and English. */
    message: LocalizedTextSchema,
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
    /** A recorded exception that names this failed control but did not apply, and why. */
    exceptionRejected: ExceptionRejectedSchema.optional(),
  })
  .strict()
  .readonly();

/** What one control found for one subject. */
export type Finding = z.infer<typeof FindingSchema>;
