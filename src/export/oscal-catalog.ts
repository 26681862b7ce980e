import { describeBasis } from "../definitions/guideline-basis-text.js";
import type { GuidelineBasis } from "../definitions/guideline-basis.js";
import type { Control } from "../controls/control.js";
import type { Clause } from "../definitions/clause.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import { overlayLabel, overlayOf } from "../report/overlay-of.js";
import {
  OSCAL_NS,
  OSCAL_VERSION,
  UNION_PARTY,
  GUIDELINE_RESOURCE_UUID,
  checkTimestamp,
  clauseProse,
  clauseResourceUuid,
  derivedUuid,
  digest,
  documentResourceUuid,
  oscalMarkupLine,
  oscalString,
  prop,
  type OscalLink,
  type OscalMetadata,
  type OscalPart,
  type OscalProp,
  type OscalResource,
} from "./oscal-common.js";

/** A constraint on a parameter's value. */
export interface OscalConstraint {
  /** The allowed range and which way is stricter, in words. */
  readonly description: string;
}

/** An OSCAL parameter, as the catalog export writes one per control parameter. */
export interface OscalParameter {
  /** `<control id>_prm_<parameter name>`, e.g. `"training-interval_prm_trainingIntervalMonths"`. */
  readonly id: string;
  /** What it is, in Japanese. */
  readonly label: string;
  /** What it is, in English. */
  readonly usage: string;
  /** Its name, unit, default, and which way is stricter. */
  readonly props: readonly OscalProp[];
  /** Its range. */
  readonly constraints: readonly OscalConstraint[];
  /** The policy's value (an overlay's tightened one). */
  readonly values: readonly string[];
}

/** An OSCAL control, as the catalog export writes one per control of the policy. */
export interface OscalControl {
  /** The control's id, e.g. `"mynumber-isolation"`. */
  readonly id: string;
  /** Its provenance: `basic-policy`, `guideline` or `organization`. */
  readonly class: string;
  /** Its title, in Japanese. */
  readonly title: string;
  /** Its parameters, if it has any. */
  readonly params?: readonly OscalParameter[];
  /** Clause label, English title, provenance, category, exception, threats, subject kinds. */
  readonly props: readonly OscalProp[];
  /** To its clause (and, for a guideline control, to the guideline). */
  readonly links: readonly OscalLink[];
  /** Statement (the clause text), requirement and remediation, each with its English translation. */
  readonly parts: readonly OscalPart[];
}

/** An OSCAL group: one section of the basic policy. */
export interface OscalGroup {
  /** `section-<n>`. */
  readonly id: string;
  /** Always `section`. */
  readonly class: "section";
  /** The section's heading, in Japanese. */
  readonly title: string;
  /** Its label (the section number) and English title. */
  readonly props: readonly OscalProp[];
  /** The section's own text, if it has any. */
  readonly parts?: readonly OscalPart[];
  /** The controls that come from the section, in the catalog's order. */
  readonly controls: readonly OscalControl[];
}

/** The body of an OSCAL catalog. */
export interface OscalCatalogBody {
  /** Derived from the catalog's content. */
  readonly uuid: string;
  /** Title, timestamp, version, policy. */
  readonly metadata: OscalMetadata;
  /** One per section. */
  readonly groups: readonly OscalGroup[];
  /** The documents and clauses the controls link to. */
  readonly "back-matter": {
    /** The resources. */
    readonly resources: readonly OscalResource[];
  };
}

/** An OSCAL 1.0.6 catalog document (`{ "catalog": … }`). */
export interface OscalCatalog {
  /** The catalog. */
  readonly catalog: OscalCatalogBody;
}

/** What `toOscalCatalog` needs besides the policy. */
export interface OscalCatalogOptions {
  /** The policy (default: the current one; an extended policy exports its `organization` controls and tightened parameters too). */
  readonly policy?: Policy;
  /**
   * The catalog's `last-modified`, an ISO date-time with a time zone, e.g. `"2026-11-25T09:00:00+09:00"`.
   * The only thing in the output that is not derived from the policy.
   */
  readonly timestamp: string;
}

const NO_SECTION_TEXT: readonly OscalPart[] = [];

function bilingualPart(id: string, name: string, text: { ja: string; en: string }, ns?: string): OscalPart {
  return {
    id,
    name,
    ...(ns === undefined ? {} : { ns }),
    prose: text.ja,
    parts: [{ id: `${id}.en`, name: "translation", ns: OSCAL_NS, class: "en", prose: text.en }],
  };
}

/** A control's own text (which an overlay or a control made in code may give), escaped as OSCAL markup. */
function markupText(text: { ja: string; en: string }): { ja: string; en: string } {
  return { ja: oscalMarkupLine(text.ja), en: oscalMarkupLine(text.en) };
}

