import { describe, expect, it } from "vitest";
import { compiledPolicy, contextFor, defaultPlan, evaluateChecked, evaluateUnguarded, runCompiled } from "../../src/engine/run.js";
import { dayNumber } from "../../src/internal/calendar.js";
import { evaluate, extendPolicy, policy, UnknownExceptionControlError, type Subject } from "../../src/index.js";

// The runner (src/engine/run.ts) on its own: the compiled plans it keeps (one per policy and
// locale, frozen, the default one shared), the date context it builds for a subject (the option
// first, then an organisation's own asOf, else none), the decision it assembles (subjectId and
// asOf only when there is one), and the two entry points that skip the guard.

const std = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" } } as never);
const ORG: Subject = { kind: "organization", organization: "secretariat", asOf: "2026-04-01" };
const SIGN_IN: Subject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };

describe("compiled plans", () => {
  it("one per policy and locale, built once and reused", () => {
    const ja = compiledPolicy(std, "ja");
    expect(compiledPolicy(std, "ja")).toBe(ja);
    const en = compiledPolicy(std, "en");
    expect(en).not.toBe(ja);
    expect(compiledPolicy(std, "en")).toBe(en);
    expect([ja.locale, en.locale]).toEqual(["ja", "en"]);
    expect(ja.ref).toEqual({ id: std.id, version: std.version });
    expect(compiledPolicy(policy, "ja")).not.toBe(ja);
    expect(Object.isFrozen(ja)).toBe(true);
    expect(Object.isFrozen(ja.steps)).toBe(true);
  });

  it("the default plan is the current policy in Japanese, the same object each time", () => {
    expect(defaultPlan()).toBe(defaultPlan());
    expect(defaultPlan()).toBe(compiledPolicy(policy, "ja"));
    expect(defaultPlan().locale).toBe("ja");
    expect(defaultPlan().ref).toEqual({ id: policy.id, version: policy.version });
  });
});

describe("the date context of a subject", () => {
  it("without a date: none, for any subject but an organisation with its own asOf", () => {
    expect(contextFor(SIGN_IN, undefined)).toEqual({ asOfDay: undefined, asOf: undefined });
    expect(contextFor({ kind: "organization", organization: "secretariat" }, undefined)).toEqual({ asOfDay: undefined, asOf: undefined });
    expect(Object.isFrozen(contextFor(SIGN_IN, undefined))).toBe(true);
  });

  it("the option's day, stated as the option's date when given", () => {
    const day = dayNumber("2026-05-01");
    expect(contextFor(SIGN_IN, day, "2026-05-01")).toEqual({ asOfDay: day, asOf: { date: "2026-05-01", source: "option" } });
    expect(Object.isFrozen(contextFor(SIGN_IN, day, "2026-05-01").asOf)).toBe(true);
    // A day without its text: judged as of that day, and nothing stated.
    expect(contextFor(SIGN_IN, day)).toEqual({ asOfDay: day, asOf: undefined });
  });

  it("an organisation's own asOf without the option, and the option before it", () => {
    expect(contextFor(ORG, undefined)).toEqual({ asOfDay: dayNumber("2026-04-01"), asOf: { date: "2026-04-01", source: "subject" } });
    expect(Object.isFrozen(contextFor(ORG, undefined).asOf)).toBe(true);
    const day = dayNumber("2027-01-15");
    expect(contextFor(ORG, day, "2027-01-15")).toEqual({ asOfDay: day, asOf: { date: "2027-01-15", source: "option" } });
  });
});

