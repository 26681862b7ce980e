/**
 * Invariant 2: "No `carry-out` that leaves a `mynumber` terminal is compliant, exception or
 * not." A carry-out leaves a mynumber terminal when `zone` is `mynumber` and `fromTerminal` is
 * `true`. `mynumber-no-carry-out` admits no exception (7(3)① does not say 原則として of it).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type CarryOutSubject } from "../../src/index.js";
import { carryOutArbitrary, exceptionArbitrary, IN_SCOPE_ORGANIZATIONS } from "../arbitraries/subjects.js";
import { BOOLEAN_OR_ABSENT, CLASSIFICATIONS_OR_ABSENT, RUNS, compact, control, exceptionVariants, findingOf, isOutOfScope, product } from "./support.js";

const NO_CARRY_OUT = "mynumber-no-carry-out";

function checkCarryOut(subject: CarryOutSubject): void {
  const decision = evaluate(subject);
  expect(decision.outcome).not.toBe("compliant");
  if (isOutOfScope(decision)) return;
  expect(decision.outcome).toBe("non-compliant");
  const finding = findingOf(decision, NO_CARRY_OUT);
  expect(finding?.status).toBe("fail");
  expect(finding?.clause).toBe("7(3)①");
  expect(finding?.exception).toBeUndefined();
}

describe("Invariant 2: no carry-out that leaves a mynumber terminal is compliant, exception or not", () => {
  it("mynumber-no-carry-out admits no exception", () => {
    expect(control(NO_CARRY_OUT).admitsException).toBe(false);
    expect(control(NO_CARRY_OUT).provenance).toBe("basic-policy");
  });

  it("holds exhaustively: approved × encrypted × classification (12 and absent) × exception × organisation", () => {
    const organizations = [undefined, ...IN_SCOPE_ORGANIZATIONS, { outside: "仙台市" }];
    let cases = 0;
    for (const [approved, encrypted, classification, variant, organization] of product(
      BOOLEAN_OR_ABSENT,
      BOOLEAN_OR_ABSENT,
      CLASSIFICATIONS_OR_ABSENT,
      exceptionVariants(NO_CARRY_OUT, "confidential-carry-out-approval"),
      organizations,
    )) {
      checkCarryOut(
        compact<CarryOutSubject>({
          kind: "carry-out",
          zone: "mynumber",
          fromTerminal: true,
          approved,
          encrypted,
          classification,
          organization,
          exception: variant.exception,
        }),
      );
      cases++;
    }
    // 3 × 3 × 13 × 11 × 6
    expect(cases).toBe(11_232);
  });

  it("holds for random carry-outs forced off a mynumber terminal (fast-check)", () => {
    const leaving = fc
      .tuple(carryOutArbitrary, fc.option(exceptionArbitrary, { nil: undefined }))
      .map(([subject, exception]) => compact<CarryOutSubject>({ ...subject, zone: "mynumber", fromTerminal: true, exception: exception ?? subject.exception }));
    fc.assert(fc.property(leaving, checkCarryOut), { numRuns: RUNS.light });
  });

  it("holds for any random carry-out: compliant implies it does not leave a mynumber terminal", () => {
    fc.assert(
      fc.property(carryOutArbitrary, (subject) => {
        if (evaluate(subject).outcome === "compliant") expect(subject.zone === "mynumber" && subject.fromTerminal === true).toBe(false);
      }),
      { numRuns: RUNS.light },
    );
  });
});
