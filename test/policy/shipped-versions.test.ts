import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { getPolicy, policies } from "../../src/policy/policies.js";
import { CONTROL_IDS_1_0_0 } from "../../src/policy/versions/controls-1.0.0.js";

// Issue 14: each shipped version is fixed. 1.0.0 has its own control list, and a fingerprint of
// its content (the canonical JSON of its controls, clauses and parameters, check functions by
// their source text) is committed here, so that an edit meant for a later version cannot change
// 1.0.0 silently. When a change to 1.0.0 is intended (before it ships, or after a merge of catalog
// work), regenerate the expected value with:
//
//   npx vitest run test/policy/shipped-versions.test.ts -u

/** JSON with sorted keys; functions by their source text; `undefined` left out as JSON does. */
function canonical(value: unknown): string {
  if (typeof value === "function") return JSON.stringify(`function:${String(value)}`);
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(",")}}`;
}

const fingerprint = (value: unknown): string => createHash("sha256").update(canonical(value)).digest("hex");

describe("shipped versions are fixed", () => {
  const v1 = getPolicy("1.0.0");

  it("1.0.0's controls are exactly its own list, in catalog order, each found in the catalog", () => {
    expect(v1.controls.map((control) => control.id)).toEqual([...CONTROL_IDS_1_0_0]);
    const catalogIds = controlCatalog.map((control) => control.id);
    for (const id of CONTROL_IDS_1_0_0) expect(catalogIds, id).toContain(id);
    expect(new Set(CONTROL_IDS_1_0_0).size).toBe(CONTROL_IDS_1_0_0.length);
    expect(Object.isFrozen(CONTROL_IDS_1_0_0)).toBe(true);
    expect(Object.isFrozen(v1.controls)).toBe(true);
  });

  it("1.0.0's parameters are the defaults of exactly its controls", () => {
    expect(Object.keys(v1.parameters)).toEqual([...CONTROL_IDS_1_0_0]);
  });

  it("the canonical form sees what matters: a changed message, rule or parameter changes the fingerprint", () => {
    const control = v1.controls.find((each) => each.id === "mynumber-isolation");
    expect(control).toBeDefined();
    const base = fingerprint(control);
    const copy = { ...control, requirement: { ...control?.requirement, ja: `${control?.requirement.ja}。` } };
    expect(fingerprint(copy)).not.toBe(base);
    const withOtherCheck = { ...control, checks: { transfer: () => "other" } };
    expect(fingerprint(withOtherCheck)).not.toBe(base);
    expect(fingerprint({ a: 1, b: [2, { c: 3 }] })).toBe(fingerprint({ b: [2, { c: 3 }], a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });

  it("1.0.0's content fingerprint (controls, clauses, parameters) is the committed one", () => {
    const content = { controls: v1.controls, clauses: v1.clauses, parameters: v1.parameters };
    expect({ version: v1.version, controls: v1.controls.length, sha256: fingerprint(content) }).toMatchInlineSnapshot(`
      {
        "controls": 48,
        "sha256": "e3b2d63cfb90a9aaeda3564e64ab708c69ff831007059a1d72f6eabe7c8c2758",
        "version": "1.0.0",
      }
    `);
  });

  it("every shipped version has a fingerprint test: 1.0.0 is the only one so far", () => {
    expect(policies.map((each) => each.version)).toEqual(["1.0.0"]);
  });
});
