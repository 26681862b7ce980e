import { deepFreezeLiteral, type DeepReadonly } from "../internal/deep-freeze.js";
import type { Classification, ClassificationDimension, ClassificationLevel } from "./classification.js";

// The runtime constants of the default scheme's levels. They live apart from the zod schemas of
// `classification.ts` so that evaluating and combining classifications never loads zod.

/**
 * The levels of each dimension, lowest first (frozen).
 *
 * @example
 * ```ts
 * CLASSIFICATION_LEVELS.confidentiality; // [1, 2, 3]
 * CLASSIFICATION_LEVELS.integrity; // [1, 2]
 * ```
 */
export const CLASSIFICATION_LEVELS: DeepReadonly<{ [D in ClassificationDimension]: ClassificationLevel<D>[] }> =
  deepFreezeLiteral({
    confidentiality: [1, 2, 3],
    integrity: [1, 2],
    availability: [1, 2],
  });

/**
 * The lowest classification `{ confidentiality: 1, integrity: 1, availability: 1 }`: the bottom
 * of the lattice, the identity of {@link combineClassifications} and the result of combining
 * nothing. Frozen.
 *
 * @example
 * ```ts
 * combineAll([]); // equal to LOWEST_CLASSIFICATION
 * ```
 */
export const LOWEST_CLASSIFICATION: DeepReadonly<Classification> = deepFreezeLiteral({
  confidentiality: 1,
  integrity: 1,
  availability: 1,
});

/**
 * The highest classification `{ confidentiality: 3, integrity: 2, availability: 2 }`: the top of
 * the lattice, absorbing under {@link combineClassifications}. Frozen.
 *
 * @example
 * ```ts
 * combineClassifications(HIGHEST_CLASSIFICATION, anything); // equal to HIGHEST_CLASSIFICATION
 * ```
 */
export const HIGHEST_CLASSIFICATION: DeepReadonly<Classification> = deepFreezeLiteral({
  confidentiality: 3,
  integrity: 2,
  availability: 2,
});

/**
 * Every classification of the default scheme (3 × 2 × 2 = 12), in lexicographic order of
 * confidentiality, integrity, availability, lowest first. Frozen; use it for exhaustive checks.
 *
 * @example
 * ```ts
 * ALL_CLASSIFICATIONS.length; // 12
 * ALL_CLASSIFICATIONS[0]; // { confidentiality: 1, integrity: 1, availability: 1 }
 * ```
 */
export const ALL_CLASSIFICATIONS: DeepReadonly<Classification[]> = deepFreezeLiteral(
  CLASSIFICATION_LEVELS.confidentiality.flatMap((confidentiality) =>
    CLASSIFICATION_LEVELS.integrity.flatMap((integrity) =>
      CLASSIFICATION_LEVELS.availability.map(
        (availability): Classification => ({ confidentiality, integrity, availability }),
      ),
    ),
  ),
);
