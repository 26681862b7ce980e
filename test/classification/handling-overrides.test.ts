import { describe, expect, it } from "vitest";
import { handlingRequirements, HandlingOverridesErrorSchema, validateHandlingOverrides } from "../../src/index.js";

// The messages and paths an overlay author sees when overrides name what does not exist.

const parameterless = handlingRequirements.find((requirement) => Object.keys(requirement.parameters).length === 0)!;

describe("validateHandlingOverrides: unknown names", () => {
  it("says a requirement without parameters has none when an override names one", () => {
    const result = validateHandlingOverrides({ [parameterless.id]: { hours: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { code: "unknown-parameter", path: [parameterless.id, "hours"], message: `handling requirement "${parameterless.id}" has no parameter "hours" (it has none)` },
    ]);
  });

  it("lists the parameters a requirement does have", () => {
    const result = validateHandlingOverrides({ "recovery-time": { hours: 8 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]!.message).toBe('handling requirement "recovery-time" has no parameter "hours" (parameters: recoveryTimeHours)');
  });

  it("reports every problem at once, one per unknown key, each with its own path, in a valid error", () => {
    const result = validateHandlingOverrides({
      "no-such-thing": {},
      "also-missing": 1,
      "recovery-time": { recoveryTimeHours: 0, minutes: 5, seconds: 1 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = result.error.issues.map((issue) => [issue.code, issue.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["unknown-requirement", ["no-such-thing"]],
        ["unknown-requirement", ["also-missing"]],
        ["unknown-parameter", ["recovery-time", "minutes"]],
        ["unknown-parameter", ["recovery-time", "seconds"]],
        ["invalid-value", ["recovery-time", "recoveryTimeHours"]],
      ]),
    );
    expect(issues).toHaveLength(5);
    expect(result.error.issues.find((issue) => issue.path[0] === "no-such-thing")!.message).toContain("recovery-time");
    expect(HandlingOverridesErrorSchema.safeParse(result.error).success).toBe(true);
    expect(Object.isFrozen(result.error.issues)).toBe(true);
  });

  it("checks against the requirements it is given, not the shipped ones", () => {
    const only = handlingRequirements.filter((requirement) => requirement.id === parameterless.id);
    const result = validateHandlingOverrides({ "recovery-time": { recoveryTimeHours: 8 } }, only);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual([{ code: "unknown-requirement", path: ["recovery-time"], message: `no handling requirement "recovery-time" (requirements: ${parameterless.id})` }]);
  });

  it("returns a frozen copy of valid overrides, leaving the input untouched", () => {
    const input = { "recovery-time": { recoveryTimeHours: 8 } };
    const result = validateHandlingOverrides(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.overrides).toEqual(input);
    expect(result.overrides).not.toBe(input);
    expect(Object.isFrozen(result.overrides["recovery-time"])).toBe(true);
    expect(Object.isFrozen(input["recovery-time"])).toBe(false);
  });
});
