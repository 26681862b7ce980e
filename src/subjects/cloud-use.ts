import { z } from "zod";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Using an external (cloud) service (外部サービス, 7(8)). */
export const CloudUseSubjectSchema = z
  .object({
    kind: z.literal("cloud-use").describe('The subject kind, which selects the controls that apply: always "cloud-use" (外部サービス, e.g. cloud) here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation using the service; absent means the Union's own."),
    service: z.string().min(1).max(500).optional().describe("The service's name, for the record."),
    usageRulesInPlace: z.boolean().optional().describe("Whether rules for using the service are in place (利用に係る規定)."),
    measuresTaken: z.boolean().optional().describe("Whether the measures those rules require have been taken."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置)."),
  })
  .strict();

/** Using an external (cloud) service. */
export type CloudUseSubject = z.infer<typeof CloudUseSubjectSchema>;
