// Zod-free constants of classification schemes, shared by the schemas and the engine.

/**
 * The three dimensions of a classification, in canonical order.
 *
 * @example
 * ```ts
 * CLASSIFICATION_DIMENSIONS; // ["confidentiality", "integrity", "availability"]
 * ```
 */
export const CLASSIFICATION_DIMENSIONS = Object.freeze(["confidentiality", "integrity", "availability"] as const);

/**
 * The named thresholds every scheme defines and the controls and handling requirements ask about:
 * `confidential` (機密性2以上 in the default scheme), `secret` (機密性3), `integrity-important`
 * (完全性2) and `availability-important` (可用性2).
 *
 * @example
 * ```ts
 * THRESHOLD_NAMES.includes("confidential"); // true
 * ```
 */
export const THRESHOLD_NAMES = Object.freeze(["confidential", "secret", "integrity-important", "availability-important"] as const);
