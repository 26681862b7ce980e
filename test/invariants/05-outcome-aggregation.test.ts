/**
 * Invariant 5: "Outcome aggregation is order-independent (findings in any order give the same
 * outcome)." And the outcome is the worst finding: fail > manual > pass > not-applicable, as
 * non-compliant > needs-review > compliant > not-applicable; a decision's outcome is exactly that
 * aggregate of its own findings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OUTCOME_BY_SEVERITY, STATUS_SEVERITY, evaluate, outcomeOf, type FindingStatus, type Outcome } from "../../src/index.js";
import { asOfOptionArbitrary, subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS, multisetsUpTo, permutations, statusesOf } from "./support.js";

const STATUSES: readonly FindingStatus[] = ["pass", "fail", "manual", "not-applicable"];

/** The design's rule, written independently of the engine's tables. */
function expectedOutcome(statuses: readonly FindingStatus[]): Outcome {
  if (statuses.includes("fail")) return "non-compliant";
  if (statuses.includes("manual")) return "needs-review";
  if (statuses.includes("pass")) return "compliant";
  return "not-applicable";
}

const statusListArbitrary = fc.array(fc.constantFrom(...STATUSES), { maxLength: 50 });

describe("Invariant 5: outcome aggregation is order-independent (findings in any order give the same outcome)", () => {
  it("the engine's severity tables are the design's order", () => {
    expect([...STATUSES].sort((a, b) => STATUS_SEVERITY[a] - STATUS_SEVERITY[b])).toEqual(["not-applicable", "pass", "manual", "fail"]);
    expect(OUTCOME_BY_SEVERITY).toEqual(["not-applicable", "compliant", "needs-review", "non-compliant"]);
  });

  it("holds exhaustively: every multiset of statuses up to size 4, in every order", () => {
    const multisets = multisetsUpTo(STATUSES, 4);
    let orders = 0;
    for (const multiset of multisets) {
      const expected = expectedOutcome(multiset);
      for (const order of permutations(multiset)) {
        expect(outcomeOf(order), JSON.stringify(order)).toBe(expected);
        // Any iterable, not just arrays (a one-shot generator).
        expect(outcomeOf((function* () { yield* order; })())).toBe(expected);
        orders++;
      }
    }
    // C(4+k-1, k) for k = 0…4: 1 + 4 + 10 + 20 + 35.
    expect(multisets).toHaveLength(70);
    // Distinct orders: Σ over multisets of k!/∏ m_i! = 1 + 4 + 16 + 64 + 256 = 4^0 + … + 4^4 (every sequence once).
    expect(orders).toBe(341);
  });

  it("holds for random status lists and any permutation of them (fast-check)", () => {
    const listAndPermutation = statusListArbitrary.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(listAndPermutation, ([list, permuted]) => {
        expect(outcomeOf(permuted)).toBe(outcomeOf(list));
        expect(outcomeOf(list)).toBe(expectedOutcome(list));
        expect(outcomeOf([...list].reverse())).toBe(outcomeOf(list));
      }),
      { numRuns: RUNS.light },
    );
  });

  it("is the maximum of a join: outcomeOf(a ++ b) is the worse of outcomeOf(a) and outcomeOf(b)", () => {
    fc.assert(
      fc.property(statusListArbitrary, statusListArbitrary, (a, b) => {
        const rank = (outcome: Outcome) => OUTCOME_BY_SEVERITY.indexOf(outcome);
        expect(rank(outcomeOf([...a, ...b]))).toBe(Math.max(rank(outcomeOf(a)), rank(outcomeOf(b))));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("every decision's outcome is the aggregate of its findings, in their order and in any other", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, fc.nat(), (subject, asOf, seed) => {
        const decision = evaluate(subject, asOf === undefined ? undefined : { asOf });
        const statuses = statusesOf(decision);
        expect(decision.outcome).toBe(outcomeOf(statuses));
        expect(decision.outcome).toBe(expectedOutcome(statuses));
        // A deterministic shuffle of the findings gives the same outcome.
        const shuffled = [...statuses];
        let state = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          state = (state * 1103515245 + 12345) >>> 0;
          const j = state % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as FindingStatus, shuffled[i] as FindingStatus];
        }
        expect(outcomeOf(shuffled)).toBe(decision.outcome);
      }),
      { numRuns: RUNS.light },
    );
  });
});
