import { describe, expect, it } from "vitest";
import { clauses } from "../../src/definitions/clauses.js";
import { clauseText, getClause } from "../../src/definitions/find-clause.js";
import { MeasureIdSchema, MeasureSchema } from "../../src/definitions/measure.js";
import { measures } from "../../src/definitions/measures.js";

/** The clauses that state a measure: every item of 7, the sub-items of 7(3), and sections 8 … 11. */
const MEASURE_CLAUSES = clauses
  .filter((clause) => (clause.section === 7 && clause.level !== "section") || clause.section >= 8)
  .map((clause) => clause.ref);

describe("measures", () => {
  it("validates every measure against MeasureSchema", () => {
    for (const measure of measures) expect(MeasureSchema.parse(measure)).toEqual(measure);
  });

  it("has one measure per measure clause, in document order, with the ids of the design", () => {
    expect(MEASURE_CLAUSES).toEqual([
      "7(1)", "7(2)", "7(3)", "7(3)①", "7(3)②", "7(4)", "7(5)", "7(6)", "7(7)", "7(8)", "8", "9", "10", "11",
    ]);
    expect(measures.map((measure) => measure.clause)).toEqual(MEASURE_CLAUSES);
    expect(measures.map((measure) => measure.id)).toEqual(MeasureIdSchema.options);
    expect(Object.fromEntries(measures.map((measure) => [measure.clause, measure.id]))).toEqual({
      "7(1)": "organization",
      "7(2)": "classification",
      "7(3)": "system-resilience",
      "7(3)①": "mynumber-isolation",
      "7(3)②": "internet-monitoring",
      "7(4)": "physical",
      "7(5)": "human",
      "7(6)": "technical",
      "7(7)": "operations",
      "7(8)": "outsourcing-and-cloud",
      "8": "audit-and-self-inspection",
      "9": "review",
      "10": "standards",
      "11": "procedures",
    });
  });

  it("titles each measure with its clause's heading, or the zone a sub-item opens with", () => {
    for (const measure of measures) {
      const clause = getClause(measure.clause);
      if (clause.heading !== undefined) expect(measure.title, measure.id).toEqual(clause.heading);
      else expect(clause.paragraphs[0]?.ja.startsWith(measure.title.ja), measure.id).toBe(true);
    }
  });

  it("quotes every action, purpose and trigger from its own clause, in the clause's order", () => {
    for (const measure of measures) {
      const text = clauseText(getClause(measure.clause), "ja");
      for (const fragment of [measure.purpose, ...(measure.triggers ?? [])]) {
        if (fragment !== undefined) expect(text, measure.id).toContain(fragment.ja);
      }
      let cursor = 0;
      for (const action of measure.actions) {
        const at = text.indexOf(action.ja, cursor);
        expect(at, `${measure.id}: ${action.ja}`).toBeGreaterThanOrEqual(0);
        cursor = at + action.ja.length;
      }
    }
  });

  it("keeps 原則として on the isolation of the マイナンバー利用事務系 only", () => {
    const isolation = measures.find((measure) => measure.id === "mynumber-isolation");
    expect(isolation?.actions.map((action) => action.ja.startsWith("原則として"))).toEqual([true, false, false]);
  });
});
