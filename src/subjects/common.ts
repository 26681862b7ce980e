import { z } from "zod";
import { OUTSIDE_NAME_MAX_LENGTH, OUTSIDE_NAME_PATTERN, organizationRefProblem, outsideNameProblem, suggestOrganizationId } from "../definitions/organization-ref.js";
import { APPROVER_ROLE_VALUES } from "../definitions/vocabulary-values.js";
import { OrganizationIdSchema, ZoneSchema } from "../definitions/vocabulary.js";

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
export const ApproverRoleSchema = z.enum(APPROVER_ROLE_VALUES);

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
    from: ZoneSchema.describe("The zone the information leaves."),
    to: ZoneSchema.describe("The zone the information enters."),
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
    reference: ExceptionReferenceSchema.describe('The exception\'s reference in the organisation\'s register (例外措置台帳), e.g. "EX-2026-014": non-blank.'),
    approverRole: ApproverRoleSchema.describe('The role of the approver; only "ciso" makes the exception effective (a guideline default: the basic policy names no approver).'),
    approvedBy: z.string().min(1).max(200).optional().describe("Who approved it (name or post), for the record."),
    controls: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(100)
      .describe("The ids of the controls it covers, at least one (no blanket exception). Each must be a control of the policy in use."),
    validFrom: IsoDateSchema.optional().describe("The first day it is valid, if the register states one."),
    validUntil: IsoDateSchema.describe('The last day it is valid (inclusive): after that, or with no "asOf" to judge by, it turns nothing into a pass.'),
    link: ExceptionLinkSchema.optional().describe('For an exception to "mynumber-isolation": the link (from and to zone) it opens, which it alone covers.'),
  })
  .strict();

/** A recorded exception (例外措置). */
export type RecordedException = z.infer<typeof RecordedExceptionSchema>;

/**
 * A declaration that a subject belongs to a body outside 5(1), e.g. `{ "outside": "登米市" }` for a
 * member municipality's own asset. Only such a declaration makes a subject `not-applicable`. The
 * name is non-blank, has no white space at either end and no control or invisible character, and
 * is not one of the four organisations of 5(1) by another spelling.
 */
export const OutsideOrganizationSchema = z
  .object({
    /** The name of the body outside 5(1), e.g. `"登米市"`. */
    outside: z
      .string()
      .min(1)
      .max(OUTSIDE_NAME_MAX_LENGTH)
      .regex(OUTSIDE_NAME_PATTERN, "the name of an outside body has no white space at either end and no control or invisible character")
      .refine((name) => suggestOrganizationId(name) === undefined, { error: (issue) => outsideNameProblem(issue.input) ?? "invalid name" })
      .describe("The name of the body outside 5(1), e.g. 登米市."),
  })
  .strict()
  .describe('A body outside 5(1), declared explicitly: { "outside": "<name>" }.');

/** A declaration that a subject belongs to a body outside 5(1). */
export type OutsideOrganization = z.infer<typeof OutsideOrganizationSchema>;

/**
 * The organisation a subject belongs to, failing closed: one of the four ids of 5(1)
 * (`secretariat`, `assembly-secretariat`, `audit-secretariat`, `election-commission`), or an
 * explicit `{ "outside": "<name>" }` for a body outside 5(1), which makes the subject
 * `not-applicable`. Anything else (another case, full-width letters, stray spaces, a Japanese
 * name, a typo) is invalid input, reported with a did-you-mean.
 */
export const OrganizationRefSchema = z.union([OrganizationIdSchema, OutsideOrganizationSchema], {
  error: (issue) => organizationRefProblem(issue.input) ?? "invalid organisation reference",
});

/** An organisation reference: an id of 5(1), or `{ outside: name }`. */
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;

/** A caller's identifier for a subject, echoed in audit results. */
export const SubjectIdSchema = z.string().min(1).max(500);
