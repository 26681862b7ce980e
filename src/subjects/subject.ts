import { z } from "zod";
import { AccessSubjectSchema } from "./access.js";
import { AssetSubjectSchema } from "./asset.js";
import { CarryOutSubjectSchema } from "./carry-out.js";
import { CloudUseSubjectSchema } from "./cloud-use.js";
import { OrganizationSubjectSchema } from "./organization.js";
import { OutsourcingSubjectSchema } from "./outsourcing.js";
import { SignInSubjectSchema } from "./sign-in.js";
import { SoftwareUseSubjectSchema } from "./software-use.js";
import { TransferSubjectSchema } from "./transfer.js";
import { SUBJECT_KINDS } from "./subject-kinds.js";

/**
 * Anything `evaluate` decides: an action, an asset or the organisation's posture, discriminated by
 * `kind`.
 */
export const SubjectSchema = z.discriminatedUnion("kind", [
  TransferSubjectSchema,
  CarryOutSubjectSchema,
  SignInSubjectSchema,
  SoftwareUseSubjectSchema,
  AccessSubjectSchema,
  OutsourcingSubjectSchema,
  CloudUseSubjectSchema,
  AssetSubjectSchema,
  OrganizationSubjectSchema,
]);

/** Anything `evaluate` decides. */
export type Subject = z.infer<typeof SubjectSchema>;

/** The `kind` of a subject. */
export type SubjectKind = Subject["kind"];

/** The subject of one kind. */
export type SubjectOf<K extends SubjectKind> = Extract<
  Subject,
  {
    /** The kind to pick. */
    kind: K;
  }
>;

/**
 * Every subject kind, in canonical order: the schema of `SUBJECT_KINDS`. Checked against
 * `SubjectSchema` by a type-level test, so the two cannot drift apart.
 */
export const SubjectKindSchema = z.enum(SUBJECT_KINDS);

export { SUBJECT_KINDS };
