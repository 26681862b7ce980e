import { describe, expectTypeOf, it } from "vitest";
import {
  audit,
  createAuditor,
  evaluate,
  extendPolicy,
  policy,
  type AuditResult,
  type Auditor,
  type Classification,
  type Decision,
  type ImportanceClassification,
  type InScheme,
  type R6Classification,
  type SchemeSubject,
  type Subject,
} from "../../src/index.js";
import { buildAuditReport } from "../../src/report/audit-report.js";

const r6 = extendPolicy(policy, {
  id: "std",
  version: "1.0.0",
  name: { ja: "基準", en: "Std" },
  classificationScheme: "guideline-r6",
});
const carryOut = {
  kind: "carry-out",
  organization: "secretariat",
  zone: "lgwan",
  approved: true,
} as const;

describe("subjects in a scheme other than the default", () => {
  it("Subject keeps the default scheme's numeric levels (migration: nothing changes for them)", () => {
    type Asset = Extract<Subject, { kind: "asset" }>;
    expectTypeOf<
      NonNullable<Asset["classification"]>
    >().toEqualTypeOf<Classification>();
    // prettier-ignore
    // @ts-expect-error 4 is not a level of the default scheme
    evaluate({ ...carryOut, classification: { confidentiality: 4, integrity: 1, availability: 1 } });
    // prettier-ignore
    // @ts-expect-error a scheme's string ids need the policy whose scheme they are
    evaluate({ ...carryOut, classification: { confidentiality: "3B", integrity: "1", availability: "1" } });
  });

  it("a SchemeSubject is decided with an explicit policy, and returns the same Decision", () => {
    const subject: SchemeSubject<R6Classification> = {
      ...carryOut,
      classification: {
        confidentiality: "3B",
        integrity: "1",
        availability: "1",
      },
    };
    expectTypeOf(evaluate(subject, { policy: r6 })).toEqualTypeOf<Decision>();
    expectTypeOf(audit([subject], { policy: r6 })).toEqualTypeOf<AuditResult>();
    buildAuditReport([subject], { policy: r6, asOf: "2026-11-25" });
    // prettier-ignore
    // @ts-expect-error "3D" is not a level of the 令和6年10月 scheme
    const wrong: SchemeSubject<R6Classification> = { ...carryOut, classification: { confidentiality: "3D", integrity: "1", availability: "1" } };
    void wrong;
  });

  it("every Subject is a SchemeSubject, and InScheme leaves kinds without a classification as they are", () => {
    const widened: SchemeSubject = {} as Subject;
    void widened;
    type SignIn = Extract<Subject, { kind: "sign-in" }>;
    expectTypeOf<
      InScheme<SignIn, ImportanceClassification>
    >().toEqualTypeOf<SignIn>();
    type Asset = Extract<
      InScheme<Subject, ImportanceClassification>,
      { kind: "asset" }
    >;
    expectTypeOf<
      NonNullable<Asset["classification"]>
    >().toEqualTypeOf<ImportanceClassification>();
    // The default overload still describes the options: Parameters<typeof evaluate> is the Subject form.
    expectTypeOf<Parameters<typeof evaluate>[0]>().toEqualTypeOf<Subject>();
  });

  it("createAuditor takes SchemeSubjects only when the policy is given", () => {
    const auditor = createAuditor({ policy: r6 });
    expectTypeOf(auditor).toEqualTypeOf<Auditor<SchemeSubject>>();
    expectTypeOf(
      auditor.add({
        ...carryOut,
        classification: { confidentiality: "3B", integrity: "1", availability: "1" },
      }),
    ).toEqualTypeOf<Decision>();
    const byDefault = createAuditor();
    expectTypeOf(byDefault).toEqualTypeOf<Auditor>();
    // prettier-ignore
    // @ts-expect-error a scheme's string ids need an auditor of the policy whose scheme they are
    byDefault.add({ ...carryOut, classification: { confidentiality: "3B", integrity: "1", availability: "1" } });
  });
});
