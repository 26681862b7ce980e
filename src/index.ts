/**
 * The main entry: the information security basic policy (情報セキュリティ基本方針) of
 * 宮城県後期高齢者医療広域連合 as typed, versioned data, and a pure, fast engine that decides whether
 * an action or an asset complies, clause by clause.
 *
 * It exports everything of the zod-free `@miyagi-kouiki/infosec-policy/core` entry, and adds what
 * input from outside needs: `safeEvaluate`, `parseSubject` and `parseOptions`, which validate
 * unknown input and report every problem; the zod schemas of every type; the JSON Schemas for
 * services not written in TypeScript; overlays (`extendPolicy`) for the organisation's own
 * standards; audit reports and the self-inspection checklist; and OSCAL exchange.
 *
 * The exports are grouped by topic. New here? Read the guides first: getting started, the
 * subjects and their facts, reading a decision (in the navigation under Guides).
 *
 * @example
 * ```ts
 * import { evaluate, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * const decision = evaluate({ kind: "transfer", from: "internet", to: "mynumber", channel: "email", sanitized: false });
 * decision.outcome; // "non-compliant"
 * decision.findings.filter((f) => f.status === "fail").map((f) => f.clause); // ["7(3)", "7(3)①"]
 * ```
 *
 * @module \@miyagi-kouiki/infosec-policy
 */

// Everything of the zod-free core (the policy, the engine, audit, controls, classification,
// the basic policy as data), exactly as `@miyagi-kouiki/infosec-policy/core` exports it: one list,
// so a zod-free export cannot land in one entry only.
export * from "./core.js";

// Overlays: the organisation's own standards (対策基準) on top of the basic policy.
export { extendPolicy, safeExtendPolicy } from "./overlay/extend-policy.js";
export type { OverlayInput } from "./overlay/extend-policy.js";
export { OverlayRejectedError, OVERLAY_WEAKENING_CODES } from "./overlay/overlay-error.js";
export { OVERLAY_LIMITS } from "./overlay/snapshot.js";
export type { OverlayIssue, OverlayIssueCode } from "./overlay/overlay-error.js";
export {
  OverlaySchema,
  OverlayIdSchema,
  OverlayVersionSchema,
  OrganizationControlRuleSchema,
  OrganizationTermSchema,
  RuleRequirementSchema,
  RuleConditionSchema,
  RuleFieldSchema,
  RuleValueSchema,
  ControlChangeSchema,
} from "./overlay/overlay-schema.js";
export type { Overlay, OrganizationControlRule, RuleRequirement, ControlChange } from "./overlay/overlay-schema.js";

// Evaluating.

export { safeEvaluate, parseSubject, parseOptions, exceptionControlIssues } from "./validation/safe-evaluate.js";
export type { SafeResult } from "./validation/safe-evaluate.js";
export { InvalidInputError, formatPath } from "./validation/input-error.js";
export type { InputIssue } from "./validation/input-error.js";
export { AuditResultSchema, AuditSummarySchema, StatusTallySchema, SubjectRefSchema } from "./audit/audit-schema.js";

// JSON Schemas (generated from the zod schemas), for services not written in TypeScript.
export { jsonSchemaFor, jsonSchemaForScheme, jsonSchemaNames, jsonSchemaId, isJsonSchemaName, JSON_SCHEMA_BASE_URL } from "./schemas/json-schemas.js";
export type { JsonSchema, JsonSchemaName } from "./schemas/json-schemas.js";

// Decisions.
export { DecisionSchema, DecisionAsOfSchema, OutcomeSchema, PolicyRefSchema } from "./decision/decision.js";
export {
  FindingSchema,
  ExceptionUsedSchema,
  ExceptionRejectedSchema,
  ExceptionRejectionReasonSchema,
} from "./decision/finding.js";

