import type { PersonCategory } from "./vocabulary.js";

/**
 * The person categories that count as 職員 under 3(15) and so are bound by clause 6: `regular`,
 * `fiscal-year-appointed` (会計年度任用職員) and `part-time` (非常勤職員). Contractors (委託事業者)
 * and outsiders (部外者) are not staff. Frozen.
 *
 * Kept apart from the zod enums of `vocabulary.ts` so that the evaluation engine can use it
 * without loading zod.
 *
 * @example
 * ```ts
 * import { STAFF_CATEGORIES } from "./staff-categories.js";
 *
 * STAFF_CATEGORIES.includes("part-time"); // true
 * STAFF_CATEGORIES.includes("contractor"); // false
 * ```
 */
export const STAFF_CATEGORIES: readonly PersonCategory[] = Object.freeze([
  "regular",
  "fiscal-year-appointed",
  "part-time",
]);
