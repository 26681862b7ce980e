import { readdirSync, readFileSync } from "node:fs";
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_BASE_URL, jsonSchemaFor, jsonSchemaId, jsonSchemaNames, SUBJECT_KINDS, type JsonSchemaName } from "../../src/index.js";
import { makeAjv, ZOD_SCHEMAS } from "./support.js";

type Node = { readonly [key: string]: unknown };

/** Every property definition of a JSON Schema, with where it is; `if` conditions and `examples` are not definitions. */
function propertiesOf(schema: unknown, at = ""): { at: string; definition: Node }[] {
  if (typeof schema !== "object" || schema === null) return [];
  if (Array.isArray(schema)) return schema.flatMap((item, index) => propertiesOf(item, `${at}[${index}]`));
  const found: { at: string; definition: Node }[] = [];
  for (const [key, value] of Object.entries(schema as Node)) {
    if (key === "if" || key === "examples" || key === "const" || key === "enum" || key === "default") continue;
    if (key === "properties" && typeof value === "object" && value !== null) {
      for (const [name, definition] of Object.entries(value as Node)) {
        found.push({ at: `${at}.${name}`, definition: definition as Node });
        found.push(...propertiesOf(definition, `${at}.${name}`));
      }
    } else found.push(...propertiesOf(value, `${at}/${key}`));
  }
  return found;
}

const ajv = makeAjv();

