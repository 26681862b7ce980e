import { z } from "zod";
import { FactorKindSchema, PersonCategorySchema, ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Signing in to a terminal, with the kinds of authentication factor presented. */
export const SignInSubjectSchema = z
  .object({
    /** The subject kind, which selects the controls that apply: always `"sign-in"` here. */
    kind: z.literal("sign-in"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation of the terminal; absent means the Union's own. */
    organization: OrganizationRefSchema.optional(),
    /** The zone of the terminal signed in to. */
    zone: ZoneSchema,
    /** The kinds of factor presented (a password is `knowledge`, an IC card `possession`, a fingerprint `inherence`). */
    factors: z.array(FactorKindSchema).max(16).optional(),
    /** The category of the person signing in. */
    person: PersonCategorySchema.optional(),
    /** A recorded exception (例外措置). It never permits single-factor sign-in to マイナンバー利用事務系. */
    exception: RecordedExceptionSchema.optional(),
  })
  .strict();

/** Signing in to a terminal. */
export type SignInSubject = z.infer<typeof SignInSubjectSchema>;
