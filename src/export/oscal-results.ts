import type { AuditResult } from "../audit/audit.js";
import type { Decision } from "../decision/decision.js";
import type { Locale } from "../definitions/localized-text.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import type { Provenance } from "../definitions/vocabulary.js";
import { provenanceTag, STATUS_LABELS } from "../report/labels.js";
import { overlayLabel, overlayOf } from "../report/overlay-of.js";
import type { Subject } from "../subjects/subject.js";
import {
  OSCAL_VERSION,
  UNION_PARTY,
  checkTimestamp,
  derivedUuid,
  digest,
  oscalCode,
  oscalMarkupLine,
  oscalString,
  prop,
  type OscalLink,
  type OscalMetadata,
  type OscalProp,
  type OscalResource,
} from "./oscal-common.js";

/** The subject an observation is about. */
export interface OscalSubjectReference {
  /** The subject's UUID (an asset's is its inventory item's). */
  readonly "subject-uuid": string;
  /** `inventory-item` (an asset), `party` (the organisation) or `component` (an action). */
  readonly type: string;
  /** The subject's id and name. */
  readonly title: string;
  /** Properties. */
  readonly props?: readonly OscalProp[];
}

/** An OSCAL observation: what the evaluation found for one subject. */
export interface OscalObservation {
  /** Derived from the policy, `asOf` and the subject's id (or position). */
  readonly uuid: string;
  /** The subject's id and name. */
  readonly title: string;
  /** The outcome, and each failing or needs-review finding with clause and reason. */
  readonly description: string;
  /** `outcome`, `subject-kind`, `subject-index`, `subject-id`, `exception-used`. */
  readonly props: readonly OscalProp[];
  /** `["EXAMINE"]`: the stated facts were examined. */
  readonly methods: readonly string[];
  /** `["control-objective"]`. */
  readonly types: readonly string[];
  /** The subject. */
  readonly subjects: readonly OscalSubjectReference[];
  /** The timestamp passed in. */
  readonly collected: string;
  /** Remarks. */
  readonly remarks?: string;
}

/** Whether a control's objective is met. */
export interface OscalObjectiveStatus {
  /** `satisfied` when no subject fails it or needs review; else `not-satisfied`. */
  readonly state: "satisfied" | "not-satisfied";
  /** `fail` if some subject fails it, `other` if some only need review, `pass` otherwise. */
  readonly reason: "pass" | "fail" | "other";
  /** The reasons, with how many subjects each. */
  readonly remarks?: string;
}

/** What a finding is about: a control. */
export interface OscalFindingTarget {
  /** Always `objective-id`. */
  readonly type: "objective-id";
  /** The control's id. */
  readonly "target-id": string;
  /** The control's title. */
  readonly title: string;
  /** Whether it is met. */
  readonly status: OscalObjectiveStatus;
}

/** A link from a finding to an observation. */
export interface OscalRelatedObservation {
  /** The observation's UUID. */
  readonly "observation-uuid": string;
}

/** An OSCAL finding: how one control came out over all subjects. */
export interface OscalFinding {
  /** Derived from the policy, `asOf` and the control's id. */
  readonly uuid: string;
  /** The clause and the control's title. */
  readonly title: string;
  /** The counts, and each reason with how many subjects. */
  readonly description: string;
  /** Clause, provenance and the counts. */
  readonly props: readonly OscalProp[];
  /** The control and whether it is met. */
  readonly target: OscalFindingTarget;
  /** The observations of the subjects that fail it or need review. */
  readonly "related-observations"?: readonly OscalRelatedObservation[];
}

/** An OSCAL inventory item: an audited asset. */
export interface OscalInventoryItem {
  /** Derived from the asset's id (or position). */
  readonly uuid: string;
  /** The asset's id and name. */
  readonly description: string;
  /** Category, organisation, asset id, zone. */
  readonly props: readonly OscalProp[];
}

/** A control that was reviewed. */
export interface OscalControlSelection {
  /** The control's id. */
  readonly "control-id": string;
}

