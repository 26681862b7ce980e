import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, extendPolicy, policy, safeExtendPolicy, type Decision, type Policy, type Subject } from "../../src/index.js";
import { APPROVAL_FLAGS, strongerVariants, subjectArbitrary } from "../arbitraries/subjects.js";
import { PROTECTIVE_FACTS } from "../../src/overlay/compile-rule.js";
import { GRID } from "../controls/enumerate.js";
import { overlayArbitrary, outcomeRank, samplePolicy, STATUS_SEVERITY, strictestChanges, strictestParameters, overlayWith } from "./support.js";

// DESIGN.md invariant 9: an overlay never makes any outcome less strict than the base policy's.
//
// It holds by construction (an overlay only adds non-gate controls after the base's, tightens
// monotone parameters, and withdraws exception admissions), and these tests check the
// construction: for random valid overlays and random subjects, and exhaustively over the fixed
// grid of subjects for the sample overlay and for the overlay that tightens everything. The check
// is per finding as well as per outcome: every finding of a base control is at least as severe
// under the extended policy.

const AS_OF_VALUES = [undefined, "2026-04-01", "2027-06-30"] as const;

function assertNoWeaker(base: Decision, extended: Decision, subject: Subject): void {
  if (outcomeRank(extended.outcome) < outcomeRank(base.outcome)) {
    expect.fail(`outcome ${base.outcome} became ${extended.outcome} for ${JSON.stringify(subject)}`);
  }
  // The base's findings come first, control for control (or, for a subject a scope gate excludes, alone).
  expect(extended.findings.length).toBeGreaterThanOrEqual(base.findings.length);
  base.findings.forEach((finding, i) => {
    const after = extended.findings[i];
    if (after === undefined || after.control !== finding.control) expect.fail(`finding ${i} is ${after?.control} instead of ${finding.control}`);
    if (STATUS_SEVERITY[after.status] < STATUS_SEVERITY[finding.status]) {
      expect.fail(`${finding.control}: ${finding.status} became ${after.status} for ${JSON.stringify(subject)}`);
    }
  });
}

const STRICTEST: Policy = extendPolicy(
  policy,
  overlayWith({ id: "strictest", parameters: strictestParameters(), changes: strictestChanges() }) as never,
);

describe("Invariant 9: an overlay never makes any outcome less strict than the base policy's", () => {
  it("for random valid overlays and random subjects (fast-check)", () => {
    let runs = 0;
    let stricter = 0;
    fc.assert(
      fc.property(overlayArbitrary, fc.array(subjectArbitrary, { minLength: 1, maxLength: 8 }), fc.constantFrom(...AS_OF_VALUES), (overlay, subjects, asOf) => {
        const result = safeExtendPolicy(policy, overlay);
        if (!result.success) expect.fail(`a generated overlay was rejected: ${result.error.message}`);
        const extended = result.data;
        const options = asOf === undefined ? {} : { asOf };
        for (const subject of subjects) {
          const base = evaluate(subject, options);
          const after = evaluate(subject, { ...options, policy: extended });
          assertNoWeaker(base, after, subject);
          runs++;
          if (outcomeRank(after.outcome) > outcomeRank(base.outcome)) stricter++;
        }
      }),
      { numRuns: 400 },
    );
    console.info(`invariant 9: ${runs} (overlay, subject) pairs, ${stricter} made stricter, none weaker`);
    // Not vacuous: the generated overlays do tighten some outcomes.
    expect(stricter).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    ["the sample overlay", samplePolicy],
    ["the overlay that tightens every guideline parameter and withdraws every exception admission", STRICTEST],
  ])("exhaustively over the grid of subjects, with and without asOf, for %s", (_, extended) => {
    let stricter = 0;
    for (const asOf of AS_OF_VALUES) {
      const options = asOf === undefined ? {} : { asOf };
      for (const subject of GRID) {
        const base = evaluate(subject, options);
        const after = evaluate(subject, { ...options, policy: extended });
        assertNoWeaker(base, after, subject);
        if (outcomeRank(after.outcome) > outcomeRank(base.outcome)) stricter++;
      }
    }
    expect(GRID.length).toBeGreaterThan(1000);
    expect(stricter).toBeGreaterThan(0);
  }, 120_000);

  it("the check is not vacuous: a weakened policy made by hand (bypassing extendPolicy) is caught", () => {
    const weakened: Policy = Object.freeze({
      ...policy,
      id: "hand-made-weaker",
      parameters: { ...policy.parameters, "training-interval": { trainingCadenceFiscalYears: 5, trainingIntervalMonths: 60 } },
    });
    const caught = GRID.filter((subject) => subject.kind === "organization").some((subject) => {
      try {
        assertNoWeaker(evaluate(subject, { asOf: "2026-04-01" }), evaluate(subject, { asOf: "2026-04-01", policy: weakened }), subject);
        return false;
      } catch {
        return true;
      }
    });
    expect(caught).toBe(true);
    // …and extendPolicy refuses to make it.
    expect(safeExtendPolicy(policy, overlayWith({ parameters: { "training-interval": { trainingCadenceFiscalYears: 5 } } })).success).toBe(false);
    expect(safeExtendPolicy(policy, overlayWith({ parameters: { "training-interval": { trainingIntervalMonths: 60 } } })).success).toBe(false);
  });

  it("a recorded exception cannot undo what the overlay tightened where the overlay withdrew exception admission", () => {
    const subject: Subject = {
      kind: "carry-out",
      zone: "lgwan",
      fromTerminal: false,
      classification: { confidentiality: 2, integrity: 1, availability: 1 },
      approved: true,
      encrypted: false,
      exception: { reference: "EX-2026-001", approverRole: "ciso", controls: ["confidential-encryption"], validUntil: "2027-03-31" },
    };
    const base = evaluate(subject, { asOf: "2026-11-25" });
    const after = evaluate(subject, { policy: samplePolicy, asOf: "2026-11-25" });
    expect(base.findings.find((f) => f.control === "confidential-encryption")).toMatchObject({ status: "pass", exception: { reference: "EX-2026-001" } });
    expect(after.findings.find((f) => f.control === "confidential-encryption")?.status).toBe("fail");
    expect(after.outcome).toBe("non-compliant");
  });
});

describe("Invariant 4 still holds under any valid overlay: a safeguard or an approval never makes an outcome worse", () => {
  it("the facts an overlay rule may not turn against a subject are exactly the approval flags of invariant 4", () => {
    expect(PROTECTIVE_FACTS).toEqual(APPROVAL_FLAGS);
  });

  it("for random valid overlays, random subjects and every one-step strengthening of them (fast-check)", () => {
    let variants = 0;
    fc.assert(
      fc.property(overlayArbitrary, subjectArbitrary, fc.constantFrom(...AS_OF_VALUES), (overlay, subject, asOf) => {
        const extended = safeExtendPolicy(policy, overlay);
        if (!extended.success) expect.fail(extended.error.message);
        const options = asOf === undefined ? { policy: extended.data } : { policy: extended.data, asOf };
        const before = outcomeRank(evaluate(subject, options).outcome);
        for (const variant of strongerVariants(subject, { includeException: true })) {
          variants++;
          const after = evaluate(variant.subject, options).outcome;
          if (outcomeRank(after) > before) expect.fail(`${variant.how} made ${JSON.stringify(subject)} ${after} under ${JSON.stringify(overlay)}`);
        }
      }),
      { numRuns: 400 },
    );
    expect(variants).toBeGreaterThan(400);
  }, 120_000);
});
