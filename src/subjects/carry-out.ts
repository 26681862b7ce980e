import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/**
 * Taking information or an asset out (持出し): copying data off a terminal, taking media or a
 * laptop outside the office.
 */
export const CarryOutSubjectSchema = z
  .object({
    kind: z.literal("carry-out").describe('The subject kind, which selects the controls that apply: always "carry-out" (持出し) here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation carrying out; absent means the Union's own."),
    zone: ZoneSchema.optional().describe("The zone the information comes from."),
    fromTerminal: z.boolean().optional().describe("Whether the information is taken off a terminal (パソコン等端末), e.g. copied to USB memory."),
    classification: ClassificationSchema.optional().describe("The classification of what is carried out."),
    approved: z.boolean().optional().describe("Whether the carry-out (持出し) was approved beforehand."),
    encrypted: z.boolean().optional().describe("Whether what is carried out is encrypted (or equivalently protected)."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置). It never permits carrying out from a マイナンバー利用事務系 terminal."),
  })
  .strict();

/** Taking information or an asset out. */
export type CarryOutSubject = z.infer<typeof CarryOutSubjectSchema>;
