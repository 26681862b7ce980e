import { z } from "zod";
import { ClauseRefSchema } from "../definitions/clause.js";
import { LocaleSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema, ThreatIdSchema, ThreatRefSchema, ZoneSchema } from "../definitions/vocabulary.js";
import { withoutProtoKeys } from "../overlay/overlay-schema.js";
import { IsoDateSchema } from "../subjects/common.js";
import { SubjectKindSchema } from "../subjects/subject.js";

// The zod schemas of the audit report (what `buildAuditReport` returns and what the CLI's
// `audit --format json` prints): the single source of the report's types, which audit-report.ts
// infers from them (type-only imports, so building a report runs no zod). ReportOverlay is still
// an interface of overlay-of.ts; a type-level test keeps it mutually assignable with its schema.
// They exist for the `audit-report` JSON Schema and for services that read a report back; the
// report itself is built without them.

const CountSchema = z.number().int().nonnegative();

// The four counts every row of a report carries (`StatusCounts`), spread into each row's shape.
const statusCounts = {
  pass: CountSchema.describe("How many findings passed."),
  fail: CountSchema.describe("How many findings failed."),
  manual: CountSchema.describe("How many findings need review by a person (a fact was missing)."),
  "not-applicable": CountSchema.describe("How many findings did not apply."),
};

/**
 * How many findings had each status (`StatusCounts`).
 *
 * @example
 * ```ts
 * StatusCountsSchema.parse({ pass: 3, fail: 1, manual: 0, "not-applicable": 2 });
 * ```
 */
export const StatusCountsSchema = z.object(statusCounts).strict().readonly().describe("How many findings had each status.");

/**
 * The policy a report was made with: id, version and title (`ReportPolicy`).
 *
 * @example
 * ```ts
 * ReportPolicySchema.parse(buildAuditReport([]).policy);
 * ```
 */
export const ReportPolicySchema = z
  .object({
    id: z.string().describe('The policy\'s id, e.g. "miyagi-kouiki-basic-policy" (with "+<overlay id>" for an extended policy).'),
    version: z.string().describe('The policy\'s version, e.g. "1.0.0".'),
    title: z.string().describe("The document's title, in the report's language."),
  })
  .strict()
  .readonly()
  .describe("The policy that made every decision of the report.");

/**
 * The overlay a report's policy was extended with (`ReportOverlay`).
 *
 * @example
 * ```ts
 * ReportOverlaySchema.parse({ id: "sample-organization-standards", version: "2026.4.0", name: "…" });
 * ```
 */
export const ReportOverlaySchema = z
  .object({
    id: z.string().describe('The overlay\'s id, e.g. "sample-organization-standards".'),
    version: z.string().describe("The overlay's version."),
    name: z.string().describe("The overlay's name (the title of the organisation's standards), in the report's language."),
  })
  .strict()
  .readonly()
  .describe("The organisation's overlay (its own standards) the policy was extended with, if any.");

/**
 * One row of a report's per-control table (`ReportControlRow`).
 *
 * @example
 * ```ts
 * ReportControlRowSchema.parse(buildAuditReport(subjects).controls[0]);
 * ```
 */
export const ReportControlRowSchema = z
  .object({
    control: z.string().describe("The control id."),
    clause: ClauseRefSchema.describe('The clause the control comes from, e.g. "7(3)①".'),
    title: z.string().describe("The control's title, in the report's language."),
    provenance: ProvenanceSchema.describe("Where the control's rule comes from."),
    threats: z.array(ThreatRefSchema).readonly().describe("The threats of clause 4 (and their examples) the control counters."),
    ...statusCounts,
  })
  .strict()
  .readonly()
  .describe("One control of the policy and how its findings came out.");

/**
 * One row of a report's per-threat table (`ReportThreatRow`).
 *
 * @example
 * ```ts
 * ReportThreatRowSchema.parse(buildAuditReport(subjects).threats[0]);
 * ```
 */
