/**
 * Classification of information assets (情報資産の分類, 7(2)): levels of confidentiality,
 * integrity and availability, the default scheme from the national guideline, combining and
 * comparing classifications, and the handling requirements by level.
 *
 * @module
 */
export * from "./classification.js";
export * from "./compare-classifications.js";
export * from "./combine-classifications.js";
export * from "./classification-scheme.js";
export * from "./guideline-classification-scheme.js";
export * from "./describe-classification.js";
export * from "./handling-requirement.js";
export * from "./handling-requirements.js";
export * from "./handling-overrides.js";
export * from "./requirements-for.js";
