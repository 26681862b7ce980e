import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema } from "../definitions/vocabulary.js";
import { ClassificationDimensionSchema } from "./classification.js";
import { ThresholdNameSchema, type ThresholdName } from "./threshold-name.js";

/**
 * The identifier of a handling requirement by classification level (取扱制限).
 *
 * For 機密性2 and above: `encrypt-in-transit`, `approval-before-carry-out`, `no-unnecessary-copies`,
 * `locked-media-storage`, `unrecoverable-disposal`; for 機密性3: `issued-terminals-only`; for
 * 完全性2: `integrity-backup`, `tamper-protection`; for 可用性2: `availability-backup`,
 * `recovery-time`.
 *
 * @example
 * ```ts
 * HandlingRequirementIdSchema.parse("recovery-time");
 * ```
 */
export const HandlingRequirementIdSchema = z.enum([
  "encrypt-in-transit",
  "approval-before-carry-out",
  "no-unnecessary-copies",
  "locked-media-storage",
  "unrecoverable-disposal",
  "issued-terminals-only",
  "integrity-backup",
  "tamper-protection",
  "availability-backup",
  "recovery-time",
]);
/**
 * The identifier of a handling requirement by classification level.
 *
 * @example
 * ```ts
 * const id: HandlingRequirementId = "encrypt-in-transit";
 * ```
 */
export type HandlingRequirementId = z.infer<typeof HandlingRequirementIdSchema>;

/**
 * The name of a parameter of a handling requirement: camelCase, e.g. `recoveryTimeHours`.
 *
 * @example
 * ```ts
 * HandlingParameterNameSchema.safeParse("recoveryTimeHours").success; // true
 * HandlingParameterNameSchema.safeParse("recovery-time").success; // false
 * ```
 */
export const HandlingParameterNameSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, "expected a camelCase parameter name such as recoveryTimeHours");

/**
 * A named, numeric parameter of a handling requirement, with its default and the values it may
 * take. An override must be a finite number within `min`…`max` (inclusive) and, when `integer` is
 * set, a whole number.
 *
 * `stricter` says which way tightens the requirement (`lower` for a recovery time), so that an
 * overlay of the organisation's standards can be checked to tighten and never weaken it. The
 * fields match the controls' `ParameterSpec` (plus `integer`), so both can be handled alike.
 *
 * @example
 * ```ts
 * HandlingParameterSchema.parse({
 *   default: 24,
 *   stricter: "lower",
 *   unit: "hours",
 *   description: { ja: "復旧までの目標時間", en: "Target time to recover" },
 *   min: 1,
 *   max: 8760,
 *   integer: true,
 * });
 * ```
 */
export const HandlingParameterSchema = z
  .object({
    /** The value used when no override is given; absent when no source supports a number, so the organisation must set it. */
    default: z.number().optional(),
    /** Which way makes the requirement stricter: a `lower` or a `higher` value. */
    stricter: z.enum(["lower", "higher"]),
    /** The unit of the value, e.g. `"hours"`. */
    unit: z.string().min(1),
    /** What the parameter sets. */
    description: LocalizedTextSchema,
    /** The smallest value allowed (inclusive). */
    min: z.number(),
    /** The largest value allowed (inclusive). */
    max: z.number(),
    /** Whether the value must be a whole number. */
    integer: z.boolean(),
  })
  .strict()
  .superRefine((parameter, context) => {
    if (parameter.min > parameter.max) {
      context.addIssue({ code: "custom", path: ["max"], message: "max is below min" });
      return;
    }
    const problems = parameter.default === undefined ? [] : (handlingParameterValueSchema(parameter).safeParse(parameter.default).error?.issues ?? []);
    for (const problem of problems) {
      context.addIssue({ code: "custom", path: ["default"], message: `default: ${problem.message}` });
    }
  });
/**
 * A named, numeric parameter of a handling requirement.
 *
 * @example
 * ```ts
 * const hours: HandlingParameter | undefined = handlingRequirements.at(-1)?.parameters["recoveryTimeHours"];
 * ```
 */
export type HandlingParameter = z.infer<typeof HandlingParameterSchema>;

/**
 * The zod schema of a value of one parameter: a finite number, whole when `integer`, within
 * `min`…`max`.
 *
 * @param parameter - The parameter's definition.
 * @returns A zod schema that accepts exactly the values the parameter may take.
 *
 * @example
 * ```ts
 * const recovery = handlingRequirements.find((r) => r.id === "recovery-time")!;
 * handlingParameterValueSchema(recovery.parameters["recoveryTimeHours"]!).safeParse(-1).success; // false
 * ```
 */
export function handlingParameterValueSchema(
  parameter: Pick<HandlingParameter, "integer" | "min" | "max">,
): z.ZodNumber {
  const schema = z.number().min(parameter.min).max(parameter.max);
  return parameter.integer ? schema.int() : schema;
}

