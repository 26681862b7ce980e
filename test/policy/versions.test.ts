import { describe, expect, it } from "vitest";
import {
  evaluate,
  getPolicy,
  policies,
  policy,
  safeEvaluate,
  UnknownNameError,
  type Policy,
  type Subject,
} from "../../src/index.js";

// Issue 5: each policy value carries an id, a semver version and the date it takes effect;
// `policies` lists every shipped version; `evaluate(…, { policy })` uses the pinned one and every
// decision names it.

const SEMVER = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

function compareSemver(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/)[0]!.split(".").map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return 0;
}

describe("shipped policy versions", () => {
  it("every shipped policy has an id, a semver version and an ISO effective date, and no overlay", () => {
    expect(policies.length).toBeGreaterThan(0);
    for (const each of policies) {
      expect(each.id).toBe("miyagi-kouiki-basic-policy");
      expect(each.version).toMatch(SEMVER);
      expect(each.version).not.toContain("+");
      expect(each.effectiveDate).toMatch(ISO_DATE);
      expect(each.overlays).toEqual([]);
    }
  });

  it("versions are unique and listed oldest first, and effective dates never go backwards", () => {
    const versions = policies.map((each) => each.version);
    expect(new Set(versions).size).toBe(versions.length);
    for (let i = 1; i < policies.length; i++) {
      const [before, after] = [policies[i - 1] as Policy, policies[i] as Policy];
      expect(compareSemver(before.version, after.version)).toBeLessThan(0);
      expect(before.effectiveDate <= after.effectiveDate).toBe(true);
    }
  });

  it("the current policy is the newest shipped one", () => {
    expect(policy).toBe(policies[policies.length - 1]);
  });

  it("version 1.0.0 applies from 2026-11-25", () => {
    expect(getPolicy("1.0.0").effectiveDate).toBe("2026-11-25");
  });

  it("`policies` and its entries are frozen", () => {
    expect(Object.isFrozen(policies)).toBe(true);
    for (const each of policies) {
      expect(Object.isFrozen(each)).toBe(true);
      expect(Object.isFrozen(each.overlays)).toBe(true);
      expect(() => (each as { effectiveDate: string }).effectiveDate = "2000-01-01").toThrow(TypeError);
    }
  });
});

describe("pinning a version", () => {
  const subject: Subject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };

  it("getPolicy returns the very entry of `policies`", () => {
    for (const each of policies) expect(getPolicy(each.version)).toBe(each);
  });

  it("getPolicy throws a typed error listing the shipped versions", () => {
    let caught: unknown;
    try {
      getPolicy("0.9.0");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownNameError);
    const error = caught as UnknownNameError;
    expect(error.kind).toBe("policy-version");
    expect(error.query).toBe("0.9.0");
    expect([...error.suggestions].sort()).toEqual(policies.map((each) => each.version).sort());
    expect(error.message).toContain("1.0.0");
  });

  it("every decision names the pinned policy, with evaluate and with safeEvaluate", () => {
    for (const pinned of policies) {
      expect(evaluate(subject, { policy: pinned }).policy).toEqual({ id: pinned.id, version: pinned.version });
      const safe = safeEvaluate(subject, { policy: pinned });
      expect(safe.success && safe.data.policy).toEqual({ id: pinned.id, version: pinned.version });
    }
  });

  it("without a pin, decisions name the current policy", () => {
    expect(evaluate(subject).policy).toEqual({ id: policy.id, version: policy.version });
  });
});
