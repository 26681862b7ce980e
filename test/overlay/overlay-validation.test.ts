import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OVERLAY_WEAKENING_CODES, policy, safeExtendPolicy, type OverlayIssue, type Policy } from "../../src/index.js";
import { overlayWith, ruleWith, sampleOverlay, samplePolicy } from "./support.js";

function issuesOf(overlay: unknown, base: Policy = policy): readonly OverlayIssue[] {
  const result = safeExtendPolicy(base, overlay);
  if (result.success) throw new Error("expected the overlay to be rejected");
  return result.error.issues;
}

describe("overlays that are wrong without weakening anything are rejected too, by name", () => {
  it.each<[string, Record<string, unknown>, string, string, string]>([
    ["a parameter of an unknown control", { parameters: { "no-such-control": { x: 1 } } }, "unknown-control", "parameters.no-such-control", "no control \"no-such-control\""],
    ["an unknown parameter", { parameters: { "training-interval": { trainingMonths: 6 } } }, "unknown-parameter", "parameters.training-interval.trainingMonths", "its parameters are: trainingCadenceFiscalYears, trainingIntervalMonths"],
    ["a parameter out of range", { parameters: { "training-interval": { trainingIntervalMonths: 0 } } }, "parameter-out-of-range", "parameters.training-interval.trainingIntervalMonths", "outside [1, 60] months"],
    ["a change to an unknown control", { changes: { "no-such-control": { admitsException: false } } }, "unknown-control", "changes.no-such-control", "no control \"no-such-control\" in the base policy"],
    ["two controls with one id", { controls: [ruleWith(), ruleWith()] }, "duplicate-control-id", "controls[1].id", "more than one control"],
    ["a clause the basic policy does not have", { controls: [ruleWith({ clause: "7(9)" })] }, "unknown-clause", "controls[0].clause", "clause \"7(9)\""],
    ["a field the subject kind does not have", { controls: [ruleWith({ when: { zone: ["lgwan"] } })] }, "unknown-field", "controls[0].when.zone", "subject kind \"transfer\" has no field \"zone\""],
    ["a value the field cannot have", { controls: [ruleWith({ when: { channel: ["usb"] } })] }, "invalid-field-value", "controls[0].when.channel[0]", "\"usb\" is not a value of \"transfer\".channel"],
    ["a required value of the wrong type", { controls: [ruleWith({ require: { check: "fields", fields: { encrypted: "yes" } } })] }, "invalid-field-value", "controls[0].require.fields.encrypted", "(true | false)"],
    ["a required field that is not readable", { controls: [ruleWith({ require: { check: "fields", fields: { exception: true } } })] }, "unknown-field", "controls[0].require.fields.exception", "has no field \"exception\""],
    ["safeguards on a kind without them", { controls: [ruleWith({ require: { check: "safeguards", safeguards: ["backup"] } })] }, "requirement-not-applicable", "controls[0].require.check", "needs a subject with safeguards"],
    ["factor kinds on a kind without them", { controls: [ruleWith({ require: { check: "factor-kinds", atLeast: 2 } })] }, "requirement-not-applicable", "controls[0].require.check", "needs a subject with factors"],
    ["a fields requirement with no field", { controls: [ruleWith({ require: { check: "fields", fields: {} } })] }, "empty-requirement", "controls[0].require.fields", "requires no field"],
    ["a term defined twice", { glossary: [{ id: "t", term: { ja: "t", en: "t" }, definition: { ja: "t", en: "t" } }, { id: "t", term: { ja: "t", en: "t" }, definition: { ja: "t", en: "t" } }] }, "duplicate-term-id", "glossary[1].id", "defined more than once"],
  ])("%s → %s", (_, overlay, code, at, mentions) => {
    const issues = issuesOf(overlayWith(overlay));
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([[code, at]]);
    expect(issues[0]?.message).toContain(mentions);
    expect(OVERLAY_WEAKENING_CODES.has(code as never)).toBe(false);
  });

  it("a malformed overlay gives the validator's issues with their paths", () => {
    const issues = issuesOf({ id: "Not Kebab", version: "1.0", name: { ja: "x" }, extra: true });
    expect(issues.map((issue) => issue.at).sort()).toEqual(["(root)", "id", "name.en", "version"]);
    expect(issues.find((issue) => issue.at === "(root)")?.code).toBe("unrecognized_keys");
  });

  it("an overlay version with build metadata is rejected (it becomes the build metadata of the extended version)", () => {
    expect(issuesOf(overlayWith({ version: "1.0.0+build.5" })).map((issue) => issue.at)).toEqual(["version"]);
    expect(safeExtendPolicy(policy, overlayWith({ version: "1.0.0-draft.1" })).success).toBe(true);
  });

  it("a malformed overlay still has its weakening entries reported", () => {
    const issues = issuesOf(overlayWith({ version: "one", remove: ["mynumber-isolation"], controls: [ruleWith({ id: "mynumber-isolation", clause: 7 })] }));
    expect(issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(["remove-control", "control-id-taken"]));
  });

  it("a base that is not a policy, or that already has an overlay, is rejected", () => {
    expect(issuesOf(overlayWith({}), {} as Policy).map((issue) => issue.code)).toEqual(["invalid-base"]);
    expect(issuesOf(overlayWith({}), samplePolicy).map((issue) => issue.code)).toEqual(["base-already-extended"]);
    expect(issuesOf(sampleOverlay, Object.freeze({ ...policy, version: "1.0.0+x" })).map((issue) => issue.code)).toEqual(["invalid-base"]);
  });

  it("keys such as __proto__ from JSON.parse are rejected, and pollute nothing", () => {
    const parsed: unknown = JSON.parse(
      '{"id":"p","version":"1.0.0","name":{"ja":"p","en":"p"},"parameters":{"__proto__":{"polluted":1}},"__proto__":{"polluted":1}}',
    );
    const result = safeExtendPolicy(policy, parsed);
    expect(result.success).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("safeExtendPolicy never throws", () => {
  it("for any JSON value, including __proto__ keys and deep nesting (fast-check)", () => {
    const anyJson = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => ({ ...overlayWith({}), controls: [value], parameters: { "training-interval": value } })),
      fc.constantFrom('{"__proto__":{"id":"x"}}', '{"id":"x","version":"1.0.0","name":{"ja":"x","en":"x"},"controls":[{"__proto__":{}}]}').map((text) => JSON.parse(text) as unknown),
    );
    fc.assert(
      fc.property(anyJson, (value) => {
        const result = safeExtendPolicy(policy, value);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 500 },
    );
    const deep = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`) as unknown;
    expect(safeExtendPolicy(policy, { ...overlayWith({}), controls: [deep] }).success).toBe(false);
  }, 60_000);
});