/** A guideline default's basis as props: document, edition, section, confidence and one per source. */
function basisProps(basis: GuidelineBasis): OscalProp[] {
  const props = [prop("basis-document", basis.document), prop("basis-edition", basis.edition), prop("basis-confidence", basis.confidence)];
  if (basis.section !== undefined) props.push(prop("basis-section", basis.section));
  for (const source of basis.sources) props.push(prop("basis-source", source.url === undefined ? `${source.id}: ${source.title}` : `${source.id}: ${source.url}`));
  return props;
}

function parameters(policy: Policy, control: Control): OscalParameter[] {
  return Object.entries(control.parameters).map(([name, spec]) => ({
    id: `${control.id}_prm_${name}`,
    label: oscalMarkupLine(spec.description.ja),
    usage: oscalMarkupLine(spec.description.en),
    props: [prop("name", name), prop("unit", spec.unit), prop("stricter", spec.stricter), prop("default", String(spec.default)), ...(spec.basis === undefined ? [] : basisProps(spec.basis))],
    constraints: [{ description: oscalMarkupLine(`${spec.min} – ${spec.max} ${spec.unit}; ${spec.stricter} is stricter`) }],
    values: [String(policy.parameters[control.id]?.[name] ?? spec.default)],
  }));
}

function oscalControl(policy: Policy, control: Control, clause: Clause | undefined): OscalControl {
  const props: OscalProp[] = [
    { name: "label", value: control.clause },
    prop("title", control.title.en, "en"),
    prop("provenance", control.provenance),
    prop("category", control.category),
    prop("admits-exception", String(control.admitsException)),
  ];
  if (control.gate) props.push(prop("scope-gate", "true"));
  for (const threat of control.threats) props.push(prop("threat", threat));
  for (const kind of Object.keys(control.checks)) props.push(prop("subject-kind", kind));
  if (control.basis !== undefined) props.push(...basisProps(control.basis));
  const links: OscalLink[] = [{ href: `#${clauseResourceUuid(policy, control.clause)}`, rel: "reference", text: `基本方針 ${control.clause}` }];
  if (control.provenance === "guideline") links.push({ href: `#${GUIDELINE_RESOURCE_UUID}`, rel: "reference", text: "総務省ガイドライン" });
  const parts: OscalPart[] = [];
  if (clause !== undefined) {
    parts.push(bilingualPart(`${control.id}_smt`, "statement", { ja: clauseProse(clause, "ja"), en: clauseProse(clause, "en") }));
  }
  parts.push(bilingualPart(`${control.id}_req`, "requirement", markupText(control.requirement), OSCAL_NS));
  parts.push(bilingualPart(`${control.id}_rem`, "remediation", markupText(control.remediation), OSCAL_NS));
  if (control.basis !== undefined) {
    const text = { ja: describeBasis(control.basis, "ja").join(" / "), en: describeBasis(control.basis, "en").join(" / ") };
    parts.push(bilingualPart(`${control.id}_basis`, "basis", markupText(text), OSCAL_NS));
  }
  const params = parameters(policy, control);
  return {
    id: control.id,
    class: control.provenance,
    title: oscalMarkupLine(control.title.ja),
    ...(params.length === 0 ? {} : { params }),
    props,
    links,
    parts,
  };
}

