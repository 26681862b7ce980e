/**
 * Invariant 1: "No `transfer` between `mynumber` and any other zone is compliant without a
 * recorded exception." A recorded exception counts only if approved by the CISO, naming
 * `mynumber-isolation`, opening exactly the link crossed, and valid as of the as-of date
 * (invariant 13). Judged as of EXCEPTION_AS_OF; without an as-of date no exception counts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type RecordedException, type TransferChannel, type TransferSubject, type Zone } from "../../src/index.js";
import { CHANNELS, ZONES, transferArbitrary } from "../arbitraries/subjects.js";
import {
  BOOLEAN_OR_ABSENT,
  CLASSIFICATIONS_OR_ABSENT,
  ORGANIZATIONS_OR_ABSENT,
  RUNS,
  compact,
  EXCEPTION_AS_OF,
  coversControl,
  exceptionVariants,
  findingOf,
  isOutOfScope,
  product,
} from "./support.js";

const ISOLATION = "mynumber-isolation";

function crossesMynumber(subject: Pick<TransferSubject, "from" | "to">): boolean {
  return subject.from !== subject.to && (subject.from === "mynumber" || subject.to === "mynumber");
}

/** The invariant, and what the engine must do around it, for one transfer. */
function checkTransfer(subject: TransferSubject): void {
  const decision = evaluate(subject, { asOf: EXCEPTION_AS_OF });
  if (crossesMynumber(subject) && !isOutOfScope(decision)) expect(evaluate(subject).outcome).toBe("non-compliant");
  if (!crossesMynumber(subject)) return;
  if (isOutOfScope(decision)) {
    // Another body's transfer is not judged at all (5(1)): not-applicable, never compliant.
    expect(decision.outcome).toBe("not-applicable");
    return;
  }
  const isolation = findingOf(decision, ISOLATION);
  expect(isolation?.clause).toBe("7(3)①");
  if (coversControl(subject.exception, ISOLATION, subject)) {
    expect(isolation?.status).toBe("pass");
    expect(isolation?.exception?.reference).toBe(subject.exception?.reference);
  } else {
    expect(decision.outcome).not.toBe("compliant");
    expect(decision.outcome).toBe("non-compliant");
    expect(isolation?.status).toBe("fail");
    expect(isolation?.exception).toBeUndefined();
  }
}

describe("Invariant 1: no transfer between mynumber and another zone is compliant without a recorded exception (CISO, covering mynumber-isolation)", () => {
  it("holds exhaustively: zones × zones × channels × sanitized × encrypted × classification × organisation × exception", () => {
    const exceptions = exceptionVariants(ISOLATION);
    const channels: readonly (TransferChannel | undefined)[] = [undefined, ...CHANNELS];
    let cases = 0;
    let crossing = 0;
    let compliantCrossings = 0;
    for (const [from, to, channel, sanitized, encrypted, classification, organization, variant] of product(
      ZONES as readonly Zone[],
      ZONES as readonly Zone[],
      channels,
      BOOLEAN_OR_ABSENT,
      BOOLEAN_OR_ABSENT,
      CLASSIFICATIONS_OR_ABSENT,
      ORGANIZATIONS_OR_ABSENT,
      exceptions,
    )) {
      const subject = compact<TransferSubject>({
        kind: "transfer",
        from,
        to,
        channel,
        sanitized,
        encrypted,
        classification,
        organization,
        exception: variant.exception,
      });
      checkTransfer(subject);
      cases++;
      if (crossesMynumber(subject)) {
        crossing++;
        if (evaluate(subject, { asOf: EXCEPTION_AS_OF }).outcome === "compliant") {
          compliantCrossings++;
          expect(coversControl(subject.exception, ISOLATION, subject), JSON.stringify(subject)).toBe(true);
        }
      }
    }
    // 3 × 3 × 5 × 3 × 3 × 13 × 3 × 16 = 252,720 transfers, 4/9 of them crossing into or out of mynumber.
    expect(cases).toBe(252_720);
    expect(crossing).toBe(112_320);
    // Not vacuous: with an effective exception some crossings are compliant.
    expect(compliantCrossings).toBeGreaterThan(0);
  }, 30_000);

  it("holds for random transfers (fast-check), crossing forced", () => {
    const crossingTransfer = fc
      .tuple(transferArbitrary, fc.constantFrom<[Zone, Zone]>(["mynumber", "lgwan"], ["mynumber", "internet"], ["lgwan", "mynumber"], ["internet", "mynumber"]))
      .map(([subject, [from, to]]) => ({ ...subject, from, to }));
    fc.assert(
      fc.property(crossingTransfer, (subject) => {
        checkTransfer(subject);
        if (evaluate(subject, { asOf: EXCEPTION_AS_OF }).outcome === "compliant") expect(coversControl(subject.exception, ISOLATION, subject)).toBe(true);
      }),
      { numRuns: RUNS.light },
    );
  });

  it("holds for any random transfer: compliant and crossing implies an effective exception", () => {
    fc.assert(
      fc.property(transferArbitrary, (subject) => {
        checkTransfer(subject);
      }),
      { numRuns: RUNS.light },
    );
  });

  it("the exception is what makes the difference (the same transfer without it is non-compliant)", () => {
    const exception: RecordedException = { reference: "EX-2026-014", approverRole: "ciso", controls: [ISOLATION], validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } };
    const subject: TransferSubject = {
      kind: "transfer",
      from: "mynumber",
      to: "lgwan",
      channel: "network",
      encrypted: true,
      classification: { confidentiality: 3, integrity: 2, availability: 1 },
      exception,
    };
    const asOf = { asOf: EXCEPTION_AS_OF };
    expect(evaluate(subject, asOf).outcome).toBe("compliant");
    const { exception: _exception, ...without } = subject;
    expect(evaluate(without, asOf).outcome).toBe("non-compliant");
    expect(evaluate(subject).outcome).toBe("non-compliant"); // no as-of date: the period cannot be judged
    expect(evaluate({ ...subject, exception: { ...exception, approverRole: "security-officer" } }, asOf).outcome).toBe("non-compliant");
    expect(evaluate({ ...subject, exception: { ...exception, controls: ["internet-sanitization"] } }, asOf).outcome).toBe("non-compliant");
    expect(evaluate({ ...subject, exception: { ...exception, validUntil: "2026-11-24" } }, asOf).outcome).toBe("non-compliant");
    expect(evaluate({ ...subject, exception: { ...exception, link: { from: "lgwan", to: "mynumber" } } }, asOf).outcome).toBe("non-compliant");
  });
});
