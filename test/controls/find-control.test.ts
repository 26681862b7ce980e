import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { controlsForClause, findControl, getControl } from "../../src/controls/find-control.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";
import { clauses } from "../../src/definitions/clauses.js";

describe("findControl and getControl", () => {
  it("find every control of the current policy by its id", () => {
    for (const control of controlCatalog) {
      expect(findControl(control.id)).toBe(control);
      expect(getControl(control.id)).toBe(control);
    }
  });

  it("search the controls given", () => {
    const [first, second] = controlCatalog;
    if (first === undefined || second === undefined) throw new Error("catalog too small");
    expect(findControl(second.id, [first])).toBeUndefined();
    expect(getControl(first.id, [first])).toBe(first);
  });

  it("match ids exactly", () => {
    expect(findControl("Mynumber-Isolation")).toBeUndefined();
    expect(findControl(" mynumber-isolation")).toBeUndefined();
    expect(findControl("__proto__")).toBeUndefined();
    expect(findControl("")).toBeUndefined();
  });

  it("getControl throws a typed error that names the id and suggests the closest ids", () => {
    let caught: unknown;
    try {
      getControl("mynumber-isolaton");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownNameError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as UnknownNameError;
    expect(error.name).toBe("UnknownNameError");
    expect(error.kind).toBe("control");
    expect(error.query).toBe("mynumber-isolaton");
    expect(error.suggestions[0]).toBe("mynumber-isolation");
    expect(error.suggestions.length).toBeLessThanOrEqual(3);
    expect(Object.isFrozen(error.suggestions)).toBe(true);
    expect(error.message).toContain('"mynumber-isolaton"');
    expect(error.message).toContain('Closest known: "mynumber-isolation"');
  });

  it.each([
    ["training", "training-interval"],
    ["multi-factor", "mynumber-multi-factor"],
    ["Audit_Interval", "audit-interval"],
    ["cloud-usage", "cloud-usage-rules"],
    ["physical-measure", "physical-measures"],
  ])("suggests %s → %s first", (asked, expected) => {
    const error = (() => {
      try {
        getControl(asked);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownNameError);
    expect((error as UnknownNameError).suggestions[0]).toBe(expected);
  });

  it("says so when there are no controls to suggest", () => {
    expect(() => getControl("anything", [])).toThrow("There are no controls to choose from.");
  });
});

describe("controlsForClause", () => {
  const ids = (ref: string) => controlsForClause(ref).map((control) => control.id);

  it("gives the controls of a clause and of every clause below it, in canonical order", () => {
    expect(ids("7(3)")).toEqual([
      "internet-sanitization",
      "mynumber-isolation",
      "mynumber-no-carry-out",
      "mynumber-multi-factor",
      "mynumber-internet-separation",
      "internet-traffic-monitoring",
    ]);
    expect(ids("7(3)①")).toEqual(["mynumber-isolation", "mynumber-no-carry-out", "mynumber-multi-factor", "mynumber-internet-separation"]);
    expect(ids("7(3)②")).toEqual(["internet-traffic-monitoring"]);
  });

  it("a section gives every control of its items", () => {
    const expected = controlCatalog.filter((control) => control.clause.startsWith("7(")).map((control) => control.id);
    expect(ids("7")).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
  });

  it("does not take a sibling with a longer number for a child", () => {
    expect(ids("1")).toEqual([]); // not 10 or 11
    expect(ids("10")).toEqual(["standards-established"]);
    expect(ids("11")).toEqual(["procedures-established"]);
    expect(ids("5")).toEqual(["scope-organization"]);
    expect(ids("3(1)")).toEqual([]);
  });

  it("every control is found under its own clause and under every clause above it", () => {
    for (const clause of clauses) {
      const found = controlsForClause(clause.ref);
      expect(Object.isFrozen(found)).toBe(true);
      for (const control of controlCatalog) {
        const below = control.clause === clause.ref || isAncestor(clause.ref, control.clause);
        expect(found.includes(control), `${control.id} (${control.clause}) under ${clause.ref}`).toBe(below);
      }
    }
  });

  it("searches the controls given", () => {
    expect(controlsForClause("7", [])).toEqual([]);
  });

  it("rejects a reference that names no clause", () => {
    expect(() => controlsForClause("7(9)")).toThrow(UnknownNameError);
    expect(() => controlsForClause("７(９)")).toThrow(UnknownNameError);
  });

  it("reads a reference written in another notation (full-width, (1) for ①) as the clause it names", () => {
    expect(controlsForClause("７")).toEqual(controlsForClause("7"));
    expect(controlsForClause("７（３）（１）")).toEqual(controlsForClause("7(3)①"));
    expect(controlsForClause("7(3)1").length).toBeGreaterThan(0);
  });
});

/** Whether `ancestor` is above `ref` in the clause tree, by walking the clauses' `parent` links. */
function isAncestor(ancestor: string, ref: string): boolean {
  let current = clauses.find((clause) => clause.ref === ref)?.parent;
  while (current !== undefined) {
    if (current === ancestor) return true;
    const parentRef: string = current;
    current = clauses.find((clause) => clause.ref === parentRef)?.parent;
  }
  return false;
}
