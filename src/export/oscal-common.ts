import { escapeOscalMarkup, escapeTerminal } from "../report/escape-text.js";
import type { Clause } from "../definitions/clause.js";
import type { Locale } from "../definitions/localized-text.js";
import type { Policy } from "../policy/policy.js";
import { sha1, utf8Bytes } from "./sha1.js";
import { PACKAGE_NAMESPACE, uuidV5 } from "./uuid-v5.js";

/** The OSCAL version the exports conform to. */
export const OSCAL_VERSION = "1.0.6";

/**
 * The namespace of this package's OSCAL props and parts (`ns`). OSCAL types `ns` as a URI;
 * tools built on OSCAL's models (compliance-trestle's pydantic models among them) require an
 * absolute URL with a scheme and a host, so it is an https URL under the package's documentation
 * site. It names the namespace; nothing is fetched from it. The one place it is defined.
 *
 * @example
 * ```ts
 * import { OSCAL_NS, toOscalCatalog } from "@miyagi-kouiki/infosec-policy";
 *
 * const { catalog } = toOscalCatalog({ timestamp: "2026-11-25T09:00:00+09:00" });
 * catalog.groups[0]?.controls[0]?.props?.find((p) => p.name === "provenance")?.ns === OSCAL_NS; // true
 * ```
 */
export const OSCAL_NS = "https://miyagi-kouiki.github.io/infosec-policy/ns/oscal";

/** An OSCAL property: a name/value pair, in this package's namespace unless it is one of OSCAL's own (`label`). */
export interface OscalProp {
  /** The property's name, e.g. `"provenance"`. */
  readonly name: string;
  /** Its value: one line, never empty. */
  readonly value: string;
  /** The namespace of the name: {@link OSCAL_NS} for this package's properties. */
  readonly ns?: string;
  /** A sub-type, e.g. `"en"` for an English title. */
  readonly class?: string;
}

/** An OSCAL link, e.g. from a control to the back-matter resource of its clause. */
export interface OscalLink {
  /** The target: `#<uuid>` of a back-matter resource. */
  readonly href: string;
  /** The relation, e.g. `"reference"`. */
  readonly rel?: string;
  /** The link's text, e.g. `"基本方針 7(3)①"`. */
  readonly text?: string;
}

/** An OSCAL part: a control's statement, requirement or remediation, or a translation of one. */
export interface OscalPart {
  /** A unique id, e.g. `"mynumber-isolation_smt"`. */
  readonly id?: string;
  /** What it is: `statement`, `overview`, or (in this package's namespace) `requirement`, `remediation`, `translation`. */
  readonly name: string;
  /** The namespace of the name, for this package's own part names. */
  readonly ns?: string;
  /** A sub-type: `"en"` for an English translation. */
  readonly class?: string;
  /** A title. */
  readonly title?: string;
  /** Properties. */
  readonly props?: readonly OscalProp[];
  /** The text (Markdown). */
  readonly prose?: string;
  /** Nested parts, e.g. the English translation of a statement. */
  readonly parts?: readonly OscalPart[];
}

/** An OSCAL back-matter resource: the basic policy, the national guideline, a clause, the assessment plan. */
export interface OscalResource {
  /** Its UUID, the target of links `#<uuid>`. */
  readonly uuid: string;
  /** Its title. */
  readonly title?: string;
  /** What it is (for a clause: its Japanese text). */
  readonly description?: string;
  /** Properties, e.g. the clause reference. */
  readonly props?: readonly OscalProp[];
  /** How to cite it. */
  readonly citation?: {
    /** The citation. */
    readonly text: string;
  };
  /** Remarks (for a clause: its English translation). */
  readonly remarks?: string;
}

