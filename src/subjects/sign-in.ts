import { z } from "zod";
import { FactorKindSchema, PersonCategorySchema, ZoneSchema } from "../definitions/vocabulary.js";
import { OrganizationRefSchema, RecordedExceptionSchema, SubjectIdSchema } from "./common.js";

/** Signing in to a terminal, with the kinds of authentication factor presented. */
export const SignInSubjectSchema = z
  .object({
    kind: z.literal("sign-in").describe('The subject kind, which selects the controls that apply: always "sign-in" here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.optional().describe("The organisation of the terminal; absent means the Union's own."),
    zone: ZoneSchema.describe("The zone of the terminal signed in to."),
    factors: z.array(FactorKindSchema).max(16).optional().describe('The kinds of authentication factor presented (two or more kinds make 多要素認証; a password is "knowledge", an IC card "possession", a fingerprint "inherence").'),
    person: PersonCategorySchema.optional().describe("The category of the person signing in."),
    exception: RecordedExceptionSchema.optional().describe("A recorded exception (例外措置). It never permits single-factor sign-in to マイナンバー利用事務系."),
  })
  .strict();

/** Signing in to a terminal. */
export type SignInSubject = z.infer<typeof SignInSubjectSchema>;
