import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defineControl,
  evaluate,
  fail,
  OVERLAY_LIMITS,
  pass,
  policy,
  safeExtendPolicy,
  type OverlayIssue,
  type Policy,
  type Subject,
} from "../../src/index.js";
import { outcomeRank, overlayWith, ruleWith, sampleOverlay } from "./support.js";

// Hostile overlays (DESIGN.md invariants 9 and 12): safeExtendPolicy never throws, whatever it is
// given, and what it checks is what it builds.

function rejectedIssues(overlay: unknown, base: Policy = policy): readonly OverlayIssue[] {
  let result: ReturnType<typeof safeExtendPolicy> | undefined;
  expect(() => (result = safeExtendPolicy(base, overlay))).not.toThrow();
  if (result === undefined || result.success) throw new Error("expected the overlay to be rejected");
  expect(result.error.issues.length).toBeGreaterThan(0);
  return result.error.issues;
}

const codes = (issues: readonly OverlayIssue[]): string[] => issues.map((issue) => issue.code);

const verdicts = { ok: pass({ ja: "承認済み。", en: "Approved." }), no: fail({ ja: "未承認。", en: "Not approved." }) };
const definition = {
  id: "org-install-approved",
  title: { ja: "インストールの承認", en: "Installs approved" },
  clause: "7(6)",
  provenance: "organization" as const,
  category: "technical" as const,
  threats: ["T2" as const],
  requirement: { ja: "承認を得る。", en: "Get approval." },
  remediation: { ja: "承認を得る。", en: "Get approval." },
  admitsException: false,
  parameters: {},
  facts: { "software-use": ["approved" as const] },
  verdicts,
  checks: { "software-use": (s: { approved?: boolean | undefined }) => (s.approved === true ? ("ok" as const) : ("no" as const)) },
};

