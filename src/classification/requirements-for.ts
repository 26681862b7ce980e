import { deepFreeze, type DeepReadonly } from "../internal/deep-freeze.js";
import type { ClassificationScheme } from "./classification-scheme.js";
import { compileClassificationScheme, meetsThreshold, type CompiledClassificationScheme, type SchemeClassification } from "./compiled-scheme.js";
import { guidelineClassificationScheme } from "./guideline-classification-scheme.js";
import type { AppliedHandlingRequirement, HandlingRequirement } from "./handling-requirement.js";
import { handlingRequirements } from "./handling-requirements.js";
import { schemeRewording } from "./scheme-wording.js";
import { validateHandlingOverrides, type HandlingOverrides, type HandlingOverridesError } from "./handling-overrides.js";

/**
 * The outcome of {@link requirementsFor}: the applicable requirements, or (only when overrides
 * were given and are invalid) every problem with them.
 *
 * @example
 * ```ts
 * const result: RequirementsForResult = requirementsFor(c);
 * if (result.ok) result.requirements.map((r) => r.id);
 * else result.error.issues;
 * ```
 */
export type RequirementsForResult =
  | {
      /** `true`: the requirements could be worked out. */
      readonly ok: true;
      /** The handling requirements that apply to the classification, with their parameter values. */
      readonly requirements: readonly AppliedHandlingRequirement[];
    }
  | {
      /** `false`: the overrides given were invalid. */
      readonly ok: false;
      /** Every problem with the overrides. */
      readonly error: DeepReadonly<HandlingOverridesError>;
    };

/** Whether a requirement applies to a classification: it meets the requirement's named threshold in the scheme. */
function applies(requirement: HandlingRequirement, classification: SchemeClassification, scheme: CompiledClassificationScheme): boolean {
  return meetsThreshold(scheme, classification, requirement.threshold);
}

// The default scheme, compiled once on first use (a memo of frozen data, not state a decision depends on).
let defaultScheme: CompiledClassificationScheme | undefined;

/**
 * The handling requirements (取扱制限) that apply to an information asset of the given
 * classification, each with the effective value of its parameters: the default, or the override.
 *
 * A requirement applies when the classification meets its named `threshold` in the scheme (e.g.
 * `confidential`: 機密性2以上 in the default scheme, 自治体機密性2以上 in `guideline-r6`), so a
 * higher classification never has fewer requirements (monotone). The order is that of
 * {@link handlingRequirements}. All of them are guideline defaults (provenance `guideline`).
 *
 * Overrides are checked first with {@link validateHandlingOverrides}: an unknown requirement or
 * parameter, a value of the wrong type or out of range gives `{ ok: false, error }` listing every
 * problem. Overrides of a requirement that does not apply are checked, then ignored. Never throws
 * for a valid classification; pure: does not mutate its arguments, and returns new, deeply frozen
 * objects.
 *
 * @param classification - The classification of the asset (after {@link combineAll} if it holds
 *   several).
 * @param overrides - Optional parameter values that replace the defaults, e.g. from the
 *   organisation's standards: `{ "recovery-time": { recoveryTimeHours: 8 } }`.
 * @param scheme - The classification scheme the classification is in (default: the default scheme,
 *   numeric levels); pass `policy.classificationScheme` for a policy with another scheme.
 * @returns `{ ok: true, requirements }`, or `{ ok: false, error }` when the overrides are invalid.
 *
 * @example
 * ```ts
 * const result = requirementsFor({ confidentiality: 2, integrity: 1, availability: 2 }, {
 *   "recovery-time": { recoveryTimeHours: 8 },
 * });
 * if (result.ok) {
 *   result.requirements.map((r) => r.id);
 *   // ["encrypt-in-transit", "approval-before-carry-out", "no-unnecessary-copies",
 *   //  "locked-media-storage", "unrecoverable-disposal", "availability-backup", "recovery-time"]
 *   result.requirements.at(-1)?.values; // { recoveryTimeHours: 8 }
 * }
 * ```
 */
export function requirementsFor(classification: SchemeClassification, overrides?: HandlingOverrides, scheme?: ClassificationScheme): RequirementsForResult {
  const compiled = scheme === undefined || scheme === guidelineClassificationScheme ? (defaultScheme ??= compileClassificationScheme(guidelineClassificationScheme)) : compileClassificationScheme(scheme);
  let checked: DeepReadonly<HandlingOverrides> = {};
  if (overrides !== undefined) {
    const validation = validateHandlingOverrides(overrides);
    if (!validation.ok) return validation;
    checked = validation.overrides;
  }
  // The shipped requirements are in the default scheme's words: another scheme words them in its labels.
  const reword = scheme === undefined || scheme === guidelineClassificationScheme ? undefined : schemeRewording(guidelineClassificationScheme, scheme);
  const requirements = handlingRequirements
    .filter((requirement) => applies(requirement, classification, compiled))
    .map((shipped): AppliedHandlingRequirement => {
      const requirement = reword === undefined ? shipped : { ...shipped, title: reword(shipped.title), description: reword(shipped.description) };
      const given = checked[requirement.id] ?? {};
      // A parameter with no default (no source supports a number) has a value only once the organisation sets it.
      const values: Record<string, number> = {};
      const unset: string[] = [];
      for (const [name, parameter] of Object.entries(requirement.parameters)) {
        const value = given[name] ?? parameter.default;
        if (value === undefined) unset.push(name);
        else values[name] = value;
      }
      return { ...requirement, values, unset };
    });
  return deepFreeze<RequirementsForResult>({ ok: true, requirements });
}
