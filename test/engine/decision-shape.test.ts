import { describe, expect, it } from "vitest";
import { defineControl } from "../../src/controls/control.js";
import { fail, pass } from "../../src/controls/verdict.js";
import type { Finding } from "../../src/decision/finding.js";
import { OUTCOME_BY_SEVERITY, STATUS_SEVERITY, outcomeOf } from "../../src/decision/outcome.js";
import { evaluate } from "../../src/evaluate.js";
import { InvalidSubjectError } from "../../src/engine/invalid-subject-error.js";
import { policy } from "../../src/policy/policies.js";
import type { Policy } from "../../src/policy/policy.js";
import type { RecordedException } from "../../src/subjects/common.js";
import type { Subject } from "../../src/subjects/subject.js";

// The engine's contract in detail, finding by finding: which exception turns which failure into a
// pass and how the finding records it, what a finding carries for each status, the date context,
// the locale of `reason`, and the shape of a decision.

// Exceptions are judged as of a date: the helper gives one unless the test passes its own.
const AS_OF = "2026-11-25";
const finding = (subject: Subject, control: string, options?: Parameters<typeof evaluate>[1]): Finding => {
  const found = evaluate(subject, "exception" in subject ? { asOf: AS_OF, ...options } : options).findings.find((candidate) => candidate.control === control);
  if (found === undefined) throw new Error(`no finding of ${control}`);
  return found;
};

// Isolation of マイナンバー利用事務系 (7(3)①) admits a CISO's exception (原則として); the transfer
// fails it without one.
const intoMynumber = (exception?: RecordedException): Subject => ({
  kind: "transfer",
  from: "internet",
  to: "mynumber",
  channel: "email",
  sanitized: true,
  ...(exception === undefined ? {} : { exception }),
});
const ciso: RecordedException = {
  reference: "例外-2026-001",
  approverRole: "ciso",
  controls: ["mynumber-isolation"],
  validUntil: "2027-03-31",
  link: { from: "internet", to: "mynumber" },
};

describe("a recorded exception", () => {
  it("turns the failure of a control that admits one into a pass that names the exception", () => {
    expect(finding(intoMynumber(), "mynumber-isolation").status).toBe("fail");
    const excepted = finding(intoMynumber(ciso), "mynumber-isolation");
    expect(excepted).toMatchObject({ control: "mynumber-isolation", status: "pass", clause: "7(3)①", exception: { reference: "例外-2026-001" } });
    expect(excepted.exception).toStrictEqual({ reference: "例外-2026-001", validUntil: "2027-03-31", link: { from: "internet", to: "mynumber" } });
    expect(Object.isFrozen(excepted)).toBe(true);
    expect(Object.isFrozen(excepted.exception)).toBe(true);
  });

  it("records who approved it when the subject says so, and only then", () => {
    const named = finding(intoMynumber({ ...ciso, approvedBy: "山田 CISO" }), "mynumber-isolation");
    expect(named.exception).toStrictEqual({ reference: "例外-2026-001", approvedBy: "山田 CISO", validUntil: "2027-03-31", link: { from: "internet", to: "mynumber" } });
    const unnamed = finding(intoMynumber(ciso), "mynumber-isolation");
    expect(unnamed.exception).not.toHaveProperty("approvedBy");
  });

  it("says, in both languages, that the CISO's exception makes it compliant, with the control's title", () => {
    const excepted = finding(intoMynumber(ciso), "mynumber-isolation", { policy: { ...policy } as Policy });
    const control = policy.controls.find((candidate) => candidate.id === "mynumber-isolation");
    expect(excepted.title).toEqual(control?.title);
    expect(excepted.message.ja).toBe(
      `原則として求められる「${control?.title.ja}」を満たさないが、CISOが承認した例外措置（例外-2026-001、2027-03-31まで有効）により適合とする。例外措置の承認者をCISOとするのはガイドラインに基づく既定値。`,
    );
    expect(excepted.message.en).toBe(
      `"${control?.title.en}" is required in principle and is not met, but the CISO-approved exception 例外-2026-001 (valid until 2027-03-31) makes it compliant. That the CISO approves is a guideline default.`,
    );
    expect(excepted.reason).toBe(excepted.message.ja);
    expect(finding(intoMynumber(ciso), "mynumber-isolation", { locale: "en" }).reason).toBe(excepted.message.en);
    expect(excepted).not.toHaveProperty("remediation");
  });

  it("counts only when the CISO approved it", () => {
    for (const approverRole of ["security-officer", "security-manager", "other"] as const) {
      const other = finding(intoMynumber({ ...ciso, reference: "X-1", approverRole }), "mynumber-isolation");
      expect(other.status, approverRole).toBe("fail");
      expect(other).not.toHaveProperty("exception");
      expect(other.exceptionRejected).toMatchObject({ reference: "X-1", reason: "approver" });
    }
  });

  it("covers the controls it names, and only those (there is no blanket exception)", () => {
    expect(finding(intoMynumber({ ...ciso, controls: ["mynumber-isolation"] }), "mynumber-isolation").status).toBe("pass");
    expect(finding(intoMynumber({ ...ciso, controls: ["approved-software-only", "mynumber-isolation"] }), "mynumber-isolation").status).toBe("pass");
    const elsewhere = finding(intoMynumber({ ...ciso, controls: ["approved-software-only"] }), "mynumber-isolation");
    expect(elsewhere.status).toBe("fail");
    expect(elsewhere).not.toHaveProperty("exception");
    expect(elsewhere).not.toHaveProperty("exceptionRejected");
  });

  it("leaves a finding that passes on its own as it is", () => {
    const within: Subject = { kind: "transfer", from: "lgwan", to: "lgwan", channel: "network", exception: ciso };
    const plain: Subject = { kind: "transfer", from: "lgwan", to: "lgwan", channel: "network" };
    const withException = evaluate(within);
    const without = evaluate(plain);
    expect(withException.outcome).toBe(without.outcome);
    for (const [index, each] of withException.findings.entries()) {
      expect(each, each.control).toBe(without.findings[index]);
      expect(each).not.toHaveProperty("exception");
    }
  });

  it("is not a field of an organisation subject: one there is invalid input, never silently ignored", () => {
    const posture = { kind: "organization", organization: "secretariat", lastTraining: null } as const;
    const stray = { ...posture, exception: ciso } as unknown as Subject;
    expect(() => evaluate(stray)).toThrow(InvalidSubjectError);
    expect(() => evaluate(stray)).toThrow(/exception: unknown field "exception"/);
    expect(finding(posture, "training-interval").status).toBe("fail");
  });
});

