import { z } from "zod";
import { ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Installing or using software on the organisation's systems. */
export const SoftwareUseSubjectSchema = z
  .object({
    /** The subject kind, which selects the controls that apply: always `"software-use"` here. */
    kind: z.literal("software-use"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The software's name, for the record. */
    software: z.string().min(1).max(500).optional(),
    /** Whether the software is installed or only used. */
    action: z.enum(["install", "use"]).optional(),
    /** Whether the software is approved for use. */
    approved: z.boolean().optional(),
    /** The zone where it is installed or used. */
    zone: ZoneSchema.optional(),
    /** A recorded exception (例外措置). */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** Installing or using software. */
export type SoftwareUseSubject = z.infer<typeof SoftwareUseSubjectSchema>;