// Subjects.
export { SubjectSchema, SubjectKindSchema } from "./subjects/subject.js";
export { TransferSubjectSchema } from "./subjects/transfer.js";
export { CarryOutSubjectSchema } from "./subjects/carry-out.js";
export { SignInSubjectSchema } from "./subjects/sign-in.js";
export { SoftwareUseSubjectSchema } from "./subjects/software-use.js";
export { AccessSubjectSchema } from "./subjects/access.js";
export { OutsourcingSubjectSchema } from "./subjects/outsourcing.js";
export { CloudUseSubjectSchema } from "./subjects/cloud-use.js";
export { AssetSubjectSchema, AssetLocationSchema } from "./subjects/asset.js";
export { OrganizationSubjectSchema } from "./subjects/organization.js";
export { SafeguardSchema } from "./subjects/safeguard.js";
export {
  ApproverRoleSchema,
  IsoDateSchema,
  OrganizationRefSchema,
  OutsideOrganizationSchema,
  RecordedExceptionSchema,
  ExceptionReferenceSchema,
  ExceptionLinkSchema,
} from "./subjects/common.js";
export {
  checkExceptionRegister,
  ExceptionRegisterSchema,
  ExceptionRegisterEntrySchema,
  RegisterProblemCodeSchema,
} from "./exceptions/register.js";
export type {
  ExceptionRegister,
  ExceptionRegisterEntry,
  RegisterCheck,
  RegisterCheckOptions,
  RegisterProblem,
  RegisterProblemCode,
} from "./exceptions/register.js";

// Controls.

export { ControlCategorySchema } from "./controls/control-category.js";
export { FindingStatusSchema } from "./controls/finding-status.js";

// Classification (7(2)).
export {
  ClassificationSchema,
  ConfidentialityLevelSchema,
  IntegrityLevelSchema,
  AvailabilityLevelSchema,
  ClassificationDimensionSchema,
} from "./classification/classification.js";
export { ClassificationComparisonSchema } from "./classification/classification-comparison.js";
export { ClassificationSchemeSchema } from "./classification/classification-scheme.js";
export { LevelIdSchema, ThresholdNameSchema, ClassificationThresholdSchema, ClassificationLevelEntrySchema } from "./classification/classification-scheme.js";
export { ClassificationMappingSchema, classificationMappings, findClassificationMapping, mapClassification, mappingProblems, isAtLeastAsStrict } from "./classification/scheme-mapping.js";
export type { ClassificationMapping, MappingProblem } from "./classification/scheme-mapping.js";
export {
  HandlingRequirementSchema,
  HandlingRequirementIdSchema,
  HandlingParameterSchema,
  HandlingParameterNameSchema,
  AppliedHandlingRequirementSchema,
  handlingParameterValueSchema,
} from "./classification/handling-requirement.js";
export type { AppliedHandlingRequirement } from "./classification/handling-requirement.js";
export {
  HandlingOverridesSchema,
  HandlingOverrideIssueSchema,
  HandlingOverrideIssueCodeSchema,
  HandlingOverridesErrorSchema,
  validateHandlingOverrides,
} from "./classification/handling-overrides.js";
export type {
  HandlingOverrides,
  HandlingOverrideIssue,
  HandlingOverrideIssueCode,
  HandlingOverridesError,
  HandlingOverridesValidation,
} from "./classification/handling-overrides.js";
export { requirementsFor } from "./classification/requirements-for.js";
export type { RequirementsForResult } from "./classification/requirements-for.js";

// The basic policy as data.

export { ClauseSchema, ClauseRefSchema, ClauseLevelSchema } from "./definitions/clause.js";
export { GlossaryEntrySchema } from "./definitions/glossary-schema.js";
export { TermSchema, TermIdSchema } from "./definitions/term.js";
export { ThreatSchema, ThreatExampleSchema } from "./definitions/threat.js";
export { ScopeSchema, OrganizationSchema, AssetRangeSchema } from "./definitions/scope-schema.js";
export { LayerSchema, LayerIdSchema } from "./definitions/layer.js";
export { ObligationSchema, ObligationDocumentSchema } from "./definitions/obligation.js";
export { MeasureSchema, MeasureIdSchema } from "./definitions/measure.js";
export { LocalizedTextSchema, LocaleSchema } from "./definitions/localized-text.js";
export { GuidelineEditionSchema, BasisSourceSchema, GuidelineBasisSchema } from "./definitions/guideline-basis.js";
export {
  ProvenanceSchema,
  ZoneSchema,
  OrganizationIdSchema,
  AssetCategorySchema,
  PersonCategorySchema,
  ThreatIdSchema,
  ThreatExampleIdSchema,
  ThreatRefSchema,
  FactorKindSchema,
  TransferChannelSchema,
} from "./definitions/vocabulary.js";

