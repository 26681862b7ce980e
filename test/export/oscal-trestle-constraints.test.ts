import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { OSCAL_NS } from "../../src/export/oscal-common.js";
import { toOscalCatalog } from "../../src/export/oscal-catalog.js";
import { toOscalAssessmentResults } from "../../src/export/oscal-results.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import type { Policy } from "../../src/policy/policy.js";
import type { Subject } from "../../src/subjects/subject.js";

// What OSCAL tools built on typed models (compliance-trestle's pydantic models of OSCAL 1.0.x)
// require beyond NIST's JSON Schema, which test/export/oscal.test.ts checks with Ajv: Ajv's `uri`
// format accepts a URN as `ns`, trestle's `AnyUrl` does not (it needs a scheme and a host), and
// the schema leaves date-times without a time zone, the UUID version and empty strings to the
// Metaschema constraints that JSON Schema cannot express. Both exports are walked in full, for the
// shipped policy and for the policy with the sample overlay (examples/overlay.sample.json).

/** RFC 4122 version 4 or 5, as trestle's `uuid` fields require. */
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
/** scheme://[userinfo@]host[:port][path, query, fragment]: a scheme and a non-empty host. */
const ABSOLUTE_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^/?#@\s]*@)?(?:\[[0-9A-Fa-f:.]+\]|[^/?#:@\s]+)(?::\d*)?(?:[/?#]\S*)?$/;
/** OSCAL's token: a name, class, id or other machine identifier. */
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
/** OSCAL's string (not markup): one line, no leading or trailing white space, not empty. */
const STRING = /^\S(.*\S)?$/u;
/** OSCAL's date-time-with-timezone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** An RFC 3986 relative reference: unreserved, sub-delims, `:@/?#` and percent-encodings, with no scheme. */
const RELATIVE_REF = /^(?![A-Za-z][A-Za-z0-9+.-]*:)([A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/;

/** Fields whose values are markup (markup-line or markup-multiline): any non-empty text. */
const MARKUP = new Set(["title", "prose", "description", "remarks", "text"]);
/** Fields that are tokens. */
const TOKENS = new Set(["id", "name", "class", "rel", "state", "reason", "type"]);
/** Fields that are date-times with a time zone. */
const DATE_TIMES = new Set(["last-modified", "published", "start", "end", "collected", "expires", "date-time-stamp"]);

interface Problem {
  readonly at: string;
  readonly problem: string;
}

/** Whether a URI is absolute with a scheme and a host (what pydantic's `AnyUrl` accepts). */
function isAbsoluteUrl(value: string): boolean {
  // Checked on the text as written: WHATWG's URL parser repairs `https:///x` into `https://x/`.
  if (!ABSOLUTE_URL.test(value)) return false;
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}

/** The UUIDs of a document's back-matter resources: what a fragment `href` may point to. */
function resourceUuids(document: unknown): Set<string> {
  const root = Object.values(document as Record<string, unknown>)[0] as { "back-matter"?: { resources?: { uuid: string }[] } };
  return new Set((root["back-matter"]?.resources ?? []).map((resource) => resource.uuid));
}

/** Every place in an OSCAL document where it breaks what trestle's models impose. */
function trestleProblems(document: unknown): Problem[] {
  const problems: Problem[] = [];
  const resources = resourceUuids(document);
  const report = (at: string, problem: string): void => {
    problems.push({ at, problem });
  };

  const checkString = (at: string, key: string, value: string, inParty: boolean): void => {
    if (value === "") return report(at, "empty string");
    if (key === "ns") {
      if (!isAbsoluteUrl(value)) report(at, `ns ${JSON.stringify(value)} is not an absolute URL with a scheme and a host`);
    } else if (key === "href") {
      if (value.startsWith("#")) {
        if (!resources.has(value.slice(1))) report(at, `fragment ${value} names no back-matter resource`);
      } else if (!isAbsoluteUrl(value) && !RELATIVE_REF.test(value)) {
        report(at, `href ${JSON.stringify(value)} is neither an absolute URL nor a relative URI reference`);
      }
    } else if (key === "uuid" || key.endsWith("-uuid") || key.endsWith("-uuids")) {
      if (!UUID.test(value)) report(at, `${JSON.stringify(value)} is not an RFC 4122 v4/v5 UUID`);
    } else if (DATE_TIMES.has(key)) {
      if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) report(at, `${JSON.stringify(value)} is not a date-time with a time zone`);
    } else if ((TOKENS.has(key) && !(inParty && key === "name")) || key.endsWith("-id")) {
      if (!TOKEN.test(value)) report(at, `${JSON.stringify(value)} is not an OSCAL token`);
    } else if (!MARKUP.has(key)) {
      if (!STRING.test(value)) report(at, `${JSON.stringify(value)} is not an OSCAL string (one line, trimmed)`);
    }
  };

  const walk = (value: unknown, at: string, key: string, inParty: boolean): void => {
    if (typeof value === "string") checkString(at, key, value, inParty);
    else if (Array.isArray(value)) {
      if (value.length === 0) report(at, "empty array");
      value.forEach((item, index) => walk(item, `${at}[${index}]`, key, inParty));
    } else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value);
      if (entries.length === 0) report(at, "empty object");
      for (const [name, child] of entries) {
        if (name === "") report(at, "empty key");
        walk(child, `${at}.${name}`, name, inParty || key === "parties");
      }
    } else if (typeof value !== "number" && typeof value !== "boolean") {
      report(at, `unexpected ${value === null ? "null" : typeof value}`);
    }
  };

  walk(document, "$", "", false);
  return problems;
}

