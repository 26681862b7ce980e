import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import type { Control } from "../../src/controls/control.js";
import { controlsCountering, THREAT_REFS, threatControlMatrix, threatOf } from "../../src/controls/threat-matrix.js";
import { threats } from "../../src/definitions/threats.js";
import { ThreatExampleIdSchema, ThreatIdSchema, type ThreatRef } from "../../src/definitions/vocabulary.js";

const matrix = threatControlMatrix(controlCatalog);

/** Whether a control counters a reference, by the rule: it lists it, or it is a threat and the control lists one of its examples. */
function counters(control: Control, ref: ThreatRef): boolean {
  return control.threats.includes(ref) || (threatOf(ref) === ref && control.threats.some((listed) => threatOf(listed) === ref));
}

describe("THREAT_REFS and threatOf", () => {
  it("are every threat followed by its examples, as the vocabulary and the threats' data list them", () => {
    expect([...THREAT_REFS].sort()).toEqual([...ThreatIdSchema.options, ...ThreatExampleIdSchema.options].sort());
    expect([...THREAT_REFS]).toEqual(threats.flatMap((threat) => [threat.id, ...threat.examples.map((example) => example.id)]));
  });

  it("threatOf gives an example's threat and a threat itself", () => {
    for (const threat of threats) {
      expect(threatOf(threat.id)).toBe(threat.id);
      for (const example of threat.examples) expect(threatOf(example.id)).toBe(threat.id);
    }
    expect(threatOf("T2.10")).toBe("T2");
  });
});

describe("threatControlMatrix", () => {
  it("has a row for every threat and example, and one for every control, in order", () => {
    expect(Object.keys(matrix.byThreat)).toEqual([...THREAT_REFS]);
    expect(Object.keys(matrix.byControl)).toEqual(controlCatalog.map((control) => control.id));
  });

  it("agrees with control.threats read from the controls' side", () => {
    for (const control of controlCatalog) {
      const row = matrix.byControl[control.id];
      for (const ref of control.threats) {
        expect(row, `${control.id} lists ${ref}`).toContain(ref);
        expect(row, `${control.id} lists ${ref}, so counters ${threatOf(ref)}`).toContain(threatOf(ref));
        expect(matrix.byThreat[ref]).toContain(control.id);
        expect(matrix.byThreat[threatOf(ref)]).toContain(control.id);
      }
      expect(row).toEqual(THREAT_REFS.filter((ref) => counters(control, ref)));
    }
  });

  it("agrees with control.threats read from the threats' side", () => {
    for (const ref of THREAT_REFS) {
      expect(matrix.byThreat[ref]).toEqual(controlCatalog.filter((control) => counters(control, ref)).map((control) => control.id));
      for (const id of matrix.byThreat[ref]) expect(matrix.byControl[id]).toContain(ref);
    }
  });

  it("a control listing only a threat does not count as countering its examples", () => {
    // risk-analysis lists T1 … T5 and no example.
    expect(matrix.byThreat.T4).toContain("risk-analysis");
    expect(matrix.byThreat["T4.1"]).not.toContain("risk-analysis");
  });

  it("uncountered lists exactly the empty rows", () => {
    expect(matrix.uncountered).toEqual(THREAT_REFS.filter((ref) => matrix.byThreat[ref].length === 0));
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(matrix)).toBe(true);
    expect(Object.isFrozen(matrix.byThreat)).toBe(true);
    expect(Object.isFrozen(matrix.byControl)).toBe(true);
    expect(Object.isFrozen(matrix.uncountered)).toBe(true);
    for (const ref of THREAT_REFS) expect(Object.isFrozen(matrix.byThreat[ref])).toBe(true);
    for (const row of Object.values(matrix.byControl)) expect(Object.isFrozen(row)).toBe(true);
    expect(() => {
      (matrix.byThreat.T1 as string[]).push("x");
    }).toThrow(TypeError);
  });

  it("is pure: the same controls give a deep-equal matrix, and the controls are not changed", () => {
    const before = JSON.stringify(controlCatalog);
    expect(threatControlMatrix(controlCatalog)).toEqual(matrix);
    expect(JSON.stringify(controlCatalog)).toBe(before);
  });

  it("of no controls, every threat is uncountered", () => {
    const empty = threatControlMatrix([]);
    expect(empty.uncountered).toEqual([...THREAT_REFS]);
    expect(empty.byControl).toEqual({});
  });

  it("rejects two controls with one id, and a threat reference outside clause 4", () => {
    const [first] = controlCatalog;
    if (first === undefined) throw new Error("empty catalog");
    expect(() => threatControlMatrix([first, first])).toThrow(/two controls have the id "scope-organization"/);
    const bogus = { ...first, threats: ["T6"] } as unknown as Control;
    expect(() => threatControlMatrix([bogus])).toThrow(/"T6", which is no threat/);
  });

  it("handles a control id that is an Object.prototype key as a plain row", () => {
    const [first] = controlCatalog;
    if (first === undefined) throw new Error("empty catalog");
    const odd = threatControlMatrix([{ ...first, id: "__proto__", threats: ["T1.1"] }, { ...first, id: "constructor", threats: [] }]);
    expect(Object.keys(odd.byControl)).toEqual(["__proto__", "constructor"]);
    expect(odd.byControl["__proto__"]).toEqual(["T1", "T1.1"]);
    expect(odd.byThreat["T1.1"]).toEqual(["__proto__"]);
  });

  it("agrees with controlsCountering for any subset of the catalog", () => {
    fc.assert(
      fc.property(fc.subarray([...controlCatalog]), fc.constantFrom(...THREAT_REFS), (controls, ref) => {
        const built = threatControlMatrix(controls);
        expect(controlsCountering(ref, controls).map((control) => control.id)).toEqual(built.byThreat[ref]);
      }),
    );
  });
});

describe("controlsCountering", () => {
  it("gives controls, in catalog order, frozen", () => {
    const result = controlsCountering("T4", controlCatalog);
    expect(result.map((control) => control.id)).toEqual(["continuity-plan", "risk-analysis"]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(result[0]).toBe(controlCatalog.find((control) => control.id === "continuity-plan"));
  });

  it("for an example, only the controls that list it", () => {
    expect(controlsCountering("T4.1", controlCatalog).map((control) => control.id)).toEqual(["continuity-plan"]);
  });

  it("is empty for an example no control counters, and for no controls", () => {
    expect(controlsCountering("T2.3", [])).toEqual([]);
    expect(controlsCountering("T1", [])).toEqual([]);
  });
});

describe("the engine path stays off zod", () => {
  it("threat-matrix.ts imports only types, apart from the zod-free deep-freeze helper", () => {
    const source = readFileSync(new URL("../../src/controls/threat-matrix.ts", import.meta.url), "utf8");
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gm)];
    expect(imports.length).toBeGreaterThan(0);
    for (const [statement, typeOnly, from] of imports) {
      if (typeOnly === undefined) expect(from, statement).toBe("../internal/deep-freeze.js");
    }
    expect(source).not.toMatch(/from\s+"zod"/);
  });
});
