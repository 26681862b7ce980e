import type { Subject } from "../subjects/subject.js";
import type { SchemeClassification } from "./compiled-scheme.js";

// Types only: subjects classified in a scheme other than the default. `Subject` keeps the default
// scheme's numeric literals (1 | 2 | 3), so that a typo such as `confidentiality: 4` stays a type
// error for the default scheme; these widen only the classification, for a policy whose scheme
// (chosen by an overlay) has other level ids. The guard still validates each subject against the
// policy's scheme at run time.

/**
 * A classification of the 令和6年10月 scheme (`guideline-r6`): 自治体機密性 `"1"`, `"2"`, `"3C"`,
 * `"3B"`, `"3A"`; 完全性 and 可用性 `"1"`, `"2"` (string ids).
 *
 * @example
 * ```ts
 * import type { R6Classification } from "@miyagi-kouiki/infosec-policy";
 * const c: R6Classification = { confidentiality: "3B", integrity: "1", availability: "2" };
 * ```
 */
export interface R6Classification {
  /** 自治体機密性 (confidentiality). */
  readonly confidentiality: "1" | "2" | "3C" | "3B" | "3A";
  /** 完全性 (integrity). */
  readonly integrity: "1" | "2";
  /** 可用性 (availability). */
  readonly availability: "1" | "2";
}

/**
 * A classification of the 重要性分類Ⅰ–Ⅳ scheme (`importance-i-iv`): `"IV"` (lowest) to `"I"`
 * (highest) in each dimension.
 *
 * @example
 * ```ts
 * import type { ImportanceClassification } from "@miyagi-kouiki/infosec-policy";
 * const c: ImportanceClassification = { confidentiality: "I", integrity: "II", availability: "III" };
 * ```
 */
export interface ImportanceClassification {
  /** Confidentiality (機密性). */
  readonly confidentiality: "IV" | "III" | "II" | "I";
  /** Integrity (完全性). */
  readonly integrity: "IV" | "III" | "II" | "I";
  /** Availability (可用性). */
  readonly availability: "IV" | "III" | "II" | "I";
}

/**
 * A subject type with its classification in another scheme: `InScheme<AssetSubject, R6Classification>`
 * is an asset subject whose `classification` is an {@link R6Classification}. A kind without a
 * classification is left as it is. Distributes over a union.
 *
 * @example
 * ```ts
 * import type { InScheme, R6Classification, Subject } from "@miyagi-kouiki/infosec-policy";
 * type R6Subject = InScheme<Subject, R6Classification>;
 * ```
 */
export type InScheme<S, C extends SchemeClassification> = S extends unknown
  ? "classification" extends keyof S
    ? Omit<S, "classification"> & {
        /** The classification, with the level ids of the scheme `C`. */
        readonly classification?: C | undefined;
      }
    : S
  : never;

/**
 * A subject classified in any scheme (each level a {@link LevelId}), or, with a type argument, in
 * one: `SchemeSubject<R6Classification>`. `evaluate`, `audit` and `buildAuditReport` accept it
 * together with an explicit `policy` option (whose scheme the subject's levels must be: the
 * guard checks it and throws `InvalidSubjectError` otherwise). Every `Subject` is a
 * `SchemeSubject`.
 *
 * @example
 * ```ts
 * import { evaluate, extendPolicy, policy, type R6Classification, type SchemeSubject } from "@miyagi-kouiki/infosec-policy";
 * const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" });
 * const subject: SchemeSubject<R6Classification> = { kind: "carry-out", organization: "secretariat", zone: "lgwan", classification: { confidentiality: "3B", integrity: "1", availability: "1" }, approved: true };
 * evaluate(subject, { policy: r6 }).outcome;
 * ```
 */
export type SchemeSubject<
  C extends SchemeClassification = SchemeClassification
> = InScheme<Subject, C>;
