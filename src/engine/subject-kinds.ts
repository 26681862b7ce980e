import type { SubjectKind } from "../subjects/subject.js";

/**
 * Every subject kind, without the zod schema, for the engine's runtime. A type-level test checks
 * it equals `SubjectKindSchema.options`.
 */
export const SUBJECT_KIND_LIST = Object.freeze([
  "transfer",
  "carry-out",
  "sign-in",
  "software-use",
  "access",
  "outsourcing",
  "cloud-use",
  "asset",
  "organization",
] as const satisfies readonly SubjectKind[]);
