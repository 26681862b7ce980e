import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  classificationSchemes,
  guidelineClassificationScheme,
  JSON_SCHEMA_BASE_URL,
  jsonSchemaFor,
  jsonSchemaForScheme,
  jsonSchemaNames,
  type ClassificationScheme,
  type JsonSchemaName,
} from "../../src/index.js";

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const DIMENSIONS = ["confidentiality", "integrity", "availability"] as const;

function validatorFor(name: JsonSchemaName, scheme: ClassificationScheme) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(jsonSchemaForScheme(name, scheme) as object);
}

/** The shipped asset example with a classification, its classification replaced. */
function assetWith(classification: Record<string, unknown>): Record<string, unknown> {
  const example = (jsonSchemaFor("asset-subject").examples as unknown[]).find((item) => JSON.stringify(item).includes('"classification"'));
  expect(example).toBeDefined();
  return { ...(example as Record<string, unknown>), classification };
}

function levelIds(scheme: ClassificationScheme, dimension: (typeof DIMENSIONS)[number]): unknown[] {
  return scheme.dimensions[dimension].levels.map((level) => level.id);
}

const schemes = Object.entries(classificationSchemes);

describe("jsonSchemaForScheme: classification levels follow the scheme", () => {
  it("ships the three schemes this test covers", () => {
    expect(Object.keys(classificationSchemes).sort()).toEqual(["guideline", "guideline-r6", "importance-i-iv"]);
  });

  describe.each(schemes)("scheme %s", (schemeId, scheme) => {
    for (const name of ["asset-subject", "subject"] as const) {
      it(`${name} accepts every level id of each dimension`, () => {
        const validate = validatorFor(name, scheme);
        for (const dimension of DIMENSIONS) {
          for (const id of levelIds(scheme, dimension)) {
            const classification: Record<string, unknown> = {};
            for (const other of DIMENSIONS) classification[other] = levelIds(scheme, other)[0];
            classification[dimension] = id;
            const ok = validate(assetWith(classification));
            expect(ok, `${schemeId} ${dimension}=${JSON.stringify(id)}: ${JSON.stringify(validate.errors)}`).toBe(true);
          }
        }
      });

      it(`${name} rejects level ids of the other schemes and unknown ids`, () => {
        const validate = validatorFor(name, scheme);
        const foreign = new Set<unknown>(["9Z", 0, "", null]);
        for (const [otherId, other] of schemes) {
          if (otherId === schemeId) continue;
          for (const dimension of DIMENSIONS) for (const id of levelIds(other, dimension)) foreign.add(id);
        }
        for (const dimension of DIMENSIONS) {
          const own = levelIds(scheme, dimension);
          for (const id of foreign) {
            if (own.includes(id)) continue;
            const classification: Record<string, unknown> = {};
            for (const d of DIMENSIONS) classification[d] = levelIds(scheme, d)[0];
            classification[dimension] = id;
            expect(validate(assetWith(classification)), `${schemeId} ${dimension}=${JSON.stringify(id)} should be rejected`).toBe(false);
          }
        }
      });
    }
  });

  it("the default scheme's schema is jsonSchemaFor itself", () => {
    for (const name of jsonSchemaNames) expect(jsonSchemaForScheme(name, guidelineClassificationScheme)).toBe(jsonSchemaFor(name));
  });

  it("a scheme of the organisation's own with the default's numeric levels keeps every example, and each is valid", () => {
    const own = { ...structuredClone(guidelineClassificationScheme), id: "own-numeric", provenance: "organization" } as ClassificationScheme;
    for (const name of jsonSchemaNames) {
      const examples = (jsonSchemaForScheme(name, own).examples ?? []) as unknown[];
      expect(examples).toEqual(jsonSchemaFor(name).examples ?? []);
      const validate = validatorFor(name, own);
      for (const example of examples) expect(validate(example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  describe.each(schemes.filter(([id]) => id !== "guideline"))("non-default scheme %s", (schemeId, scheme) => {
    it("every schema's $id names the scheme and is distinct from the default's", () => {
      for (const name of jsonSchemaNames) {
        const schema = jsonSchemaForScheme(name, scheme);
        expect(schema.$id).toMatch(new RegExp(`^${JSON_SCHEMA_BASE_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/[^/]+/schemes/${schemeId}/${name}\\.schema\\.json$`));
        expect(schema.$id).not.toBe(jsonSchemaFor(name).$id);
        expect(String(schema.description)).toContain(`scheme ${schemeId}`);
      }
    });

    it("keeps every example that is valid under the scheme and drops only the invalid ones", () => {
      let keptWithClassificationWord = 0;
      for (const name of jsonSchemaNames) {
        const schema = jsonSchemaForScheme(name, scheme);
        const examples = (schema.examples ?? []) as unknown[];
        const validate = validatorFor(name, scheme);
        const all = (jsonSchemaFor(name).examples ?? []) as unknown[];
        // Kept: exactly the base's examples that the scheme's schema accepts, in their order.
        expect(examples).toEqual(all.filter((example) => validate(example)));
        for (const example of examples) if (JSON.stringify(example).includes('"classification"')) keptWithClassificationWord += 1;
      }
      // A decision or an overlay that only names the category "classification" is still an example.
      expect(keptWithClassificationWord).toBeGreaterThan(0);
    });

    it("drops the examples whose classification uses the default's numbers", () => {
      const all = (jsonSchemaFor("transfer-subject").examples ?? []) as unknown[];
      const kept = (jsonSchemaForScheme("transfer-subject", scheme).examples ?? []) as unknown[];
      expect(all.length).toBeGreaterThan(0);
      expect(kept).toEqual([]);
    });

    it("is deeply frozen and leaves the default schema untouched", () => {
      const before = JSON.stringify(jsonSchemaFor("asset-subject"));
      const schema = jsonSchemaForScheme("asset-subject", scheme);
      expect(Object.isFrozen(schema)).toBe(true);
      expect(Object.isFrozen(schema.properties)).toBe(true);
      expect(JSON.stringify(jsonSchemaFor("asset-subject"))).toBe(before);
    });

    it("schemas without a classification keep their shape: only $id, description and examples differ", () => {
      for (const name of jsonSchemaNames) {
        const base = jsonSchemaFor(name);
        if (JSON.stringify(base).includes('"availability"')) continue;
        const { $id: _a, description: _b, examples: _e, ...rest } = jsonSchemaForScheme(name, scheme) as Record<string, unknown>;
        const { $id: _c, description: _d, examples: _f, ...baseRest } = base as Record<string, unknown>;
        expect(rest).toEqual(baseRest);
      }
    });
  });
});
