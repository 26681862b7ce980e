import { match } from "ts-pattern";
import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { ControlCategorySchema, type ControlCategory } from "../../src/controls/control-category.js";
import { threatControlMatrix } from "../../src/controls/threat-matrix.js";
import { clauseText, getClause, hasClause } from "../../src/definitions/find-clause.js";
import { threats } from "../../src/definitions/threats.js";
import { ThreatIdSchema } from "../../src/definitions/vocabulary.js";
import { longestCommonRun, sourceText, stripWhitespace } from "./support.js";

const matrix = threatControlMatrix(controlCatalog);
const strippedSource = stripWhitespace(sourceText);

describe("threat coverage (clause 4)", () => {
  it.each(ThreatIdSchema.options.map((id) => [id] as const))("threat %s is countered by at least one control", (id) => {
    expect(matrix.byThreat[id].length).toBeGreaterThan(0);
  });

  const examples = threats.flatMap((threat) => threat.examples.map((example) => example.id));

  it("the threats' data lists 23 examples", () => {
    expect(examples).toHaveLength(23);
  });

  it("every listed example is countered by at least one control", () => {
    expect(examples.filter((id) => matrix.byThreat[id].length === 0)).toEqual([]);
    expect(matrix.uncountered).toEqual([]);
  });
});

describe("clause coverage", () => {
  const MEASURE_CLAUSES = ["7(1)", "7(2)", "7(3)", "7(3)①", "7(3)②", "7(4)", "7(5)", "7(6)", "7(7)", "7(8)", "8", "9"];
  const OTHER_CLAUSES = ["5(1)", "6", "10", "11"];

  it.each([...MEASURE_CLAUSES, ...OTHER_CLAUSES].map((ref) => [ref] as const))("clause %s has at least one control", (ref) => {
    expect(hasClause(ref)).toBe(true);
    expect(controlCatalog.filter((control) => control.clause === ref).map((control) => control.id)).not.toEqual([]);
  });

  it("every control cites a clause that exists", () => {
    for (const control of controlCatalog) expect(hasClause(control.clause), `${control.id}: ${control.clause}`).toBe(true);
  });
});

describe("ids", () => {
  it("are unique", () => {
    const ids = controlCatalog.map((control) => control.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("are kebab-case", () => {
    for (const control of controlCatalog) expect(control.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  });
});

describe("provenance is told honestly", () => {
  const guideline = controlCatalog.filter((control) => control.provenance === "guideline");
  const basic = controlCatalog.filter((control) => control.provenance === "basic-policy");

  it("the catalog has both kinds, and no organisation controls (those come only from overlays)", () => {
    expect(guideline.length).toBeGreaterThan(0);
    expect(basic.length).toBeGreaterThan(0);
    expect(controlCatalog.filter((control) => control.provenance === "organization")).toEqual([]);
  });

  it.each(guideline.map((control) => [control.id, control] as const))("guideline control %s says it is a guideline default", (_id, control) => {
    expect(control.requirement.ja.startsWith("【ガイドラインに基づく既定値】")).toBe(true);
    expect(control.requirement.en.startsWith("[Guideline default]")).toBe(true);
  });

  it.each(guideline.map((control) => [control.id, control] as const))("guideline control %s is not worded as if the basic policy said it", (_id, control) => {
    const whole = stripWhitespace(control.requirement.ja);
    const rule = stripWhitespace(control.requirement.ja.replace("【ガイドラインに基づく既定値】", ""));
    expect(strippedSource.includes(whole)).toBe(false);
    expect(strippedSource.includes(rule)).toBe(false);
  });

  it.each(basic.map((control) => [control.id, control] as const))("basic-policy control %s shares a verbatim run of 10+ characters with its clause", (_id, control) => {
    const clause = stripWhitespace(clauseText(getClause(control.clause), "ja"));
    const requirement = stripWhitespace(control.requirement.ja);
    expect(clause.length).toBeGreaterThan(0);
    expect(longestCommonRun(requirement, clause)).toBeGreaterThanOrEqual(10);
  });
});

describe("parameters and exceptions", () => {
  const parameters = controlCatalog.flatMap((control) =>
    Object.entries(control.parameters).map(([name, spec]) => [`${control.id}.${name}`, spec] as const),
  );

  it("some controls have parameters", () => {
    expect(parameters.length).toBeGreaterThan(0);
  });

  it.each(parameters)("%s: min ≤ default ≤ max", (_name, spec) => {
    expect(spec.min).toBeLessThanOrEqual(spec.max);
    expect(spec.default).toBeGreaterThanOrEqual(spec.min);
    expect(spec.default).toBeLessThanOrEqual(spec.max);
  });

  it("a basic-policy control admits an exception only where its clause says 原則として", () => {
    const admitting = controlCatalog.filter((control) => control.admitsException && control.provenance === "basic-policy");
    for (const control of admitting) {
      expect(clauseText(getClause(control.clause), "ja"), control.id).toContain("原則として");
    }
    // 7(3)①: the isolation is 原則として; its carry-out and multi-factor rules are not.
    expect(admitting.map((control) => control.id)).toEqual(["mynumber-isolation"]);
  });

  it("a gate admits no exception", () => {
    for (const control of controlCatalog.filter((candidate) => candidate.gate)) expect(control.admitsException).toBe(false);
  });
});

/** A label for every category; adding a category to the schema breaks compilation here. */
function categoryLabel(category: ControlCategory): string {
  return match(category)
    .with("organization", () => "7(1) 組織体制")
    .with("classification", () => "7(2) 情報資産の分類と管理")
    .with("system-resilience", () => "7(3) 情報システム全体の強靭性の向上")
    .with("physical", () => "7(4) 物理的セキュリティ")
    .with("human", () => "7(5) 人的セキュリティ")
    .with("technical", () => "7(6) 技術的セキュリティ")
    .with("operations", () => "7(7) 運用")
    .with("outsourcing-and-cloud", () => "7(8) 業務委託と外部サービスの利用")
    .with("audit", () => "8 情報セキュリティ監査及び自己点検")
    .with("review", () => "9 情報セキュリティポリシーの見直し")
    .exhaustive();
}

describe("categories", () => {
  it.each(ControlCategorySchema.options.map((category) => [category] as const))("category %s has at least one control", (category) => {
    expect(categoryLabel(category).length).toBeGreaterThan(0);
    expect(controlCatalog.some((control) => control.category === category)).toBe(true);
  });

  it("the labels are distinct", () => {
    const labels = ControlCategorySchema.options.map(categoryLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