describe("what a finding carries", () => {
  it("a remediation for fail and manual, none for pass and not-applicable", () => {
    // A policy value of its own, so that it is compiled here, not taken from the engine's cache.
    const fresh = { ...policy } as Policy;
    const statuses = new Set<string>();
    const subjects: Subject[] = [
      intoMynumber(),
      { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"] },
      { kind: "sign-in", zone: "mynumber" },
      { kind: "carry-out", zone: "internet" },
      { kind: "organization", organization: "secretariat" },
    ];
    for (const subject of subjects) {
      for (const each of evaluate(subject, { policy: fresh }).findings) {
        statuses.add(each.status);
        const control = policy.controls.find((candidate) => candidate.id === each.control);
        if (each.status === "fail" || each.status === "manual") expect(each.remediation, each.control).toEqual(control?.remediation);
        else expect(each, `${each.control} ${each.status}`).not.toHaveProperty("remediation");
      }
    }
    expect([...statuses].sort()).toEqual(["fail", "manual", "not-applicable", "pass"]);
  });

  it("a message worded from the control's parameters, resolved to text", () => {
    // sign-in-authentication (7(6)) needs minimumFactorKinds distinct kinds of factor: 1 by default.
    const one = finding({ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] }, "sign-in-authentication");
    expect(one.status).toBe("pass");
    expect(one.message).toStrictEqual({ ja: "1種類以上の認証要素で認証している。", en: "At least 1 kind(s) of factor were presented." });
    const none = finding({ kind: "sign-in", zone: "lgwan", factors: [] }, "sign-in-authentication");
    expect(none.status).toBe("fail");
    expect(none.message).toStrictEqual({ ja: "認証要素が1種類に満たない。", en: "Fewer than 1 kind(s) of factor were presented." });

    // A policy that asks for 2: the same facts are judged, and worded, by its parameter.
    const stricter = {
      ...policy,
      parameters: { ...policy.parameters, "sign-in-authentication": { minimumFactorKinds: 2 } },
    } as Policy;
    const twice = finding({ kind: "sign-in", zone: "lgwan", factors: ["knowledge", "knowledge"] }, "sign-in-authentication", { policy: stricter });
    expect(twice.status).toBe("fail");
    expect(twice.message).toStrictEqual({ ja: "認証要素が2種類に満たない。", en: "Fewer than 2 kind(s) of factor were presented." });
    const two = finding({ kind: "sign-in", zone: "lgwan", factors: ["knowledge", "possession"] }, "sign-in-authentication", { policy: stricter });
    expect(two.status).toBe("pass");
    expect(two.message.en).toBe("At least 2 kind(s) of factor were presented.");
  });

  it("its reason in Japanese by default and in English on request", () => {
    const subject: Subject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };
    for (const each of evaluate(subject).findings) expect(each.reason).toBe(each.message.ja);
    for (const each of evaluate(subject, { locale: "en" }).findings) expect(each.reason).toBe(each.message.en);
    for (const each of evaluate(subject, { locale: "ja" }).findings) expect(each.reason).toBe(each.message.ja);
  });
});

