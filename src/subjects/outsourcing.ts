import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** A contract with a contractor (業務委託, 7(8)). */
export const OutsourcingSubjectSchema = z
  .object({
    /** The subject kind, which selects the controls that apply: always `"outsourcing"` here. */
    kind: z.literal("outsourcing"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation outsourcing; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The contractor's name, for the record. */
    contractor: z.string().min(1).max(500).optional(),
    /** Whether the contractor was selected against stated criteria (委託事業者の選定). */
    selectedByCriteria: z.boolean().optional(),
    /** Whether the contract states the information security requirements. */
    securityRequirementsInContract: z.boolean().optional(),
    /** Whether it has been confirmed that the contractor has the necessary measures in place. */
    measuresConfirmed: z.boolean().optional(),
    /** The classification of the information the contractor handles. */
    classification: ClassificationSchema.optional(),
    /** A recorded exception (例外措置). */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** A contract with a contractor. */
export type OutsourcingSubject = z.infer<typeof OutsourcingSubjectSchema>;
