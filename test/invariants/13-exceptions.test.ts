/**
 * Invariant 13: "An exception covers only the controls it names, only within its period, only
 * for a control that admits one." (DESIGN.md, Invariants and Decisions: bounded exceptions)
 *
 * Exactly, against an oracle written apart from the engine (`exceptionEffect` in support.ts):
 * comparing a subject with its exception to the same subject without it, judged as of the same
 * date, a finding differs only if it was `fail` and the exception names its control. It is then
 * `pass` with `exception` (reference, period, link) if the control admits one, the approver is the
 * CISO (a guideline default), an exception to `mynumber-isolation` opens exactly the link crossed,
 * and the as-of date is within [validFrom, validUntil]; otherwise it stays `fail` with
 * `exceptionRejected.reason` saying why. Every other finding is identical.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  exceptionApproval,
  policy,
  safeEvaluate,
  UnknownExceptionControlError,
  type Finding,
  type RecordedException,
  type Subject,
  type TransferSubject,
} from "../../src/index.js";
import { KINDS, asOfOptionArbitrary, exceptionArbitrary, subjectArbitraryOf, subjectArbitrary } from "../arbitraries/subjects.js";
import { samplePolicy } from "../overlay/support.js";
import { EXCEPTION_AS_OF, RUNS, control, exceptionEffect, exceptionVariants, withoutException } from "./support.js";

type WithException = Exclude<Subject, { kind: "organization" }>;

const asOfArbitrary = fc.oneof(asOfOptionArbitrary, fc.constantFrom("2026-03-31", "2026-11-25", "2027-03-31", "2027-04-01"));

const subjectWithExceptionArbitrary: fc.Arbitrary<WithException> = fc
  .tuple(subjectArbitrary.filter((subject): subject is WithException => subject.kind !== "organization"), exceptionArbitrary)
  .map(([subject, exception]) => ({ ...subject, exception }));

/** Subjects that fail controls of their kind that admit an exception, so that no grid is vacuous. */
const FAILING: Partial<Record<Subject["kind"], WithException[]>> = {
  "sign-in": [{ kind: "sign-in", zone: "mynumber", factors: [], person: "outsider" }],
  access: [{ kind: "access", person: "outsider", authorized: false, classification: { confidentiality: 2, integrity: 1, availability: 1 } }],
  transfer: [{ kind: "transfer", from: "internet", to: "mynumber", channel: "email", sanitized: false }],
  asset: [{ kind: "asset", organization: "secretariat", category: "server", zone: "mynumber", classification: { confidentiality: 3, integrity: 2, availability: 2 }, safeguards: [] }],
};

/** Checks one subject with its exception against the oracle; returns how many findings it excepted. */
function checkException(subject: WithException, asOf: string | undefined): number {
  const exception = subject.exception as RecordedException;
  const options = asOf === undefined ? undefined : { asOf };
  const withIt = evaluate(subject, options);
  const without = evaluate(withoutException(subject), options);
  expect(without.findings.every((finding) => finding.exception === undefined && finding.exceptionRejected === undefined)).toBe(true);
  expect(withIt.findings.map((finding) => finding.control)).toEqual(without.findings.map((finding) => finding.control));
  let excepted = 0;
  without.findings.forEach((before, i) => {
    const after = withIt.findings[i] as Finding;
    const effect = before.status === "fail" ? exceptionEffect(exception, before.control, subject, asOf) : "not-named";
    if (effect === "not-named") {
      expect(after).toEqual(before);
      return;
    }
    expect(after.control).toBe(before.control);
    expect(after.clause).toBe(before.clause);
    expect(after.provenance).toBe(before.provenance);
    if (effect === "used") {
      excepted++;
      expect(after.status).toBe("pass");
      expect(after.exceptionRejected).toBeUndefined();
      expect(after.exception?.reference).toBe(exception.reference);
      expect(after.exception?.validUntil).toBe(exception.validUntil);
      expect(after.exception?.validFrom).toBe(exception.validFrom);
      expect(after.message.ja).toContain(exception.validUntil);
      // 原則として only where the basic policy says it (mynumber-isolation is the only such control).
      expect(after.message.ja.includes("原則として")).toBe(after.provenance === "basic-policy");
    } else {
      expect(after.status).toBe("fail");
      expect(after.exception).toBeUndefined();
      expect(after.exceptionRejected?.reason).toBe(effect);
      expect(after.exceptionRejected?.reference).toBe(exception.reference);
      expect(after.exceptionRejected?.message.ja.length).toBeGreaterThan(0);
    }
  });
  // The outcome is the worst finding, whatever the exception did.
  if (withIt.findings.some((finding) => finding.status === "fail")) expect(withIt.outcome).toBe("non-compliant");
  return excepted;
}

