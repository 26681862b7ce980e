import type { Classification } from "./classification.js";
import { LOWEST_CLASSIFICATION } from "./classification-levels.js";

/** The higher of two levels of the same dimension, keeping its literal type. */
function higher<L extends number>(a: L, b: L): L {
  return a >= b ? a : b;
}

/**
 * Combines two classifications into the one an asset holding both must have: the component-wise
 * maximum (the join of the classification lattice), as DESIGN requires for an asset that holds
 * several classifications.
 *
 * Commutative, associative and idempotent, with {@link LOWEST_CLASSIFICATION} as identity and
 * {@link HIGHEST_CLASSIFICATION} as absorbing element. Pure: never mutates its arguments and
 * always returns a **new frozen object**, even when the result equals one of them.
 *
 * @param a - One classification.
 * @param b - Another classification.
 * @returns A new frozen classification whose every level is the higher of `a`'s and `b`'s.
 *
 * @example
 * ```ts
 * combineClassifications(
 *   { confidentiality: 3, integrity: 1, availability: 1 },
 *   { confidentiality: 2, integrity: 2, availability: 1 },
 * ); // { confidentiality: 3, integrity: 2, availability: 1 }
 * ```
 */
export function combineClassifications(a: Classification, b: Classification): Readonly<Classification> {
  return Object.freeze({
    confidentiality: higher(a.confidentiality, b.confidentiality),
    integrity: higher(a.integrity, b.integrity),
    availability: higher(a.availability, b.availability),
  });
}

/**
 * Combines any number of classifications by component-wise maximum. Combining nothing gives
 * {@link LOWEST_CLASSIFICATION} `{ confidentiality: 1, integrity: 1, availability: 1 }`, the
 * bottom of the lattice.
 *
 * The result does not depend on the order of `classifications`. Pure: never mutates the list or
 * its elements and always returns a **new frozen object**.
 *
 * @param classifications - The classifications an asset holds, in any order; may be empty.
 * @returns A new frozen classification, the highest level of each dimension over the list.
 *
 * @example
 * ```ts
 * combineAll([
 *   { confidentiality: 2, integrity: 1, availability: 2 },
 *   { confidentiality: 1, integrity: 2, availability: 1 },
 * ]); // { confidentiality: 2, integrity: 2, availability: 2 }
 * combineAll([]); // { confidentiality: 1, integrity: 1, availability: 1 }
 * ```
 */
export function combineAll(classifications: Iterable<Classification>): Readonly<Classification> {
  let { confidentiality, integrity, availability }: Classification = LOWEST_CLASSIFICATION;
  for (const classification of classifications) {
    confidentiality = higher(confidentiality, classification.confidentiality);
    integrity = higher(integrity, classification.integrity);
    availability = higher(availability, classification.availability);
  }
  return Object.freeze({ confidentiality, integrity, availability });
}