/** The controls reviewed: those that applied to some subject (or, for an empty audit, a description). */
export type OscalControlSelections =
  | {
      /** The controls. */
      readonly "include-controls": readonly OscalControlSelection[];
    }
  | {
      /** Why there are none. */
      readonly description: string;
    };

/** One OSCAL result: the audit. */
export interface OscalResult {
  /** Derived from the policy, `asOf` and the document's UUID. */
  readonly uuid: string;
  /** Its title (with the `asOf` date). */
  readonly title: string;
  /** What was done. */
  readonly description: string;
  /** The timestamp passed in. */
  readonly start: string;
  /** The timestamp passed in. */
  readonly end: string;
  /** Policy id and version, `as-of`, `subject-count`, overlay. */
  readonly props: readonly OscalProp[];
  /** The audited assets, as inventory items. */
  readonly "local-definitions"?: {
    /** One per asset. */
    readonly "inventory-items": readonly OscalInventoryItem[];
  };
  /** The controls reviewed. */
  readonly "reviewed-controls": {
    /** One selection. */
    readonly "control-selections": readonly OscalControlSelections[];
  };
  /** One per subject (absent for an empty audit). */
  readonly observations?: readonly OscalObservation[];
  /** One per control that applied (absent for an empty audit). */
  readonly findings?: readonly OscalFinding[];
}

/** The body of an OSCAL assessment-results document. */
export interface OscalAssessmentResultsBody {
  /** Derived from the document's content. */
  readonly uuid: string;
  /** Title, timestamp, version, policy. */
  readonly metadata: OscalMetadata;
  /** The assessment plan: a back-matter resource that describes the automated evaluation. */
  readonly "import-ap": {
    /** `#<uuid>` of the resource. */
    readonly href: string;
    /** What the plan is. */
    readonly remarks?: string;
  };
  /** The audit. */
  readonly results: readonly OscalResult[];
  /** The assessment plan and, if given, the catalog. */
  readonly "back-matter": {
    /** The resources. */
    readonly resources: readonly OscalResource[];
  };
}

/** An OSCAL 1.0.6 assessment-results document (`{ "assessment-results": … }`). */
export interface OscalAssessmentResults {
  /** The assessment results. */
  readonly "assessment-results": OscalAssessmentResultsBody;
}

/** What `toOscalAssessmentResults` needs besides the audit result. */
export interface OscalResultsOptions {
  /** The audited subjects, in the order of `result.decisions`: their ids, names and kinds name the observations. */
  readonly subjects: readonly Subject[];
  /** The policy that made the decisions (default: the current one). Its id and version must match `result.policy`. */
  readonly policy?: Policy;
  /**
   * When the assessment ran: the `last-modified`, `start`, `end` and every observation's
   * `collected`, an ISO date-time with a time zone. The only thing not derived from the input.
   */
  readonly timestamp: string;
  /** The language of titles and descriptions (default `ja`). */
  readonly locale?: Locale;
  /** The UUID of the catalog the controls come from (from `toOscalCatalog`), to link to. */
  readonly catalogUuid?: string;
}

const TEXT = {
  title: { ja: "情報セキュリティ対策の適合状況（自動判定）", en: "Information security measures: compliance status (automated check)" },
  result: { ja: "自動評価", en: "Automated evaluation" },
  description: {
    ja: "@miyagi-kouiki/infosec-policy の評価エンジンにより、対象ごとに管理策を自動で判定した結果。基本方針8に定める情報セキュリティ監査ではない。",
    en: "Each subject judged automatically against each control by the evaluation engine of @miyagi-kouiki/infosec-policy. It is not the information security audit of clause 8.",
  },
  plan: {
    ja: "評価計画: 対象一覧を入力として、ポリシーの全管理策を自動で判定する（評価計画は別文書としては存在しない）。",
    en: "Assessment plan: every control of the policy is judged automatically for each subject of the inventory (there is no separate assessment plan document).",
  },
  noControls: { ja: "評価した対象がないため、判定した管理策はない。", en: "No subject was evaluated, so no control was judged." },
  // The status words: the one status table of the reports (STATUS_LABELS).
  fail: STATUS_LABELS.fail,
  manual: STATUS_LABELS.manual,
  pass: STATUS_LABELS.pass,
  outcome: {
    compliant: { ja: "適合", en: "compliant" },
    "non-compliant": { ja: "不適合", en: "non-compliant" },
    "needs-review": { ja: "要確認", en: "needs review" },
    "not-applicable": { ja: "対象外", en: "not applicable" },
  },
  asOf: { ja: "判定基準日", en: "as of" },
  provenance: { ja: "根拠", en: "Source" },
} as const;

