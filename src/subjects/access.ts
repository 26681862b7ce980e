import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { PersonCategorySchema, ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Reading, changing or deleting an information asset. */
export const AccessSubjectSchema = z
  .object({
    /** The subject kind, which selects the controls that apply: always `"access"` here. */
    kind: z.literal("access"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation holding the asset; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The category of the person accessing (3(15)). */
    person: PersonCategorySchema,
    /** What the person does to the asset. */
    operation: z.enum(["read", "change", "delete"]).optional(),
    /** Whether the person is authorised for this asset and operation. */
    authorized: z.boolean().optional(),
    /** Whether the person (if staff) has taken the information security training. */
    trained: z.boolean().optional(),
    /** The classification of the asset. */
    classification: ClassificationSchema.optional(),
    /** The zone of the asset. */
    zone: ZoneSchema.optional(),
    /** A recorded exception (例外措置). */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** Reading, changing or deleting an information asset. */
export type AccessSubject = z.infer<typeof AccessSubjectSchema>;
