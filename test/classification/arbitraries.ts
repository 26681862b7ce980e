import fc from "fast-check";
import type {
  AvailabilityLevel,
  Classification,
  ConfidentialityLevel,
  IntegrityLevel,
} from "../../src/classification/classification.js";
import { CLASSIFICATION_LEVELS } from "../../src/classification/classification-levels.js";

/** Any confidentiality level: 1, 2 or 3. */
export const confidentialityLevelArbitrary: fc.Arbitrary<ConfidentialityLevel> = fc.constantFrom(
  ...CLASSIFICATION_LEVELS.confidentiality,
);

/** Any integrity level: 1 or 2. */
export const integrityLevelArbitrary: fc.Arbitrary<IntegrityLevel> = fc.constantFrom(...CLASSIFICATION_LEVELS.integrity);

/** Any availability level: 1 or 2. */
export const availabilityLevelArbitrary: fc.Arbitrary<AvailabilityLevel> = fc.constantFrom(
  ...CLASSIFICATION_LEVELS.availability,
);

/**
 * Any classification of the default scheme (a fresh, unfrozen object each time), shrinking
 * towards the lowest levels.
 *
 * ```ts
 * fc.assert(fc.property(classificationArbitrary, (c) => isAtMost(LOWEST_CLASSIFICATION, c)));
 * ```
 */
export const classificationArbitrary: fc.Arbitrary<Classification> = fc.record({
  confidentiality: confidentialityLevelArbitrary,
  integrity: integrityLevelArbitrary,
  availability: availabilityLevelArbitrary,
});
