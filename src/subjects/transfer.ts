import { z } from "zod";
import { ClassificationSchema } from "../classification/classification.js";
import { TransferChannelSchema, ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/**
 * Information moving from one zone to another (7(3)): a file sent from the インターネット接続系 to the
 * LGWAN接続系, a print job crossing into マイナンバー利用事務系, a screen transfer.
 */
export const TransferSubjectSchema = z
  .object({
    kind: z.literal("transfer").describe('The subject kind, which selects the controls that apply: always "transfer" here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation making the transfer; absent means the Union's own."),
    from: ZoneSchema.describe("The zone the information leaves."),
    to: ZoneSchema.describe("The zone the information enters."),
    channel: TransferChannelSchema.optional().describe("How it moves: over the network, by email, on removable media, or by screen transfer."),
    sanitized: z.boolean().optional().describe("Whether the information was sanitised (無害化) before entering the target zone."),
    encrypted: z.boolean().optional().describe("Whether the information was encrypted (or equivalently protected) in transit."),
    classification: ClassificationSchema.optional().describe("The classification of what moves."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置) for this transfer."),
  })
  .strict();

/** Information moving between zones. */
export type TransferSubject = z.infer<typeof TransferSubjectSchema>;
