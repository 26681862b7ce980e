import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { casesFor, passingSubject } from "./cases.js";
import { checkedKinds, CONTEXT, factsOf, isRequiredField, runCheck, without, withoutOptionalFields } from "./support.js";

const pairs = controlCatalog.flatMap((control) => checkedKinds(control).map((kind) => [`${control.id}/${kind}`, control, kind] as const));

describe("a fact a control needs and the subject does not give is manual, never pass", () => {
  it("every kind a control checks has a facts entry, and every kind with facts has a check", () => {
    for (const control of controlCatalog) {
      expect(Object.keys(control.facts).sort(), control.id).toEqual(checkedKinds(control).sort());
    }
  });

  it.each(pairs)("%s: the passing subject without each fact is manual", (_name, control, kind) => {
    const passing = passingSubject(control.id, kind);
    expect(runCheck(control, kind, passing, CONTEXT).status).toBe("pass");
    // Where a control passes on either of two facts (internet-sanitization: sanitised, or a screen
    // transfer, which the guideline counts as sanitisation), no single subject needs both: each
    // fact is then shown to matter by the passing row of the table that gives it.
    const passingRows = casesFor(control.id, kind).filter((row) => row.status === "pass").map((row) => row.subject);
    for (const fact of factsOf(control, kind)) {
      const giving = Object.keys(passing).includes(fact) ? passing : passingRows.find((row) => Object.keys(row).includes(fact));
      expect(giving, `${control.id}/${kind}: no passing subject gives the fact ${fact}`).toBeDefined();
      if (giving === undefined) continue;
      if (isRequiredField(kind, giving, fact)) {
        // The schema requires this field, so no valid subject lacks it: there is nothing to judge by hand.
        continue;
      }
      const verdict = runCheck(control, kind, without(giving, fact), CONTEXT);
      expect(verdict.status, `${control.id}/${kind} without ${fact}`).toBe("manual");
    }
  });

  it.each(pairs)("%s: the passing subject without any optional field passes only if the control needs no optional fact", (_name, control, kind) => {
    const passing = passingSubject(control.id, kind);
    const stripped = withoutOptionalFields(kind, passing);
    const optionalFacts = factsOf(control, kind).filter((fact) => !isRequiredField(kind, passing, fact));
    const verdict = runCheck(control, kind, stripped, CONTEXT);
    if (optionalFacts.length > 0) expect(verdict.status, `${control.id}/${kind} on ${JSON.stringify(stripped)}`).not.toBe("pass");
    if (factsOf(control, kind).length > 0 && optionalFacts.length === 0) {
      // Only the scope gate is here: its facts for asset and organization (`organization`) are required fields.
      expect(control.gate, `${control.id}/${kind}`).toBe(true);
    }
  });

  it("the only declared facts that are required fields are the scope gate's `organization`", () => {
    const required: string[] = [];
    for (const [, control, kind] of pairs) {
      const passing = passingSubject(control.id, kind);
      for (const fact of factsOf(control, kind)) if (isRequiredField(kind, passing, fact)) required.push(`${control.id}/${kind}/${fact}`);
    }
    expect(required).toEqual(["scope-organization/asset/organization", "scope-organization/organization/organization"]);
  });
});
