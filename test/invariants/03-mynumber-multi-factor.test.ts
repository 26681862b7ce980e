/**
 * Invariant 3: "No `sign-in` to a `mynumber` terminal with fewer than two factor kinds is
 * compliant, exception or not." Kinds are counted distinct: `["knowledge", "knowledge"]` is one
 * kind. Factors not stated cannot be compliant either (a missing fact is `manual`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type FactorKind, type PersonCategory, type SignInSubject } from "../../src/index.js";
import { FACTOR_KINDS, PERSON_CATEGORIES, signInArbitrary } from "../arbitraries/subjects.js";
import { ORGANIZATIONS_OR_ABSENT, RUNS, compact, control, exceptionVariants, findingOf, isOutOfScope, product, sequencesUpTo } from "./support.js";

const MULTI_FACTOR = "mynumber-multi-factor";

const distinctKinds = (factors: readonly FactorKind[] | undefined): number => new Set(factors ?? []).size;

function checkSignIn(subject: SignInSubject): void {
  const decision = evaluate(subject);
  if (subject.zone !== "mynumber") return;
  if (isOutOfScope(decision)) {
    expect(decision.outcome).toBe("not-applicable");
    return;
  }
  const finding = findingOf(decision, MULTI_FACTOR);
  expect(finding?.clause).toBe("7(3)①");
  expect(finding?.exception).toBeUndefined();
  if (subject.factors === undefined) {
    expect(finding?.status).toBe("manual");
    expect(decision.outcome).not.toBe("compliant");
  } else if (distinctKinds(subject.factors) < 2) {
    expect(finding?.status).toBe("fail");
    expect(decision.outcome).toBe("non-compliant");
  } else {
    expect(finding?.status).toBe("pass");
  }
}

describe("Invariant 3: no sign-in to a mynumber terminal with fewer than two factor kinds is compliant, exception or not", () => {
  it("mynumber-multi-factor admits no exception", () => {
    expect(control(MULTI_FACTOR).admitsException).toBe(false);
  });

  it("holds exhaustively: every factor list up to length 4 (every multiset in every order) and absent × exception × person × organisation", () => {
    const factorLists: readonly (FactorKind[] | undefined)[] = [undefined, ...sequencesUpTo(FACTOR_KINDS, 4)];
    const persons: readonly (PersonCategory | undefined)[] = [undefined, ...PERSON_CATEGORIES];
    let cases = 0;
    let tooFew = 0;
    let compliant = 0;
    for (const [factors, variant, person, organization] of product(factorLists, exceptionVariants(MULTI_FACTOR, "sign-in-authentication"), persons, ORGANIZATIONS_OR_ABSENT)) {
      const subject = compact<SignInSubject>({ kind: "sign-in", zone: "mynumber", factors, person, organization, exception: variant.exception });
      checkSignIn(subject);
      cases++;
      const outcome = evaluate(subject).outcome;
      if (factors === undefined || distinctKinds(factors) < 2) {
        tooFew++;
        expect(outcome, JSON.stringify(subject)).not.toBe("compliant");
      }
      if (outcome === "compliant") compliant++;
    }
    // (1 absent + 1 + 3 + 9 + 27 + 81 lists) × 16 exceptions × 7 persons (absent and six categories) × 3 organisations
    expect(cases).toBe(122 * 16 * 7 * 3);
    // Lists with fewer than two kinds: absent, [], 3 × (k), 3 × (k,k), 3 × (k,k,k), 3 × (k,k,k,k).
    expect(tooFew).toBe(14 * 16 * 7 * 3);
    // Not vacuous: two or more kinds are compliant.
    expect(compliant).toBeGreaterThan(0);
  });

  it("holds for random sign-ins to mynumber (fast-check), including long lists with repeats", () => {
    const toMynumber = fc
      .tuple(signInArbitrary, fc.option(fc.array(fc.constantFrom(...FACTOR_KINDS), { maxLength: 16 }), { nil: undefined }))
      .map(([subject, factors]) => compact<SignInSubject>({ ...subject, zone: "mynumber", factors: factors ?? subject.factors }));
    fc.assert(fc.property(toMynumber, checkSignIn), { numRuns: RUNS.light });
  });

  it("holds for any random sign-in: compliant in mynumber implies two or more distinct kinds", () => {
    fc.assert(
      fc.property(signInArbitrary, (subject) => {
        checkSignIn(subject);
        if (subject.zone === "mynumber" && evaluate(subject).outcome === "compliant") expect(distinctKinds(subject.factors)).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: RUNS.light },
    );
  });
});