describe("the date controls are judged as of", () => {
  const trainedInMay = { kind: "organization", organization: "secretariat", lastTraining: "2025-05-01" } as const;

  it("the asOf option, before the subject's own", () => {
    // Trained in fiscal year 2025: fine through 2027-03-31, missed once fiscal year 2027 begins.
    expect(finding({ ...trainedInMay, asOf: "2025-06-01" }, "training-interval", { asOf: "2027-04-01" }).status).toBe("fail");
    expect(finding({ ...trainedInMay, asOf: "2027-04-01" }, "training-interval", { asOf: "2025-06-01" }).status).toBe("pass");
  });

  it("an organisation's own asOf when the option is absent", () => {
    expect(finding({ ...trainedInMay, asOf: "2025-06-01" }, "training-interval").status).toBe("pass");
    expect(finding({ ...trainedInMay, asOf: "2027-04-01" }, "training-interval").status).toBe("fail");
  });

  it("no date at all without either: manual", () => {
    const undated = finding(trainedInMay, "training-interval");
    expect(undated.status).toBe("manual");
    expect(undated.message.en).toBe("No as-of date was given, so the cadence cannot be judged.");
  });
});

describe("a decision", () => {
  it("names its subject's id when it has one, and has no subjectId key otherwise", () => {
    const withId = evaluate({ kind: "sign-in", id: "PC-001", zone: "lgwan", factors: ["knowledge"] });
    expect(withId.subjectId).toBe("PC-001");
    const withoutId = evaluate({ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] });
    expect(Object.keys(withoutId)).toEqual(["outcome", "policy", "kind", "findings"]);
    expect(Object.keys(withId)).toEqual(["outcome", "policy", "kind", "subjectId", "findings"]);
  });

  // For a control made with defineControl in TypeScript an undeclared name is a compile error
  // (test/controls/controls.test-d.ts). A policy is any object, though: one assembled by hand, in
  // JavaScript or through a cast, can still hand the engine a name its table lacks, and that is
  // refused with the control and the name rather than a crash deeper in.
  it("refuses a control whose check returns a verdict name it did not declare (only possible past the types)", () => {
    const declared = pass({ ja: "宣言済み。", en: "Declared." });
    const rogue = defineControl({
      id: "rogue-control",
      title: { ja: "不正な管理策", en: "Rogue control" },
      clause: "7(3)",
      provenance: "organization",
      category: "technical",
      threats: [],
      remediation: { ja: "直す。", en: "Fix it." },
      parameters: {},
      verdicts: { declared },
      facts: { "sign-in": [] },
      checks: { "sign-in": () => "stray" },
    } as never);
    const roguePolicyOf = (control: typeof rogue): Policy => ({ ...policy, controls: [control] }) as Policy;
    expect(() => evaluate({ kind: "sign-in", zone: "lgwan" }, { policy: roguePolicyOf(rogue) })).toThrow(
      'control rogue-control returned a verdict name it does not declare: "stray"',
    );
    // A name Object.prototype has is no declared verdict either.
    const inherited = { ...rogue, checks: { "sign-in": () => "toString" } } as never;
    expect(() => evaluate({ kind: "sign-in", zone: "lgwan" }, { policy: roguePolicyOf(inherited) })).toThrow('does not declare: "toString"');
  });
});