/** A finding's clause and provenance as a markup line: `[7(4)・総務省ガイドライン既定値]`, the inside escaped. */
function markupTag(clause: string, provenance: Provenance, l: Locale): string {
  return `[${oscalMarkupLine(provenanceTag(clause, provenance, l).slice(1, -1))}]`;
}

function subjectKey(subject: Subject | undefined, decision: Decision, index: number): string {
  const id = subject?.id ?? decision.subjectId;
  return id === undefined ? `${decision.kind}/#${index}` : `${decision.kind}/${id}`;
}

function subjectTitle(subject: Subject | undefined, decision: Decision, index: number): string {
  const id = subject?.id ?? decision.subjectId ?? `#${index + 1}`;
  const name = subject?.kind === "asset" ? subject.name : undefined;
  return oscalMarkupLine(name === undefined ? id : `${id} ${name}`);
}

/** An organisation reference as a prop value: an id, or a declared outside body's name. */
function organizationLabel(organization: unknown): string {
  if (typeof organization === "string") return organization;
  const outside = typeof organization === "object" && organization !== null ? (organization as { outside?: unknown }).outside : undefined;
  return typeof outside === "string" ? `outside: ${outside}` : JSON.stringify(organization) ?? "-";
}

function subjectType(kind: Decision["kind"]): string {
  return kind === "asset" ? "inventory-item" : kind === "organization" ? "party" : "component";
}

interface ControlTally {
  pass: number;
  fail: number;
  manual: number;
  reasons: Map<string, number>;
  related: string[];
}

