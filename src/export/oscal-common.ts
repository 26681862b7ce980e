import type { Clause } from "../definitions/clause.js";
import type { Locale } from "../definitions/localized-text.js";
import type { Policy } from "../policy/policy.js";
import { sha1, utf8Bytes } from "./sha1.js";
import { PACKAGE_NAMESPACE, uuidV5 } from "./uuid-v5.js";

/** The OSCAL version the exports conform to. */
export const OSCAL_VERSION = "1.0.6";

/** The namespace of this package's OSCAL props and parts (`ns`): a URN, so nothing is fetched. */
export const OSCAL_NS = "urn:miyagi-kouiki:infosec-policy";

/** An OSCAL property. */
export interface OscalProp {
  readonly name: string;
  readonly value: string;
  readonly ns?: string;
  readonly class?: string;
}

/** An OSCAL link. */
export interface OscalLink {
  readonly href: string;
  readonly rel?: string;
  readonly text?: string;
}

/** An OSCAL part (statement, guidance, …). */
export interface OscalPart {
  readonly id?: string;
  readonly name: string;
  readonly ns?: string;
  readonly class?: string;
  readonly title?: string;
  readonly props?: readonly OscalProp[];
  readonly prose?: string;
  readonly parts?: readonly OscalPart[];
}

/** A back-matter resource. */
export interface OscalResource {
  readonly uuid: string;
  readonly title?: string;
  readonly description?: string;
  readonly props?: readonly OscalProp[];
  readonly citation?: { readonly text: string };
  readonly remarks?: string;
}

/** OSCAL metadata, as the exports write it. */
export interface OscalMetadata {
  readonly title: string;
  readonly "last-modified": string;
  readonly version: string;
  readonly "oscal-version": string;
  readonly props?: readonly OscalProp[];
  readonly roles?: readonly { readonly id: string; readonly title: string }[];
  readonly parties?: readonly { readonly uuid: string; readonly type: "organization" | "person"; readonly name: string; readonly "short-name"?: string }[];
  readonly "responsible-parties"?: readonly { readonly "role-id": string; readonly "party-uuids": readonly string[] }[];
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

/** A string as OSCAL's string type allows: one line, no leading or trailing white space, not empty. */
export function oscalString(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line === "" ? "-" : line;
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

/** The UUID of the back-matter resource for the national guideline that `guideline` controls follow. */
export const GUIDELINE_RESOURCE_UUID = derivedUuid("document/soumu-local-government-security-policy-guideline");

/** The organisation the basic policy belongs to, as an OSCAL party. */
export const UNION_PARTY = Object.freeze({
  uuid: derivedUuid("party/miyagi-kouiki"),
  type: "organization" as const,
  name: "宮城県後期高齢者医療広域連合",
  "short-name": "miyagi-kouiki",
});
