import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { controlKinds, defineControl, type Control } from "../../src/controls/control.js";
import { ControlCategorySchema } from "../../src/controls/control-category.js";
import { FindingStatusSchema } from "../../src/controls/finding-status.js";
import { controlsForClause, getControl } from "../../src/controls/find-control.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";
import { controlsCountering } from "../../src/controls/threat-matrix.js";
import { fail, manual, notApplicable, pass } from "../../src/controls/verdict.js";
import { evaluate } from "../../src/evaluate.js";
import { policy } from "../../src/policy/policies.js";
import type { Subject } from "../../src/subjects/subject.js";

// Details of the control layer that the case table does not pin down: the wording of every
// verdict, the boundaries of interval controls, how a control definition is checked, how unknown
// ids are answered, and which controls counter a threat.

describe("every verdict of every control", () => {
  const resolve = (message: Control["verdicts"][number]["message"], parameters: Readonly<Record<string, number>>) =>
    typeof message === "function" ? message(parameters) : message;

  it.each(controlCatalog.map((control) => [control.id, control] as const))("%s: says why in Japanese and English", (_id, control) => {
    const parameters = policy.parameters[control.id] ?? {};
    for (const verdict of control.verdicts) {
      const text = resolve(verdict.message, parameters);
      expect(Object.keys(text).sort()).toEqual(["en", "ja"]);
      for (const locale of ["ja", "en"] as const) {
        expect(typeof text[locale]).toBe("string");
        expect(text[locale].length, `${control.id} ${verdict.status} ${locale}`).toBeGreaterThan(5);
        expect(text[locale]).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text.en).toMatch(/[A-Za-z]{3,}/);
    }
  });

  it.each(
    controlCatalog
      .filter((control) => control.verdicts.some((verdict) => typeof verdict.message === "function"))
      .map((control) => [control.id, control] as const),
  )("%s: words a parameterised message from the parameter's value", (_id, control) => {
    const names = Object.keys(control.parameters);
    expect(names.length, "a worded-from-parameters message needs a parameter").toBeGreaterThan(0);
    for (const name of names) {
      const spec = control.parameters[name];
      if (spec === undefined) throw new Error(name);
      const other = spec.default === spec.max ? spec.min : spec.max;
      let worded = 0;
      for (const verdict of control.verdicts) {
        if (typeof verdict.message !== "function") continue;
        const usual = verdict.message({ ...(policy.parameters[control.id] ?? {}), [name]: spec.default });
        const changed = verdict.message({ ...(policy.parameters[control.id] ?? {}), [name]: other });
        for (const locale of ["ja", "en"] as const) {
          if (changed[locale] === usual[locale] || !changed[locale].includes(String(other))) continue;
          // Some message names the parameter's new value (a cadence words its sentence from it too).
          worded++;
        }
      }
      expect(worded, `${control.id}: some message names the value of ${name}`).toBeGreaterThan(0);
    }
  });
});

describe("a cadence control (training-interval: 毎年度, fiscal years April to March)", () => {
  const trainedOn = (lastTraining: string | null): Subject => ({ kind: "organization", organization: "secretariat", lastTraining });
  const findingOn = (lastTraining: string | null, asOf: string) =>
    evaluate(trainedOn(lastTraining), { asOf }).findings.find((finding) => finding.control === "training-interval");

  it("passes on the as-of date itself, through the next fiscal year, and fails from the 1 April after", () => {
    expect(findingOn("2025-04-01", "2025-04-01")?.status).toBe("pass");
    expect(findingOn("2025-04-01", "2027-03-31")?.status).toBe("pass");
    expect(findingOn("2025-04-01", "2027-04-01")?.status).toBe("fail");
    expect(findingOn("2025-03-31", "2026-03-31")?.status).toBe("pass");
    expect(findingOn("2025-03-31", "2026-04-01")?.status).toBe("fail");
  });

  it("needs a person when the training is dated after the as-of date", () => {
    const after = findingOn("2025-04-02", "2025-04-01");
    expect(after?.status).toBe("manual");
    expect(after?.message.en).toBe("The date of the information security training is after the as-of date. Check the dates.");
  });

  it("words this year, last year and a missed year", () => {
    expect(findingOn("2025-04-01", "2025-06-01")?.message).toStrictEqual({
      ja: "情報セキュリティ教育が判定基準日の属する年度に実施されている。",
      en: "The information security training took place in the fiscal year of the as-of date.",
    });
    expect(findingOn("2024-04-01", "2025-06-01")?.message).toStrictEqual({
      ja: "情報セキュリティ教育が前年度に実施されている。判定基準日の属する年度の分は、年度末（3月31日）までに実施する必要がある。",
      en: "The information security training took place in the previous fiscal year. This fiscal year's is still due by 31 March.",
    });
    expect(findingOn("2024-03-31", "2025-06-01")?.message).toStrictEqual({
      ja: "情報セキュリティ教育が前年度にも判定基準日の属する年度にも実施されていない（毎年度の実施が求められる）。",
      en: "The information security training took place neither in the previous fiscal year nor in that of the as-of date (required every fiscal year).",
    });
    expect(findingOn(null, "2025-06-01")?.message.en).toBe("The information security training has never taken place.");
  });
});

