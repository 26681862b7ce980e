import { z } from "zod";
import { OUTSIDE_NAME_MAX_LENGTH, OUTSIDE_NAME_PATTERN, organizationRefProblem, outsideNameProblem, suggestOrganizationId } from "../definitions/organization-ref.js";
import { APPROVER_ROLE_VALUES } from "../definitions/vocabulary-values.js";
import { OrganizationIdSchema } from "../definitions/vocabulary.js";

/**
 * An ISO calendar date, `YYYY-MM-DD`. Dates are data: the engine never reads the clock.
 */
export const IsoDateSchema = z.iso.date();

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * The role of the person who approved an exception. Only an exception approved by the CISO
 * (最高情報セキュリティ責任者) can turn a failed control into a pass.
 */
export const ApproverRoleSchema = z.enum(APPROVER_ROLE_VALUES);

/** The role of the person who approved an exception. */
export type ApproverRole = z.infer<typeof ApproverRoleSchema>;

/**
 * A recorded exception (例外措置): a documented, approved departure from a control that admits
 * one. It turns a `fail` into a `pass` only where the approver is the CISO and the control admits
 * exceptions; the finding then names the exception.
 */
export const RecordedExceptionSchema = z
  .object({
    reference: z.string().min(1).max(200).describe("The exception's reference in the organisation's register, e.g. \"EX-2026-014\"."),
    approverRole: ApproverRoleSchema.describe('The role of the approver; only "ciso" makes the exception effective.'),
    approvedBy: z.string().min(1).max(200).optional().describe("Who approved it (name or post), for the record."),
    controls: z.array(z.string().min(1).max(100)).max(100).optional().describe("The controls it covers; absent means every control of the subject that admits one."),
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