/** A value that throws as soon as anything looks at it. */
function throwingProxy(): object {
  const boom = (): never => {
    throw new Error("trap");
  };
  return new Proxy({}, { ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, get: boom, has: boom, isExtensible: boom });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe("safeExtendPolicy refuses what is not plain data, before any check", () => {
  it("a throwing getter anywhere", () => {
    const top = overlayWith({});
    Object.defineProperty(top, "name", { enumerable: true, get: () => { throw new Error("getter"); } });
    expect(codes(rejectedIssues(top))).toEqual(["not-plain-data"]);
    const nested = overlayWith({ controls: [ruleWith()] });
    Object.defineProperty((nested.controls as Record<string, unknown>[])[0], "title", { enumerable: true, get: () => { throw new Error("getter"); } });
    const issues = rejectedIssues(nested);
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([["not-plain-data", "controls[0].title"]]);
  });

  it("a Proxy whose traps throw, a revoked Proxy, and a Proxy as a control entry", () => {
    for (const hostile of [throwingProxy(), revokedProxy()]) {
      expect(codes(rejectedIssues(hostile))).toEqual(["not-plain-data"]);
      expect(codes(rejectedIssues(overlayWith({ controls: [hostile] })))).toEqual(["not-plain-data"]);
      expect(rejectedIssues(overlayWith({ parameters: hostile }))[0]?.at).toBe("parameters");
    }
  });

  it("class instances, Maps, Dates and symbol keys", () => {
    class Standards {
      id = "x";
    }
    for (const value of [new Standards(), new Map(), new Date(0), Object.assign(Object.create({ inherited: 1 }) as object, { id: "x" })]) {
      expect(codes(rejectedIssues(value))).toEqual(["not-plain-data"]);
    }
    expect(codes(rejectedIssues({ ...overlayWith({}), [Symbol("s")]: 1 }))).toEqual(["not-plain-data"]);
  });

  it("a code-built control, frozen, whose gate or id getter changes between reads", () => {
    for (const field of ["gate", "id"] as const) {
      let reads = 0;
      const control: Record<string, unknown> = { ...defineControl(definition) };
      Object.defineProperty(control, field, {
        enumerable: true,
        // First read looks harmless, later reads would weaken the base.
        get: () => (reads++ === 0 ? (field === "gate" ? false : "org-install-approved") : field === "gate" ? true : "mynumber-isolation"),
      });
      Object.freeze(control);
      const issues = rejectedIssues(overlayWith({ controls: [control] }));
      expect(issues.map((issue) => [issue.code, issue.at])).toEqual([["not-plain-data", `controls[0].${field}`]]);
      expect(reads).toBe(0); // refused from its descriptor, never called
    }
  });

  it("a Proxy over a frozen control whose `get` trap lies is built from what its descriptors say", () => {
    const control = defineControl(definition);
    const liar = new Proxy(control, { get: (target, key) => (key === "gate" ? true : key === "id" ? "mynumber-isolation" : Reflect.get(target, key)) });
    const result = safeExtendPolicy(policy, overlayWith({ controls: [liar] }));
    if (!result.success) throw result.error;
    const added = result.data.controls.at(-1);
    expect([added?.id, added?.gate, Object.isFrozen(added)]).toEqual(["org-install-approved", false, true]);
    expect(result.data.controls.filter((c) => c.id === "mynumber-isolation")).toHaveLength(1);
    expect(evaluate({ kind: "software-use", approved: false }, { policy: result.data }).outcome).toBe("non-compliant");
  });

  it("a code-built control mutated after the call does not change the extended policy", () => {
    const control = { ...defineControl(definition) } as Record<string, unknown>; // not frozen: a rule-shaped miss
    const result = safeExtendPolicy(policy, overlayWith({ controls: [defineControl(definition)] }));
    if (!result.success) throw result.error;
    control["gate"] = true;
    expect(result.data.controls.at(-1)?.gate).toBe(false);
  });

  it("a malformed code-built control (no parameters, bad verdicts) is refused with its paths", () => {
    const broken = Object.freeze({ id: "org-broken", checks: Object.freeze({ transfer: () => undefined }), verdicts: Object.freeze([]) });
    const issues = rejectedIssues(overlayWith({ controls: [broken] }));
    expect(issues.every((issue) => issue.code === "invalid-control" && issue.at.startsWith("controls[0]"))).toBe(true);
    expect(issues.map((issue) => issue.at)).toContain("controls[0].parameters");
  });
});

describe("safeExtendPolicy applies its size limits before per-entry work", () => {
  it("600,000 empty controls: one issue naming controls, at once", () => {
    const issues = rejectedIssues(overlayWith({ controls: Array.from({ length: 600_000 }, () => ({})) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "overlay-too-large", at: "controls" });
    expect(issues[0]?.message).toContain("600000 entries");
  });

  it("each limit of OVERLAY_LIMITS, just over it", () => {
    const deep: unknown[] = [];
    let cursor = deep;
    for (let i = 0; i < 10_000; i++) cursor.push((cursor = []));
    const cases: readonly [unknown, string][] = [
      [overlayWith({ glossary: new Array(OVERLAY_LIMITS.maxEntries + 1).fill(null) }), "glossary"],
      [overlayWith({ parameters: Object.fromEntries(Array.from({ length: OVERLAY_LIMITS.maxEntries + 1 }, (_, i) => [`c${i}`, {}])) }), "parameters"],
      [overlayWith({ description: { ja: "あ".repeat(OVERLAY_LIMITS.maxStringLength + 1), en: "x" } }), "description.ja"],
      [overlayWith({ extra: deep }), "extra"],
      [overlayWith({ remove: Array.from({ length: 100 }, () => "x".repeat(15_000)) }), "remove"],
    ];
    for (const [overlay, at] of cases) {
      const issues = rejectedIssues(overlay);
      expect(issues.every((issue) => issue.code === "overlay-too-large")).toBe(true);
      expect(issues[0]?.at.startsWith(at)).toBe(true);
    }
  });

  it("a cycle is refused (too deep), not followed forever", () => {
    const cyclic = overlayWith({});
    cyclic["description"] = cyclic;
    const issues = rejectedIssues(cyclic);
    expect(issues.every((issue) => issue.code === "overlay-too-large" && issue.message.includes("levels deep"))).toBe(true);
  });

  it("the sample overlay is within every limit", () => {
    expect(safeExtendPolicy(policy, sampleOverlay).success).toBe(true);
  });
});

describe("parameter names that every object has are refused", () => {
  it.each(["toString", "constructor", "valueOf", "hasOwnProperty"])("%s", (name) => {
    const issues = rejectedIssues(overlayWith({ parameters: { "training-interval": { [name]: 1 } } }));
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([["reserved-name", `parameters.training-interval.${name}`]]);
  });

  it("__proto__ (as JSON.parse makes it)", () => {
    const overlay = JSON.parse('{"id":"t","version":"1.0.0","name":{"ja":"t","en":"t"},"parameters":{"training-interval":{"__proto__":1}}}') as unknown;
    expect(rejectedIssues(overlay).some((issue) => issue.message.includes("__proto__"))).toBe(true);
  });
});

describe("a malformed base is refused, never thrown over", () => {
  it.each<[string, unknown]>([
    ["null", null],
    ["a frozen object with a null control", Object.freeze({ id: "x", version: "1.0.0", controls: [null], clauses: [], parameters: {} })],
    ["a frozen object with a clause without ref", Object.freeze({ id: "x", version: "1.0.0", controls: [], clauses: [1], parameters: {} })],
    ["a frozen object with bad parameters", Object.freeze({ id: "x", version: "1.0.0", controls: [], clauses: [], parameters: { a: 1 } })],
    ["a frozen object whose getter throws", Object.freeze(Object.defineProperty({}, "id", { get: () => { throw new Error("boom"); } }))],
    ["a throwing Proxy", throwingProxy()],
    ["a revoked Proxy", revokedProxy()],
  ])("%s", (_, base) => {
    expect(codes(rejectedIssues(overlayWith({}), base as Policy))).toContain("invalid-base");
  });
});

// Hostile values built from a valid overlay: one part replaced by something hostile.
const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.constant(() => throwingProxy()),
  fc.constant(() => revokedProxy()),
  fc.constant(() => Object.defineProperty({}, "id", { enumerable: true, get: () => { throw new Error("getter"); } })),
  fc.constant(() => Object.defineProperty({}, "id", { enumerable: true, get: () => "org-x" })),
  fc.constant(() => new Date(0)),
  fc.constant(() => ({ [Symbol("s")]: 1 })),
  fc.integer({ min: OVERLAY_LIMITS.maxEntries + 1, max: 5_000 }).map((n) => () => new Array(n).fill({})),
  fc.integer({ min: OVERLAY_LIMITS.maxDepth, max: 2_000 }).map((n) => () => {
    let value: unknown = {};
    for (let i = 0; i < n; i++) value = { a: value };
    return value;
  }),
);

describe("for hostile overlays (fast-check)", () => {
  it("safeExtendPolicy never throws, and refuses the hostile part before any other check", () => {
    const sections = ["name", "controls", "parameters", "changes", "glossary", "description"] as const;
    fc.assert(
      fc.property(hostileValue, fc.constantFrom(...sections), fc.boolean(), (make, section, inControl) => {
        const overlay = structuredClone(sampleOverlay) as Record<string, unknown>;
        if (inControl) ((overlay["controls"] as Record<string, unknown>[])[0] as Record<string, unknown>)["title"] = make();
        else overlay[section] = make();
        const issues = rejectedIssues(overlay);
        expect(issues.every((issue) => issue.code === "not-plain-data" || issue.code === "overlay-too-large")).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it("for any value at all (fc.anything), never throws", () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withDate: true, maxDepth: 6 }), (value) => {
        expect(() => safeExtendPolicy(policy, value)).not.toThrow();
        expect(() => safeExtendPolicy(policy, overlayWith({ controls: [value], parameters: { "training-interval": value } }))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("an accepted overlay with code-built controls is never less strict than the base", () => {
    const control = defineControl(definition);
    const result = safeExtendPolicy(policy, overlayWith({ controls: [control] }));
    if (!result.success) throw result.error;
    fc.assert(
      fc.property(fc.record({ approved: fc.option(fc.boolean(), { nil: undefined }), zone: fc.option(fc.constantFrom("mynumber", "lgwan", "internet"), { nil: undefined }) }), (facts) => {
        const subject = JSON.parse(JSON.stringify({ kind: "software-use", ...facts })) as Subject;
        expect(outcomeRank(evaluate(subject, { policy: result.data }).outcome)).toBeGreaterThanOrEqual(outcomeRank(evaluate(subject).outcome));
      }),
    );
  });
});