/** Ajv's errors for a value against a shipped schema (by `$id`), or `[]` if it is valid. */
function ajvErrors(name: JsonSchemaName, value: unknown): ErrorObject[] {
  const validate = ajv.getSchema(jsonSchemaId(name));
  if (validate === undefined) throw new Error(`no schema ${name}`);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

describe("every shipped JSON Schema explains itself", () => {
  it.each(jsonSchemaNames)("%s: every property has a description in English", (name) => {
    const properties = propertiesOf(jsonSchemaFor(name));
    expect(properties.length).toBeGreaterThan(0);
    const undescribed = properties.filter(({ definition }) => typeof definition["description"] !== "string" || !/[A-Za-z]{3,}/.test(definition["description"]));
    expect(undescribed.map(({ at }) => at)).toEqual([]);
  });

  it("descriptions name the Japanese term where the policy has one", () => {
    const transfer = jsonSchemaFor("transfer-subject") as { properties: Record<string, { description: string; properties?: Record<string, { description: string }> }> };
    expect(transfer.properties["sanitized"]?.description).toBe("Whether the information was sanitised (無害化) before entering the target zone.");
    expect(transfer.properties["exception"]?.description).toContain("例外措置");
    const classification = transfer.properties["classification"]?.properties ?? {};
    expect(classification["confidentiality"]?.description).toContain("機密性");
    expect(classification["integrity"]?.description).toContain("完全性");
    expect(classification["availability"]?.description).toContain("可用性");
    const asset = jsonSchemaFor("asset-subject") as { properties: Record<string, { description: string }> };
    expect(asset.properties["classification"]?.description).toContain("重要度");
  });

  it.each(jsonSchemaNames)("%s: an $id under the one base URL, and examples that both zod and Ajv accept", (name) => {
    const schema = jsonSchemaFor(name) as { $id: string; examples: unknown[] };
    expect(schema.$id.startsWith(`${JSON_SCHEMA_BASE_URL}/`)).toBe(true);
    expect(schema.$id.endsWith(`/${name}.schema.json`)).toBe(true);
    expect(schema.examples.length).toBeGreaterThan(0);
    for (const example of schema.examples) {
      expect(ajvErrors(name, example)).toEqual([]);
      expect(ZOD_SCHEMAS[name].safeParse(example).success).toBe(true);
    }
  });

  it("the examples of each subject kind are the files of examples/subjects/, and the subject union has one of each kind", () => {
    const dir = new URL("../../examples/subjects/", import.meta.url);
    const files = readdirSync(dir).filter((file) => file.endsWith(".json")).sort();
    for (const kind of SUBJECT_KINDS) {
      const expected = files.filter((file) => file.split(".")[0] === kind).map((file) => JSON.parse(readFileSync(new URL(file, dir), "utf8")) as unknown);
      expect(expected.length, kind).toBeGreaterThan(0);
      expect((jsonSchemaFor(`${kind}-subject` as JsonSchemaName) as { examples: unknown[] }).examples).toEqual(expected);
    }
    const union = (jsonSchemaFor("subject") as { examples: { kind: string }[] }).examples;
    expect(union.map((example) => example.kind)).toEqual([...SUBJECT_KINDS]);
    const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as unknown;
    expect((jsonSchemaFor("overlay") as { examples: unknown[] }).examples).toEqual([overlay]);
  });
});

describe("the subject schema is discriminated on kind: a standard validator names the wrong field of the chosen kind", () => {
  // No "not valid under any of the given schemas" for the input as a whole (a field's own anyOf, such as date | null, may fail at that field).
  const noUnionFailure = (errors: readonly ErrorObject[]) =>
    expect(errors.filter((error) => (error.keyword === "oneOf" || error.keyword === "anyOf") && !/^\/[^/]/.test(error.instancePath))).toEqual([]);

  it('{ kind: "sign-in", zone: "mynumbr" } → an enum error at /zone, not a oneOf failure', () => {
    const errors = ajvErrors("subject", { kind: "sign-in", zone: "mynumbr" });
    noUnionFailure(errors);
    const atZone = errors.filter((error) => error.instancePath === "/zone");
    expect(atZone.map((error) => [error.keyword, error.params])).toEqual([["enum", { allowedValues: ["mynumber", "lgwan", "internet"] }]]);
  });

  it("an unknown key is named; an unknown or missing kind is reported at kind", () => {
    const unknownKey = ajvErrors("subject", { kind: "sign-in", zone: "mynumber", zones: "lgwan" });
    noUnionFailure(unknownKey);
    expect(unknownKey.filter((error) => error.keyword === "additionalProperties").map((error) => error.params)).toEqual([{ additionalProperty: "zones" }]);
    const unknownKind = ajvErrors("subject", { kind: "sign-on", zone: "mynumber" });
    expect(unknownKind.map((error) => [error.instancePath, error.keyword])).toEqual([["/kind", "enum"]]);
    const noKind = ajvErrors("subject", { zone: "mynumber" });
    expect(noKind.map((error) => [error.keyword, error.params])).toEqual([["required", { missingProperty: "kind" }]]);
  });

  it("for every kind and every field of it, a wrong value is reported at that field (and zod rejects it too)", () => {
    const subjectSchema = jsonSchemaFor("subject") as { allOf: { then: { properties: Record<string, unknown> } }[] };
    let checked = 0;
    SUBJECT_KINDS.forEach((kind, index) => {
      const base = (jsonSchemaFor(`${kind}-subject` as JsonSchemaName) as { examples: Record<string, unknown>[] }).examples[0] ?? {};
      const fields = Object.keys(subjectSchema.allOf[index]?.then.properties ?? {}).filter((field) => field !== "kind");
      expect(fields.length, kind).toBeGreaterThan(0);
      for (const field of fields) {
        const wrong = { ...base, [field]: { "not-a-valid-value": true } };
        const errors = ajvErrors("subject", wrong);
        noUnionFailure(errors);
        const located = errors.filter((error) => error.keyword !== "if");
        expect(located.length, `${kind}.${field}`).toBeGreaterThan(0);
        for (const error of located) expect(error.instancePath.startsWith(`/${field}`), `${kind}.${field}: ${JSON.stringify(error)}`).toBe(true);
        expect(ZOD_SCHEMAS.subject.safeParse(wrong).success).toBe(false);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(50);
  });

  it("the overlay's rule requirement is discriminated on check the same way", () => {
    const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as { controls: Record<string, unknown>[] };
    const rule = overlay.controls.find((control) => (control["require"] as { check?: string } | undefined)?.check !== undefined);
    expect(rule).toBeDefined();
    const wrong = { ...overlay, controls: [{ ...rule, require: { check: "factor-kinds", atLeast: 7 } }] };
    const errors = ajvErrors("overlay", wrong);
    noUnionFailure(errors);
    expect(errors.filter((error) => error.keyword !== "if").map((error) => [error.instancePath, error.keyword])).toEqual([["/controls/0/require/atLeast", "maximum"]]);
  });
});
