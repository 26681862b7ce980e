import { z } from "zod";
import { ZoneSchema } from "../definitions/vocabulary.js";

/**
 * An ISO calendar date, `YYYY-MM-DD`. Dates are data: the engine never reads the clock.
 */
export const IsoDateSchema = z.iso.date();

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * The role of the person who approved an exception. Only an exception approved by the CISO
 * (最高情報セキュリティ責任者) can turn a failed control into a pass: that is a guideline default
 * (the basic policy names no approver), see `exceptionApproval`.
 */
export const ApproverRoleSchema = z.enum(["ciso", "security-officer", "security-manager", "other"]);

/** The role of the person who approved an exception. */
export type ApproverRole = z.infer<typeof ApproverRoleSchema>;

/**
 * A register reference: non-blank text with no white space at either end, so that the
 * reference in a subject matches the register entry exactly (`" "` and `" EX-1"` are rejected).
 */
export const ExceptionReferenceSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\S(?:.*\S)?$/su, "must be non-blank, with no white space at either end");

/**
 * The link an exception to the isolation of マイナンバー利用事務系 (7(3)①) opens: information may move
 * from the zone `from` to the zone `to`, in that direction only.
 */
export const ExceptionLinkSchema = z
  .object({
    /** The zone the information leaves. */
    from: ZoneSchema,
    /** The zone the information enters. */
    to: ZoneSchema,
  })
  .strict();

/** The link an isolation exception opens. */
export type ExceptionLink = z.infer<typeof ExceptionLinkSchema>;

/**
 * A recorded exception (例外措置), as an entry of the exception register (例外措置台帳): a
 * documented, approved, bounded departure from the controls it names. It turns a `fail` into a
 * `pass` only for a control it names that admits one, where the approver is the CISO, and within
 * its period as of the `asOf` date; otherwise the finding stays `fail` and says why
 * (`exceptionRejected`). An exception to `mynumber-isolation` must name the link it opens.
 */
export const RecordedExceptionSchema = z
  .object({
    /** The exception's reference in the organisation's register, e.g. `"EX-2026-014"`: non-blank. */
    reference: ExceptionReferenceSchema,
    /** The role of the approver; only `ciso` makes the exception effective (a guideline default). */
    approverRole: ApproverRoleSchema,
    /** Who approved it (name or post), for the record. */
    approvedBy: z.string().min(1).max(200).optional(),
    /** The ids of the controls it covers, at least one (no blanket exception). Each must be a control of the policy in use. */
    controls: z.array(z.string().min(1).max(100)).min(1).max(100),
    /** The first day it is valid, if the register states one. */
    validFrom: IsoDateSchema.optional(),
    /** The last day it is valid (inclusive): after that, or with no `asOf` to judge by, it turns nothing into a pass. */
    validUntil: IsoDateSchema,
    /** For an exception to `mynumber-isolation`: the link it opens, which it alone covers. */
    link: ExceptionLinkSchema.optional(),
  })
  .strict();

/** A recorded exception (例外措置). */
export type RecordedException = z.infer<typeof RecordedExceptionSchema>;

/**
 * The organisation a subject belongs to. Any string is accepted so that a subject of another body
 * can be stated; only the four organisations of 5(1) are in scope, and a subject naming another
 * is `not-applicable`.
 */
export const OrganizationRefSchema = z.string().min(1).max(200);

/** A caller's identifier for a subject, echoed in audit results. */
export const SubjectIdSchema = z.string().min(1).max(500);
