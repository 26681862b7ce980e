import type { LocalizedText } from "../definitions/localized-text.js";
import type { ClassificationScheme } from "./classification-scheme.js";
import type { HandlingRequirement } from "./handling-requirement.js";
import { schemeRewording } from "./scheme-wording.js";

/**
 * The parts of a control that may name thresholds, as {@link rewordForScheme} reads them
 * (structural: any `Control` is one).
 *
 * @example
 * ```ts
 * import { policy, type WordedControl } from "@miyagi-kouiki/infosec-policy";
 * const worded: WordedControl = policy.controls[0]!;
 * ```
 */
export interface WordedControl {
  /** Where the control comes from: an `organization` control is never reworded. */
  readonly provenance: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** What it requires. */
  readonly requirement: LocalizedText;
  /** What to do when it fails. */
  readonly remediation: LocalizedText;
}

/**
 * What {@link rewordForScheme} returns: the controls and handling requirements, worded.
 *
 * @example
 * ```ts
 * import { guidelineClassificationScheme, guidelineR6ClassificationScheme, policy, rewordForScheme, type Reworded } from "@miyagi-kouiki/infosec-policy";
 * const worded: Reworded<(typeof policy.controls)[number]> = rewordForScheme(policy.controls, policy.handlingRequirements, guidelineClassificationScheme, guidelineR6ClassificationScheme);
 * ```
 */
export interface Reworded<C extends WordedControl> {
  /** The controls, in order, each the same object when nothing in it changed. */
  readonly controls: readonly C[];
  /** The handling requirements, in order, likewise. */
  readonly handlingRequirements: readonly HandlingRequirement[];
}

/**
 * The controls and handling requirements of a policy worded in the labels of a replacement
 * classification scheme: each title, requirement, remediation and description that names a
 * threshold in the words of `from` (機密性2以上, 完全性2, …) names it in those of `to`
 * (自治体機密性2以上, 重要性分類Ⅱ以上（完全性）, …). An organisation's own controls (provenance
 * `organization`) are its own words and stay as they are. Checks, verdicts and ids are unchanged
 * (the same objects); a control or requirement with nothing to reword is returned as it is. Pure.
 *
 * @param controls - The controls of the base policy.
 * @param handlingRequirements - Its handling requirements.
 * @param from - The scheme they are worded in (the base policy's).
 * @param to - The scheme chosen (the extended policy's).
 * @returns New lists; unchanged when `from` is `to`.
 *
 * @example
 * ```ts
 * import { guidelineClassificationScheme, guidelineR6ClassificationScheme, policy, rewordForScheme } from "@miyagi-kouiki/infosec-policy";
 * const worded = rewordForScheme(policy.controls, policy.handlingRequirements, guidelineClassificationScheme, guidelineR6ClassificationScheme);
 * worded.controls.find((c) => c.id === "confidential-encryption")?.title.ja; // "自治体機密性2以上の情報の暗号化"
 * ```
 */
export function rewordForScheme<C extends WordedControl>(
  controls: readonly C[],
  handlingRequirements: readonly HandlingRequirement[],
  from: ClassificationScheme,
  to: ClassificationScheme
): Reworded<C> {
  if (from === to) return { controls, handlingRequirements };
  const reword = schemeRewording(from, to);
  const wordedControls = controls.map((control) => {
    if (control.provenance === "organization") return control;
    const title = reword(control.title);
    const requirement = reword(control.requirement);
    const remediation = reword(control.remediation);
    return title === control.title &&
      requirement === control.requirement &&
      remediation === control.remediation
      ? control
      : { ...control, title, requirement, remediation };
  });
  const wordedRequirements = handlingRequirements.map((entry) => {
    if (entry.provenance === "organization") return entry;
    const title = reword(entry.title);
    const description = reword(entry.description);
    return title === entry.title && description === entry.description
      ? entry
      : { ...entry, title, description };
  });
  return { controls: wordedControls, handlingRequirements: wordedRequirements };
}
