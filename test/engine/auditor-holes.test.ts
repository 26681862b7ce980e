/**
 * Regression tests for the holes an auditor found (issue #12), each with its expected outcome and
 * the clause it rests on. Judged as of 2026-11-25 where a date matters.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, parseSubject, safeEvaluate, type Finding, type RecordedException, type Subject } from "../../src/index.js";

const AS_OF = { asOf: "2026-11-25" } as const;
const ciso = (controls: string[], extra: Partial<RecordedException> = {}): RecordedException => ({
  reference: "EX-2026-014",
  approverRole: "ciso",
  controls,
  validUntil: "2027-03-31",
  ...extra,
});
const findingOf = (subject: Subject, control: string, options: Parameters<typeof evaluate>[1] = AS_OF): Finding | undefined =>
  evaluate(subject, options).findings.find((finding) => finding.control === control);
const C3 = { confidentiality: 3, integrity: 2, availability: 2 } as const;

describe("exceptions are register entries (DESIGN.md: bounded exceptions; 7(3)① 原則として)", () => {
  it("an exception without controls, with empty controls, without a period or with a blank reference is invalid input", () => {
    const base = { kind: "transfer", from: "mynumber", to: "lgwan" } as const;
    for (const exception of [
      { reference: "EX-1", approverRole: "ciso", validUntil: "2027-03-31" },
      { reference: "EX-1", approverRole: "ciso", controls: [], validUntil: "2027-03-31" },
      { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"] },
      { reference: " ", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" },
    ]) {
      const result = safeEvaluate({ ...base, exception }, AS_OF);
      expect(result.success, JSON.stringify(exception)).toBe(false);
    }
  });

  it("a misspelled control id is invalid input with did-you-mean, not an exception that silently does nothing", () => {
    const result = safeEvaluate({ kind: "transfer", from: "mynumber", to: "lgwan", exception: ciso(["mynumber-isolatoin"], { link: { from: "mynumber", to: "lgwan" } }) }, AS_OF);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toContain('did you mean "mynumber-isolation"');
  });

  it("a mynumber→internet e-mail of 機密性3 with a CISO exception is non-compliant: the complete separation admits none (7(3)①, guideline)", () => {
    const subject: Subject = {
      kind: "transfer",
      from: "mynumber",
      to: "internet",
      channel: "email",
      encrypted: true,
      classification: C3,
      exception: ciso(["mynumber-isolation", "mynumber-internet-separation"], { link: { from: "mynumber", to: "internet" } }),
    };
    const decision = evaluate(subject, AS_OF);
    expect(decision.outcome).toBe("non-compliant");
    const separation = decision.findings.find((finding) => finding.control === "mynumber-internet-separation");
    expect(separation).toMatchObject({ status: "fail", clause: "7(3)①", provenance: "guideline", exceptionRejected: { reason: "not-admitted" } });
  });

  it("a USB move out of マイナンバー利用事務系 with an isolation exception is non-compliant: writing the medium is a carry-out (7(3)①, no 原則として)", () => {
    const example: unknown = JSON.parse(readFileSync(new URL("../../examples/subjects/transfer.usb-from-mynumber.non-compliant.json", import.meta.url), "utf8"));
    const parsed = parseSubject(example);
    if (!parsed.success) throw parsed.error;
    const decision = evaluate(parsed.data, AS_OF);
    expect(decision.outcome).toBe("non-compliant");
    expect(decision.findings.find((f) => f.control === "mynumber-isolation")).toMatchObject({ status: "pass", exception: { reference: "EX-2026-014", validUntil: "2027-03-31" } });
    expect(decision.findings.find((f) => f.control === "mynumber-no-carry-out")).toMatchObject({ status: "fail", clause: "7(3)①", provenance: "basic-policy", exceptionRejected: { reason: "not-admitted" } });
  });

  it("the exception example is a real isolation exception: compliant within its period, not after, not without a date", () => {
    const example: unknown = JSON.parse(readFileSync(new URL("../../examples/subjects/transfer.with-exception.compliant.json", import.meta.url), "utf8"));
    const parsed = parseSubject(example);
    if (!parsed.success) throw parsed.error;
    expect(parsed.data.kind === "transfer" && parsed.data.exception?.link).toEqual({ from: "mynumber", to: "lgwan" });
    expect(evaluate(parsed.data, AS_OF).outcome).toBe("compliant");
    expect(evaluate(parsed.data, { asOf: "2027-04-01" }).outcome).toBe("non-compliant");
    expect(evaluate(parsed.data).outcome).toBe("non-compliant");
  });
});

describe("carry-out wherever information leaves a マイナンバー系 terminal (7(3)①)", () => {
  it("a transfer mynumber→mynumber on removable media is non-compliant", () => {
    const subject: Subject = { kind: "transfer", from: "mynumber", to: "mynumber", channel: "removable-media", encrypted: true, classification: C3 };
    expect(evaluate(subject).outcome).toBe("non-compliant");
    expect(findingOf(subject, "mynumber-no-carry-out")).toMatchObject({ status: "fail", clause: "7(3)①" });
  });

  it("a transfer out of mynumber whose channel is not stated needs review (it may be a medium)", () => {
    expect(findingOf({ kind: "transfer", from: "mynumber", to: "mynumber" }, "mynumber-no-carry-out")?.status).toBe("manual");
  });
});

describe("every asset category is covered by the measures that apply (5(2)①, 7(2), 7(4))", () => {
  it("a facility with no safeguard is non-compliant (7(4) 物理的な対策, guideline defaults)", () => {
    const decision = evaluate({ kind: "asset", organization: "secretariat", category: "facility", classification: C3, safeguards: [] });
    expect(decision.outcome).toBe("non-compliant");
    expect(decision.findings.filter((f) => f.status === "fail").map((f) => `${f.clause} ${f.control} ${f.provenance}`)).toEqual([
      "7(4) facility-entry-control guideline",
      "7(4) facility-power-backup guideline",
      "7(4) facility-environment guideline",
    ]);
  });

  it.each(["information", "system-document"] as const)("%s of 機密性3 with no safeguard is non-compliant (7(2) 当該分類に基づき対策)", (category) => {
    const decision = evaluate({ kind: "asset", organization: "secretariat", category, classification: { confidentiality: 3, integrity: 1, availability: 1 }, safeguards: [] });
    expect(decision.outcome).toBe("non-compliant");
    expect(decision.findings.find((f) => f.control === "confidential-information-handling")).toMatchObject({ status: "fail", clause: "7(2)", provenance: "guideline" });
  });
});

describe("scope by body (5(1)) and by asset (5(2)①); who signs in", () => {
  it("the Union's terminal at a member municipality's counter is in scope and judged like any other", () => {
    const counter: Subject = { kind: "asset", organization: "secretariat", location: "member-municipality-counter", category: "terminal", zone: "mynumber", classification: C3, safeguards: [] };
    const decision = evaluate(counter);
    expect(decision.outcome).toBe("non-compliant");
    expect(decision.findings[0]).toMatchObject({ control: "scope-organization", status: "pass", clause: "5(1)" });
    expect(decision.findings[0]?.message.ja).toContain("5(2)①");
    expect(decision.findings.find((f) => f.control === "mynumber-no-carry-out")?.status).toBe("fail");
  });

  it.each([
    ["outsider", "non-compliant", "fail"],
    ["contractor", "needs-review", "manual"],
    ["municipal-staff", "compliant", "pass"],
    ["regular", "compliant", "pass"],
  ] as const)("a %s signing in to a マイナンバー系 terminal with two factors is %s (7(6), guideline)", (person, outcome, status) => {
    const subject: Subject = { kind: "sign-in", zone: "mynumber", person, factors: ["knowledge", "possession"] };
    expect(evaluate(subject).outcome).toBe(outcome);
    expect(findingOf(subject, "mynumber-sign-in-person", undefined)?.status).toBe(status);
  });

  it("municipal staff are not 職員, but the access rules apply to them (3(15), 7(6))", () => {
    const access: Subject = { kind: "access", person: "municipal-staff", authorized: false, trained: false, classification: C3 };
    const decision = evaluate(access);
    expect(decision.findings.find((f) => f.control === "access-control")?.status).toBe("fail");
  });
});

describe("screen transfer is sanitisation (7(3), guideline)", () => {
  it("an internet→LGWAN screen transfer without `sanitized` is compliant", () => {
    const subject: Subject = { kind: "transfer", from: "internet", to: "lgwan", channel: "screen-transfer", classification: { confidentiality: 1, integrity: 1, availability: 1 } };
    expect(evaluate(subject).outcome).toBe("compliant");
    expect(findingOf(subject, "internet-sanitization")).toMatchObject({ status: "pass", provenance: "guideline" });
  });

  it("but a screen transfer into マイナンバー利用事務系 from the Internet zone still breaks the separation", () => {
    expect(evaluate({ kind: "transfer", from: "internet", to: "mynumber", channel: "screen-transfer" }).outcome).toBe("non-compliant");
  });
});

describe("dates: a decision states the asOf it was judged by and where it came from", () => {
  const posture: Subject = {
    kind: "organization",
    organization: "secretariat",
    asOf: "2020-01-01",
    lastTraining: "2019-06-01",
    lastAudit: "2019-06-01",
    lastSelfInspection: "2019-06-01",
  };

  it("an organization subject's own asOf is used without the option, and the decision says so", () => {
    expect(evaluate(posture).asOf).toEqual({ date: "2020-01-01", source: "subject" });
    expect(evaluate(posture, { asOf: "2026-11-25" }).asOf).toEqual({ date: "2026-11-25", source: "option" });
    expect(evaluate(posture, { asOf: "2026-11-25" }).findings.find((f) => f.control === "training-interval")?.status).toBe("fail");
    expect(evaluate({ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] })).not.toHaveProperty("asOf");
  });
});

describe("cloud-use.classification was read by no control, and is gone", () => {
  it("is invalid input now", () => {
    expect(safeEvaluate({ kind: "cloud-use", usageRulesInPlace: true, measuresTaken: true, classification: C3 }).success).toBe(false);
  });
});
