import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** A contract with a contractor (業務委託, 7(8)). */
export const OutsourcingSubjectSchema = z
  .object({
    kind: z.literal("outsourcing").describe('The subject kind, which selects the controls that apply: always "outsourcing" (業務委託) here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation outsourcing; absent means the Union's own."),
    contractor: z.string().min(1).max(500).optional().describe("The contractor's name, for the record."),
    selectedByCriteria: z.boolean().optional().describe("Whether the contractor was selected (委託事業者を選定し, 7(8)) before the work was outsourced."),
    securityRequirementsInContract: z.boolean().optional().describe("Whether the contract states the information security requirements."),
    measuresConfirmed: z.boolean().optional().describe("Whether it has been confirmed that the contractor has the necessary measures in place."),
    classification: ClassificationSchema.optional().describe("The classification of the information the contractor handles."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置)."),
  })
  .strict();

/** A contract with a contractor. */
export type OutsourcingSubject = z.infer<typeof OutsourcingSubjectSchema>;
