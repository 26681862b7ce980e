import { describeSchemeLevels } from "../classification/describe-classification.js";
import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import type { FindingStatus } from "../controls/finding-status.js";
import type { Decision, Outcome } from "../decision/decision.js";
import type { Finding } from "../decision/finding.js";
import { OUTCOME_BY_SEVERITY } from "../decision/outcome.js";
import type { Locale } from "../definitions/localized-text.js";
import type { Provenance, ThreatId, ThreatRef, Zone } from "../definitions/vocabulary.js";
import { compiledPolicy, contextFor, runCompiled, type EvaluateOptions } from "../engine/run.js";
import { guardOptions, guardSubjectAt, pickEvaluateOptions } from "../engine/guard-subject.js";
import { dayNumber } from "../internal/calendar.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import type { Subject, SubjectKind } from "../subjects/subject.js";
import type { SchemeSubject } from "../classification/scheme-subject.js";
import { organizationGroupName, ZONE_LABELS, ZONE_NONE } from "./labels.js";
import { overlayOf, type ReportOverlay } from "./overlay-of.js";
import { createTally, type TallyCounts } from "../audit/tally.js";
import type { z } from "zod";
import type {
  AuditReportSchema,
  ReportControlRowSchema,
  ReportGeneratedSchema,
  ReportInputSchema,
  ReportOrganizationRowSchema,
  ReportOutOfScopeSchema,
  ReportPolicySchema,
  ReportThreatRowSchema,
  ReportZoneRowSchema,
  ReportedExceptionSchema,
  ReportedFindingSchema,
  ReportedOutOfScopeSchema,
  ReportedSubjectSchema,
  StatusCountsSchema,
} from "./audit-report-schema.js";

/** How many findings had each status. */
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

/** The policy a report was made with. */
export type ReportPolicy = z.infer<typeof ReportPolicySchema>;

/** One row of the per-control table of a report: the control and how its findings came out. */
export type ReportControlRow = z.infer<typeof ReportControlRowSchema>;

/** One row of the per-threat table of a report: a threat of clause 4 (or a listed example of one). */
export type ReportThreatRow = z.infer<typeof ReportThreatRowSchema>;

/** A `fail` or `manual` finding as a report lists it, in the report's language. */
export type ReportedFinding = z.infer<typeof ReportedFindingSchema>;

/** A subject that is `non-compliant` or `needs-review`, with the findings that made it so. */
export type ReportedSubject = z.infer<typeof ReportedSubjectSchema>;

/** How many subjects an exception row of a report names at most; `subjectCount` counts them all. */
export const REPORTED_EXCEPTION_SUBJECTS = 100;

/**
 * A recorded exception (例外措置) as a report lists it: the register entry's reference and period,
 * the controls it turned into a pass and the subjects it did so for, and the controls it named but
 * did not apply to (with why).
 */
export type ReportedException = z.infer<typeof ReportedExceptionSchema>;

/** One input of a report as the caller names it, e.g. a file and how many subjects it held. */
export type ReportInput = z.infer<typeof ReportInputSchema>;

/**
 * When a report was generated, as its caller says: the library never reads the clock, so the
 * caller passes the time, and says whether it is one it was given or one it read from a clock.
 */
export type ReportGenerated = z.infer<typeof ReportGeneratedSchema>;

