import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { PersonCategorySchema, ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Reading, changing or deleting an information asset. */
export const AccessSubjectSchema = z
  .object({
    kind: z.literal("access").describe('The subject kind, which selects the controls that apply: always "access" here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation holding the asset; absent means the Union's own."),
    person: PersonCategorySchema.describe("The category of the person accessing (3(15))."),
    operation: z.enum(["read", "change", "delete"]).optional().describe("What the person does to the asset."),
    authorized: z.boolean().optional().describe("Whether the person is authorised for this asset and operation."),
    trained: z.boolean().optional().describe("Whether the person (if staff) has taken the information security training (教育及び啓発)."),
    classification: ClassificationSchema.optional().describe("The classification of the asset."),
    zone: ZoneSchema.optional().describe("The zone of the asset."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置)."),
  })
  .strict();

/** Reading, changing or deleting an information asset. */
export type AccessSubject = z.infer<typeof AccessSubjectSchema>;
