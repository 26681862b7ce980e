import { z } from "zod";

/**
 * A confidentiality level (機密性) of the default scheme: `1`, `2` or `3`, higher is more sensitive.
 *
 * The levels come from the national guideline, not from the basic policy: 7(2) only says that
 * information assets are classified into 重要度 by confidentiality, integrity and availability.
 *
 * @example
 * ```ts
 * ConfidentialityLevelSchema.parse(3); // 3
 * ConfidentialityLevelSchema.safeParse(4).success; // false
 * ```
 */
export const ConfidentialityLevelSchema = z.literal([1, 2, 3]);
/**
 * A confidentiality level (機密性): `1 | 2 | 3`.
 *
 * @example
 * ```ts
 * const level: ConfidentialityLevel = 3;
 * ```
 */
export type ConfidentialityLevel = z.infer<typeof ConfidentialityLevelSchema>;

/**
 * An integrity level (完全性) of the default scheme: `1` or `2`, higher needs more protection
 * against alteration, error and damage.
 *
 * @example
 * ```ts
 * IntegrityLevelSchema.parse(2); // 2
 * IntegrityLevelSchema.safeParse(3).success; // false
 * ```
 */
export const IntegrityLevelSchema = z.literal([1, 2]);
/**
 * An integrity level (完全性): `1 | 2`.
 *
 * @example
 * ```ts
 * const level: IntegrityLevel = 2;
 * ```
 */
export type IntegrityLevel = z.infer<typeof IntegrityLevelSchema>;

/**
 * An availability level (可用性) of the default scheme: `1` or `2`, higher needs more protection
 * against loss and unavailability.
 *
 * @example
 * ```ts
 * AvailabilityLevelSchema.parse(1); // 1
 * AvailabilityLevelSchema.safeParse(0).success; // false
 * ```
 */
export const AvailabilityLevelSchema = z.literal([1, 2]);
/**
 * An availability level (可用性): `1 | 2`.
 *
 * @example
 * ```ts
 * const level: AvailabilityLevel = 1;
 * ```
 */
export type AvailabilityLevel = z.infer<typeof AvailabilityLevelSchema>;

/**
 * The classification (重要度) of an information asset under 7(2): one level for each of
 * confidentiality (機密性, 3(10)), integrity (完全性, 3(11)) and availability (可用性, 3(12)).
 *
 * Strict: any other key is rejected. Levels follow the national guideline's default scheme.
 *
 * @example
 * ```ts
 * const c = ClassificationSchema.parse({ confidentiality: 3, integrity: 2, availability: 2 });
 * ClassificationSchema.safeParse({ confidentiality: 4, integrity: 1, availability: 1 }).success; // false
 * ```
 */
export const ClassificationSchema = z
  .object({
    confidentiality: ConfidentialityLevelSchema.describe("Confidentiality (機密性, 3(10)): level 1, 2 or 3."),
    integrity: IntegrityLevelSchema.describe("Integrity (完全性, 3(11)): level 1 or 2."),
    availability: AvailabilityLevelSchema.describe("Availability (可用性, 3(12)): level 1 or 2."),
  })
  .strict();

/**
 * The classification (重要度) of an information asset under 7(2).
 *
 * @example
 * ```ts
 * const register: Classification = { confidentiality: 3, integrity: 2, availability: 2 };
 * ```
 */
export type Classification = z.infer<typeof ClassificationSchema>;

/**
 * One dimension of a classification: `confidentiality`, `integrity` or `availability`, in that
 * canonical order.
 *
 * @example
 * ```ts
 * ClassificationDimensionSchema.options; // ["confidentiality", "integrity", "availability"]
 * ```
 */
export const ClassificationDimensionSchema = z.enum(["confidentiality", "integrity", "availability"]);
/**
 * One dimension of a classification.
 *
 * @example
 * ```ts
 * const dimension: ClassificationDimension = "integrity";
 * ```
 */
export type ClassificationDimension = z.infer<typeof ClassificationDimensionSchema>;

/**
 * The level type of one dimension, e.g. `ClassificationLevel<"integrity">` is `1 | 2`.
 *
 * @example
 * ```ts
 * const level: ClassificationLevel<"availability"> = 2; // 1 | 2
 * ```
 */
export type ClassificationLevel<D extends ClassificationDimension = ClassificationDimension> = Classification[D];
