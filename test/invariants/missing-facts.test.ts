/**
 * "A fact that a control needs and the subject does not give is `manual`, never `pass`"
 * (DESIGN.md, Decisions), checked at the decision level: removing any optional field of a
 * random subject never turns a finding that was not `pass` into `pass`, and every `pass` finding
 * has every fact its control declares (`facts`) for the kind.
 *
 * `organization` is left out on purpose: absent means "the Union's own" (the subject types say
 * so), which is in scope, so removing the name of another body rightly turns the scope gate's
 * `not-applicable` into `pass`. For in-scope subjects removing it changes no status.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, isInScope, policy, type EvaluateOptions, type Subject } from "../../src/index.js";
import { asOfOptionArbitrary, optionalFieldsOf, withoutField, subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS, isOutOfScope, statusesOf } from "./support.js";

/** Optional fields whose absence the design gives a meaning other than "not stated". */
const NOT_A_MISSING_FACT = new Set(["organization"]);

const optionsFor = (asOf: string | undefined): EvaluateOptions | undefined => (asOf === undefined ? undefined : { asOf });

/** The optional fields present whose absence means "not stated". */
function removableFields(subject: Subject): string[] {
  return optionalFieldsOf(subject.kind).filter((field) => field in subject && !NOT_A_MISSING_FACT.has(field));
}

describe('"a fact missing is manual, never pass", at the decision level', () => {
  it("removing any optional field never turns a finding that was not pass into pass", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, (subject, asOf) => {
        const options = optionsFor(asOf);
        const full = evaluate(subject, options);
        for (const field of removableFields(subject)) {
          const reduced = evaluate(withoutField(subject, field), options);
          if (isOutOfScope(full)) {
            expect(isOutOfScope(reduced)).toBe(true);
            continue;
          }
          full.findings.forEach((before, i) => {
            const after = reduced.findings[i];
            expect(after?.control).toBe(before.control);
            if (before.status !== "pass") expect(after?.status, `without ${field}: ${before.control} ${before.status} → ${after?.status}\n${JSON.stringify(subject)}`).not.toBe("pass");
          });
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("removing fields one after another (down to the required ones) never turns a non-pass finding into pass", () => {
    fc.assert(
      fc.property(subjectArbitrary, fc.nat(), (subject, seed) => {
        let current = subject;
        let decision = evaluate(current);
        for (let step = 0; ; step++) {
          const fields = removableFields(current);
          if (fields.length === 0) break;
          const next = withoutField(current, fields[(seed + step) % fields.length] as string);
          const nextDecision = evaluate(next);
          if (!isOutOfScope(decision)) {
            decision.findings.forEach((before, i) => {
              if (before.status !== "pass") expect(nextDecision.findings[i]?.status).not.toBe("pass");
            });
          }
          current = next;
          decision = nextDecision;
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  // A control's `facts` are the fields whose absence can make it manual; a pass need not read all
  // of them (a transfer across zones needs encryption whatever its channel; one within a zone needs
  // the channel to know), so there is no "every pass has every fact" rule. What matters, and is
  // tested above and below, is that removing a field never turns a finding into a pass.

  it("removing `organization` from an in-scope subject changes no status (absent means the Union's own)", () => {
    fc.assert(
      fc.property(
        subjectArbitrary.filter((subject) => subject.kind !== "asset" && subject.kind !== "organization" && subject.organization !== undefined && isInScope(subject.organization)),
        (subject) => {
          expect(statusesOf(evaluate(withoutField(subject, "organization")))).toEqual(statusesOf(evaluate(subject)));
        },
      ),
      { numRuns: RUNS.normal },
    );
  });

  it("removing any optional field never turns a decision that is not compliant into a compliant one", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, (subject, asOf) => {
        const options = optionsFor(asOf);
        const full = evaluate(subject, options);
        if (full.outcome === "compliant" || full.outcome === "not-applicable") return;
        for (const field of removableFields(subject)) {
          expect(evaluate(withoutField(subject, field), options).outcome, `without ${field}: ${JSON.stringify(subject)}`).not.toBe("compliant");
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("a missing fact never makes a control stop applying either: removing a field never turns a finding into not-applicable", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, (subject, asOf) => {
        const options = optionsFor(asOf);
        const full = evaluate(subject, options);
        if (isOutOfScope(full)) return;
        for (const field of removableFields(subject)) {
          const reduced = evaluate(withoutField(subject, field), options);
          full.findings.forEach((before, i) => {
            const after = reduced.findings[i];
            if (after !== undefined && after.status !== before.status) {
              expect(after.status, `without ${field}: ${before.control} ${before.status} → ${after.status}\n${JSON.stringify(subject)}`).not.toBe("not-applicable");
            }
          });
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("a control's `facts` name every field whose absence makes its finding manual (the date context `asOf` aside)", () => {
    // `facts` lists the fields whose absence makes a finding `manual` (src/controls/control.ts). A
    // field whose absence makes the finding `fail` need not be listed (7(2): an asset without a
    // classification fails `asset-classified`). `asOf` is read as the date context, not as a fact.
    const controls = new Map(policy.controls.map((each) => [each.id, each]));
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        const full = evaluate(subject);
        if (isOutOfScope(full)) return;
        for (const field of removableFields(subject).filter((name) => name !== "asOf")) {
          const reduced = evaluate(withoutField(subject, field));
          full.findings.forEach((before, i) => {
            const after = reduced.findings[i];
            if (after === undefined || after.status === before.status || after.status !== "manual") return;
            const declared = (controls.get(before.control)?.facts[subject.kind] ?? []) as readonly string[];
            expect(declared, `${before.control} became manual without ${field}: ${JSON.stringify(subject)}`).toContain(field);
          });
        }
      }),
      { numRuns: RUNS.normal },
    );
  });
});
