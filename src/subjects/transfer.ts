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
    /** The subject kind, which selects the controls that apply: always `"transfer"` here. */
    kind: z.literal("transfer"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation making the transfer; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The zone the information leaves. */
    from: ZoneSchema,
    /** The zone the information enters. */
    to: ZoneSchema,
    /** How it moves: over the network, by email, on removable media, or by screen transfer. */
    channel: TransferChannelSchema.optional(),
    /** Whether the information was sanitised (無害化) before entering the target zone. */
    sanitized: z.boolean().optional(),
    /** Whether the information was encrypted (or equivalently protected) in transit. */
    encrypted: z.boolean().optional(),
    /** The classification of what moves. */
    classification: ClassificationSchema.optional(),
    /** A recorded exception (例外措置) for this transfer. */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** Information moving between zones. */
export type TransferSubject = z.infer<typeof TransferSubjectSchema>;
