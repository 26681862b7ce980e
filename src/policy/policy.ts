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
 * An overlay applied to a policy by `extendPolicy`: which one, and the organisation-specific
 * terms it brought. Recorded on the extended policy so that a decision's policy version can be
 * traced back to the organisation's own standards (対策基準) it includes.
 */
export interface AppliedOverlay {
  /** The overlay's id, e.g. `"sample-standards"`. */
  readonly id: string;
  /** The overlay's own semver version. */
  readonly version: string;
  /** The overlay's name, e.g. the title of the organisation's standards. */
  readonly name: LocalizedText;
  /** The date from which the overlay applies to decisions (`YYYY-MM-DD`), if it gave one. */
  readonly effectiveDate?: string;
  /** Terms defined by the organisation's standards (provenance `organization`), in overlay order. */
  readonly glossary: readonly OrganizationTerm[];
}

/**
 * A term defined by the organisation's own standards, added by an overlay. Unlike the terms of
 * clause 3 (`Policy.terms`), it is not in the basic policy: its provenance is always `organization`.
 */
export interface OrganizationTerm {
  /** Stable id, in kebab-case, unique within the overlay, e.g. `"removable-media"`. */
  readonly id: string;
  /** The term, in Japanese and English. */
  readonly term: LocalizedText;
  /** Its definition in the organisation's standards. */
  readonly definition: LocalizedText;
  /** The clause of the basic policy whose subject it elaborates, if any, e.g. `"7(2)"`. */
  readonly clause?: string;
}

/**
 * A policy: the basic policy as data plus its control catalog, with an id and a semver version
 * that every decision names. Deeply frozen.
 */
export interface Policy {
  /** Stable id of the policy line, e.g. `"miyagi-kouiki-basic-policy"`. */
  readonly id: string;
  /**
   * Semver version of the policy data (see docs/versioning.md). A policy made by `extendPolicy`
   * has the base version with the overlay's version as build metadata: `"1.0.0+2026.4.0"`.
   */
  readonly version: string;
  /**
   * The date (`YYYY-MM-DD`) from which this version of the policy **data** applies to decisions:
   * the day this package first shipped it for use. The published basic policy carries no
   * enactment date, so this is not the organisation's own enactment date of the document.
   * Version 1.0.0 applies from 2026-11-25. For an extended policy, the later of the base's date
   * and the overlay's.
   */
  readonly effectiveDate: string;
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
  /**
   * The overlays (the organisation's own standards) this policy includes, in the order applied:
   * empty for every shipped policy, one entry for a policy made by `extendPolicy`.
   */
  readonly overlays: readonly AppliedOverlay[];
}