describe("Invariant 13: an exception covers only the controls it names, only within its period, only for a control that admits one", () => {
  it("admitting controls: the guideline ones except the complete separation, and of the basic policy only mynumber-isolation (原則として)", () => {
    const basicAdmitting = policy.controls.filter((each) => each.provenance === "basic-policy" && each.admitsException).map((each) => each.id);
    expect(basicAdmitting).toEqual(["mynumber-isolation"]);
    const guidelineNot = policy.controls.filter((each) => each.provenance === "guideline" && !each.admitsException).map((each) => each.id);
    expect(guidelineNot).toEqual(["mynumber-internet-separation"]);
    expect(control("mynumber-internet-separation").requirement.ja.startsWith("【ガイドラインに基づく既定値】")).toBe(true);
    for (const each of policy.controls) if (each.gate) expect(each.admitsException, each.id).toBe(false);
    expect(exceptionApproval).toMatchObject({ approverRoles: ["ciso"], provenance: "guideline" });
    expect(exceptionApproval.text.ja).toContain("基本方針は承認者を定めていない");
  });

  it("holds for random subjects of every kind, random exceptions and random as-of dates (fast-check)", () => {
    fc.assert(fc.property(subjectWithExceptionArbitrary, asOfArbitrary, (subject, asOf) => void checkException(subject, asOf)), { numRuns: RUNS.normal });
  });

  it.each(KINDS.filter((kind) => kind !== "organization"))("holds exhaustively for %s: every control of the kind × every exception variant × as-of (none, inside, edges)", (kind) => {
    const samples = [...(fc.sample(subjectArbitraryOf[kind] as fc.Arbitrary<Subject>, { numRuns: 12, seed: 13 }) as WithException[]), ...(FAILING[kind] ?? [])];
    const targets = policy.controls.filter((each) => each.checks[kind] !== undefined).map((each) => each.id);
    let excepted = 0;
    let rejected = 0;
    for (const target of targets) {
      for (const variant of exceptionVariants(target)) {
        if (variant.exception === undefined) continue;
        for (const asOf of [undefined, EXCEPTION_AS_OF, "2027-03-31", "2027-04-01"]) {
          for (const sample of samples) {
            const subject = { ...sample, exception: variant.exception } as WithException;
            excepted += checkException(subject, asOf);
            rejected += evaluate(subject, asOf === undefined ? undefined : { asOf }).findings.filter((finding) => finding.exceptionRejected !== undefined).length;
          }
        }
      }
    }
    // Not vacuous where a control of the kind admits an exception.
    if (policy.controls.some((each) => each.admitsException && each.checks[kind] !== undefined)) expect(excepted).toBeGreaterThan(0);
    else expect(excepted).toBe(0);
    expect(rejected).toBeGreaterThan(0);
  });

  it("the period, exhaustively: validFrom (absent or 3 dates) × validUntil (3 dates) × asOf (absent or 5 dates): used iff validFrom ≤ asOf ≤ validUntil", () => {
    const dates = ["2026-04-01", "2026-11-25", "2027-03-31"];
    const asOfs = [undefined, "2026-03-31", ...dates, "2027-04-01"];
    const base: TransferSubject = { kind: "transfer", from: "lgwan", to: "mynumber", channel: "network" };
    let cells = 0;
    for (const validFrom of [undefined, ...dates]) {
      for (const validUntil of dates) {
        for (const asOf of asOfs) {
          const exception: RecordedException = {
            reference: "EX-P",
            approverRole: "ciso",
            controls: ["mynumber-isolation"],
            validUntil,
            link: { from: "lgwan", to: "mynumber" },
            ...(validFrom === undefined ? {} : { validFrom }),
          };
          const finding = evaluate({ ...base, exception }, asOf === undefined ? undefined : { asOf }).findings.find((f) => f.control === "mynumber-isolation");
          const inside = asOf !== undefined && (validFrom === undefined || validFrom <= asOf) && asOf <= validUntil;
          expect(finding?.status, JSON.stringify({ validFrom, validUntil, asOf })).toBe(inside ? "pass" : "fail");
          const expected = asOf === undefined ? "no-as-of" : validFrom !== undefined && asOf < validFrom ? "not-yet-valid" : "expired";
          if (!inside) expect(finding?.exceptionRejected?.reason).toBe(expected);
          cells++;
        }
      }
    }
    expect(cells).toBe(4 * 3 * 6);
  });

  it("an isolation exception covers only the link it names, in that direction; mynumber↔internet is never opened (complete separation)", () => {
    const zones = ["mynumber", "lgwan", "internet"] as const;
    for (const from of zones) {
      for (const to of zones) {
        for (const linkFrom of zones) {
          for (const linkTo of zones) {
            const subject: TransferSubject = {
              kind: "transfer",
              from,
              to,
              channel: "network",
              sanitized: true,
              exception: { reference: "EX-L", approverRole: "ciso", controls: ["mynumber-isolation", "mynumber-internet-separation"], validUntil: "2027-03-31", link: { from: linkFrom, to: linkTo } },
            };
            const decision = evaluate(subject, { asOf: EXCEPTION_AS_OF });
            const isolation = decision.findings.find((f) => f.control === "mynumber-isolation");
            const separation = decision.findings.find((f) => f.control === "mynumber-internet-separation");
            const crossing = from !== to && (from === "mynumber" || to === "mynumber");
            if (crossing) expect(isolation?.status).toBe(linkFrom === from && linkTo === to ? "pass" : "fail");
            const internetLink = (from === "mynumber" && to === "internet") || (from === "internet" && to === "mynumber");
            expect(separation?.status).toBe(internetLink ? "fail" : from === "mynumber" || to === "mynumber" ? "pass" : "not-applicable");
            if (internetLink) {
              expect(separation?.exceptionRejected?.reason).toBe("not-admitted");
              expect(decision.outcome).toBe("non-compliant");
            }
          }
        }
      }
    }
  });

  it("no finding of a subject without an exception names one, and organisation subjects (which cannot carry one) never do", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfArbitrary, (subject, asOf) => {
        const options = asOf === undefined ? undefined : { asOf };
        const decision = evaluate(subject.kind === "organization" ? subject : withoutException(subject), options);
        expect(decision.findings.every((finding) => finding.exception === undefined && finding.exceptionRejected === undefined)).toBe(true);
      }),
      { numRuns: RUNS.light },
    );
  });

  it("a control id the policy does not have is invalid input with did-you-mean: safeEvaluate reports it, evaluate throws a typed error", () => {
    const subject: TransferSubject = {
      kind: "transfer",
      from: "mynumber",
      to: "lgwan",
      exception: { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation", "mynumber-isolaton"], validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } },
    };
    const result = safeEvaluate(subject, { asOf: EXCEPTION_AS_OF });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({ at: "exception.controls[1]", code: "unknown_control" });
    expect(result.error.issues[0]?.message).toContain('did you mean "mynumber-isolation"');
    expect(() => evaluate(subject)).toThrow(UnknownExceptionControlError);
    try {
      evaluate(subject);
    } catch (error) {
      expect((error as UnknownExceptionControlError).unknown).toEqual([{ index: 1, id: "mynumber-isolaton", suggestions: expect.arrayContaining(["mynumber-isolation"]) }]);
    }
  });

  it("the ids are checked against the policy in use: an overlay's own control may be named there, not in the base policy", () => {
    const own = samplePolicy.controls.find((each) => each.provenance === "organization" && each.admitsException);
    expect(own).toBeDefined();
    const subject: Subject = { kind: "software-use", approved: false, exception: { reference: "EX-O", approverRole: "ciso", controls: [own?.id ?? ""], validUntil: "2027-03-31" } };
    expect(safeEvaluate(subject, { policy: samplePolicy }).success).toBe(true);
    expect(safeEvaluate(subject).success).toBe(false);
  });

  it("a blanket, blank or unbounded exception is invalid input", () => {
    const base = { kind: "software-use", approved: false } as const;
    for (const exception of [
      { reference: "EX-1", approverRole: "ciso", validUntil: "2027-03-31" },
      { reference: "EX-1", approverRole: "ciso", controls: [], validUntil: "2027-03-31" },
      { reference: " ", approverRole: "ciso", controls: ["approved-software-only"], validUntil: "2027-03-31" },
      { reference: " EX-1", approverRole: "ciso", controls: ["approved-software-only"], validUntil: "2027-03-31" },
      { reference: "EX-1", approverRole: "ciso", controls: ["approved-software-only"] },
    ]) {
      expect(safeEvaluate({ ...base, exception }).success, JSON.stringify(exception)).toBe(false);
    }
  });
});
