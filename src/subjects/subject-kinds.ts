/**
 * Every subject kind, in canonical order (frozen): the one list of the package. `SubjectKindSchema`
 * is built from it, and the engine, the guard and the overlay rules read it, without loading zod.
 *
 * @example
 * ```ts
 * import { SUBJECT_KINDS } from "@miyagi-kouiki/infosec-policy";
 *
 * SUBJECT_KINDS.length; // 9
 * SUBJECT_KINDS[0]; // "transfer"
 * ```
 */
export const SUBJECT_KINDS = Object.freeze([
  "transfer",
  "carry-out",
  "sign-in",
  "software-use",
  "access",
  "outsourcing",
  "cloud-use",
  "asset",
  "organization",
] as const);
