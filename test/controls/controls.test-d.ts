import { describe, expectTypeOf, it } from "vitest";
import type { Check, CheckContext, Checks, Control, ControlFacts } from "../../src/controls/control.js";
import { judgeCadence, judgeFlag, judgeSafeguard, type CadenceVerdicts, type FlagName } from "../../src/controls/judge.js";
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
} as const;

const minimumFactorKinds = {
  default: 1,
  stricter: "higher",
  unit: "factor kinds",
  min: 1,
  max: 3,
  description: { ja: "種類数", en: "Kinds" },
} as const;

describe("Check and Checks", () => {
  it("a check for a kind receives that kind's subject, the parameters and the context, and returns a verdict name", () => {
    expectTypeOf<Check<"sign-in", ControlParameters>>().parameter(0).toEqualTypeOf<SignInSubject>();
    expectTypeOf<Check<"asset", { minimum: number }>>().parameter(1).toEqualTypeOf<{ minimum: number }>();
    expectTypeOf<Check<"asset", ControlParameters>>().parameter(2).toEqualTypeOf<CheckContext>();
    expectTypeOf<Check<"organization", ControlParameters>>().returns.toEqualTypeOf<string>();
    expectTypeOf<Check<"organization", ControlParameters, "yes" | "no">>().returns.toEqualTypeOf<"yes" | "no">();
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

  it("the judge helpers return names, not verdicts", () => {
    expectTypeOf(judgeFlag(true)).toEqualTypeOf<"yes" | "no" | "unknown">();
    expectTypeOf(judgeFlag(undefined, "encrypted", "plain", "unstated")).toEqualTypeOf<"encrypted" | "plain" | "unstated">();
    expectTypeOf(judgeSafeguard([], "backup")).toEqualTypeOf<FlagName>();
    expectTypeOf(judgeCadence(null, { fiscalYears: 1, months: 24 }, { asOfDay: undefined })).toEqualTypeOf<keyof CadenceVerdicts>();
  });
});

describe("defineControl", () => {
  it("types each check's subject from its key, its parameters from the declared parameters, and its result from the verdict table", () => {
    const control = defineControl({
      ...base,
      id: "typed-sign-in",
      parameters: { minimumFactorKinds },
      facts: { "sign-in": ["factors"], "software-use": ["approved"] },
      checks: {
        "sign-in": (subject, parameters, context) => {
          expectTypeOf(subject).toEqualTypeOf<SignInSubject>();
          expectTypeOf(parameters).toEqualTypeOf<{ readonly minimumFactorKinds: number }>();
          expectTypeOf(context.asOfDay).toEqualTypeOf<number | undefined>();
          return (subject.factors?.length ?? 0) >= parameters.minimumFactorKinds ? "yes" : "no";
        },
        "software-use": (subject) => {
          expectTypeOf(subject).toEqualTypeOf<SoftwareUseSubject>();
          return subject.approved === undefined ? "unknown" : "yes";
        },
      },
    });
    expectTypeOf(control).toEqualTypeOf<Control>();
    expectTypeOf(control.checks["sign-in"]).toEqualTypeOf<Check<"sign-in", ControlParameters> | undefined>();
    expectTypeOf(control.verdictsByName).toEqualTypeOf<Readonly<Record<string, Verdict>>>();
  });

  it("rejects a verdict name the control's table does not declare", () => {
    defineControl({
      ...base,
      id: "undeclared-name",
      parameters: {},
      facts: { organization: [] },
      checks: {
        // @ts-expect-error "maybe" is not a name of the verdict table (yes, no, unknown)
        organization: () => "maybe",
      },
    });
    defineControl({
      ...base,
      id: "not-a-name",
      parameters: {},
      facts: { organization: [] },
      checks: {
        // @ts-expect-error a check returns a verdict's name, not the verdict object
        organization: () => verdicts.yes,
      },
    });
    defineControl({
      ...base,
      id: "helper-with-other-names",
      parameters: {},
      facts: { "software-use": ["approved"] },
      checks: {
        // @ts-expect-error judgeFlag with these names returns "ok" | "notOk" | "unknown", and the table has no "ok"
        "software-use": (s) => judgeFlag(s.approved, "ok", "notOk", "unknown"),
      },
    });
    // The same helper with the table's own names type-checks.
    defineControl({ ...base, id: "helper-ok", parameters: {}, facts: { "software-use": ["approved"] }, checks: { "software-use": (s) => judgeFlag(s.approved) } });
  });

  it("rejects checks and facts that do not fit the subject kind", () => {
    defineControl({
      ...base,
      id: "wrong-field",
      parameters: {},
      facts: { "sign-in": ["factors"] },
      checks: {
        // @ts-expect-error a sign-in subject has no `approved`: that is a field of software-use
        "sign-in": (subject) => (subject.approved ? "yes" : "no"),
      },
    });
    defineControl({
      ...base,
      id: "wrong-fact",
      parameters: {},
      // @ts-expect-error `approved` is no field of a sign-in subject, so it cannot be a sign-in fact
      facts: { "sign-in": ["approved"] },
      checks: { "sign-in": () => "yes" },
    });
    defineControl({
      ...base,
      id: "unknown-kind",
      parameters: {},
      // @ts-expect-error with a check for no subject kind, no facts entry fits either
      facts: {},
      checks: {
        // @ts-expect-error "email" is no subject kind
        email: () => "yes",
      },
    });
  });

  it("ties facts to checks: a check without a facts entry, or facts without a check, is a type error", () => {
    defineControl({
      ...base,
      id: "check-without-facts",
      parameters: {},
      // @ts-expect-error checks has sign-in, so facts must list sign-in's fields
      facts: {},
      checks: { "sign-in": () => "yes" },
    });
    defineControl({
      ...base,
      id: "facts-without-check",
      parameters: {},
      facts: { "sign-in": ["factors"], organization: [] },
      // @ts-expect-error facts has organization, so checks must have an organization check
      checks: { "sign-in": () => "yes" },
    });
  });

  it("rejects parameters that are not declared, and a worded message reads them typed", () => {
    defineControl({
      ...base,
      id: "undeclared-parameter",
      parameters: {
        intervalMonths: { default: 12, stricter: "lower", unit: "months", min: 1, max: 60, description: { ja: "月", en: "Months" } },
      },
      facts: { organization: ["lastAudit"] },
      checks: {
        organization: (subject: OrganizationSubject, parameters) =>
          // @ts-expect-error only the declared `intervalMonths` can be read, not `trainingIntervalMonths`
          parameters.trainingIntervalMonths > 0 && subject.lastAudit !== undefined ? "yes" : "no",
      },
    });
    const enough = pass<{ readonly minimumFactorKinds: number }>((p) => {
      expectTypeOf(p.minimumFactorKinds).toEqualTypeOf<number>();
      return { ja: `${p.minimumFactorKinds}種類以上。`, en: `At least ${p.minimumFactorKinds}.` };
    });
    defineControl({ ...base, id: "typed-message", verdicts: { enough }, parameters: { minimumFactorKinds }, facts: { "sign-in": [] }, checks: { "sign-in": () => "enough" } });
    defineControl({
      ...base,
      id: "message-reads-a-parameter-the-control-lacks",
      // @ts-expect-error the message reads minimumFactorKinds, which this control does not declare
      verdicts: { enough },
      parameters: {},
      facts: { "sign-in": [] },
      checks: { "sign-in": () => "enough" },
    });
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
