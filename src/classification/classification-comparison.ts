import { z } from "zod";

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
