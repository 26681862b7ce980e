import { z } from "zod";
import { ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Installing or using software on the organisation's systems. */
export const SoftwareUseSubjectSchema = z
  .object({
    kind: z.literal("software-use").describe('The subject kind, which selects the controls that apply: always "software-use" here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation; absent means the Union's own."),
    software: z.string().min(1).max(500).optional().describe("The software's name, for the record."),
    action: z.enum(["install", "use"]).optional().describe("Whether the software is installed or only used."),
    approved: z.boolean().optional().describe("Whether the software is approved for use (無許可ソフトウェア is not)."),
    zone: ZoneSchema.optional().describe("The zone where it is installed or used."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置)."),
  })
  .strict();

/** Installing or using software. */
export type SoftwareUseSubject = z.infer<typeof SoftwareUseSubjectSchema>;