describe("outcomeOf: the worst status wins, whatever the order", () => {
  it.each([
    [[], "not-applicable"],
    [["not-applicable"], "not-applicable"],
    [["pass", "not-applicable"], "compliant"],
    [["pass", "manual", "not-applicable"], "needs-review"],
    [["manual", "pass"], "needs-review"],
    [["fail", "manual", "pass"], "non-compliant"],
    [["pass", "fail"], "non-compliant"],
  ] as const)("%j → %s", (statuses, outcome) => {
    expect(outcomeOf(statuses)).toBe(outcome);
    expect(outcomeOf([...statuses].reverse())).toBe(outcome);
    expect(outcomeOf(new Set(statuses))).toBe(outcome);
  });

  it("is the inverse of the severity table", () => {
    expect(OUTCOME_BY_SEVERITY).toEqual(["not-applicable", "compliant", "needs-review", "non-compliant"]);
    expect(STATUS_SEVERITY).toEqual({ "not-applicable": 0, pass: 1, manual: 2, fail: 3 });
    expect(Object.isFrozen(OUTCOME_BY_SEVERITY) && Object.isFrozen(STATUS_SEVERITY)).toBe(true);
  });
});

// The engine compiles a policy once and keeps it; these use policies of their own, so that what
// is compiled (gate stops, exception flags, findings) is compiled, and checked, in the test itself.
describe("a freshly compiled policy", () => {
  const freshPolicy = (): Policy => ({ ...policy }) as Policy;

  it("stops at the scope gate: a subject outside 5(1) gets that single finding", () => {
    const outside = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"], organization: { outside: "仙台市" } }, { policy: freshPolicy() });
    expect(outside.outcome).toBe("not-applicable");
    expect(outside.findings.map((each) => [each.control, each.status])).toEqual([["scope-organization", "not-applicable"]]);
    const inside = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }, { policy: freshPolicy() });
    expect(inside.findings.length).toBeGreaterThan(1);
  });

  it("applies an exception only to a failure, and only of a control that admits one", () => {
    const fresh = freshPolicy();
    // mynumber-multi-factor admits no exception (7(3)①'s multi-factor rule is not 原則として).
    const signIn = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"], exception: { ...ciso, controls: ["mynumber-multi-factor"] } }, { policy: fresh, asOf: AS_OF });
    expect(signIn.findings.find((each) => each.control === "mynumber-multi-factor")).toMatchObject({ status: "fail" });
    expect(signIn.outcome).toBe("non-compliant");
    for (const each of signIn.findings) if (each.status !== "pass") expect(each, each.control).not.toHaveProperty("exception");
    expect(signIn.findings.find((each) => each.control === "mynumber-multi-factor")?.exceptionRejected).toMatchObject({ reason: "not-admitted" });
    const within = evaluate({ kind: "transfer", from: "lgwan", to: "lgwan", channel: "network", exception: ciso }, { policy: fresh, asOf: AS_OF });
    for (const each of within.findings) expect(each, each.control).not.toHaveProperty("exception");
    const excepted = evaluate(intoMynumber(ciso), { policy: fresh, asOf: AS_OF }).findings.find((each) => each.control === "mynumber-isolation");
    expect(excepted).toMatchObject({ status: "pass", exception: { reference: "例外-2026-001" } });
  });

  describe("the outcome with an exception", () => {
    const failing = (id: string, admitsException: boolean) => {
      const no = fail({ ja: "不適合。", en: "Not met." });
      return defineControl({
        id,
        title: { ja: id, en: id },
        clause: "7(6)",
        provenance: "organization",
        category: "technical",
        threats: [],
        requirement: { ja: "要件。", en: "Requirement." },
        remediation: { ja: "直す。", en: "Fix it." },
        admitsException,
        parameters: {},
        verdicts: { no },
        facts: { "sign-in": [] },
        checks: { "sign-in": () => "no" },
      } as never);
    };
    const withControls = (...controls: ReturnType<typeof failing>[]): Policy => ({ ...policy, controls, parameters: {} }) as Policy;
    const signIn: Subject = { kind: "sign-in", zone: "lgwan", exception: { ...ciso, controls: ["excepted"] } };

    it("is compliant when the one failure is excepted", () => {
      const decision = evaluate(signIn, { policy: withControls(failing("excepted", true)), asOf: AS_OF });
      expect(decision.outcome).toBe("compliant");
      expect(decision.findings.map((each) => each.status)).toEqual(["pass"]);
    });

    it("stays non-compliant when an earlier failure is not excepted", () => {
      const decision = evaluate(signIn, { policy: withControls(failing("not-excepted", false), failing("excepted", true)), asOf: AS_OF });
      expect(decision.findings.map((each) => [each.control, each.status])).toEqual([
        ["not-excepted", "fail"],
        ["excepted", "pass"],
      ]);
      expect(decision.outcome).toBe("non-compliant");
    });
  });
});
