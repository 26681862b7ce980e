import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import type { Control } from "../../src/controls/control.js";
import type { ControlParameters, Verdict } from "../../src/controls/verdict.js";
import { evaluate } from "../../src/evaluate.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import { SubjectSchema, type Subject, type SubjectKind } from "../../src/subjects/subject.js";
import { CASES, casesFor, type Case } from "./cases.js";
import { AS_OF, checkedKinds, CONTEXT, NO_DATE, parametersOf, runCheck } from "./support.js";

function messageOf(verdict: Verdict, parameters: ControlParameters) {
  return typeof verdict.message === "function" ? verdict.message(parameters) : verdict.message;
}

/** Every (control, kind, row) of the table, iterating the catalog (not the table). */
function rows(): { control: Control; kind: SubjectKind; row: Case<SubjectKind> }[] {
  return controlCatalog.flatMap((control) =>
    checkedKinds(control).flatMap((kind) => casesFor(control.id, kind).map((row) => ({ control, kind, row }))),
  );
}

describe("the table covers the whole catalog", () => {
  it("the shipped policy's controls are the catalog's (1.0.0 lists every control so far)", () => {
    expect(policy.controls).toEqual(controlCatalog);
  });

  it.each(controlCatalog.map((control) => [control.id, control] as const))("%s has a row for every kind it checks", (id, control) => {
    const entry = CASES[id];
    expect(entry, `no table entry for control ${id}`).toBeDefined();
    for (const kind of checkedKinds(control)) {
      const statuses = casesFor(id, kind).map((row) => row.status);
      expect(statuses, `${id}/${kind}: no passing subject`).toContain("pass");
      if (control.gate) {
        // A gate never fails by design: it passes, or the subject is outside the policy.
        expect(statuses, `${id}/${kind}: no out-of-scope subject`).toContain("not-applicable");
        expect(statuses).not.toContain("fail");
      } else {
        expect(statuses, `${id}/${kind}: no failing subject`).toContain("fail");
      }
    }
  });

  it("has no entry for a control or kind the catalog does not have", () => {
    const ids = new Set(controlCatalog.map((control) => control.id));
    for (const [id, kinds] of Object.entries(CASES)) {
      expect(ids.has(id), `table entry ${id} is no control of the catalog`).toBe(true);
      const control = controlCatalog.find((candidate) => candidate.id === id);
      for (const kind of Object.keys(kinds)) expect(control?.checks, `${id}/${kind}`).toHaveProperty([kind]);
    }
  });

  it("every subject of the table is valid input", () => {
    for (const { control, kind, row } of rows()) {
      const parsed = SubjectSchema.safeParse(row.subject);
      expect(parsed.success, `${control.id}/${kind}/${row.label}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(row.subject.kind).toBe(kind);
    }
  });

  it("every policy parameter set is the controls' defaults", () => {
    for (const control of controlCatalog) {
      const defaults = Object.fromEntries(Object.entries(control.parameters).map(([name, spec]) => [name, spec.default]));
      expect(parametersOf(control)).toEqual(defaults);
    }
  });
});

describe.each(controlCatalog.map((control) => [control.id, control] as const))("%s", (_id, control) => {
  const kinds = checkedKinds(control);
  describe.each(kinds.map((kind) => [kind] as const))("%s", (kind) => {
    const table = casesFor(control.id, kind);
    it.each(table.map((row) => [row.label, row.status, row] as const))("%s → %s, directly and through evaluate", (_label, status, row) => {
      const context = row.withoutAsOf ? NO_DATE : CONTEXT;
      const verdict = runCheck(control, kind, row.subject, context, row.parameters);
      expect(verdict.status).toBe(status);
      expect(control.verdicts).toContain(verdict);
      if (control.gate) expect(verdict.status).not.toBe("fail");

      // A row with parameters is judged under an overlay that sets them (it may only tighten).
      const judgedBy =
        row.parameters === undefined
          ? policy
          : extendPolicy(policy, { id: "table-row", version: "1.0.0", name: { ja: "試験", en: "Test" }, parameters: { [control.id]: row.parameters } } as never);
      const decision = evaluate(row.subject as Subject, row.withoutAsOf ? { policy: judgedBy } : { asOf: AS_OF, policy: judgedBy });
      const finding = decision.findings.find((candidate) => candidate.control === control.id);
      expect(finding, `no finding of ${control.id}`).toBeDefined();
      expect(finding?.status).toBe(status);
      expect(finding?.message).toEqual(messageOf(verdict, { ...parametersOf(control), ...row.parameters }));
      expect(finding?.clause).toBe(control.clause);
      expect(finding?.exception).toBeUndefined();
      if (control.gate && status === "not-applicable") {
        expect(decision.outcome).toBe("not-applicable");
        expect(decision.findings).toHaveLength(1);
      }
    });
  });
});

describe("verdicts", () => {
  it("each control's every declared verdict is reached by some row of the table (no dead verdicts)", () => {
    const dead: string[] = [];
    for (const control of controlCatalog) {
      const reached = new Set<Verdict>();
      for (const kind of checkedKinds(control)) {
        for (const row of casesFor(control.id, kind)) reached.add(runCheck(control, kind, row.subject, row.withoutAsOf ? NO_DATE : CONTEXT, row.parameters));
      }
      control.verdicts.forEach((verdict, index) => {
        if (!reached.has(verdict)) dead.push(`${control.id}: verdict #${index} (${verdict.status}) ${JSON.stringify(messageOf(verdict, parametersOf(control)).en)}`);
      });
    }
    expect(dead).toEqual([]);
  });

  it("each row's label names the verdict it reaches, and no two labels of a control reach different verdicts alike", () => {
    for (const control of controlCatalog) {
      const byLabel = new Map<string, Verdict>();
      for (const kind of checkedKinds(control)) {
        for (const row of casesFor(control.id, kind)) {
          const verdict = runCheck(control, kind, row.subject, row.withoutAsOf ? NO_DATE : CONTEXT, row.parameters);
          const known = byLabel.get(row.label);
          if (known !== undefined) expect(verdict, `${control.id}: label ${row.label} reaches two verdicts`).toBe(known);
          byLabel.set(row.label, verdict);
        }
      }
    }
  });
});
