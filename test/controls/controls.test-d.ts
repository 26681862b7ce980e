import { describe, expectTypeOf, it } from "vitest";
import type { Check, CheckContext, Checks, Control, ControlDefinition, ControlFacts } from "../../src/controls/control.js";
import { defineControl } from "../../src/controls/control.js";
import { controlsForClause, findControl, getControl } from "../../src/controls/find-control.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";
import { controlsCountering, THREAT_REFS, threatControlMatrix, threatOf, type ThreatControlMatrix } from "../../src/controls/threat-matrix.js";
import { fail, manual, pass, type ControlParameters, type Verdict } from "../../src/controls/verdict.js";
import type { ThreatId, ThreatRef } from "../../src/definitions/vocabulary.js";
import type { AssetSubject } from "../../src/subjects/asset.js";
import type { OrganizationSubject } from "../../src/subjects/organization.js";
import type { SignInSubject } from "../../src/subjects/sign-in.js";
import type { SoftwareUseSubject } from "../../src/subjects/software-use.js";
import type { SubjectKind, SubjectOf } from "../../src/subjects/subject.js";

const verdicts = {
  yes: pass({ ja: "可", en: "Yes." }),
  no: fail({ ja: "否", en: "No." }),
  unknown: manual({ ja: "不明", en: "Unknown." }),
};

/** The parts of a definition the type tests do not care about. */
const base = {
  title: { ja: "題", en: "Title" },
  clause: "7(6)",
  provenance: "guideline",
  basis: { document: "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」", edition: "unknown", confidence: "inferred", sources: [] },
  category: "technical",
  threats: ["T1", "T1.1"],
  requirement: { ja: "【ガイドラインに基づく既定値】要件", en: "[Guideline default] Requirement" },
  remediation: { ja: "是正", en: "Fix" },
  admitsException: true,
  verdicts,
} as const satisfies Partial<ControlDefinition<ControlParameters>>;

describe("Check and Checks", () => {
  it("a check for a kind receives that kind's subject, the parameters and the context, and returns a Verdict", () => {
    expectTypeOf<Check<"sign-in", ControlParameters>>().parameter(0).toEqualTypeOf<SignInSubject>();
    expectTypeOf<Check<"asset", { minimum: number }>>().parameter(1).toEqualTypeOf<{ minimum: number }>();
    expectTypeOf<Check<"asset", ControlParameters>>().parameter(2).toEqualTypeOf<CheckContext>();
    expectTypeOf<Check<"organization", ControlParameters>>().returns.toEqualTypeOf<Verdict>();
  });

  it("Checks<P> maps every subject kind, optionally, to the check of that kind", () => {
    type Received = { [K in SubjectKind]-?: Parameters<NonNullable<Checks<ControlParameters>[K]>>[0] };
    expectTypeOf<Received>().toEqualTypeOf<{ [K in SubjectKind]: SubjectOf<K> }>();
    expectTypeOf<keyof Checks<ControlParameters>>().toEqualTypeOf<SubjectKind>();
    expectTypeOf<{}>().toExtend<Checks<ControlParameters>>();
  });

  it("ControlFacts names only fields of each kind's subject", () => {
    expectTypeOf<NonNullable<ControlFacts["sign-in"]>[number]>().toEqualTypeOf<keyof SignInSubject & string>();
    expectTypeOf<NonNullable<ControlFacts["asset"]>[number]>().toEqualTypeOf<keyof AssetSubject & string>();
  });
});

