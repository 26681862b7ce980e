// createAuditor by a policy in another scheme: each subject added is decided as `evaluate` decides
// it under that policy, and a level that is not the policy's scheme's is refused and not counted.
import { describe, expect, it } from "vitest";
import {
  InvalidSubjectError,
  allClassificationsOf,
  classificationSchemes,
  compileClassificationScheme,
  createAuditor,
  evaluate,
  extendPolicy,
  guidelineClassificationScheme,
  policy,
  type SchemeSubject,
} from "../../src/index.js";

const others = Object.values(classificationSchemes).filter((scheme) => scheme !== guidelineClassificationScheme);

describe("createAuditor with a policy in another classification scheme", () => {
  it.each(others.map((scheme) => [scheme.id, scheme] as const))("%s: every classification is decided as evaluate decides it", (_id, scheme) => {
    const schemed = extendPolicy(policy, { id: `std-${scheme.id}`, version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: scheme.id });
    const auditor = createAuditor({ policy: schemed });
    const classifications = allClassificationsOf(compileClassificationScheme(scheme));
    expect(classifications.length).toBeGreaterThan(1);
    for (const classification of classifications) {
      const subject = { kind: "carry-out", organization: "secretariat", zone: "lgwan", classification, approved: false } as SchemeSubject;
      expect(auditor.add(subject)).toEqual(evaluate(subject, { policy: schemed }));
    }
    const summary = auditor.summary();
    expect(summary.total).toBe(classifications.length);
    expect(auditor.policy).toEqual(evaluate({ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] }, { policy: schemed }).policy);
  });

  it("refuses a default-scheme level under another scheme, and counts nothing for it", () => {
    const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" });
    const auditor = createAuditor({ policy: r6 });
    const wrong = { kind: "carry-out", organization: "secretariat", zone: "lgwan", classification: { confidentiality: 3, integrity: 1, availability: 1 }, approved: true };
    expect(() => auditor.add(wrong as never)).toThrow(InvalidSubjectError);
    expect(auditor.summary().total).toBe(0);
  });
});
