import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import type { CheckContext, Control } from "../../src/controls/control.js";
import { evaluate } from "../../src/evaluate.js";
import type { AssetSubject } from "../../src/subjects/asset.js";
import type { Subject, SubjectKind, SubjectOf } from "../../src/subjects/subject.js";
import { casesFor, passingSubject } from "./cases.js";
import { GRID } from "./enumerate.js";
import { AS_OF, checkedKinds, CONTEXT, factsOf, isValidSubject, NO_DATE, runCheck, without, withoutOptionalFields } from "./support.js";

interface Probe {
  readonly name: string;
  readonly control: Control;
  readonly kind: SubjectKind;
  readonly subject: SubjectOf<SubjectKind>;
  readonly context: CheckContext;
}

/**
 * Every subject these tests feed a check: the table's rows, the passing subjects with each fact or
 * every optional field removed, and the exhaustive grid (with and without an as-of date).
 */
function probes(): Probe[] {
  const fromTable = controlCatalog.flatMap((control) =>
    checkedKinds(control).flatMap((kind): Probe[] => {
      const name = `${control.id}/${kind}`;
      const passing = passingSubject(control.id, kind);
      return [
        ...casesFor(control.id, kind).map((row) => ({ name: `${name} ${row.label}`, control, kind, subject: row.subject, context: row.withoutAsOf ? NO_DATE : CONTEXT })),
        ...factsOf(control, kind).map((fact) => ({ name: `${name} without ${fact}`, control, kind, subject: without(passing, fact), context: CONTEXT })),
        { name: `${name} without optional fields`, control, kind, subject: withoutOptionalFields(kind, passing), context: CONTEXT },
      ];
    }),
  );
  const fromGrid = GRID.flatMap((subject, index) =>
    controlCatalog
      .filter((control) => control.checks[subject.kind] !== undefined)
      .flatMap((control): Probe[] => [
        { name: `${control.id}/${subject.kind} grid#${index}`, control, kind: subject.kind, subject, context: CONTEXT },
        { name: `${control.id}/${subject.kind} grid#${index} without as-of`, control, kind: subject.kind, subject, context: NO_DATE },
      ]),
  );
  return [...fromTable, ...fromGrid];
}

const PROBES = probes();

// That every name a check returns is declared in its control's verdict table is now a compile
// error otherwise (checks return `keyof` the table; test/controls/controls.test-d.ts); `runCheck`
// still resolves each name and throws on one the table lacks, so every probe below checks it too.
describe("every probe of every check", () => {
  it("the probes are valid subjects and many", () => {
    expect(PROBES.length).toBeGreaterThan(10_000);
    for (const subject of GRID) expect(isValidSubject(subject.kind, subject), JSON.stringify(subject)).toBe(true);
  });

  it("resolves to a verdict of the control's own list", () => {
    for (const { control, kind, subject, context } of PROBES) expect(control.verdicts).toContain(runCheck(control, kind, subject, context));
  });

  it("a gate never fails, for any probe", () => {
    for (const { control, kind, subject, context } of PROBES) {
      if (control.gate) expect(runCheck(control, kind, subject, context).status).not.toBe("fail");
    }
  });
});

describe("evaluate on the grid", () => {

  it("gives, for every control, the finding its check gives", () => {
    for (const subject of GRID) {
      const decision = evaluate(subject, { asOf: AS_OF });
      for (const control of controlCatalog) {
        if (control.checks[subject.kind] === undefined) continue;
        const verdict = runCheck(control, subject.kind, subject, CONTEXT);
        const finding = decision.findings.find((candidate) => candidate.control === control.id);
        expect(finding?.status, `${control.id} on ${JSON.stringify(subject)}`).toBe(verdict.status);
      }
    }
  });

  it("does not throw for a valid asset without a zone (regression: an undeclared verdict used to throw)", () => {
    const zoneless = GRID.filter((subject) => subject.kind === "asset" && subject.zone === undefined);
    expect(zoneless.length).toBeGreaterThan(0);
    for (const subject of zoneless) expect(() => evaluate(subject)).not.toThrow();
  });
});
