import type { ClassificationScheme } from "../classification/classification-scheme.js";
import type { HandlingRequirement } from "../classification/handling-requirement.js";
import type { Control } from "../controls/control.js";
import type { ControlParameters } from "../controls/verdict.js";
import type { Clause } from "../definitions/clause.js";
import type { Layer } from "../definitions/layer.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import type { Measure } from "../definitions/measure.js";
import type { Obligation } from "../definitions/obligation.js";
import type { Scope } from "../definitions/scope-schema.js";
import type { Term } from "../definitions/term.js";
import type { Threat } from "../definitions/threat.js";

/**
 * A policy: the basic policy as data plus its control catalog, with an id and a semver version
 * that every decision names. Deeply frozen.
 */
export interface Policy {
  /** Stable id of the policy line, e.g. `"miyagi-kouiki-basic-policy"`. */
  readonly id: string;
  /** Semver version of the policy data. */
  readonly version: string;
  /** The title of the document. */
  readonly title: LocalizedText;
  /** Every clause of sections 1 to 11, in document order. */
  readonly clauses: readonly Clause[];
  /** The defined terms of 3. */
  readonly terms: readonly Term[];
  /** The threats of 4. */
  readonly threats: readonly Threat[];
  /** The scope of 5. */
  readonly scope: Scope;
  /** The three document layers (基本方針, 対策基準, 実施手順). */
  readonly layers: readonly Layer[];
  /** The obligations of 6. */
  readonly obligations: readonly Obligation[];
  /** The measures of 7 to 11. */
  readonly measures: readonly Measure[];
  /** The classification scheme of 7(2) (the guideline's, by default). */
  readonly classificationScheme: ClassificationScheme;
  /** Handling requirements by classification level (guideline defaults). */
  readonly handlingRequirements: readonly HandlingRequirement[];
  /** The control catalog, in canonical order. */
  readonly controls: readonly Control[];
  /** The value of every control parameter, by control id (defaults, or as an overlay tightened them). */
  readonly parameters: Readonly<Record<string, ControlParameters>>;
}