export const ReportThreatRowSchema = z
  .object({
    threat: ThreatRefSchema.describe('A threat of clause 4 ("T1" … "T5") or a listed example of one (e.g. "T2.7").'),
    parent: ThreatIdSchema.exactOptional().describe("For an example, the threat it belongs to."),
    name: z.string().describe("The threat's name, in the report's language."),
    ...statusCounts,
  })
  .strict()
  .readonly()
  .describe("One threat of clause 4 (or a listed example of one) and how the findings of the controls that counter it came out.");

/**
 * A `fail` or `manual` finding as a report lists it (`ReportedFinding`).
 *
 * @example
 * ```ts
 * ReportedFindingSchema.parse(buildAuditReport(subjects).subjects[0]?.findings[0]);
 * ```
 */
export const ReportedFindingSchema = z
  .object({
    control: z.string().describe("The control id."),
    title: z.string().describe("The control's title, in the report's language."),
    status: z.enum(["fail", "manual"]).describe('"fail" or "manual" (needs review).'),
    clause: ClauseRefSchema.describe('The clause the control comes from, e.g. "7(2)".'),
    provenance: ProvenanceSchema.describe("Where the control's rule comes from."),
    reason: z.string().describe("Why, in the report's language."),
    remediation: z.string().exactOptional().describe("What to do, in the report's language."),
  })
  .strict()
  .readonly()
  .describe("A fail or manual finding, in the report's language.");

/**
 * A `non-compliant` or `needs-review` subject as a report lists it (`ReportedSubject`).
 *
 * @example
 * ```ts
 * ReportedSubjectSchema.parse(buildAuditReport(subjects).subjects[0]);
 * ```
 */
export const ReportedSubjectSchema = z
  .object({
    index: CountSchema.describe("Zero-based position in the input (line order for NDJSON)."),
    id: z.string().exactOptional().describe("The subject's id, if it has one."),
    name: z.string().exactOptional().describe("The asset's name, if it has one."),
    kind: SubjectKindSchema.describe("The subject's kind."),
    outcome: z.enum(["non-compliant", "needs-review"]).describe("The subject's outcome."),
    findings: z.array(ReportedFindingSchema).readonly().describe("Its fail and manual findings, in canonical order."),
  })
  .strict()
  .readonly()
  .describe("A non-compliant or needs-review subject, with the findings that made it so.");

/** A recorded exception as a report lists it (`ReportedException`). */
export const ReportedExceptionSchema = z
  .object({
    /** The exception's reference in the register. */
    reference: z.string().describe("The exception's reference in the register."),
    /** The first day it is valid, if recorded. */
    validFrom: IsoDateSchema.exactOptional().describe("The first day it is valid, if recorded."),
    /** The last day it is valid. */
    validUntil: IsoDateSchema.describe("The last day it is valid."),
    /** The link it opens, for an isolation exception. */
    link: z
      .object({
        /** The zone the information leaves. */
        from: z.string().describe("The zone the information leaves."),
        /** The zone the information enters. */
        to: z.string().describe("The zone the information enters."),
      })
      .strict()
      .readonly()
      .exactOptional()
      .describe("The link it opens, for an isolation exception (7(3)①)."),
    /** The controls it turned from fail into pass, in canonical order. */
    controls: z.array(z.string()).readonly().describe("The controls it turned from fail into pass, in canonical order."),
    /** The controls it named but did not apply to, with why. */
    rejected: z
      .array(
        z
          .object({
            /** The control id. */
            control: z.string().describe("The control id."),
            /** Why the exception did not apply (an exceptionRejected reason). */
            reason: z.string().describe("Why the exception did not apply (an exceptionRejected reason)."),
          })
          .strict()
          .readonly(),
      )
      .readonly()
      .describe("The controls it named but did not apply to, with why."),
    /** The subjects it appeared on (id or #position), at most 100. */
    subjects: z.array(z.string()).readonly().describe("The subjects it appeared on (id or #position), at most 100."),
    /** How many subjects it appeared on. */
    subjectCount: CountSchema.describe("How many subjects it appeared on."),
  })
  .strict()
  .readonly()
  .describe("A recorded exception the subjects carried: its period, the controls it turned into a pass, those it was rejected for, and the subjects.");

