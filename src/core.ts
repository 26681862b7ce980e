/**
 * The zod-free core of `@miyagi-kouiki/infosec-policy`: the policy data, the evaluation engine,
 * `audit`, the control catalog and the classification functions, without any schema.
 *
 * Use it in an app that evaluates **already-typed input** (subjects built by your own code, not
 * parsed from JSON or a form) and wants the smallest bundle: nothing it imports loads zod, so a
 * bundler leaves zod out. Everything here is also exported, identically, by the main entry
 * `@miyagi-kouiki/infosec-policy`; a value from one is the same value as from the other.
 *
 * Use the main entry instead when input comes from outside: it adds `safeEvaluate`,
 * `parseSubject` and `parseOptions`, which validate unknown input and report every problem, the
 * zod schemas of every type (`SubjectSchema`, `DecisionSchema`, `ClassificationSchema`, …), and
 * `requirementsFor` / `validateHandlingOverrides`, which check parameter overrides.
 *
 * @example
 * ```ts
 * import { evaluate, audit, describeClassification, type Subject } from "@miyagi-kouiki/infosec-policy/core";
 *
 * const subject: Subject = { kind: "transfer", from: "internet", to: "mynumber", channel: "email" };
 * evaluate(subject).outcome; // "non-compliant"
 *
 * audit([subject], { asOf: "2026-04-01" }).summary.outcomes["non-compliant"]; // 1
 * describeClassification({ confidentiality: 3, integrity: 2, availability: 2 }); // "機密性3・完全性2・可用性2"
 * ```
 *
 * @module \@miyagi-kouiki/infosec-policy/core
 */

// The policy: current and every shipped version.
export { policy, policies, getPolicy } from "./policy/policies.js";
export { UnknownNameError } from "./definitions/unknown-name-error.js";
export type { UnknownNameKind } from "./definitions/unknown-name-error.js";
export type { Policy, AppliedOverlay, OrganizationTerm } from "./policy/policy.js";
export { diffPolicies } from "./policy/diff-policies.js";
export type {
  PolicyDiff,
  PolicyDiffSide,
  PolicyPart,
  ChangeDirection,
  VersionBump,
  ClauseSnapshot,
  ClauseRewording,
  ControlSnapshot,
  ControlDiff,
  ControlFieldChange,
  GlossaryChange,
} from "./policy/diff-policies.js";
export { renderPolicyDiffMarkdown } from "./policy/render-policy-diff.js";

// Evaluating (already-typed input) and auditing.
export { evaluate } from "./evaluate.js";
export type { EvaluateOptions } from "./evaluate.js";
export { InvalidSubjectError } from "./engine/invalid-subject-error.js";
export type { SubjectProblem } from "./engine/invalid-subject-error.js";
export { audit, createAuditor } from "./audit/audit.js";
export type { AuditResult, AuditSummary, Auditor, StatusTally, SubjectRef } from "./audit/audit.js";

// Decisions.
export { outcomeOf, STATUS_SEVERITY, OUTCOME_BY_SEVERITY } from "./decision/outcome.js";
export type { Decision, DecisionAsOf, Outcome, PolicyRef } from "./decision/decision.js";
export type { Finding, ExceptionUsed, ExceptionRejected, ExceptionRejectionReason } from "./decision/finding.js";

// Subjects (types only: the schemas are in the main entry).
export type { Subject, SubjectKind, SubjectOf } from "./subjects/subject.js";
export { SUBJECT_KINDS } from "./subjects/subject-kinds.js";
export type { TransferSubject } from "./subjects/transfer.js";
export type { CarryOutSubject } from "./subjects/carry-out.js";
export type { SignInSubject } from "./subjects/sign-in.js";
export type { SoftwareUseSubject } from "./subjects/software-use.js";
export type { AccessSubject } from "./subjects/access.js";
export type { OutsourcingSubject } from "./subjects/outsourcing.js";
export type { CloudUseSubject } from "./subjects/cloud-use.js";
export type { AssetSubject, AssetLocation } from "./subjects/asset.js";
export type { OrganizationSubject } from "./subjects/organization.js";
export type { Safeguard } from "./subjects/safeguard.js";
export type { ApproverRole, IsoDate, OrganizationRef, OutsideOrganization, RecordedException, ExceptionLink } from "./subjects/common.js";
export { suggestOrganizationId } from "./definitions/organization-ref.js";
export { exceptionApproval, UnknownExceptionControlError } from "./engine/exceptions.js";
export type { UnknownExceptionControl } from "./engine/exceptions.js";

