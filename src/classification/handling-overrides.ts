import { z } from "zod";
import { deepFreeze, type DeepReadonly } from "../internal/deep-freeze.js";
import {
  HandlingParameterNameSchema,
  HandlingRequirementIdSchema,
  handlingParameterValueSchema,
  type HandlingRequirement,
} from "./handling-requirement.js";
import { handlingRequirements } from "./handling-requirements.js";

/**
 * The shape of parameter overrides for handling requirements: by requirement id, by parameter
 * name, a number. For example `{ "recovery-time": { recoveryTimeHours: 8 } }`.
 *
 * This schema checks the shape only. {@link validateHandlingOverrides} (and so
 * {@link requirementsFor}) also checks every parameter against its definition: that it exists,
 * and that its value is in range.
 *
 * @example
 * ```ts
 * HandlingOverridesSchema.parse({ "recovery-time": { recoveryTimeHours: 8 } });
 * ```
 */
export const HandlingOverridesSchema = z.partialRecord(
  HandlingRequirementIdSchema,
  z.record(HandlingParameterNameSchema, z.number()),
);
/**
 * Parameter overrides for handling requirements, by requirement id and parameter name.
 *
 * @example
 * ```ts
 * const overrides: HandlingOverrides = { "recovery-time": { recoveryTimeHours: 8 } };
 * ```
 */
export type HandlingOverrides = z.infer<typeof HandlingOverridesSchema>;

/**
 * What is wrong with one override:
 *
 * - `unknown-requirement`: no handling requirement has that id;
 * - `unknown-parameter`: the requirement has no parameter of that name;
 * - `invalid-value`: the value (or the overrides themselves) has the wrong type or is out of
 *   range.
 *
 * @example
 * ```ts
 * HandlingOverrideIssueCodeSchema.options; // ["unknown-requirement", "unknown-parameter", "invalid-value"]
 * ```
 */
export const HandlingOverrideIssueCodeSchema = z.enum(["unknown-requirement", "unknown-parameter", "invalid-value"]);
/**
 * What is wrong with one override.
 *
 * @example
 * ```ts
 * const code: HandlingOverrideIssueCode = "unknown-parameter";
 * ```
 */
export type HandlingOverrideIssueCode = z.infer<typeof HandlingOverrideIssueCodeSchema>;

/**
 * One problem found in overrides: its code, where it is (e.g. `["recovery-time", "recoveryTimeHours"]`)
 * and a message in English.
 *
 * @example
 * ```ts
 * const issue: HandlingOverrideIssue = {
 *   code: "unknown-parameter",
 *   path: ["recovery-time", "hours"],
 *   message: "handling requirement \"recovery-time\" has no parameter \"hours\" (parameters: recoveryTimeHours)",
 * };
 * ```
 */
export const HandlingOverrideIssueSchema = z
  .object({
    code: HandlingOverrideIssueCodeSchema.describe("What kind of problem."),
    path: z.array(z.union([z.string(), z.number()])).readonly().describe("Where it is: requirement id, then parameter name. Empty for the overrides as a whole."),
    message: z.string().describe("What is wrong, in English."),
  })
  .strict();
/**
 * One problem found in overrides.
 *
 * @example
 * ```ts
 * for (const issue of error.issues) console.log(issue.code, issue.path.join("/"), issue.message);
 * ```
 */
export type HandlingOverrideIssue = z.infer<typeof HandlingOverrideIssueSchema>;

/**
 * The error for invalid overrides: every problem found, not only the first.
 *
 * @example
 * ```ts
 * const result = validateHandlingOverrides({ "recovery-time": { recoveryTimeHours: "8" } });
 * if (!result.ok) result.error.issues.length; // 1
 * ```
 */
export const HandlingOverridesErrorSchema = z
  .object({
    kind: z.literal("invalid-handling-overrides").describe('Always "invalid-handling-overrides".'),
    issues: z.array(HandlingOverrideIssueSchema).min(1).readonly().describe("Every problem found, in the order of the overrides."),
  })
  .strict();
/**
 * The error for invalid overrides, listing every problem.
 *
 * @example
 * ```ts
 * const result = requirementsFor(c, overrides);
 * if (!result.ok) result.error.issues; // every problem
 * ```
 */
