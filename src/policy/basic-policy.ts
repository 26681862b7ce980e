import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import { handlingRequirements } from "../classification/handling-requirements.js";
import { clauses } from "../definitions/clauses.js";
import { documentTitle } from "../definitions/document-title.js";
import { layers } from "../definitions/layers.js";
import { measures } from "../definitions/measures.js";
import { obligations } from "../definitions/obligations.js";
import { scope } from "../definitions/scope.js";
import { terms } from "../definitions/terms.js";
import { threats } from "../definitions/threats.js";
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import { defaultParameters } from "./control-parameters.js";
import type { Policy } from "./policy.js";
import { controls1_0_0 } from "./versions/controls-1.0.0.js";

/**
 * The published basic policy (情報セキュリティ基本方針) of 宮城県後期高齢者医療広域連合, version 1.0.0:
 * every clause, the guideline's classification scheme and its own list of controls (`versions/controls-1.0.0.ts`). Its data
 * applies to decisions from 2026-11-25 (`effectiveDate`; the published text carries no enactment
 * date, so this is the date the package first shipped this version, not the organisation's).
 *
 * @example
 * ```ts
 * import { policies } from "@miyagi-kouiki/infosec-policy";
 * policies[0].version; // "1.0.0"
 * policies[0].effectiveDate; // "2026-11-25"
 * ```
 */
export const basicPolicyV1: Policy = deepFreezeLiteral<Policy>({
  id: "miyagi-kouiki-basic-policy",
  version: "1.0.0",
  effectiveDate: "2026-11-25",
  title: documentTitle,
  clauses,
  terms,
  threats,
  scope,
  layers,
  obligations,
  measures,
  classificationScheme: guidelineClassificationScheme,
  handlingRequirements,
  controls: controls1_0_0,
  parameters: defaultParameters(controls1_0_0),
  overlays: [],
});