// How many subjects had each outcome: the report's own counts, and each summary row's.
const OutcomeCountsSchema = z
  .object({
    compliant: CountSchema.describe("How many subjects were compliant."),
    "non-compliant": CountSchema.describe("How many subjects were non-compliant."),
    "needs-review": CountSchema.describe("How many subjects need review."),
    "not-applicable": CountSchema.describe("How many subjects no control applied to."),
  })
  .strict()
  .readonly();

/**
 * One row of a report's summary by organisation (`ReportOrganizationRow`).
 *
 * @example
 * ```ts
 * ReportOrganizationRowSchema.parse(buildAuditReport(inventory).byOrganization[0]);
 * ```
 */
export const ReportOrganizationRowSchema = z
  .object({
    group: z.enum(["in-scope", "outside", "unstated"]).describe('"in-scope": one organisation of 5(1) (or one an overlay registered); "outside": every body outside 5(1), together; "unstated": subjects that name no organisation (the Union\'s own).'),
    organization: z.string().exactOptional().describe("The organisation's id, for an in-scope row."),
    name: z.string().describe("The organisation's name (or the group's), in the report's language."),
    total: CountSchema.describe("How many subjects the row counts."),
    outcomes: OutcomeCountsSchema.describe("How many of them had each outcome."),
  })
  .strict()
  .readonly()
  .describe("Outcomes of the subjects of one organisation of 5(1), of every body outside it, or of subjects naming none.");

/**
 * One row of a report's summary by zone (`ReportZoneRow`).
 *
 * @example
 * ```ts
 * ReportZoneRowSchema.parse(buildAuditReport(inventory).byZone[0]);
 * ```
 */
export const ReportZoneRowSchema = z
  .object({
    zone: ZoneSchema.exactOptional().describe("The zone (7(3)); absent for the subjects of no zone."),
    name: z.string().describe('The zone\'s name (or "no zone"), in the report\'s language.'),
    total: CountSchema.describe("How many subjects the row counts (a transfer counts under the zone it enters)."),
    outcomes: OutcomeCountsSchema.describe("How many of them had each outcome."),
  })
  .strict()
  .readonly()
  .describe("Outcomes of the subjects of one zone, or of subjects of no zone.");

/**
 * A subject outside the policy's scope, with why (`ReportedOutOfScope`).
 *
 * @example
 * ```ts
 * ReportedOutOfScopeSchema.parse(buildAuditReport(inventory).outOfScope.subjects[0]);
 * ```
 */
export const ReportedOutOfScopeSchema = z
  .object({
    index: CountSchema.describe("Zero-based position in the input."),
    id: z.string().exactOptional().describe("The subject's id, if it has one."),
    name: z.string().exactOptional().describe("The asset's name, if it has one."),
    kind: SubjectKindSchema.describe("The subject's kind."),
    organization: z.string().exactOptional().describe("The organisation the subject names, as given, if it names one."),
    clause: ClauseRefSchema.describe('The clause of the scope gate that put it out of scope, e.g. "5(1)".'),
    reason: z.string().describe("Why it is out of scope: the scope finding's reason, in the report's language."),
  })
  .strict()
  .readonly()
  .describe("A subject a scope gate of clause 5 found outside the policy, with why.");

/**
 * The subjects out of scope (`ReportOutOfScope`): the count, and the first of them with why.
 *
 * @example
 * ```ts
 * ReportOutOfScopeSchema.parse(buildAuditReport(inventory).outOfScope);
 * ```
 */
export const ReportOutOfScopeSchema = z
  .object({
    total: CountSchema.describe("How many subjects a scope gate found outside the policy."),
    subjects: z.array(ReportedOutOfScopeSchema).readonly().describe("The first of them (at most 1,000), in input order, each with why."),
  })
  .strict()
  .readonly()
  .describe("The subjects outside the policy's scope: listed with why, not dropped.");

/**
 * One input of a report as its caller names it (`ReportInput`).
 *
 * @example
 * ```ts
 * ReportInputSchema.parse({ name: "inventory.ndjson", subjects: 50 });
 * ```
 */
export const ReportInputSchema = z
  .object({
    name: z.string().describe('The input\'s name as the caller gives it, e.g. "inventory.ndjson" or "-" for standard input.'),
    subjects: CountSchema.exactOptional().describe("How many subjects it held, if the caller says."),
  })
  .strict()
  .readonly()
  .describe("One input of the report, e.g. a file and how many subjects it held.");

