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
    /** The subject kind, which selects the controls that apply: always `"carry-out"` here. */
    kind: z.literal("carry-out"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation carrying out; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The zone the information comes from. */
    zone: ZoneSchema.optional(),
    /** Whether the information is taken off a terminal (パソコン等端末), e.g. copied to USB memory. */
    fromTerminal: z.boolean().optional(),
    /** The classification of what is carried out. */
    classification: ClassificationSchema.optional(),
    /** Whether the carry-out was approved beforehand. */
    approved: z.boolean().optional(),
    /** Whether what is carried out is encrypted (or equivalently protected). */
    encrypted: z.boolean().optional(),
    /** A recorded exception (例外措置). It never permits carrying out from a マイナンバー利用事務系 terminal. */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** Taking information or an asset out. */
export type CarryOutSubject = z.infer<typeof CarryOutSubjectSchema>;