/** How many subjects of a group (an organisation, a zone) had each outcome. */
export interface ReportGroupCounts {
  /** How many subjects the group has. */
  readonly total: number;
  /** How many of them had each outcome. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
}

/**
 * One row of the summary by organisation (5(1)): an organisation in scope; or, together, every
 * body outside 5(1); or the subjects that name no organisation (the Union's own).
 */
export type ReportOrganizationRow = z.infer<typeof ReportOrganizationRowSchema>;

/** One row of the summary by zone (7(3)); a transfer counts under the zone it enters. */
export type ReportZoneRow = z.infer<typeof ReportZoneRowSchema>;

/** A subject outside the policy's scope (a scope gate of clause 5 found it not applicable), with why. */
export type ReportedOutOfScope = z.infer<typeof ReportedOutOfScopeSchema>;

/** The subjects out of scope: how many, and the first of them with why (the list is capped, the count is not). */
export type ReportOutOfScope = z.infer<typeof ReportOutOfScopeSchema>;

/** The classification scheme a report's policy classifies in, when it is not the default one. */
export type ReportClassificationScheme = NonNullable<AuditReport["classificationScheme"]>;

/** How many out-of-scope subjects a report lists by name (the count is always complete). */
export const OUT_OF_SCOPE_LISTED = 1000;

/**
 * An audit as a report: what the Markdown, HTML, text and JSON reports show. Plain JSON, in one
 * language, and built without keeping any decision, so that it can be built from a stream of any
 * length (only the `non-compliant` and `needs-review` subjects are listed).
 */
export type AuditReport = z.infer<typeof AuditReportSchema>;

/** Everything of an `AuditReport` but its list of subjects. */
export type AuditReportHead = Omit<AuditReport, "subjects">;

/**
 * How to build a report: `evaluate`'s options (policy, locale, `asOf`), and what the report's
 * header says about where it came from (`inputs`, `generated`). The overlay is named from the policy.
 */
export interface AuditReportOptions extends EvaluateOptions {
  /** The inputs, as the header should name them (file names and counts). */
  readonly inputs?: readonly ReportInput[];
  /** When the report was generated (the library never reads the clock: pass it in). */
  readonly generated?: ReportGenerated;
}

/**
 * A report being built: add subjects one by one (e.g. while reading an NDJSON stream), then take
 * the head. Memory stays constant: the reporter keeps counts, and hands back the details of each
 * `non-compliant` or `needs-review` subject for the caller to keep (or write somewhere).
 */
export interface AuditReporter {
  /**
   * Evaluates one subject and counts it.
   *
   * @param subject - A valid subject.
   * @returns The subject's entry for the report if it is `non-compliant` or `needs-review`, else `undefined`.
   */
  add(subject: Subject): ReportedSubject | undefined;
  /**
   * The report so far, without the list of subjects.
   *
   * @returns A snapshot of the counts.
   */
  head(): AuditReportHead;
}

/** An {@link AuditReporter} that also takes subjects already guarded (see {@link createGuardedAuditReporter}). */
export interface GuardedAuditReporter extends AuditReporter {
  /**
   * `add` of a subject already guarded.
   *
   * @param subject - What `guardSubject` gave for the subject under this report's policy's
   *   classification scheme (the guard's fast path, for the default scheme); never anything else.
   * @returns As for `add`.
   */
  addGuarded(subject: Subject): ReportedSubject | undefined;
}

type MutableCounts = { pass: number; fail: number; manual: number; "not-applicable": number };

/**
 * Starts a report that subjects can be added to one by one.
 *
 * @param options - The policy, locale and `asOf`, as for `evaluate`.
 * @returns The reporter.
 * @example
 * ```ts
 * import { createAuditReporter, renderAuditMarkdown } from "@miyagi-kouiki/infosec-policy";
 *
 * const reporter = createAuditReporter({ asOf: "2026-11-25", locale: "en" });
 * const listed = [];
 * for (const asset of inventory) {
 *   const entry = reporter.add(asset);
 *   if (entry !== undefined) listed.push(entry);
 * }
 * const markdown = renderAuditMarkdown({ ...reporter.head(), subjects: listed });
 * ```
 */
export function createAuditReporter(options?: AuditReportOptions): AuditReporter {
  const { add, head } = createGuardedAuditReporter(options);
  return { add, head };
}

/**
 * {@link createAuditReporter}, with one more way in for a caller that has already guarded each
 * subject (the CLI, whose reading runs the guard's fast path on every parsed line): `addGuarded`
 * takes the guard's copy and evaluates it as `add` would, without guarding it again. Not part of
 * the package's exports.
 *
 * @param options - As for {@link createAuditReporter}.
 * @returns The reporter, with `addGuarded`.
 */
export function createGuardedAuditReporter(options?: AuditReportOptions): GuardedAuditReporter {
  const read = guardOptions(pickEvaluateOptions(options));
  const policy: Policy = (read.policy as Policy | undefined) ?? currentPolicy;
  const locale: Locale = read.locale ?? "ja";
  const plan = compiledPolicy(policy, locale);
  const asOfDay = read.asOf === undefined ? undefined : dayNumber(read.asOf);
  // The one tally of src/audit/tally.ts (the same as `audit`'s), without the failing lists.
  const tally = createTally(policy, plan, false);
  const countsOf = (counts: TallyCounts | undefined): MutableCounts => ({
    pass: counts?.pass ?? 0,
    fail: counts?.fail ?? 0,
    manual: counts?.manual ?? 0,
    "not-applicable": counts?.["not-applicable"] ?? 0,
  });
  // Findings are shared objects (prebuilt per control and verdict), so their report form is too.
  const reported = new Map<Finding, ReportedFinding>();
  const reportedFinding = (finding: Finding): ReportedFinding => {
    let entry = reported.get(finding);
    if (entry === undefined) {
      entry = {
        control: finding.control,
        title: finding.title[locale],
        status: finding.status as "fail" | "manual",
        clause: finding.clause,
        provenance: finding.provenance,
        reason: finding.reason,
        ...(finding.remediation === undefined ? {} : { remediation: finding.remediation[locale] }),
      };
      // Shared by every subject with this finding: frozen, so that no caller can change a later one.
      Object.freeze(entry);
      reported.set(finding, entry);
    }
    return entry;
  };
  const overlay = overlayOf(policy, locale);
  type ExceptionTally = {
    reference: string;
    validFrom?: string;
    validUntil: string;
    link?: { from: string; to: string };
    controls: Set<string>;
    rejected: Map<string, string>;
    subjects: string[];
    subjectCount: number;
  };
  const exceptionTallies = new Map<string, ExceptionTally>();
  const tallyException = (subject: Subject, index: number, findings: readonly Finding[]): void => {
    if (subject.kind === "organization" || subject.exception === undefined) return;
    const exception = subject.exception;
    let tally: ExceptionTally | undefined;
    for (const finding of findings) {
      if (finding.exception === undefined && finding.exceptionRejected === undefined) continue;
      if (tally === undefined) {
        tally = exceptionTallies.get(exception.reference);
        if (tally === undefined) {
          tally = {
            reference: exception.reference,
            ...(exception.validFrom === undefined ? {} : { validFrom: exception.validFrom }),
            validUntil: exception.validUntil,
            ...(exception.link === undefined ? {} : { link: { from: exception.link.from, to: exception.link.to } }),
            controls: new Set(),
            rejected: new Map(),
            subjects: [],
            subjectCount: 0,
          };
          exceptionTallies.set(exception.reference, tally);
        }
        tally.subjectCount++;
        if (tally.subjects.length < REPORTED_EXCEPTION_SUBJECTS) tally.subjects.push(subject.id ?? `#${index + 1}`);
      }
      if (finding.exception !== undefined) tally.controls.add(finding.control);
      if (finding.exceptionRejected !== undefined && !tally.rejected.has(finding.control)) tally.rejected.set(finding.control, finding.exceptionRejected.reason);
    }
  };
  const controlOrder = new Map(policy.controls.map((control, i) => [control.id, i]));
  const inCatalogOrder = (ids: Iterable<string>): string[] => [...ids].sort((a, b) => (controlOrder.get(a) ?? 0) - (controlOrder.get(b) ?? 0));
  // Summaries by organisation and by zone, and the subjects out of scope (bounded: one counter per
  // organisation of the scope and per zone; every other body is counted together).
  const inScope: readonly string[] = policy.scope.organizations.map((organization) => organization.id);
  const groupKeys = [...inScope.map((id) => `in:${id}`), "outside", "unstated"];
  const byGroup = new Map(groupKeys.map((key) => [key, newOutcomes()]));
  // Each subject's group counts by one lookup of its organisation (no key built per subject).
  const inScopeCounts = new Map(inScope.map((id) => [id, byGroup.get(`in:${id}`) as Record<Outcome, number>]));
  const outsideCounts = byGroup.get("outside") as Record<Outcome, number>;
  const unstatedCounts = byGroup.get("unstated") as Record<Outcome, number>;
  const zoneKeys = ["mynumber", "lgwan", "internet", "none"] as const;
  const byZone = new Map<string, Record<Outcome, number>>(zoneKeys.map((key) => [key, newOutcomes()]));
  const gates = new Set(policy.controls.filter((control) => control.gate).map((control) => control.id));
  const outOfScope: ReportedOutOfScope[] = [];
  let outOfScopeTotal = 0;

  const addGuarded = (subject: Subject): ReportedSubject | undefined => {
    const index = tally.total;
    const decision: Decision = runCompiled(plan, subject, contextFor(subject, asOfDay, read.asOf));
    tally.add(decision, index, subject.id);
    const findings = decision.findings;
    tallyException(subject, index, findings);
    const organization = (subject as { organization?: unknown }).organization;
    const groupCounts = organization === undefined ? unstatedCounts : typeof organization === "string" ? (inScopeCounts.get(organization) ?? outsideCounts) : outsideCounts;
    groupCounts[decision.outcome]++;
    (byZone.get(zoneOf(subject) ?? "none") as Record<Outcome, number>)[decision.outcome]++;
    if (decision.outcome === "not-applicable") {
      const gate = findings.find((finding) => gates.has(finding.control) && finding.status === "not-applicable");
      if (gate !== undefined) {
        if (outOfScopeTotal++ < OUT_OF_SCOPE_LISTED) {
          outOfScope.push({
            index,
            ...(subject.id === undefined ? {} : { id: subject.id }),
            ...(subject.kind === "asset" && subject.name !== undefined ? { name: subject.name } : {}),
            kind: subject.kind,
            ...(organization === undefined ? {} : { organization: organizationText(organization) }),
            clause: gate.clause,
            reason: gate.reason,
          });
        }
      }
    }
    if (decision.outcome !== "non-compliant" && decision.outcome !== "needs-review") return undefined;
    const listed: ReportedFinding[] = [];
    for (const finding of findings) if (finding.status === "fail" || finding.status === "manual") listed.push(reportedFinding(finding));
    // One of four literal shapes, keys in the order the report's JSON gives them (no spread of a
    // temporary object per listed subject).
    const { id, kind } = subject;
    const name = kind === "asset" ? subject.name : undefined;
    const outcome = decision.outcome;
    if (id === undefined) return name === undefined ? { index, kind, outcome, findings: listed } : { index, name, kind, outcome, findings: listed };
    return name === undefined ? { index, id, kind, outcome, findings: listed } : { index, id, name, kind, outcome, findings: listed };
  };

  return {
    add: (input) => addGuarded(guardSubjectAt(input, tally.total, plan.scheme)),
    addGuarded,
    head() {
      const outcomes = tally.outcomes();
      const controls: ReportControlRow[] = policy.controls.map((control, row) => ({
        control: control.id,
        clause: control.clause,
        title: control.title[locale],
        provenance: control.provenance,
        threats: control.threats,
        ...countsOf(tally.control(row)),
      }));
      const threats: ReportThreatRow[] = [];
      for (const threat of policy.threats) {
        threats.push({ threat: threat.id, name: threat.name[locale], ...countsOf(tally.threat(threat.id as ThreatRef)) });
        for (const example of threat.examples) {
          threats.push({ threat: example.id, parent: threat.id, name: example.name[locale], ...countsOf(tally.threat(example.id as ThreatRef)) });
        }
      }
      return {
        policy: { id: policy.id, version: policy.version, title: policy.title[locale] },
        ...(overlay === undefined ? {} : { overlay }),
        ...(policy.classificationScheme === undefined || policy.classificationScheme === guidelineClassificationScheme
          ? {}
          : { classificationScheme: { id: policy.classificationScheme.id, version: policy.classificationScheme.version, name: policy.classificationScheme.name[locale], levels: describeSchemeLevels(policy.classificationScheme, locale) } }),
        ...(read.asOf === undefined ? {} : { asOf: read.asOf }),
        locale,
        ...(options?.inputs === undefined ? {} : { inputs: options.inputs.map((input) => ({ ...input })) }),
        ...(options?.generated === undefined ? {} : { generated: { ...options.generated } }),
        total: tally.total,
        outcomes: { "non-compliant": outcomes["non-compliant"], "needs-review": outcomes["needs-review"], compliant: outcomes.compliant, "not-applicable": outcomes["not-applicable"] },
        kinds: tally.kinds(),
        controls,
        threats,
        exceptions: [...exceptionTallies.values()].map((tally) => ({
          reference: tally.reference,
          ...(tally.validFrom === undefined ? {} : { validFrom: tally.validFrom }),
          validUntil: tally.validUntil,
          ...(tally.link === undefined ? {} : { link: { ...tally.link } }),
          controls: inCatalogOrder(tally.controls),
          rejected: inCatalogOrder(tally.rejected.keys()).map((control) => ({ control, reason: tally.rejected.get(control) as string })),
          subjects: [...tally.subjects],
          subjectCount: tally.subjectCount,
        })),
        byOrganization: groupKeys.flatMap((key): ReportOrganizationRow[] => {
          const counts = byGroup.get(key) as Record<Outcome, number>;
          const size = sumOutcomes(counts);
          if (size === 0) return [];
          const id = key.startsWith("in:") ? key.slice(3) : undefined;
          const group = id === undefined ? (key as "outside" | "unstated") : "in-scope";
          const name = id === undefined ? organizationGroupName(group as "outside" | "unstated", locale) : (policy.scope.organizations.find((o) => o.id === id)?.name[locale] ?? id);
          return [{ group, ...(id === undefined ? {} : { organization: id }), name, total: size, outcomes: { ...counts } }];
        }),
        byZone: zoneKeys.flatMap((key): ReportZoneRow[] => {
          const counts = byZone.get(key) as Record<Outcome, number>;
          const size = sumOutcomes(counts);
          if (size === 0) return [];
          return [key === "none" ? { name: ZONE_NONE[locale], total: size, outcomes: { ...counts } } : { zone: key, name: ZONE_LABELS[key][locale], total: size, outcomes: { ...counts } }];
        }),
        outOfScope: { total: outOfScopeTotal, subjects: outOfScope.map((entry) => ({ ...entry })) },
      };
    },
  };
}

function newOutcomes(): Record<Outcome, number> {
  return { "non-compliant": 0, "needs-review": 0, compliant: 0, "not-applicable": 0 };
}

function sumOutcomes(counts: Readonly<Record<Outcome, number>>): number {
  return counts["non-compliant"] + counts["needs-review"] + counts.compliant + counts["not-applicable"];
}

/** The zone a subject belongs to for the summary: its `zone`, or for a transfer the zone it enters. */
function zoneOf(subject: Subject): Zone | undefined {
  if (subject.kind === "transfer") return subject.to;
  const zone = (subject as { zone?: unknown }).zone;
  return zone === "mynumber" || zone === "lgwan" || zone === "internet" ? zone : undefined;
}

/** An organisation reference as a report shows it: the id or name as given, or a declared outside body's name. */
function organizationText(organization: unknown): string {
  if (typeof organization === "string") return organization;
  const outside = typeof organization === "object" && organization !== null ? (organization as { outside?: unknown }).outside : undefined;
  return typeof outside === "string" ? outside : JSON.stringify(organization) ?? "-";
}

/**
 * Builds the report of subjects classified in the scheme of the policy given (see `SchemeSubject`).
 *
 * @param subjects - Subjects whose classifications use the policy's scheme's level ids.
 * @param options - The policy (required: its scheme gives the levels and the report's labels), locale, `asOf`, inputs.
 * @returns The report.
 * @throws {InvalidSubjectError} For a subject it cannot decide soundly.
 * @example
 * ```ts
 * import { buildAuditReport, extendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 * const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" });
 * buildAuditReport([{ kind: "asset", organization: "secretariat", category: "terminal", zone: "lgwan", classification: { confidentiality: "3C", integrity: "1", availability: "1" } }], { policy: r6 }).classificationScheme?.id; // "guideline-r6"
 * ```
 */
export function buildAuditReport(subjects: readonly SchemeSubject[], options: AuditReportOptions & { readonly policy: Policy }): AuditReport;
/**
 * Audits subjects and builds the report: counts per outcome, control and threat, and every
 * `non-compliant` or `needs-review` subject with the clause, reason and remediation of each
 * finding. The input of `renderAuditMarkdown`, `renderAuditHtml` and `renderAuditText`.
 *
 * @param subjects - The subjects (assets, actions, the organisation's posture), already valid.
 * @param options - The policy, locale and `asOf`, as for `evaluate`.
 * @returns The report.
 * @example
 * ```ts
 * import { buildAuditReport } from "@miyagi-kouiki/infosec-policy";
 *
 * const report = buildAuditReport(inventory, { asOf: "2026-11-25", locale: "en" });
 * report.outcomes["non-compliant"]; // how many subjects fail some control
 * report.subjects[0]?.findings[0]?.remediation; // what to do about the first
 * ```
 */
export function buildAuditReport(subjects: readonly Subject[], options?: AuditReportOptions): AuditReport;
export function buildAuditReport(input: readonly (Subject | SchemeSubject)[], options?: AuditReportOptions): AuditReport {
  const subjects = input as readonly Subject[];
  const reporter = createAuditReporter(options);
  const listed: ReportedSubject[] = [];
  for (const subject of subjects) {
    const entry = reporter.add(subject);
    if (entry !== undefined) listed.push(entry);
  }
  return { ...reporter.head(), subjects: listed };
}

/**
 * The outcome of a whole report: the worst outcome of any subject (`not-applicable` for none).
 *
 * @param report - A report or its head.
 * @returns `non-compliant`, `needs-review`, `compliant` or `not-applicable`.
 */
export function reportOutcome(report: Pick<AuditReport, "outcomes">): Outcome {
  const { outcomes } = report;
  const severity = outcomes["non-compliant"] > 0 ? 3 : outcomes["needs-review"] > 0 ? 2 : outcomes.compliant > 0 ? 1 : 0;
  return OUTCOME_BY_SEVERITY[severity] as Outcome;
}