describe("defineControl", () => {
  it("types each check's subject from its key, and its parameters from P", () => {
    const control = defineControl<{ minimumFactorKinds: number }>({
      ...base,
      id: "typed-sign-in",
      parameters: {
        minimumFactorKinds: {
          default: 1,
          stricter: "higher",
          unit: "factor kinds",
          min: 1,
          max: 3,
          description: { ja: "種類数", en: "Kinds" },
        },
      },
      facts: { "sign-in": ["factors"], "software-use": ["approved"] },
      checks: {
        "sign-in": (subject, parameters, context) => {
          expectTypeOf(subject).toEqualTypeOf<SignInSubject>();
          expectTypeOf(parameters).toEqualTypeOf<{ minimumFactorKinds: number }>();
          expectTypeOf(context.asOfDay).toEqualTypeOf<number | undefined>();
          return (subject.factors?.length ?? 0) >= parameters.minimumFactorKinds ? verdicts.yes : verdicts.no;
        },
        "software-use": (subject) => {
          expectTypeOf(subject).toEqualTypeOf<SoftwareUseSubject>();
          return subject.approved === undefined ? verdicts.unknown : verdicts.yes;
        },
      },
    });
    expectTypeOf(control).toEqualTypeOf<Control>();
    expectTypeOf(control.checks["sign-in"]).toEqualTypeOf<Check<"sign-in", ControlParameters> | undefined>();
  });

  it("rejects checks and facts that do not fit the subject kind", () => {
    defineControl({
      ...base,
      id: "wrong-field",
      parameters: {},
      facts: { "sign-in": ["factors"] },
      checks: {
        // @ts-expect-error a sign-in subject has no `approved`: that is a field of software-use
        "sign-in": (subject) => (subject.approved ? verdicts.yes : verdicts.no),
      },
    });
    defineControl({
      ...base,
      id: "wrong-fact",
      parameters: {},
      // @ts-expect-error `approved` is no field of a sign-in subject, so it cannot be a sign-in fact
      facts: { "sign-in": ["approved"] },
      checks: { "sign-in": () => verdicts.yes },
    });
    defineControl({
      ...base,
      id: "unknown-kind",
      parameters: {},
      facts: {},
      checks: {
        // @ts-expect-error "email" is no subject kind
        email: () => verdicts.yes,
      },
    });
    defineControl({
      ...base,
      id: "not-a-verdict",
      parameters: {},
      facts: { organization: [] },
      checks: {
        // @ts-expect-error a check returns one of the control's Verdict objects, not a status string
        organization: () => "pass",
      },
    });
  });

  it("rejects parameters that are not declared, read or specified as P says", () => {
    defineControl<{ intervalMonths: number }>({
      ...base,
      id: "missing-spec",
      // @ts-expect-error P declares intervalMonths, so its ParameterSpec is required
      parameters: {},
      facts: { organization: [] },
      checks: { organization: () => verdicts.yes },
    });
    defineControl<{ intervalMonths: number }>({
      ...base,
      id: "undeclared-parameter",
      parameters: {
        intervalMonths: { default: 12, stricter: "lower", unit: "months", min: 1, max: 60, description: { ja: "月", en: "Months" } },
      },
      facts: { organization: ["lastAudit"] },
      checks: {
        organization: (subject: OrganizationSubject, parameters) =>
          // @ts-expect-error P has no `trainingIntervalMonths`: only declared parameters can be read
          parameters.trainingIntervalMonths > 0 && subject.lastAudit !== undefined ? verdicts.yes : verdicts.no,
      },
    });
  });

  // Not feasible at the type level with the current ControlDefinition: `facts` and `checks` are
  // independent mapped types, so a check for a kind without a facts entry type-checks; defineControl
  // rejects it at run time instead (see control-definition.test.ts).
  it("does not (yet) reject a check without a facts entry at compile time", () => {
    expectTypeOf<{ facts: {}; checks: { "sign-in": Check<"sign-in", ControlParameters> } }>().toExtend<
      Pick<ControlDefinition<ControlParameters>, "facts" | "checks">
    >();
  });
});

describe("threat-matrix", () => {
  it("is keyed by every threat reference", () => {
    const matrix = threatControlMatrix([]);
    expectTypeOf(matrix).toEqualTypeOf<ThreatControlMatrix>();
    expectTypeOf<keyof ThreatControlMatrix["byThreat"]>().toEqualTypeOf<ThreatRef>();
    expectTypeOf(matrix.byThreat["T2.10"]).toEqualTypeOf<readonly string[]>();
    expectTypeOf(matrix.byControl["any-id"]).toEqualTypeOf<readonly ThreatRef[] | undefined>();
    expectTypeOf(matrix.uncountered).toEqualTypeOf<readonly ThreatRef[]>();
    expectTypeOf<(typeof THREAT_REFS)[number]>().toEqualTypeOf<ThreatRef>();
    // @ts-expect-error "T6" is no threat of clause 4
    void matrix.byThreat.T6;
  });

  it("takes only threat references", () => {
    expectTypeOf(controlsCountering).parameter(0).toEqualTypeOf<ThreatRef>();
    expectTypeOf(controlsCountering).returns.toEqualTypeOf<readonly Control[]>();
    expectTypeOf(threatOf).returns.toEqualTypeOf<ThreatId>();
    // @ts-expect-error "T6" is no threat of clause 4
    controlsCountering("T6", []);
    // @ts-expect-error "T1.7" is no listed example: T1 lists six
    threatOf("T1.7");
  });
});

describe("find-control", () => {
  it("findControl may give undefined, getControl never does", () => {
    expectTypeOf(findControl).returns.toEqualTypeOf<Control | undefined>();
    expectTypeOf(getControl).returns.toEqualTypeOf<Control>();
    expectTypeOf(controlsForClause).returns.toEqualTypeOf<readonly Control[]>();
    expectTypeOf(getControl).parameter(1).toEqualTypeOf<readonly Control[] | undefined>();
  });

  it("UnknownNameError carries the kind, the query and suggestions, read-only", () => {
    const error = new UnknownNameError("control", "x", ["y"]);
    expectTypeOf(error).toExtend<Error>();
    expectTypeOf(error.kind).toEqualTypeOf<"clause" | "term" | "threat" | "control" | "policy-version">();
    expectTypeOf(error.query).toEqualTypeOf<string>();
    expectTypeOf(error.suggestions).toEqualTypeOf<readonly string[]>();
    // @ts-expect-error the query is read-only
    error.query = "z";
  });
});