/** A role in OSCAL metadata. */
export interface OscalRole {
  /** The role's id, e.g. `"creator"`. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
}

/** A party (the organisation) in OSCAL metadata. */
export interface OscalParty {
  /** Its UUID. */
  readonly uuid: string;
  /** `organization` or `person`. */
  readonly type: "organization" | "person";
  /** Its name. */
  readonly name: string;
  /** A short name. */
  readonly "short-name"?: string;
}

/** Which parties hold a role. */
export interface OscalResponsibleParty {
  /** The role's id. */
  readonly "role-id": string;
  /** The parties' UUIDs. */
  readonly "party-uuids": readonly string[];
}

/** OSCAL metadata, as the exports write it. */
export interface OscalMetadata {
  /** The document's title. */
  readonly title: string;
  /** The timestamp passed in. */
  readonly "last-modified": string;
  /** The policy's version (with an overlay's as build metadata). */
  readonly version: string;
  /** `"1.0.6"`. */
  readonly "oscal-version": string;
  /** Properties: policy id and version, English title, overlay. */
  readonly props?: readonly OscalProp[];
  /** Links, e.g. to the catalog resource in back-matter that the results were assessed against. */
  readonly links?: readonly OscalLink[];
  /** The roles. */
  readonly roles?: readonly OscalRole[];
  /** The parties. */
  readonly parties?: readonly OscalParty[];
  /** Who holds which role. */
  readonly "responsible-parties"?: readonly OscalResponsibleParty[];
  /** Remarks. */
  readonly remarks?: string;
}

// OSCAL's date-time-with-timezone (without its leap-year detail, which the schema checks).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks a timestamp passed in for an export.
 *
 * @throws TypeError if it is not an ISO date-time with a time zone, e.g. `2026-11-25T09:00:00+09:00`.
 */
export function checkTimestamp(timestamp: string): string {
  if (!DATE_TIME.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    throw new TypeError(`timestamp must be an ISO date-time with a time zone, e.g. "2026-11-25T09:00:00+09:00"; got ${JSON.stringify(timestamp)}`);
  }
  return timestamp;
}

/** A property in this package's namespace. */
export function prop(name: string, value: string, cls?: string): OscalProp {
  return cls === undefined ? { name, ns: OSCAL_NS, value: oscalString(value) } : { name, ns: OSCAL_NS, value: oscalString(value), class: cls };
}

/**
 * A string as OSCAL's string type allows: one line, no leading or trailing white space, not empty;
 * control and invisible characters (bidi overrides, zero-width) shown as `\uXXXX` (invariant 15).
 */
export function oscalString(text: string): string {
  const line = escapeTerminal(text.replace(/\s+/g, " ").trim());
  return line === "" ? "-" : line;
}

/**
 * Text for an OSCAL `markup-line` (or one line of `markup-multiline`) from text the package did not
 * write: one line, Markdown and HTML specials escaped (src/report/escape-text.ts).
 */
export function oscalMarkupLine(text: string): string {
  return escapeOscalMarkup(oscalString(text));
}

/** An id as OSCAL markup inline code when it is a plain token, otherwise as escaped text. */
export function oscalCode(id: string): string {
  return /^[\p{L}\p{N}._:()+\-①-⑳]+$/u.test(id) ? `\`${id}\`` : oscalMarkupLine(id);
}

/** A derived UUID in this package's namespace. */
export function derivedUuid(name: string): string {
  return uuidV5(PACKAGE_NAMESPACE, name);
}

/** The SHA-1 of a value's JSON, as hex: a digest of content, to derive a document's UUID from. */
export function digest(value: unknown): string {
  let hex = "";
  for (const byte of sha1(utf8Bytes(JSON.stringify(value)))) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** A clause's text as Markdown prose: the heading, then each paragraph. */
export function clauseProse(clause: Clause, locale: Locale): string {
  const parts = clause.heading === undefined ? clause.paragraphs : [clause.heading, ...clause.paragraphs];
  return parts.map((text) => text[locale]).join("\n\n");
}

/** The UUID of the back-matter resource for a clause of a policy. */
export function clauseResourceUuid(policy: Pick<Policy, "id">, ref: string): string {
  return derivedUuid(`clause/${policy.id}/${ref}`);
}

/** The UUID of the back-matter resource for the basic policy document itself. */
export function documentResourceUuid(policy: Pick<Policy, "id" | "version">): string {
  return derivedUuid(`document/${policy.id}/${policy.version}`);
}

/**
 * The UUID of the back-matter resource for the national guideline that `guideline` controls follow:
 * `derivedUuid("document/soumu-local-government-security-policy-guideline")`, written out so that
 * nothing is hashed at import (test/export/uuid-v5.test.ts derives it again).
 */
export const GUIDELINE_RESOURCE_UUID = "0ef1d62f-035e-5aa2-8bb9-e5e69147842e";

/** The organisation the basic policy belongs to, as an OSCAL party (its UUID is `derivedUuid("party/miyagi-kouiki")`, written out). */
export const UNION_PARTY = Object.freeze({
  uuid: "d8bfc736-d71e-5095-b598-8e0b580bac1f",
  type: "organization" as const,
  name: "宮城県後期高齢者医療広域連合",
  "short-name": "miyagi-kouiki",
});