export type HandlingOverridesError = z.infer<typeof HandlingOverridesErrorSchema>;

/**
 * The outcome of {@link validateHandlingOverrides}: the checked overrides, or every problem.
 *
 * @example
 * ```ts
 * const checked = validateHandlingOverrides(JSON.parse(text));
 * if (checked.ok) requirementsFor(c, checked.overrides);
 * ```
 */
export type HandlingOverridesValidation =
  | {
      /** `true`: the overrides are valid. */
      readonly ok: true;
      /** The checked overrides, ready for `requirementsFor`. */
      readonly overrides: DeepReadonly<HandlingOverrides>;
    }
  | {
      /** `false`: the overrides are invalid. */
      readonly ok: false;
      /** Every problem with the overrides. */
      readonly error: DeepReadonly<HandlingOverridesError>;
    };

/** A strict zod schema of the overrides that the given requirements accept. */
function overridesSchemaFor(requirements: readonly HandlingRequirement[]): z.ZodType {
  return z
    .object(
      Object.fromEntries(
        requirements.map((requirement) => [
          requirement.id,
          z
            .object(
              Object.fromEntries(
                Object.entries(requirement.parameters).map(([name, parameter]) => [
                  name,
                  handlingParameterValueSchema(parameter).optional(),
                ]),
              ),
            )
            .strict()
            .optional(),
        ]),
      ),
    )
    .strict();
}

/** Turns zod's issues into override issues, one per unknown key. */
function toOverrideIssues(issues: readonly z.core.$ZodIssue[], requirements: readonly HandlingRequirement[]): HandlingOverrideIssue[] {
  return issues.flatMap((issue): HandlingOverrideIssue[] => {
    const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    if (issue.code === "unrecognized_keys" && path.length === 0) {
      const known = requirements.map((requirement) => requirement.id).join(", ");
      return issue.keys.map((key) => ({
        code: "unknown-requirement",
        path: [key],
        message: `no handling requirement "${key}" (requirements: ${known})`,
      }));
    }
    if (issue.code === "unrecognized_keys" && path.length === 1) {
      const requirement = requirements.find((candidate) => candidate.id === path[0]);
      const names = Object.keys(requirement?.parameters ?? {});
      const known = names.length === 0 ? "it has none" : `parameters: ${names.join(", ")}`;
      return issue.keys.map((key) => ({
        code: "unknown-parameter",
        path: [...path, key],
        message: `handling requirement "${String(path[0])}" has no parameter "${key}" (${known})`,
      }));
    }
    return [{ code: "invalid-value", path, message: issue.message }];
  });
}

/**
 * Checks parameter overrides against the handling requirements: every requirement id must exist,
 * every parameter must be one the requirement defines, and every value must be a number the
 * parameter accepts (type, whole number, range). Never throws.
 *
 * Pure: does not mutate `overrides`. The checked overrides it returns are a new, deeply frozen
 * copy.
 *
 * @param overrides - Any value; typically an overlay's `{ "recovery-time": { recoveryTimeHours: 8 } }`.
 * @param requirements - The requirements to check against; defaults to {@link handlingRequirements}.
 * @returns `{ ok: true, overrides }`, or `{ ok: false, error }` whose `error.issues` lists every
 *   problem with its path.
 *
 * @example
 * ```ts
 * validateHandlingOverrides({ "recovery-time": { recoveryTimeHours: 8 } }).ok; // true
 * const bad = validateHandlingOverrides({ "recovery-time": { hours: 8, recoveryTimeHours: "8" } });
 * // bad.ok === false; bad.error.issues: unknown-parameter at ["recovery-time", "hours"],
 * //                                    invalid-value at ["recovery-time", "recoveryTimeHours"]
 * ```
 */
export function validateHandlingOverrides(
  overrides: unknown,
  requirements: readonly HandlingRequirement[] = handlingRequirements,
): HandlingOverridesValidation {
  const parsed = overridesSchemaFor(requirements).safeParse(overrides);
  if (parsed.success) {
    return deepFreeze({ ok: true, overrides: parsed.data as HandlingOverrides });
  }
  const issues = toOverrideIssues(parsed.error.issues, requirements);
  return deepFreeze({ ok: false, error: { kind: "invalid-handling-overrides", issues } });
}
