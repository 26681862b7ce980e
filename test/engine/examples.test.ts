import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { safeEvaluate } from "../../src/validation/safe-evaluate.js";
import { parseSubject } from "../../src/validation/safe-evaluate.js";
import type { Subject } from "../../src/subjects/subject.js";

const subjectsDir = new URL("../../examples/subjects/", import.meta.url);
const files = readdirSync(subjectsDir).filter((name) => name.endsWith(".json"));
const OUTCOMES = ["compliant", "non-compliant", "needs-review", "not-applicable"] as const;

describe("every example evaluates to the outcome its file name says", () => {
  it("has a compliant and a non-compliant example for every subject kind", () => {
    for (const kind of ["transfer", "carry-out", "sign-in", "software-use", "access", "outsourcing", "cloud-use", "asset", "organization"]) {
      expect(files, kind).toContain(`${kind}.compliant.json`);
      expect(files, kind).toContain(`${kind}.non-compliant.json`);
    }
  });

  it.each(files)("%s", (file) => {
    const expected = OUTCOMES.find((outcome) => file.endsWith(`.${outcome}.json`));
    expect(expected, "file name ends with an outcome").toBeDefined();
    const input: unknown = JSON.parse(readFileSync(new URL(file, subjectsDir), "utf8"));
    const result = safeEvaluate(input, { asOf: "2026-11-25" });
    if (!result.success) throw result.error;
    expect(result.data.outcome).toBe(expected);
    expect(result.data.kind).toBe(file.split(".")[0]);
  });
});

describe("the sample inventory", () => {
  const raw: unknown[] = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8"));
  const subjects = raw.map((entry) => {
    const parsed = parseSubject(entry);
    if (!parsed.success) throw parsed.error;
    return parsed.data as Subject;
  });

  it("is realistic: dozens of assets across the four organisations and three zones", () => {
    expect(subjects.length).toBeGreaterThanOrEqual(36);
    const assets = subjects.filter((s) => s.kind === "asset");
    expect(new Set(assets.map((a) => (typeof a.organization === "string" ? a.organization : `outside: ${a.organization.outside}`)))).toEqual(
      new Set(["secretariat", "assembly-secretariat", "audit-secretariat", "election-commission", "outside: 登米市"]),
    );
    expect(new Set(assets.map((a) => a.zone).filter(Boolean))).toEqual(new Set(["mynumber", "lgwan", "internet"]));
  });

  it("audits with every outcome represented and the out-of-scope body not applicable", () => {
    const result = audit(subjects, { asOf: "2026-11-25" });
    for (const outcome of OUTCOMES) expect(result.summary.outcomes[outcome], outcome).toBeGreaterThan(0);
    const outside = result.decisions.find((d) => d.subjectId === "CITY-PC-01");
    expect(outside?.outcome).toBe("not-applicable");
    expect(result.summary.controls["mynumber-multi-factor"]?.failing.map((ref) => ref.id)).toContain("SEC-MN-PC-04");
    expect(result.summary.controls["mynumber-no-carry-out"]?.failing.map((ref) => ref.id)).toContain("SEC-MN-PC-06");
  });
});