describe("the verdict constructors", () => {
  it("give the status they are named after, and keep the message", () => {
    const message = { ja: "理由。", en: "Why." };
    const worded = (p: Readonly<Record<string, number>>) => ({ ja: `${p["n"]}件。`, en: `${p["n"]} items.` });
    expect(pass(message)).toEqual({ status: "pass", message });
    expect(fail(message)).toEqual({ status: "fail", message });
    expect(manual(message)).toEqual({ status: "manual", message });
    expect(notApplicable(message)).toEqual({ status: "not-applicable", message });
    const parameterised = fail(worded);
    expect(parameterised.status).toBe("fail");
    expect(parameterised.message).toBe(worded);
    expect(Object.isFrozen(parameterised)).toBe(true);
  });
});

describe("defineControl", () => {
  const verdict = pass({ ja: "適合している。", en: "Compliant." });
  const base = {
    id: "test-control",
    title: { ja: "試験用", en: "Test" },
    clause: "7(3)",
    provenance: "organization",
    category: "technical",
    threats: [],
    requirement: { ja: "試験。", en: "Test." },
    remediation: { ja: "直す。", en: "Fix." },
    admitsException: false,
    parameters: {},
    verdicts: { verdict },
  } as const;

  it("accepts facts and checks declared for the same kinds in any order, and keeps the checks' order", () => {
    const control = defineControl({
      ...base,
      facts: { "sign-in": [], asset: [], transfer: [] },
      checks: { transfer: () => verdict, asset: () => verdict, "sign-in": () => verdict },
    } as never);
    expect(controlKinds(control)).toEqual(["transfer", "asset", "sign-in"]);
    expect(control.gate).toBe(false);
    expect(control.verdicts).toEqual([verdict]);
    expect(Object.isFrozen(control)).toBe(true);
  });

  it("refuses facts and checks for different kinds, naming both, sorted", () => {
    expect(() =>
      defineControl({ ...base, facts: { transfer: [], asset: [] }, checks: { "sign-in": () => verdict, asset: () => verdict } } as never),
    ).toThrow("control test-control: facts are declared for [asset,transfer] but checks for [asset,sign-in]");
  });
});

