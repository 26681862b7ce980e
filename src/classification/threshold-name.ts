import { z } from "zod";
import { THRESHOLD_NAMES } from "./scheme-vocabulary.js";

/**
 * The name of a threshold that controls and handling requirements refer to. Every scheme must
 * define all of them (see {@link THRESHOLD_NAMES}).
 *
 * @example
 * ```ts
 * ThresholdNameSchema.parse("confidential"); // "confidential"
 * ```
 */
export const ThresholdNameSchema = z.enum(THRESHOLD_NAMES).describe("The name of a threshold the controls refer to: confidential, secret, integrity-important or availability-important.");

/**
 * A threshold name: `"confidential" | "secret" | "integrity-important" | "availability-important"`.
 *
 * @example
 * ```ts
 * const name: ThresholdName = "integrity-important";
 * ```
 */
export type ThresholdName = z.infer<typeof ThresholdNameSchema>;
