import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import {
  audit,
  buildAuditReport,
  checklistAnswersTemplate,
  evaluate,
  isJsonSchemaName,
  JSON_SCHEMA_BASE_URL,
  jsonSchemaFor,
  jsonSchemaId,
  jsonSchemaNames,
  SUBJECT_KINDS,
  type JsonSchemaName,
} from "../../src/index.js";
import * as core from "../../src/core.js";
import { sampleOverlay, samplePolicy } from "../overlay/support.js";
import { makeAjv } from "./support.js";

describe("jsonSchemaFor / jsonSchemaNames", () => {
  it("names every subject kind, the subject union, the decision, the finding, the audit result and report, the answers file, the exception register and the overlay", () => {
    expect([...jsonSchemaNames].sort()).toEqual(
      [
        ...SUBJECT_KINDS.map((kind) => `${kind}-subject`),
        "subject",
        "decision",
        "finding",
        "audit-result",
        "audit-report",
        "checklist-answers",
        "exception-register",
        "overlay",
      ].sort(),
    );
  });

  it("audit-result is the library's audit(); audit-report is what the CLI's audit --format json prints", () => {
    expect(jsonSchemaFor("audit-result").description).toMatch(/^The result of the library's audit\(\) function/);
    expect(jsonSchemaFor("audit-result").description).not.toMatch(/of the CLI's audit --format json\)/);
    expect(jsonSchemaFor("audit-report").description).toMatch(/^What the CLI's audit --format json prints/);
    expect(jsonSchemaFor("checklist-answers").description).toContain("checklist --format json");
  });

  it.each(jsonSchemaNames)("%s: draft 2020-12, with its $id, title and description, deeply frozen, the same object each time", (name) => {
    const schema = jsonSchemaFor(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${JSON_SCHEMA_BASE_URL}/${packageJson.version}/${name}.schema.json`);
    expect(schema.$id).toBe(jsonSchemaId(name));
    expect(typeof schema.title).toBe("string");
    expect(typeof schema.description).toBe("string");
    expect(Object.isFrozen(schema)).toBe(true);
    expect(Object.isFrozen(schema.properties ?? schema.oneOf ?? schema.anyOf)).toBe(true);
    expect(jsonSchemaFor(name)).toBe(schema);
    // Plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("every schema compiles in Ajv's strict mode", () => {
    const ajv = makeAjv();
    for (const name of jsonSchemaNames) expect(ajv.getSchema(jsonSchemaId(name))).toBeTypeOf("function");
  });

  it("an unknown name is refused with the list of known ones", () => {
    expect(isJsonSchemaName("decision")).toBe(true);
    expect(isJsonSchemaName("policy")).toBe(false);
    expect(isJsonSchemaName("__proto__")).toBe(false);
    expect(() => jsonSchemaFor("policy" as JsonSchemaName)).toThrow(/no JSON Schema named "policy"; known: subject, /);
  });

  it("is in the main entry only, not the zod-free core", () => {
    expect("jsonSchemaFor" in core).toBe(false);
    expect("jsonSchemaNames" in core).toBe(false);
  });

  it("the schemas accept what the package produces and the sample overlay", () => {
    const ajv = makeAjv();
    const check = (name: JsonSchemaName, value: unknown) => {
      const ok = ajv.validate(jsonSchemaId(name), JSON.parse(JSON.stringify(value)));
      expect(ok, `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
    };
    const subject = { kind: "transfer", from: "internet", to: "mynumber", channel: "email" } as const;
    check("transfer-subject", subject);
    check("subject", subject);
    const decision = evaluate(subject);
    check("decision", decision);
    for (const finding of decision.findings) check("finding", finding);
    check("audit-result", audit([subject, { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }], { asOf: "2026-04-01" }));
    check("audit-report", buildAuditReport([subject, { kind: "asset", organization: "secretariat", category: "server", name: "file server" }], { asOf: "2026-04-01", locale: "en" }));
    check("audit-report", buildAuditReport([{ kind: "organization", organization: "secretariat", asOf: "2026-04-01" }], { policy: samplePolicy }));
    check("checklist-answers", checklistAnswersTemplate({ organization: "secretariat", asOf: "2026-04-01" }));
    check("overlay", sampleOverlay);
  });

  it("the audit report schema carries the descriptions of its fields, for consumers", () => {
    const report = jsonSchemaFor("audit-report") as { properties: Record<string, { description?: string }> };
    for (const field of ["policy", "overlay", "asOf", "locale", "total", "outcomes", "kinds", "controls", "threats", "subjects"]) {
      expect(report.properties[field]?.description, field).toBeTypeOf("string");
    }
    expect(report.properties["subjects"]?.description).toContain("non-compliant and needs-review");
  });

  it("the overlay schema carries the descriptions of its fields, for editors", () => {
    const overlay = jsonSchemaFor("overlay") as { properties: Record<string, { description?: string }> };
    expect(overlay.properties["remove"]?.description).toContain("Always rejected");
    expect(overlay.properties["parameters"]?.description).toContain("never looser");
  });
});
