/**
 * "A recorded exception (例外措置) approved by the CISO turns a `fail` into `pass`, and the finding
 * says which exception was used, but only for a control that admits exceptions … Nothing else
 * turns a fail into a pass." (DESIGN.md, Decisions)
 *
 * Exactly: comparing a subject with its exception to the same subject without it, a finding
 * differs only if it was `fail`, its control has `admitsException: true`, the approver is the
 * CISO and the exception's `controls` is absent or names the control; it is then `pass` with
 * `exception.reference` (and `approvedBy` if recorded). Every other finding is identical, and no
 * finding of a subject without an exception has `exception`. The exception never touches
 * `mynumber-no-carry-out` or `mynumber-multi-factor`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, policy, type Decision, type Finding, type FindingStatus, type RecordedException, type Subject } from "../../src/index.js";
import { KINDS, exceptionArbitrary, subjectArbitraryOf, subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS, control, coversControl, exceptionVariants, withoutException, } from "./support.js";

type WithException = Exclude<Subject, { kind: "organization" }>;

const subjectWithExceptionArbitrary: fc.Arbitrary<WithException> = fc
  .tuple(subjectArbitrary.filter((subject): subject is WithException => subject.kind !== "organization"), exceptionArbitrary)
  .map(([subject, exception]) => ({ ...subject, exception }));

/** The finding the exception should make of a finding without it. */
function expectedWith(finding: Finding, exception: RecordedException): "same" | "excepted" {
  return finding.status === "fail" && control(finding.control).admitsException && coversControl(exception, finding.control) ? "excepted" : "same";
}

function checkException(subject: WithException): void {
  const exception = subject.exception as RecordedException;
  const withIt = evaluate(subject);
  const without = evaluate(withoutException(subject));
  expect(without.findings.every((finding) => finding.exception === undefined)).toBe(true);
  expect(withIt.findings.map((finding) => finding.control)).toEqual(without.findings.map((finding) => finding.control));
  without.findings.forEach((before, i) => {
    const after = withIt.findings[i] as Finding;
    if (expectedWith(before, exception) === "same") {
      expect(after).toEqual(before);
      expect(after.exception).toBeUndefined();
    } else {
      expect(after.status).toBe("pass");
      expect(after.control).toBe(before.control);
      expect(after.clause).toBe(before.clause);
      expect(after.exception?.reference).toBe(exception.reference);
      expect(after.exception).toEqual(exception.approvedBy === undefined ? { reference: exception.reference } : { reference: exception.reference, approvedBy: exception.approvedBy });
    }
    if (before.control === "mynumber-no-carry-out" || before.control === "mynumber-multi-factor") expect(after).toEqual(before);
  });
}

describe("exception semantics: a CISO exception turns fail into pass only for controls that admit one and that it covers; nothing else does", () => {
  it("the controls that admit an exception are the guideline ones and mynumber-isolation (原則として), never the no-carry-out and multi-factor rules", () => {
    for (const each of policy.controls) {
      if (each.provenance === "guideline") expect(each.admitsException, each.id).toBe(true);
      if (each.gate) expect(each.admitsException, each.id).toBe(false);
    }
    const basicAdmitting = policy.controls.filter((each) => each.provenance === "basic-policy" && each.admitsException).map((each) => each.id);
    expect(basicAdmitting).toEqual(["mynumber-isolation"]);
    expect(control("mynumber-no-carry-out").admitsException).toBe(false);
    expect(control("mynumber-multi-factor").admitsException).toBe(false);
  });

  it("holds for random subjects of every kind with random exceptions (fast-check)", () => {
    fc.assert(fc.property(subjectWithExceptionArbitrary, checkException), { numRuns: RUNS.light });
  });

  it.each(KINDS.filter((kind) => kind !== "organization"))("holds for %s with every exception variant, for every control of the kind as the target", (kind) => {
    const samples = fc.sample(subjectArbitraryOf[kind] as fc.Arbitrary<Subject>, { numRuns: 25, seed: 5 }) as WithException[];
    // Every control of the kind as the target, and one that runs for no kind.
    const targets = [...policy.controls.filter((each) => each.checks[kind] !== undefined).map((each) => each.id), "no-such-control"];
    let excepted = 0;
    for (const target of targets) {
      for (const variant of exceptionVariants(target)) {
        if (variant.exception === undefined) continue;
        for (const sample of samples) {
          const subject = { ...sample, exception: variant.exception } as WithException;
          checkException(subject);
          excepted += evaluate(subject).findings.filter((finding) => finding.exception !== undefined).length;
        }
      }
    }
    // Not vacuous where a control of the kind admits an exception (outsourcing and cloud-use have none: all basic-policy).
    if (policy.controls.some((each) => each.admitsException && each.checks[kind] !== undefined)) expect(excepted).toBeGreaterThan(0);
    else expect(excepted).toBe(0);
  });

  it("no finding of a subject without an exception names one, and organisation subjects (which cannot carry one) never do", () => {
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        const decision: Decision = evaluate(subject.kind === "organization" ? subject : withoutException(subject));
        expect(decision.findings.every((finding) => finding.exception === undefined)).toBe(true);
        if (subject.kind === "organization") expect(evaluate(subject).findings.every((finding) => finding.exception === undefined)).toBe(true);
      }),
      { numRuns: RUNS.light },
    );
  });

  it("an exception never makes any finding worse, nor changes a non-fail status", () => {
    fc.assert(
      fc.property(subjectWithExceptionArbitrary, (subject) => {
        const withIt = evaluate(subject);
        const without = evaluate(withoutException(subject));
        without.findings.forEach((before, i) => {
          const after = (withIt.findings[i] as Finding).status;
          const allowed: FindingStatus[] = before.status === "fail" ? ["fail", "pass"] : [before.status];
          expect(allowed).toContain(after);
        });
      }),
      { numRuns: RUNS.normal },
    );
  });
});