// Controls.
export { controlCatalog } from "./controls/catalog.js";
export { defineControl, controlKinds } from "./controls/control.js";
export type { Control, ControlBody, ControlProvenance, ControlDefinition, ControlDefinitionBody, Check, Checks, CheckContext, ControlFacts, ParameterSpec, ParametersOf, VerdictTable } from "./controls/control.js";
export type { ControlCategory } from "./controls/control-category.js";
export type { FindingStatus } from "./controls/finding-status.js";
export { pass, fail, manual, notApplicable } from "./controls/verdict.js";
export type { Verdict, VerdictMessage, ControlParameters } from "./controls/verdict.js";

// Classification (7(2)).
export {
  CLASSIFICATION_LEVELS,
  LOWEST_CLASSIFICATION,
  HIGHEST_CLASSIFICATION,
  ALL_CLASSIFICATIONS,
} from "./classification/classification-levels.js";
export type {
  Classification,
  ConfidentialityLevel,
  IntegrityLevel,
  AvailabilityLevel,
  ClassificationDimension,
  ClassificationLevel,
} from "./classification/classification.js";
export { combineClassifications, combineAll } from "./classification/combine-classifications.js";
export { compareClassifications, isAtMost } from "./classification/compare-classifications.js";
export type { ClassificationComparison } from "./classification/classification-comparison.js";
export type { ClassificationScheme, ClassificationLevelEntry } from "./classification/classification-scheme.js";
export { guidelineClassificationScheme } from "./classification/guideline-classification-scheme.js";
export { describeClassification, describeSchemeLevels } from "./classification/describe-classification.js";
export {
  compileClassificationScheme,
  meetsThreshold,
  belowConfidential,
  isClassificationOf,
  joinInScheme,
  isAtMostInScheme,
  allClassificationsOf,
} from "./classification/compiled-scheme.js";
export type { CompiledClassificationScheme, SchemeClassification } from "./classification/compiled-scheme.js";
export { CLASSIFICATION_DIMENSIONS, THRESHOLD_NAMES } from "./classification/scheme-vocabulary.js";
export { guidelineR6ClassificationScheme, importanceClassificationScheme, classificationSchemes } from "./classification/shipped-classification-schemes.js";
export { schemeWording, schemeRewording } from "./classification/scheme-wording.js";
export type { SchemeWording, ThresholdWording } from "./classification/scheme-wording.js";
export { rewordForScheme } from "./classification/reword-policy.js";
export type { Reworded, WordedControl } from "./classification/reword-policy.js";
export type { R6Classification, ImportanceClassification, InScheme, SchemeSubject } from "./classification/scheme-subject.js";
export type { LevelId, ThresholdName, ClassificationThreshold } from "./classification/classification-scheme.js";
export type { HandlingRequirement, HandlingRequirementId, HandlingParameter } from "./classification/handling-requirement.js";
export { handlingRequirements } from "./classification/handling-requirements.js";

// The basic policy as data.
export { clauses } from "./definitions/clauses.js";
export type { Clause, ClauseRef, ClauseLevel } from "./definitions/clause.js";
export { getClause, findClause, hasClause, childClauses, clauseText, normalizeClauseRef } from "./definitions/find-clause.js";
export { documentTitle } from "./definitions/document-title.js";
export { terms, findTerm, getTerm } from "./definitions/terms.js";
export { glossary, gloss } from "./definitions/glossary.js";
export type { GlossaryId } from "./definitions/glossary.js";
export type { GlossaryEntry } from "./definitions/glossary-schema.js";
export type { Term, TermId } from "./definitions/term.js";
export { threats, getThreat } from "./definitions/threats.js";
export type { Threat, ThreatExample } from "./definitions/threat.js";
export { scope, isInScope } from "./definitions/scope.js";
export type { Scope, Organization, AssetRange } from "./definitions/scope-schema.js";
export { layers } from "./definitions/layers.js";
export type { Layer, LayerId } from "./definitions/layer.js";
export { obligations, isBoundByObligations } from "./definitions/obligations.js";
export type { Obligation, ObligationDocument } from "./definitions/obligation.js";
export { measures } from "./definitions/measures.js";
export type { Measure, MeasureId } from "./definitions/measure.js";
export type { LocalizedText, Locale } from "./definitions/localized-text.js";
export { GUIDELINE_DOCUMENT, BASIS_SOURCES, describeBasis } from "./definitions/guideline-basis-text.js";
export type { GuidelineEdition, BasisSource, GuidelineBasis, BasisConfidence } from "./definitions/guideline-basis.js";
export type { BasisSourceKey } from "./definitions/guideline-basis-text.js";
export { STAFF_CATEGORIES } from "./definitions/staff-categories.js";
export type {
  Provenance,
  Zone,
  OrganizationId,
  AssetCategory,
  PersonCategory,
  ThreatId,
  ThreatExampleId,
  ThreatRef,
  FactorKind,
  TransferChannel,
} from "./definitions/vocabulary.js";
export type { DeepReadonly } from "./internal/deep-freeze.js";
