import { readFileSync } from "node:fs";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { clauseText, getClause } from "../../src/definitions/find-clause.js";
import { toOscalCatalog } from "../../src/export/oscal-catalog.js";
import { toOscalAssessmentResults, type OscalAssessmentResults } from "../../src/export/oscal-results.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import type { Policy } from "../../src/policy/policy.js";
import type { Subject } from "../../src/subjects/subject.js";

// NIST's OSCAL 1.0.6 schemas are committed in vendor/nist-oscal-1.0.6 (public domain).
const schema = (name: string): object => JSON.parse(readFileSync(new URL(`../../vendor/nist-oscal-1.0.6/${name}`, import.meta.url), "utf8")) as object;

function validator(name: string): ValidateFunction {
  // The OSCAL schemas are draft-07 (their $schema says so): Ajv's default draft, with formats (date-time, uri, …).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema(name));
}

const validateCatalog = validator("oscal_catalog_schema.json");
const validateResults = validator("oscal_assessment-results_schema.json");

function expectValid(validate: ValidateFunction, document: unknown): void {
  const valid = validate(document);
  expect(valid ? [] : validate.errors?.slice(0, 10)).toEqual([]);
}

const sampleOverlay: unknown = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8"));
const extended = extendPolicy(policy, sampleOverlay as Parameters<typeof extendPolicy>[1]);
const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const examples = ["sign-in.non-compliant", "organization.needs-review", "transfer.with-exception.compliant", "access.compliant", "asset.not-applicable"].map(
  (name) => JSON.parse(readFileSync(new URL(`../../examples/subjects/${name}.json`, import.meta.url), "utf8")) as Subject,
);
const subjects: Subject[] = [...inventory, ...examples];
const TIMESTAMP = "2026-11-25T09:00:00+09:00";

const policies: readonly [string, Policy][] = [
  ["the shipped policy", policy],
  ["the policy with the sample overlay", extended],
];

describe("the validators are real", () => {
  it("reject a catalog and assessment results that break the schema", () => {
    const catalog = structuredClone(toOscalCatalog({ timestamp: TIMESTAMP })) as unknown as { catalog: { uuid: string; groups: { controls: { id: string }[] }[] } };
    catalog.catalog.uuid = "not-a-uuid";
    (catalog.catalog.groups[0]?.controls[0] as { id: string }).id = "1 not a token";
    expect(validateCatalog(catalog)).toBe(false);
    const results = structuredClone(toOscalAssessmentResults(audit(inventory), { subjects: inventory, timestamp: TIMESTAMP })) as unknown as Record<string, Record<string, unknown>>;
    delete results["assessment-results"]?.["import-ap"];
    expect(validateResults(results)).toBe(false);
  });
});

describe.each(policies)("OSCAL catalog of %s", (_label, subjectPolicy) => {
  const document = toOscalCatalog({ policy: subjectPolicy, timestamp: TIMESTAMP });
  const { catalog } = document;
  const controls = catalog.groups.flatMap((group) => group.controls);

  it("validates against NIST's oscal_catalog_schema.json (1.0.6)", () => {
    expectValid(validateCatalog, document);
    expect(catalog.metadata["oscal-version"]).toBe("1.0.6");
    expect(catalog.metadata.version).toBe(subjectPolicy.version);
  });

  it("has one control per control of the catalog, in a group per section, in the catalog's order", () => {
    expect(controls.map((control) => control.id).sort()).toEqual(subjectPolicy.controls.map((control) => control.id).sort());
    const order = subjectPolicy.controls.map((control) => control.id);
    for (const group of catalog.groups) {
      const ids = group.controls.map((control) => control.id);
      expect(ids).toEqual(order.filter((id) => ids.includes(id)));
      const section = group.id.replace("section-", "");
      expect(group.title).toBe(getClause(section).heading?.ja);
      for (const control of group.controls) {
        expect(getClause(subjectPolicy.controls.find((c) => c.id === control.id)?.clause ?? "").section).toBe(Number(section));
      }
    }
  });

  it("gives each control its clause text (ja) as statement prose, English as a part, provenance and threats as props, a link to the clause", () => {
    const resources = new Set(catalog["back-matter"].resources.map((resource) => resource.uuid));
    for (const source of subjectPolicy.controls) {
      const control = controls.find((candidate) => candidate.id === source.id);
      expect(control).toBeDefined();
      const statement = control?.parts.find((part) => part.name === "statement");
      expect(statement?.prose).toBe(clauseText(getClause(source.clause), "ja").split("\n").join("\n\n"));
      expect(statement?.parts?.[0]).toMatchObject({ name: "translation", class: "en", prose: clauseText(getClause(source.clause), "en").split("\n").join("\n\n") });
      const props = control?.props ?? [];
      expect(props.find((p) => p.name === "provenance")?.value).toBe(source.provenance);
      expect(props.find((p) => p.name === "label")?.value).toBe(source.clause);
      expect(props.filter((p) => p.name === "threat").map((p) => p.value)).toEqual(source.threats);
      for (const link of control?.links ?? []) expect(resources.has(link.href.slice(1))).toBe(true);
      expect(control?.links[0]?.text).toBe(`基本方針 ${source.clause}`);
    }
  });

  it("carries the policy's parameter values (an overlay's tightened ones included)", () => {
    for (const source of subjectPolicy.controls) {
      for (const name of Object.keys(source.parameters)) {
        const param = controls.find((c) => c.id === source.id)?.params?.find((p) => p.id === `${source.id}_prm_${name}`);
        expect(param?.values).toEqual([String(subjectPolicy.parameters[source.id]?.[name])]);
      }
    }
  });

  it("is deterministic: the same input gives the same bytes; another timestamp changes only the timestamp", () => {
    expect(JSON.stringify(toOscalCatalog({ policy: subjectPolicy, timestamp: TIMESTAMP }))).toBe(JSON.stringify(document));
    const later = JSON.stringify(toOscalCatalog({ policy: subjectPolicy, timestamp: "2027-01-01T00:00:00Z" }));
    expect(later.replaceAll("2027-01-01T00:00:00Z", TIMESTAMP)).toBe(JSON.stringify(document));
  });
});