// Reports: audit reports (Markdown, self-contained HTML, text, JSON) and the self-inspection checklist (8).
export { buildAuditReport, createAuditReporter, reportOutcome, REPORTED_EXCEPTION_SUBJECTS } from "./report/audit-report.js";
export type {
  AuditReport,
  AuditReportHead,
  AuditReportOptions,
  AuditReporter,
  ReportControlRow,
  ReportThreatRow,
  ReportedException,
  ReportedFinding,
  ReportedSubject,
  ReportGenerated,
  ReportGroupCounts,
  ReportInput,
  ReportOrganizationRow,
  ReportOutOfScope,
  ReportedOutOfScope,
  ReportZoneRow,
  ReportPolicy,
  StatusCounts,
} from "./report/audit-report.js";
export {
  AuditReportSchema,
  ReportControlRowSchema,
  ReportedExceptionSchema,
  ReportedFindingSchema,
  ReportedSubjectSchema,
  ReportGeneratedSchema,
  ReportInputSchema,
  ReportOrganizationRowSchema,
  ReportOutOfScopeSchema,
  ReportedOutOfScopeSchema,
  ReportZoneRowSchema,
  ReportOverlaySchema,
  ReportPolicySchema,
  ReportThreatRowSchema,
  StatusCountsSchema,
} from "./report/audit-report-schema.js";
export { overlayOf } from "./report/overlay-of.js";
export type { ReportOverlay } from "./report/overlay-of.js";
export type { ReportClassificationScheme } from "./report/audit-report.js";
export { renderAuditMarkdown, escapeMarkdown } from "./report/audit-markdown.js";
export { renderAuditHtml, escapeHtml, HTML_DETAIL_LIMIT } from "./report/audit-html.js";
export type { AuditHtmlOptions } from "./report/audit-html.js";
export { escapeTerminal, escapeOscalMarkup } from "./report/escape-text.js";
export { renderAuditText } from "./report/audit-text.js";
export { renderAuditJson } from "./report/audit-json.js";
export { renderChecklist, renderChecklistHtml, checklistSections, checklistAnswersTemplate } from "./report/checklist.js";
export type { ChecklistOptions, ChecklistSection, ChecklistLayout } from "./report/checklist.js";
export { CHECKLIST_QUESTIONS } from "./report/checklist-questions.js";
export type { ChecklistQuestion, ChecklistQuestionId, ChecklistAnswerType } from "./report/checklist-questions.js";
export { ChecklistAnswersSchema, parseChecklistAnswers, isChecklistAnswers } from "./report/checklist-answers.js";
export type { ChecklistAnswers } from "./report/checklist-answers.js";

// OSCAL 1.0.6 exchange.
export { toOscalCatalog } from "./export/oscal-catalog.js";
export type {
  OscalCatalog,
  OscalCatalogBody,
  OscalCatalogOptions,
  OscalConstraint,
  OscalControl,
  OscalGroup,
  OscalParameter,
} from "./export/oscal-catalog.js";
export { toOscalAssessmentResults } from "./export/oscal-results.js";
export type {
  OscalAssessmentResults,
  OscalResultsOptions,
  OscalResult,
  OscalObservation,
  OscalFinding,
  OscalFindingTarget,
  OscalObjectiveStatus,
  OscalRelatedObservation,
  OscalSubjectReference,
  OscalInventoryItem,
  OscalAssessmentResultsBody,
  OscalControlSelection,
  OscalControlSelections,
} from "./export/oscal-results.js";
export { OSCAL_VERSION, OSCAL_NS } from "./export/oscal-common.js";
export type {
  OscalProp,
  OscalLink,
  OscalPart,
  OscalResource,
  OscalMetadata,
  OscalRole,
  OscalParty,
  OscalResponsibleParty,
} from "./export/oscal-common.js";
export { uuidV5 } from "./export/uuid-v5.js";