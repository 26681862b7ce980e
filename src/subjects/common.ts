import { z } from "zod";

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
export const ApproverRoleSchema = z.enum(["ciso", "security-officer", "security-manager", "other"]);

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
 * The organisation a subject belongs to. Any string is accepted so that a subject of another body
 * can be stated; only the four organisations of 5(1) are in scope, and a subject naming another
 * is `not-applicable`.
 */
export const OrganizationRefSchema = z.string().min(1).max(200);

/** A caller's identifier for a subject, echoed in audit results. */
export const SubjectIdSchema = z.string().min(1).max(500);
