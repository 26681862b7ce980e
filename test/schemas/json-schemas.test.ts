import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import {
  audit,
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
import { sampleOverlay } from "../overlay/support.js";
import { makeAjv } from "./support.js";

describe("jsonSchemaFor / jsonSchemaNames", () => {
  it("names every subject kind, the subject union, the decision, the finding, the audit result and the overlay", () => {
    expect([...jsonSchemaNames].sort()).toEqual(
      [...SUBJECT_KINDS.map((kind) => `${kind}-subject`), "subject", "decision", "finding", "audit-result", "overlay"].sort(),
    );
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
    check("overlay", sampleOverlay);
  });

  it("the overlay schema carries the descriptions of its fields, for editors", () => {
    const overlay = jsonSchemaFor("overlay") as { properties: Record<string, { description?: string }> };
    expect(overlay.properties["remove"]?.description).toContain("Always rejected");
    expect(overlay.properties["parameters"]?.description).toContain("never looser");
  });
});