describe("the decision the runner assembles", () => {
  it("has subjectId and asOf only when there is one, and the plan's policy", () => {
    const plain = runCompiled(defaultPlan(), SIGN_IN, contextFor(SIGN_IN, undefined));
    expect(Object.keys(plain)).toEqual(["outcome", "policy", "kind", "findings"]);
    expect(plain.policy).toEqual({ id: policy.id, version: policy.version });
    const named = runCompiled(compiledPolicy(std, "ja"), { ...SIGN_IN, id: "s-1" }, contextFor(SIGN_IN, dayNumber("2026-05-01"), "2026-05-01"));
    expect(Object.keys(named)).toEqual(["outcome", "policy", "kind", "subjectId", "findings", "asOf"]);
    expect(named).toMatchObject({ subjectId: "s-1", policy: { id: std.id, version: std.version }, asOf: { date: "2026-05-01", source: "option" } });
  });

  it("the worst finding's outcome; an excepted failure is a pass and does not hide an earlier failure", () => {
    expect(runCompiled(defaultPlan(), SIGN_IN, contextFor(SIGN_IN, undefined)).outcome).toBe("non-compliant");
    const excepted: Subject = {
      kind: "transfer", from: "mynumber", to: "lgwan", channel: "network",
      exception: { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } },
    };
    const context = contextFor(excepted, dayNumber("2027-01-15"), "2027-01-15");
    const decision = runCompiled(defaultPlan(), excepted, context);
    const statuses = decision.findings.map((finding) => finding.status);
    expect(decision.findings.find((finding) => finding.control === "mynumber-isolation")?.status).toBe("pass");
    expect(decision.outcome).toBe(statuses.includes("fail") ? "non-compliant" : statuses.includes("manual") ? "needs-review" : "compliant");
    expect(decision).toEqual(evaluate(excepted, { asOf: "2027-01-15" }));
  });

  it("an unknown control id in the exception throws before any check runs", () => {
    const subject: Subject = { kind: "sign-in", zone: "lgwan", exception: { reference: "EX-1", approverRole: "ciso", controls: ["no-such-control"], validUntil: "2027-03-31" } };
    expect(() => runCompiled(defaultPlan(), subject, contextFor(subject, undefined))).toThrow(UnknownExceptionControlError);
  });
});

describe("the entry points past the guard", () => {
  it("evaluateUnguarded decides as evaluate does, with the default plan and no date", () => {
    for (const subject of [SIGN_IN, ORG, { ...SIGN_IN, id: "x" }]) expect(evaluateUnguarded(subject)).toEqual(evaluate(subject));
  });

  it("evaluateChecked takes each option read: the policy, the locale, the date", () => {
    const none = { policy: undefined, locale: undefined, asOf: undefined } as const;
    expect(evaluateChecked(SIGN_IN, none)).toEqual(evaluate(SIGN_IN));
    const english = evaluateChecked(SIGN_IN, { ...none, locale: "en" });
    expect(english).toEqual(evaluate(SIGN_IN, { locale: "en" }));
    expect(english.findings[0]?.reason).toBe(english.findings[0]?.message.en);
    expect(english.findings[0]?.reason).not.toBe(english.findings[0]?.message.ja);
    const underStd = evaluateChecked(SIGN_IN, { ...none, policy: std });
    expect(underStd.policy).toEqual({ id: std.id, version: std.version });
    expect(std.id).not.toBe(policy.id);
    expect(underStd.findings[0]?.reason).toBe(underStd.findings[0]?.message.ja);
    const dated = evaluateChecked(ORG, { ...none, asOf: "2027-01-15" });
    expect(dated.asOf).toEqual({ date: "2027-01-15", source: "option" });
    expect(dated).toEqual(evaluate(ORG, { asOf: "2027-01-15" }));
    expect(evaluateChecked(ORG, none).asOf).toEqual({ date: "2026-04-01", source: "subject" });
  });
});

describe("a check that returns a name its control does not declare", () => {
  it("is an Error naming the control and the name", () => {
    const kind = SIGN_IN.kind;
    const plan = compiledPolicy(policy, "en");
    const first = plan.steps[kind][0];
    if (first === undefined) throw new Error("no step");
    const rogue = { ...plan, steps: { ...plan.steps, [kind]: [{ ...first, check: () => "stray" }] } } as typeof plan;
    let thrown: unknown;
    try {
      runCompiled(rogue, SIGN_IN, contextFor(SIGN_IN, undefined));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(`control ${first.controlId} returned a verdict name it does not declare: "stray"`);
  });
});