const handlingRequirementFields = {
  /** The stable identifier. */
  id: HandlingRequirementIdSchema,
  /** The dimension whose level triggers the requirement. */
  dimension: ClassificationDimensionSchema,
  /** The named threshold of the policy's classification scheme the requirement applies from (e.g. `confidential`). */
  threshold: ThresholdNameSchema.describe("The named threshold of the policy's classification scheme from which the requirement applies, e.g. confidential (機密性2以上 in the default scheme); it must be on `dimension`."),
  /** Where the requirement comes from; the shipped ones are all `guideline`. */
  provenance: ProvenanceSchema,
  /** The clause of the basic policy it implements: `"7(2)"` (measures based on the classification). */
  clause: ClauseRefSchema,
  /** A short title. */
  title: LocalizedTextSchema,
  /** What the requirement asks, saying where it comes from (a guideline default). */
  description: LocalizedTextSchema,
  /** Named parameters with their defaults; empty when the requirement has none. */
  parameters: z.record(HandlingParameterNameSchema, HandlingParameterSchema).readonly(),
};

/** The dimension each named threshold is on (the same in every scheme). */
const THRESHOLD_DIMENSION: Readonly<Record<ThresholdName, z.infer<typeof ClassificationDimensionSchema>>> = Object.freeze({
  confidential: "confidentiality",
  secret: "confidentiality",
  "integrity-important": "integrity",
  "availability-important": "availability",
});

/** Reports a `threshold` that is not on `dimension` (e.g. `confidential` on integrity). */
function checkMinimumLevel(
  requirement: { dimension: z.infer<typeof ClassificationDimensionSchema>; threshold: ThresholdName },
  context: z.RefinementCtx,
): void {
  const on = THRESHOLD_DIMENSION[requirement.threshold];
  if (on !== requirement.dimension) {
    context.addIssue({
      code: "custom",
      path: ["threshold"],
      message: `threshold ${requirement.threshold} is on ${on}, not on ${requirement.dimension} (thresholds on ${requirement.dimension}: ${Object.entries(THRESHOLD_DIMENSION).filter(([, d]) => d === requirement.dimension).map(([t]) => t).join(", ")})`,
    });
  }
}

/**
 * A handling requirement by classification level (取扱制限): what must be done with an information
 * asset once its classification meets the named `threshold` of the scheme.
 *
 * The basic policy's 7(2) says only that measures are taken according to the classification; the
 * concrete requirements are defaults from the national guideline (provenance `guideline`), and
 * each one's description says so.
 *
 * @example
 * ```ts
 * HandlingRequirementSchema.parse(handlingRequirements[0]);
 * ```
 */
export const HandlingRequirementSchema = z.object(handlingRequirementFields).strict().superRefine(checkMinimumLevel);
/**
 * A handling requirement by classification level.
 *
 * @example
 * ```ts
 * const encrypt: HandlingRequirement | undefined = handlingRequirements.find((r) => r.id === "encrypt-in-transit");
 * ```
 */
export type HandlingRequirement = z.infer<typeof HandlingRequirementSchema>;

/**
 * A handling requirement as it applies to a classification: the requirement, plus the effective
 * value of each of its parameters (the default, or the override given to {@link requirementsFor}).
 *
 * @example
 * ```ts
 * const result = requirementsFor({ confidentiality: 1, integrity: 1, availability: 2 });
 * if (result.ok) AppliedHandlingRequirementSchema.array().parse(result.requirements);
 * ```
 */
export const AppliedHandlingRequirementSchema = z
  .object({
    ...handlingRequirementFields,
    /** The effective value of every parameter that has one (its override, else its default), by name. */
    values: z.record(HandlingParameterNameSchema, z.number()).readonly(),
    /** The parameters with neither a default nor an override: the organisation must set them, and until then the requirement needs review. */
    unset: z.array(HandlingParameterNameSchema).readonly(),
  })
  .strict()
  .superRefine((requirement, context) => {
    checkMinimumLevel(requirement, context);
    const expected = Object.keys(requirement.parameters).sort().join(",");
    const actual = [...Object.keys(requirement.values), ...requirement.unset].sort().join(",");
    if (expected !== actual) {
      context.addIssue({ code: "custom", path: ["values"], message: `values and unset together must name exactly the parameters (${expected})` });
    }
    for (const name of requirement.unset) {
      if (requirement.parameters[name]?.default !== undefined) {
        context.addIssue({ code: "custom", path: ["unset"], message: `${name} has a default, so it is never unset` });
      }
    }
    for (const [name, parameter] of Object.entries(requirement.parameters)) {
      if (requirement.unset.includes(name)) continue;
      const problems = handlingParameterValueSchema(parameter).safeParse(requirement.values[name]).error?.issues ?? [];
      for (const problem of problems) {
        context.addIssue({ code: "custom", path: ["values", name], message: problem.message });
      }
    }
  });
/**
 * A handling requirement as it applies to a classification, with its effective parameter values.
 *
 * @example
 * ```ts
 * const result = requirementsFor({ confidentiality: 1, integrity: 1, availability: 2 });
 * const applied: readonly AppliedHandlingRequirement[] = result.ok ? result.requirements : [];
 * ```
 */
export type AppliedHandlingRequirement = z.infer<typeof AppliedHandlingRequirementSchema>;