it("names the overlay in the extended catalog and gives it its own UUIDs", () => {
  const base = toOscalCatalog({ timestamp: TIMESTAMP }).catalog;
  const withOverlay = toOscalCatalog({ policy: extended, timestamp: TIMESTAMP }).catalog;
  expect(withOverlay.uuid).not.toBe(base.uuid);
  expect(withOverlay.metadata.props?.find((p) => p.name === "overlay")?.value).toContain("sample-organization-standards");
  const organization = withOverlay.groups.flatMap((g) => g.controls).filter((c) => c.class === "organization");
  expect(organization.length).toBeGreaterThan(0);
});

describe.each(policies)("OSCAL assessment results with %s", (_label, subjectPolicy) => {
  const result = audit(subjects, { policy: subjectPolicy, asOf: "2026-11-25" });
  const document: OscalAssessmentResults = toOscalAssessmentResults(result, { subjects, policy: subjectPolicy, timestamp: TIMESTAMP });
  const [oscalResult] = document["assessment-results"].results;

  it("validates against NIST's oscal_assessment-results_schema.json (1.0.6)", () => {
    expectValid(validateResults, document);
  });

  it("has one observation per subject, with its outcome", () => {
    const observations = oscalResult?.observations ?? [];
    expect(observations).toHaveLength(subjects.length);
    observations.forEach((observation, index) => {
      expect(observation.props.find((p) => p.name === "outcome")?.value).toBe(result.decisions[index]?.outcome);
    });
    expect(new Set(observations.map((o) => o.uuid)).size).toBe(observations.length);
  });

  it("has one finding per control that applied, satisfied or not-satisfied with the reason", () => {
    const findings = oscalResult?.findings ?? [];
    const observationIds = new Set((oscalResult?.observations ?? []).map((o) => o.uuid));
    for (const control of subjectPolicy.controls) {
      const tally = result.summary.controls[control.id];
      const applied = (tally?.pass ?? 0) + (tally?.fail ?? 0) + (tally?.manual ?? 0);
      const finding = findings.find((f) => f.target["target-id"] === control.id);
      if (applied === 0) {
        expect(finding).toBeUndefined();
        continue;
      }
      expect(finding?.target.status.state).toBe((tally?.fail ?? 0) + (tally?.manual ?? 0) === 0 ? "satisfied" : "not-satisfied");
      expect(finding?.target.status.reason).toBe((tally?.fail ?? 0) > 0 ? "fail" : (tally?.manual ?? 0) > 0 ? "other" : "pass");
      for (const related of finding?.["related-observations"] ?? []) expect(observationIds.has(related["observation-uuid"])).toBe(true);
      if ((tally?.fail ?? 0) > 0) {
        const failing = result.decisions.flatMap((d) => d.findings).find((f) => f.control === control.id && f.status === "fail");
        expect(finding?.description).toContain(failing?.message.ja);
      }
    }
  });

  it("is deterministic: the same audit gives the same bytes; another timestamp changes only the timestamps", () => {
    const again = toOscalAssessmentResults(audit(subjects, { policy: subjectPolicy, asOf: "2026-11-25" }), { subjects, policy: subjectPolicy, timestamp: TIMESTAMP });
    expect(JSON.stringify(again)).toBe(JSON.stringify(document));
    const later = JSON.stringify(toOscalAssessmentResults(result, { subjects, policy: subjectPolicy, timestamp: "2027-01-01T00:00:00Z" }));
    expect(later.replaceAll("2027-01-01T00:00:00Z", TIMESTAMP)).toBe(JSON.stringify(document));
  });
});

describe("OSCAL assessment results, edge cases", () => {
  it("validates for an empty inventory and in English", () => {
    expectValid(validateResults, toOscalAssessmentResults(audit([]), { subjects: [], timestamp: TIMESTAMP }));
    expectValid(validateResults, toOscalAssessmentResults(audit(inventory, { locale: "en" }), { subjects: inventory, timestamp: TIMESTAMP, locale: "en" }));
  });

  it("gives subjects with the same id (or none) distinct observation UUIDs", () => {
    const twins: Subject[] = [
      { kind: "sign-in", id: "same", zone: "mynumber", factors: ["knowledge"] },
      { kind: "sign-in", id: "same", zone: "mynumber", factors: ["knowledge", "possession"] },
      { kind: "sign-in", zone: "lgwan", factors: ["knowledge"] },
      { kind: "sign-in", zone: "lgwan", factors: ["knowledge"] },
    ];
    const document = toOscalAssessmentResults(audit(twins), { subjects: twins, timestamp: TIMESTAMP });
    expectValid(validateResults, document);
    const uuids = (document["assessment-results"].results[0]?.observations ?? []).map((o) => o.uuid);
    expect(new Set(uuids).size).toBe(4);
  });

  it("refuses a timestamp without a time zone and a policy that did not make the audit", () => {
    expect(() => toOscalCatalog({ timestamp: "2026-11-25" })).toThrow(TypeError);
    expect(() => toOscalCatalog({ timestamp: "2026-11-25T09:00:00" })).toThrow(/time zone/);
    expect(() => toOscalAssessmentResults(audit(inventory), { subjects: inventory, policy: extended, timestamp: TIMESTAMP })).toThrow(/pass the same policy/);
  });
});