function build(result: AuditResult, options: OscalResultsOptions, policy: Policy, timestamp: string, uuid: string): OscalAssessmentResults {
  const l: Locale = options.locale ?? "ja";
  const scope = `${policy.id}/${policy.version}/${result.asOf ?? "-"}`;
  const overlay = overlayOf(policy, l);
  const observations: OscalObservation[] = [];
  const items: OscalInventoryItem[] = [];
  const tallies = new Map<string, ControlTally>();
  const seen = new Set<string>();
  result.decisions.forEach((decision, index) => {
    const subject = options.subjects[index];
    // Two subjects with the same id still get different UUIDs (the later one by its position).
    let key = subjectKey(subject, decision, index);
    if (seen.has(key)) key = `${key}/#${index}`;
    seen.add(key);
    const observationUuid = derivedUuid(`observation/${scope}/${key}`);
    const subjectUuid = derivedUuid(`subject/${key}`);
    const title = subjectTitle(subject, decision, index);
    const props: OscalProp[] = [prop("outcome", decision.outcome), prop("subject-kind", decision.kind), prop("subject-index", String(index))];
    if (subject?.id !== undefined) props.push(prop("subject-id", subject.id));
    const problems: string[] = [];
    const provenances: Provenance[] = [];
    for (const finding of decision.findings) {
      let tally = tallies.get(finding.control);
      if (tally === undefined) tallies.set(finding.control, (tally = { pass: 0, fail: 0, manual: 0, reasons: new Map(), related: [] }));
      if (finding.status === "not-applicable") continue;
      tally[finding.status]++;
      if (finding.status === "fail" || finding.status === "manual") {
        const reason = finding.message[l];
        tally.reasons.set(reason, (tally.reasons.get(reason) ?? 0) + 1);
        tally.related.push(observationUuid);
        if (!provenances.includes(finding.provenance)) provenances.push(finding.provenance);
        problems.push(`- ${markupTag(finding.clause, finding.provenance, l)} ${oscalMarkupLine(finding.title[l])} (${oscalCode(finding.control)}, ${finding.status === "fail" ? TEXT.fail[l] : TEXT.manual[l]}): ${oscalMarkupLine(reason)}`);
      }
      if (finding.status === "pass" && finding.exception !== undefined) {
        props.push(prop("exception-used", `${finding.control}: ${finding.exception.reference}`));
      }
    }
    // Where the rules it fails (or needs review on) come from, one prop per provenance.
    for (const provenance of provenances) props.push(prop("provenance", provenance));
    const outcome = TEXT.outcome[decision.outcome][l];
    observations.push({
      uuid: observationUuid,
      title,
      description: problems.length === 0 ? `${outcome}.` : `${outcome}:\n\n${problems.join("\n")}`,
      props,
      methods: ["EXAMINE"],
      types: ["control-objective"],
      subjects: [{ "subject-uuid": subjectUuid, type: subjectType(decision.kind), title }],
      collected: timestamp,
    });
    if (subject?.kind === "asset") {
      const itemProps: OscalProp[] = [prop("asset-category", subject.category), prop("organization", organizationLabel(subject.organization))];
      if (subject.id !== undefined) itemProps.push(prop("asset-id", subject.id));
      if (subject.zone !== undefined) itemProps.push(prop("zone", subject.zone));
      items.push({ uuid: subjectUuid, description: title, props: itemProps });
    }
  });

  const findings: OscalFinding[] = [];
  for (const control of policy.controls) {
    const tally = tallies.get(control.id);
    if (tally === undefined || tally.pass + tally.fail + tally.manual === 0) continue;
    const state = tally.fail + tally.manual === 0 ? "satisfied" : "not-satisfied";
    const reason = tally.fail > 0 ? "fail" : tally.manual > 0 ? "other" : "pass";
    const counts = `${TEXT.fail[l]} ${tally.fail}, ${TEXT.manual[l]} ${tally.manual}, ${TEXT.pass[l]} ${tally.pass}`;
    const reasons = [...tally.reasons.entries()].map(([text, count]) => `- ${oscalMarkupLine(text)} (${count})`);
    findings.push({
      uuid: derivedUuid(`finding/${scope}/${control.id}`),
      title: oscalMarkupLine(`${control.clause} ${control.title[l]}`),
      description: `${TEXT.provenance[l]}: ${markupTag(control.clause, control.provenance, l)}. ${reasons.length === 0 ? `${counts}.` : `${counts}.\n\n${reasons.join("\n")}`}`,
      props: [prop("clause", control.clause), prop("provenance", control.provenance), prop("fail-count", String(tally.fail)), prop("manual-count", String(tally.manual)), prop("pass-count", String(tally.pass))],
      target: {
        type: "objective-id",
        "target-id": control.id,
        title: oscalMarkupLine(control.title[l]),
        status: { state, reason, ...(reasons.length === 0 ? {} : { remarks: reasons.join("\n") }) },
      },
      ...(tally.related.length === 0 ? {} : { "related-observations": tally.related.map((u) => ({ "observation-uuid": u })) }),
    });
  }

  const planUuid = derivedUuid(`assessment-plan/${policy.id}/${policy.version}`);
  const resources: OscalResource[] = [{ uuid: planUuid, title: TEXT.plan[l], description: TEXT.description[l], props: [prop("policy-id", policy.id), prop("policy-version", policy.version)] }];
  const links: OscalLink[] = [];
  if (options.catalogUuid !== undefined) {
    const catalogResource = derivedUuid(`catalog-resource/${options.catalogUuid}`);
    resources.push({ uuid: catalogResource, title: `OSCAL catalog ${options.catalogUuid}`, props: [prop("catalog-uuid", options.catalogUuid)] });
    links.push({ href: `#${catalogResource}`, rel: "reference" });
  }
  const resultProps: OscalProp[] = [prop("policy-id", policy.id), prop("policy-version", policy.version), prop("subject-count", String(result.decisions.length))];
  if (result.asOf !== undefined) resultProps.push(prop("as-of", result.asOf));
  if (overlay !== undefined) resultProps.push(prop("overlay", overlayLabel(overlay)));
  const reviewed = findings.map((finding) => ({ "control-id": finding.target["target-id"] }));
  const oscalResult: OscalResult = {
    uuid: derivedUuid(`result/${scope}/${uuid}`),
    title: `${TEXT.result[l]}${result.asOf === undefined ? "" : `（${TEXT.asOf[l]} ${result.asOf}）`}`,
    description: TEXT.description[l],
    start: timestamp,
    end: timestamp,
    props: resultProps,
    ...(items.length === 0 ? {} : { "local-definitions": { "inventory-items": items } }),
    "reviewed-controls": { "control-selections": [reviewed.length === 0 ? { description: TEXT.noControls[l] } : { "include-controls": reviewed }] },
    ...(observations.length === 0 ? {} : { observations }),
    ...(findings.length === 0 ? {} : { findings }),
  };
  const metadataProps: OscalProp[] = [prop("policy-id", policy.id), prop("policy-version", policy.version)];
  if (overlay !== undefined) metadataProps.push(prop("overlay", overlayLabel(overlay)));
  return {
    "assessment-results": {
      uuid,
      metadata: {
        title: `${TEXT.title[l]}（${policy.id} ${policy.version}${result.asOf === undefined ? "" : `, ${result.asOf}`}）`,
        "last-modified": timestamp,
        version: policy.version,
        "oscal-version": OSCAL_VERSION,
        props: metadataProps,
        ...(links.length === 0 ? {} : { links }),
        roles: [{ id: "assessor", title: "Assessor" }],
        parties: [UNION_PARTY],
        "responsible-parties": [{ "role-id": "assessor", "party-uuids": [UNION_PARTY.uuid] }],
      },
      "import-ap": { href: `#${planUuid}`, remarks: TEXT.plan[l] },
      results: [oscalResult],
      "back-matter": { resources },
    },
  };
}