/** Every value of the given keys anywhere in a document. */
function valuesOf(document: unknown, keys: ReadonlySet<string>): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      for (const [name, child] of Object.entries(value)) {
        if (keys.has(name)) found.push(child);
        walk(child);
      }
    }
  };
  walk(document);
  return found;
}

const TIMESTAMP = "2026-11-25T09:00:00+09:00";
const sampleOverlay: unknown = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8"));
const extended = extendPolicy(policy, sampleOverlay as Parameters<typeof extendPolicy>[1]);
const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];

const policies: readonly [string, Policy][] = [
  ["the shipped policy", policy],
  ["the policy with the sample overlay", extended],
];

const catalogOf = (subjectPolicy: Policy) => toOscalCatalog({ policy: subjectPolicy, timestamp: TIMESTAMP });
const resultsOf = (subjectPolicy: Policy) => {
  const { catalog } = catalogOf(subjectPolicy);
  return toOscalAssessmentResults(audit(inventory, { policy: subjectPolicy, asOf: "2026-11-25" }), {
    subjects: inventory,
    policy: subjectPolicy,
    timestamp: TIMESTAMP,
    catalogUuid: catalog.uuid,
  });
};

describe("the package's OSCAL namespace", () => {
  it("is an https URL with a host, which trestle's AnyUrl accepts", () => {
    expect(isAbsoluteUrl(OSCAL_NS)).toBe(true);
    expect(new URL(OSCAL_NS).protocol).toBe("https:");
  });
});

describe("the checks are real", () => {
  const broken = (edit: (document: Record<string, any>) => void): Problem[] => {
    const document = structuredClone(catalogOf(policy)) as unknown as Record<string, any>;
    edit(document);
    return trestleProblems(document);
  };

  it("find nothing in the unedited catalog, so each edit below is what they report", () => {
    expect(trestleProblems(catalogOf(policy))).toEqual([]);
  });

  it("reject a URN as ns (the namespace this package used before), and a relative one", () => {
    const urn = broken((d) => (d["catalog"].groups[0].controls[0].props[1].ns = "urn:miyagi-kouiki:infosec-policy"));
    expect(urn).toEqual([{ at: "$.catalog.groups[0].controls[0].props[1].ns", problem: expect.stringContaining("not an absolute URL") }]);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].props[1].ns = "ns/oscal"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].props[1].ns = "https:///no-host"))).toHaveLength(1);
  });

  it("reject hrefs that are not URI references, or fragments that name nothing", () => {
    expect(broken((d) => (d["catalog"].groups[0].controls[0].links[0].href = "a b"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].links[0].href = "mailto:someone"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].links[0].href = "#00000000-0000-4000-8000-000000000000"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].links[0].href = "../policy/7.md#x"))).toEqual([]);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].links[0].href = "https://www.soumu.go.jp/"))).toEqual([]);
  });

  it("reject a UUID of another version or variant, empty strings, bad tokens and date-times without a zone", () => {
    expect(broken((d) => (d["catalog"].uuid = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"))).toHaveLength(1); // version 1
    expect(broken((d) => (d["catalog"].uuid = "6ba7b810-9dad-51d1-c0b4-00c04fd430c8"))).toHaveLength(1); // variant 11
    expect(broken((d) => (d["catalog"].metadata.remarks = ""))).toEqual([{ at: "$.catalog.metadata.remarks", problem: "empty string" }]);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].id = "1-starts-with-a-digit"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].class = "two words"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].groups[0].controls[0].props[0].value = " padded"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].metadata["last-modified"] = "2026-11-25T09:00:00"))).toHaveLength(1);
    expect(broken((d) => (d["catalog"].metadata["last-modified"] = "2026-13-01T09:00:00Z"))).toHaveLength(1);
  });
});

describe.each(policies)("the OSCAL exports of %s", (_label, subjectPolicy) => {
  const documents = [
    ["catalog", catalogOf(subjectPolicy)],
    ["assessment results", resultsOf(subjectPolicy)],
  ] as const;

  it.each(documents)("the %s meets trestle's constraints everywhere", (_name, document) => {
    expect(trestleProblems(document)).toEqual([]);
  });

  it.each(documents)("the %s puts every ns of this package in OSCAL_NS, and has UUIDs, links and dates to check", (_name, document) => {
    const namespaces = new Set(valuesOf(document, new Set(["ns"])));
    expect([...namespaces]).toEqual([OSCAL_NS]);
    expect(valuesOf(document, new Set(["uuid"])).length).toBeGreaterThan(3);
    expect(valuesOf(document, new Set(["href"])).length).toBeGreaterThan(0);
    expect(valuesOf(document, new Set(["last-modified"]))).toEqual([TIMESTAMP]);
  });
});