describe("an unknown control id", () => {
  const fake = (...ids: string[]) => ids.map((id) => ({ id, threats: [] }) as unknown as Control);
  const suggestionsFor = (asked: string, controls: readonly Control[]): readonly string[] => {
    try {
      getControl(asked, controls);
    } catch (error) {
      if (error instanceof UnknownNameError) return error.suggestions;
      throw error;
    }
    throw new Error(`${asked} was found`);
  };

  it("is answered with at most three suggestions, quoted and comma-separated", () => {
    expect(() => getControl("kitten", fake("sitting", "bitter", "zzzzzz", "kitchen", "mitten"))).toThrow(
      'Unknown control "kitten". Closest known: "mitten", "bitter", "kitchen".',
    );
  });

  it("ranks by edit distance, then by the order given", () => {
    expect(suggestionsFor("kitten", fake("sitting", "bitter", "zzzzzz", "kitchen", "mitten"))).toEqual(["mitten", "bitter", "kitchen"]);
    expect(suggestionsFor("abx", fake("abc", "abd", "xyz", "abcdef"))).toEqual(["abc", "abd", "xyz"]);
    expect(suggestionsFor("abx", fake("abd", "abc", "xyz", "abcdef"))).toEqual(["abd", "abc", "xyz"]);
    expect(suggestionsFor("flaw", fake("lawn", "flaws", "xxxxxx"))).toEqual(["flaws", "lawn", "xxxxxx"]);
  });

  it("ranks ids that contain it, or that it contains, before closer ones", () => {
    expect(suggestionsFor("isolation", fake("isolate", "mynumber-isolation"))).toEqual(["mynumber-isolation", "isolate"]);
    expect(suggestionsFor("mynumber-isolation", fake("mynumber-isolatiom", "isolation"))).toEqual(["isolation", "mynumber-isolatiom"]);
  });

  it("with nothing asked, suggests the shortest ids: the fewest insertions", () => {
    expect(suggestionsFor("", fake("longest-id", "mid-id", "id", "four"))).toEqual(["id", "four", "mid-id"]);
  });

  it("ignores white space around the id", () => {
    expect(suggestionsFor(" ab", fake("-ab", "ab"))).toEqual(["ab", "-ab"]);
    expect(suggestionsFor("ab\t", fake("ab-", "ab"))).toEqual(["ab", "ab-"]);
  });

  it("compares in lower case, with spaces, underscores and dots (one or many) read as one hyphen", () => {
    expect(suggestionsFor("A_B", fake("x.b", "a-b"))).toEqual(["a-b", "x.b"]);
    expect(suggestionsFor("a b", fake("ab", "a-b"))).toEqual(["a-b", "ab"]);
    expect(suggestionsFor("a__b", fake("a--b", "a-b"))).toEqual(["a-b", "a--b"]);
    expect(suggestionsFor("  A. B ", fake("ab", "a-b"))).toEqual(["a-b", "ab"]);
  });
});

describe("controlsForClause", () => {
  const ids = (ref: string) => controlsForClause(ref).map((control) => control.id);

  it("takes in the items of a clause (① …) and its sub-clauses, not clauses whose number merely starts the same", () => {
    expect(ids("7(3)")).toEqual(expect.arrayContaining(["mynumber-isolation"]));
    expect(controlsForClause("7(3)").some((control) => control.clause === "7(3)②")).toBe(true);
    expect(controlsForClause("1")).toEqual([]);
    expect(ids("10")).toEqual(controlCatalog.filter((control) => control.clause === "10").map((control) => control.id));
  });
});

describe("controlsCountering", () => {
  const fake = (id: string, threats: string[]) => ({ id, threats }) as unknown as Control;
  const listing = [fake("example-only", ["T1.2"]), fake("threat-only", ["T1"]), fake("other", ["T2.1"])];
  const idsOf = (controls: readonly Control[]) => controls.map((control) => control.id);

  it("for a threat: every control listing it or any of its examples", () => {
    expect(idsOf(controlsCountering("T1", listing))).toEqual(["example-only", "threat-only"]);
    expect(idsOf(controlsCountering("T2", listing))).toEqual(["other"]);
    expect(controlsCountering("T3", listing)).toEqual([]);
  });

  it("for an example: only the controls listing that example", () => {
    expect(idsOf(controlsCountering("T1.2", listing))).toEqual(["example-only"]);
    expect(controlsCountering("T1.1", listing)).toEqual([]);
  });
});

describe("the vocabularies of controls and findings", () => {
  it("FindingStatusSchema is the four statuses a verdict can give", () => {
    expect(FindingStatusSchema.options).toEqual(["pass", "fail", "manual", "not-applicable"]);
    const given = new Set(controlCatalog.flatMap((control) => control.verdicts.map((verdict) => verdict.status)));
    expect([...given].sort()).toEqual([...FindingStatusSchema.options].sort());
  });

  it("ControlCategorySchema is the catalog's categories, one per catalog file, in the policy's order", () => {
    expect(ControlCategorySchema.options).toEqual([
      "organization",
      "classification",
      "system-resilience",
      "physical",
      "human",
      "technical",
      "operations",
      "outsourcing-and-cloud",
      "audit",
      "review",
    ]);
    const used = new Set(controlCatalog.map((control) => control.category));
    expect([...used].sort()).toEqual([...ControlCategorySchema.options].sort());
    for (const control of controlCatalog) expect(ControlCategorySchema.safeParse(control.category).success, control.id).toBe(true);
  });
});