/**
 * When a report was generated, as its caller says (`ReportGenerated`).
 *
 * @example
 * ```ts
 * ReportGeneratedSchema.parse({ at: "2026-11-25T09:00:00+09:00", source: "given" });
 * ```
 */
export const ReportGeneratedSchema = z
  .object({
    at: z.iso.datetime({ offset: true }).describe('An ISO 8601 date-time with a time zone, e.g. "2026-11-25T09:00:00+09:00".'),
    source: z.enum(["given", "clock"]).describe('"given": a time the caller was given (the CLI\'s --generated-at); "clock": the caller read its own clock.'),
  })
  .strict()
  .readonly()
  .describe("When the report was generated; the library never reads the clock, its caller passes the time.");

/**
 * The audit report: what `buildAuditReport` returns, what the Markdown, HTML and text reports
 * show, and what the CLI's `audit --format json` prints. Counts per outcome, subject kind,
 * control and threat, and only the `non-compliant` and `needs-review` subjects (no decision is
 * kept, so memory stays bounded for a stream of any length). Its JSON Schema is `audit-report`
 * (see `jsonSchemaFor`).
 *
 * @example
 * ```ts
 * import { AuditReportSchema } from "@miyagi-kouiki/infosec-policy";
 *
 * // The output of `infosec-policy audit inventory.json --format json`:
 * const report = AuditReportSchema.parse(JSON.parse(stdout));
 * report.outcomes["non-compliant"]; // how many subjects fail some control
 * ```
 */
export const AuditReportSchema = z
  .object({
    policy: ReportPolicySchema.describe("The policy that made every decision."),
    overlay: ReportOverlaySchema.exactOptional().describe("The overlay the policy was extended with, if any."),
    classificationScheme: z
      .object({
        id: z.string().describe('The scheme\'s id, e.g. "guideline-r6".'),
        version: z.string().describe("The scheme's version."),
        name: z.string().describe("The scheme's name, in the report's language."),
        levels: z.string().describe("The labels of each dimension's levels, lowest first, in the report's language."),
      })
      .strict()
      .readonly()
      .exactOptional()
      .describe("The classification scheme of the policy, when it is not the default one."),
    asOf: IsoDateSchema.exactOptional().describe("The date date-based controls were judged as of (YYYY-MM-DD), if one was given."),
    locale: LocaleSchema.describe("The language of the titles, names, reasons and remediations."),
    inputs: z.array(ReportInputSchema).readonly().exactOptional().describe("The inputs the subjects came from, as the caller named them (shown in the report's header)."),
    generated: ReportGeneratedSchema.exactOptional().describe("When the report was generated, as the caller says (the library never reads the clock)."),
    total: CountSchema.describe("How many subjects were audited."),
    outcomes: OutcomeCountsSchema.describe("How many subjects had each outcome (every outcome is present)."),
    kinds: withoutProtoKeys(z.partialRecord(SubjectKindSchema, CountSchema).readonly()).describe("How many subjects of each kind (kinds with none are left out)."),
    controls: z.array(ReportControlRowSchema).readonly().describe("One row per control of the policy, in canonical order."),
    threats: z.array(ReportThreatRowSchema).readonly().describe("One row per threat of clause 4, each followed by its listed examples."),
    exceptions: z.array(ReportedExceptionSchema).readonly().describe("The recorded exceptions the subjects carried that named a failed control: used or rejected."),
    byOrganization: z.array(ReportOrganizationRowSchema).readonly().describe("Outcomes per organisation of 5(1) (in the scope's order), then bodies outside 5(1) and subjects naming none; rows with subjects only."),
    byZone: z.array(ReportZoneRowSchema).readonly().describe("Outcomes per zone (mynumber, lgwan, internet), then subjects of no zone; rows with subjects only."),
    outOfScope: ReportOutOfScopeSchema.describe("The subjects out of scope, with why."),
    subjects: z.array(ReportedSubjectSchema).readonly().describe("The non-compliant and needs-review subjects, in input order."),
  })
  .strict()
  .readonly();

