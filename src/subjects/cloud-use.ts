import { z } from "zod";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Using an external (cloud) service (外部サービス, 7(8)). */
export const CloudUseSubjectSchema = z
  .object({
    /** The subject kind, which selects the controls that apply: always `"cloud-use"` here. */
    kind: z.literal("cloud-use"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation using the service; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The service's name, for the record. */
    service: z.string().min(1).max(500).optional(),
    /** Whether rules for using the service are in place (利用に係る規定). */
    usageRulesInPlace: z.boolean().optional(),
    /** Whether the measures those rules require have been taken. */
    measuresTaken: z.boolean().optional(),
    /** A recorded exception (例外措置). */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** Using an external (cloud) service. */
export type CloudUseSubject = z.infer<typeof CloudUseSubjectSchema>;
