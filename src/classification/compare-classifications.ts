import { z } from "zod";
import type { Classification } from "./classification.js";

/**
 * How one classification relates to another in the component-wise (partial) order:
 *
 * - `lower`: every level is at most the other's, and at least one is strictly lower;
 * - `equal`: every level is the same;
 * - `higher`: every level is at least the other's, and at least one is strictly higher;
 * - `incomparable`: one level is higher and another lower (e.g. 機密性3・完全性1 against
 *   機密性1・完全性2).
 *
 * @example
 * ```ts
 * ClassificationComparisonSchema.options; // ["lower", "equal", "higher", "incomparable"]
 * ```
 */
export const ClassificationComparisonSchema = z.enum(["lower", "equal", "higher", "incomparable"]);
/**
 * How one classification relates to another in the component-wise order.
 *
 * @example
 * ```ts
 * const order: ClassificationComparison = compareClassifications(a, b);
 * ```
 */
export type ClassificationComparison = z.infer<typeof ClassificationComparisonSchema>;

/**
 * Whether `a ≤ b` component-wise: `a` needs no more protection than `b` in any dimension.
 *
 * This is the order of the classification lattice: `isAtMost(a, combineClassifications(a, b))`
 * always holds. Pure; does not mutate its arguments.
 *
 * @param a - The classification that should be the lower one.
 * @param b - The classification to compare against.
 * @returns `true` when each of confidentiality, integrity and availability of `a` is at most
 *   that of `b`.
 *
 * @example
 * ```ts
 * isAtMost({ confidentiality: 2, integrity: 1, availability: 1 },
 *          { confidentiality: 3, integrity: 1, availability: 2 }); // true
 * isAtMost({ confidentiality: 3, integrity: 1, availability: 1 },
 *          { confidentiality: 1, integrity: 2, availability: 2 }); // false
 * ```
 */
export function isAtMost(a: Classification, b: Classification): boolean {
  return a.confidentiality <= b.confidentiality && a.integrity <= b.integrity && a.availability <= b.availability;
}

/**
 * Compares two classifications component-wise, telling apart the four cases of a partial order.
 *
 * Use {@link isAtMost} when you only need `a ≤ b`. Pure; does not mutate its arguments.
 *
 * @param a - The classification to place.
 * @param b - The classification to place it against.
 * @returns Where `a` stands relative to `b`: `lower`, `equal`, `higher` or `incomparable`.
 *
 * @example
 * ```ts
 * compareClassifications({ confidentiality: 2, integrity: 1, availability: 1 },
 *                        { confidentiality: 3, integrity: 1, availability: 1 }); // "lower"
 * compareClassifications({ confidentiality: 3, integrity: 1, availability: 1 },
 *                        { confidentiality: 1, integrity: 2, availability: 1 }); // "incomparable"
 * ```
 */
export function compareClassifications(a: Classification, b: Classification): ClassificationComparison {
  const atMost = isAtMost(a, b);
  const atLeast = isAtMost(b, a);
  if (atMost && atLeast) return "equal";
  if (atMost) return "lower";
  if (atLeast) return "higher";
  return "incomparable";
}