function buildCatalog(policy: Policy, timestamp: string, uuid: string): OscalCatalog {
  const overlay = overlayOf(policy, "en");
  const clauseByRef = new Map(policy.clauses.map((clause) => [clause.ref, clause]));
  const bySection = new Map<number, OscalControl[]>();
  const cited = new Set<string>();
  for (const control of policy.controls) {
    const clause = clauseByRef.get(control.clause);
    const section = clause?.section ?? Number.parseInt(control.clause, 10);
    let list = bySection.get(section);
    if (list === undefined) bySection.set(section, (list = []));
    list.push(oscalControl(policy, control, clause));
    cited.add(control.clause);
  }
  const groups: OscalGroup[] = [...bySection.entries()]
    .sort(([a], [b]) => a - b)
    .map(([section, controls]) => {
      const clause = clauseByRef.get(String(section));
      const paragraphs = clause?.paragraphs ?? [];
      const parts: readonly OscalPart[] =
        paragraphs.length === 0
          ? NO_SECTION_TEXT
          : [bilingualPart(`section-${section}_ovw`, "overview", { ja: paragraphs.map((p) => p.ja).join("\n\n"), en: paragraphs.map((p) => p.en).join("\n\n") })];
      return {
        id: `section-${section}`,
        class: "section" as const,
        title: clause?.heading?.ja ?? `${section}`,
        props: [{ name: "label", value: String(section) }, ...(clause?.heading === undefined ? [] : [prop("title", clause.heading.en, "en")])],
        ...(parts.length === 0 ? {} : { parts }),
        controls,
      };
    });
  const resources: OscalResource[] = [
    {
      uuid: documentResourceUuid(policy),
      title: policy.title.ja,
      description: `${policy.title.en}. The published basic policy of 宮城県後期高齢者医療広域連合 (Miyagi Wide-Area Union of Late-Stage Elderly Medical Care).`,
      props: [prop("policy-id", policy.id), prop("policy-version", policy.version)],
      citation: { text: `宮城県後期高齢者医療広域連合「${policy.title.ja}」` },
    },
    {
      uuid: GUIDELINE_RESOURCE_UUID,
      title: "地方公共団体における情報セキュリティポリシーに関するガイドライン",
      description:
        "総務省のガイドライン. Controls with provenance `guideline` take their rule from it, as defaults, because the organisation's own standards (対策基準) are not public; the basic policy does not state them.",
      citation: { text: "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」" },
    },
  ];
  for (const clause of policy.clauses) {
    if (!cited.has(clause.ref)) continue;
    resources.push({
      uuid: clauseResourceUuid(policy, clause.ref),
      title: `基本方針 ${clause.ref}${clause.heading === undefined ? "" : ` ${clause.heading.ja}`}`,
      description: clauseProse(clause, "ja"),
      props: [prop("clause", clause.ref), prop("marker", clause.marker), prop("level", clause.level)],
      citation: { text: `宮城県後期高齢者医療広域連合「${policy.title.ja}」${clause.ref}` },
      remarks: clauseProse(clause, "en"),
    });
  }
  const metadataProps: OscalProp[] = [prop("policy-id", policy.id), prop("policy-version", policy.version), prop("title", policy.title.en, "en")];
  if (overlay !== undefined) metadataProps.push(prop("overlay", overlayLabel(overlay)));
  return {
    catalog: {
      uuid,
      metadata: {
        title: `${policy.title.ja}（${policy.id} ${policy.version}）`,
        "last-modified": timestamp,
        version: policy.version,
        "oscal-version": OSCAL_VERSION,
        props: metadataProps,
        roles: [{ id: "creator", title: "Creator" }],
        parties: [UNION_PARTY],
        "responsible-parties": [{ "role-id": "creator", "party-uuids": [UNION_PARTY.uuid] }],
        remarks: oscalString(
          "Generated by @miyagi-kouiki/infosec-policy. One control per control of the policy's catalog, grouped by section of the basic policy. " +
            "Each control's statement is the verbatim Japanese text of its clause, with the English translation as a `translation` part; " +
            "the `provenance` prop says where the rule comes from: `basic-policy` (the text says so), `guideline` (a default from the national guideline, not stated by the basic policy) or `organization` (the organisation's own standards).",
        ),
      },
      groups,
      "back-matter": { resources },
    },
  };
}

/**
 * Exports the policy as an OSCAL 1.0.6 catalog: one group per section of the basic policy, one
 * control per control of the catalog (its clause's Japanese text as the statement's prose, the
 * English as a `translation` part; the requirement and remediation as parts; provenance, category,
 * threats and subject kinds as props; parameters with the policy's values), linked to a
 * back-matter resource per clause. Validates against NIST's `oscal_catalog_schema.json`.
 *
 * Deterministic: every UUID is derived (version 5) from stable ids, and the catalog's own UUID
 * from its content, so the same policy and timestamp give byte-identical JSON.
 *
 * @param options - The policy (default: the current one) and the timestamp.
 * @returns The catalog document, ready for `JSON.stringify`.
 * @throws TypeError if `timestamp` is not an ISO date-time with a time zone.
 * @example
 * ```ts
 * import { toOscalCatalog } from "@miyagi-kouiki/infosec-policy";
 *
 * const { catalog } = toOscalCatalog({ timestamp: "2026-11-25T09:00:00+09:00" });
 * catalog.groups.map((group) => group.id); // ["section-5", "section-6", "section-7", "section-8", …]
 * ```
 */
export function toOscalCatalog(options: OscalCatalogOptions): OscalCatalog {
  const policy = options.policy ?? currentPolicy;
  const timestamp = checkTimestamp(options.timestamp);
  // The catalog's UUID is derived from its content (with a fixed timestamp), so it changes exactly when the catalog does.
  const content = buildCatalog(policy, "1970-01-01T00:00:00Z", "00000000-0000-5000-8000-000000000000");
  const uuid = derivedUuid(`catalog/${policy.id}/${policy.version}/${digest(content)}`);
  return buildCatalog(policy, timestamp, uuid);
}
