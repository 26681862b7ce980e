import { readFileSync } from "node:fs";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { toOscalCatalog } from "../../src/export/oscal-catalog.js";
import { oscalString, prop } from "../../src/export/oscal-common.js";
import { toOscalAssessmentResults } from "../../src/export/oscal-results.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import type { Policy } from "../../src/policy/policy.js";
import type { Subject } from "../../src/subjects/subject.js";

const schema = (name: string): object => JSON.parse(readFileSync(new URL(`../../vendor/nist-oscal-1.0.6/${name}`, import.meta.url), "utf8")) as object;
function validator(name: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema(name));
}
function expectValid(validate: ValidateFunction, document: unknown): void {
  const valid = validate(document);
  expect(valid ? [] : validate.errors?.slice(0, 10)).toEqual([]);
}
const validateCatalog = validator("oscal_catalog_schema.json");
const validateResults = validator("oscal_assessment-results_schema.json");

const TIMESTAMP = "2026-11-25T09:00:00+09:00";
const example = (name: string): Subject => JSON.parse(readFileSync(new URL(`../../examples/subjects/${name}.json`, import.meta.url), "utf8")) as Subject;
const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as Parameters<typeof extendPolicy>[1];

describe("oscalString and prop", () => {
  it("collapse white space to one line, and stand '-' for an empty string", () => {
    expect(oscalString("  a\n\tb  ")).toBe("a b");
    expect(oscalString("")).toBe("-");
    expect(oscalString(" \n ")).toBe("-");
    expect(prop("zone", "   ")).toMatchObject({ name: "zone", value: "-" });
    expect(prop("title", "x", "en")).toMatchObject({ name: "title", value: "x", class: "en" });
  });
});

describe("toOscalCatalog, a policy whose clauses are not all given", () => {
  // Without the text of section 8 and with no parameter values set: the catalog falls back to the
  // clause number for the group and to each parameter's default.
  const partial = { ...policy, clauses: policy.clauses.filter((clause) => clause.section !== 8), parameters: {} } as Policy;
  const { catalog } = toOscalCatalog({ policy: partial, timestamp: TIMESTAMP });

  it("still groups the controls of the missing clauses by section number, titled by the number", () => {
    const group = catalog.groups.find((g) => g.id === "section-8");
    expect(group).toBeDefined();
    expect(group?.title).toBe("8");
    expect(group?.props).toEqual([{ name: "label", value: "8" }]);
    const control = group?.controls.find((c) => c.id === "audit-interval");
    expect(control).toBeDefined();
    // No statement part (no clause text): requirement, remediation and (a guideline default) its basis.
    expect(control?.parts.map((p) => p.name)).toEqual(["requirement", "remediation", "basis"]);

  });

  it("gives each parameter its default when the policy sets no value", () => {
    const control = catalog.groups.flatMap((g) => g.controls).find((c) => c.id === "training-interval");
    const spec = policy.controls.find((c) => c.id === "training-interval")?.parameters.trainingIntervalMonths;
    expect(control?.params?.find((param) => param.id.endsWith("_prm_trainingIntervalMonths"))?.values).toEqual([String(spec?.default)]);
    expect(control?.params?.find((param) => param.id.endsWith("_prm_trainingCadenceFiscalYears"))?.values).toEqual(["1"]);
  });

  it("is a valid OSCAL catalog", () => {
    expectValid(validateCatalog, JSON.parse(JSON.stringify({ catalog })));
  });
});

describe("toOscalCatalog with the sample overlay", () => {
  it("carries the overlay's parameter values", () => {
    const extended = extendPolicy(policy, overlay);
    const { catalog } = toOscalCatalog({ policy: extended, timestamp: TIMESTAMP });
    const control = catalog.groups.flatMap((g) => g.controls).find((c) => c.id === "training-interval");
    expect(control?.params?.find((param) => param.id.endsWith("_prm_trainingIntervalMonths"))?.values).toEqual(["6"]);
  });
});

describe("toOscalAssessmentResults, assets without ids and a linked catalog", () => {
  const asset = example("asset.non-compliant") as Subject & { id?: string };
  const { id: _id, ...withoutId } = asset;
  const subjects = [withoutId as Subject, asset];
  const result = audit(subjects, { asOf: "2026-11-25" });
  const catalogUuid = toOscalCatalog({ timestamp: TIMESTAMP }).catalog.uuid;
  const document = toOscalAssessmentResults(result, { subjects, timestamp: TIMESTAMP, catalogUuid });
  const ar = document["assessment-results"];

  it("describes the asset without an asset-id prop, and the other one with it", () => {
    const items = ar.results[0]?.["local-definitions"]?.["inventory-items"] ?? [];
    expect(items).toHaveLength(2);
    expect(items[0]?.props?.some((p) => p.name === "asset-id")).toBe(false);
    expect(items[1]?.props?.find((p) => p.name === "asset-id")?.value).toBe(asset.id);
    expect(items[0]?.description.startsWith("#1")).toBe(true);
  });

  it("links the catalog as a back-matter resource", () => {
    const resource = ar["back-matter"]?.resources?.find((r) => r.props?.some((p) => p.name === "catalog-uuid"));
    expect(resource?.props?.find((p) => p.name === "catalog-uuid")?.value).toBe(catalogUuid);
    expect(resource?.title).toBe(`OSCAL catalog ${catalogUuid}`);
    // The metadata links to that resource, so a reader can follow it.
    expect(ar.metadata.links).toEqual([{ href: `#${resource?.uuid}`, rel: "reference" }]);
    const without = toOscalAssessmentResults(result, { subjects, timestamp: TIMESTAMP });
    expect(JSON.stringify(without)).not.toContain("catalog-uuid");
  });

  it("is valid OSCAL", () => {
    expectValid(validateResults, JSON.parse(JSON.stringify(document)));
  });
});
