import type { Classification } from "./classification.js";
import type { ClassificationComparison } from "./classification-comparison.js";

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