/**
 * Exports an audit as OSCAL 1.0.6 assessment-results: one observation per subject (its outcome
 * and every `fail` or `manual` finding with clause and reason), and one finding per control that
 * applied to some subject, `satisfied` or `not-satisfied` with the reason (`fail`, or `other` when
 * only review is needed) and the related observations. Validates against NIST's
 * `oscal_assessment-results_schema.json`.
 *
 * Deterministic: every UUID is derived (version 5) from stable ids (policy, `asOf`, subject ids,
 * control ids) and the document's from its content, so the same audit and timestamp give
 * byte-identical JSON.
 *
 * @param result - The audit, from `audit(subjects, options)`.
 * @param options - The subjects (same order), the policy that made the audit, the timestamp, and the language.
 * @returns The assessment-results document, ready for `JSON.stringify`.
 * @throws TypeError if `timestamp` is not an ISO date-time with a time zone, or if the policy is not the one that made `result`.
 * @example
 * ```ts
 * import { audit, toOscalAssessmentResults } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = audit(inventory, { asOf: "2026-11-25" });
 * const ar = toOscalAssessmentResults(result, { subjects: inventory, timestamp: "2026-11-25T09:00:00+09:00" });
 * ar["assessment-results"].results[0]?.findings?.[0]?.target.status.state; // "satisfied" or "not-satisfied"
 * ```
 */
export function toOscalAssessmentResults(result: AuditResult, options: OscalResultsOptions): OscalAssessmentResults {
  const policy = options.policy ?? currentPolicy;
  if (policy.id !== result.policy.id || policy.version !== result.policy.version) {
    throw new TypeError(`the audit was made by ${result.policy.id} ${result.policy.version}, not by ${policy.id} ${policy.version}: pass the same policy`);
  }
  const timestamp = checkTimestamp(options.timestamp);
  const content = build(result, options, policy, "1970-01-01T00:00:00Z", "00000000-0000-5000-8000-000000000000");
  const uuid = derivedUuid(`assessment-results/${policy.id}/${policy.version}/${digest(content)}`);
  return build(result, options, policy, timestamp, uuid);
}
