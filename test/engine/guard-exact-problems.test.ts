import { describe, expect, it } from "vitest";
import type { ClassificationScheme } from "../../src/classification/classification-scheme.js";
import { compileClassificationScheme } from "../../src/classification/compiled-scheme.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";
import { guidelineR6ClassificationScheme } from "../../src/classification/shipped-classification-schemes.js";
import { checkSubject, guardOptions, guardSubject, guardSubjectFully } from "../../src/engine/guard-subject.js";
import { InvalidSubjectError } from "../../src/engine/invalid-subject-error.js";

// The full guard's problems, exactly: not "contains this problem" but "these problems and no
// other", so that a guard that went on checking a value it had already refused (and added a second,
// misleading problem), or one that let a refused value through, fails here. Also the edges of the
// guard's own helpers that the other guard tests reach only loosely: code points of unpaired
// surrogates, a Proxy whose array length or field answers differently, and the level ids of a
// scheme other than the default as a message shows them.

const ASSET = { kind: "asset", organization: "secretariat", category: "terminal", zone: "lgwan" } as const;
const TRANSFER = { kind: "transfer", from: "mynumber", to: "lgwan" } as const;
const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;

type Issue = [at: string, code: string, message: string];

/** The problems a guard throws for an input, as [at, code, message]; fails if it accepts it. */
function problemsOf(guard: (input: unknown) => unknown, input: unknown): Issue[] {
  let thrown: unknown;
  try {
    guard(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${guard.name} accepted it`).toBeInstanceOf(InvalidSubjectError);
  return (thrown as InvalidSubjectError).issues.map((issue) => [issue.at, issue.code, issue.message]);
}

/** The full guard's problems for a subject. */
const issues = (input: unknown): Issue[] => problemsOf(guardSubjectFully, input);
/** The problems `guardOptions` throws for options. */
const optionIssues = (options: unknown): Issue[] => problemsOf(guardOptions, options);

/** A scheme like the default one under another id, with the given level ids per dimension. */
function schemeWithIds(id: string, ids: Partial<Record<"confidentiality" | "integrity" | "availability", readonly (number | string)[]>>): ClassificationScheme {
  const dimensions = { ...guidelineClassificationScheme.dimensions };
  for (const [dimension, levelIds] of Object.entries(ids) as [keyof typeof dimensions, readonly (number | string)[]][]) {
    const template = guidelineClassificationScheme.dimensions[dimension].levels[0]!;
    dimensions[dimension] = { ...dimensions[dimension], levels: levelIds.map((levelId) => ({ ...template, id: levelId })) };
  }
  return { ...guidelineClassificationScheme, id, dimensions } as ClassificationScheme;
}

const ACCESSOR = "an accessor (getter or setter) is not data: give the value itself";
const OUTSIDE_PROBLEM = 'expected an organisation id of 5(1) or { "outside": "<name>" }';

describe("a nested object refused as not plain data gets that one problem, not a second one about its content", () => {
  it("an organisation { outside } whose name is a getter, hidden, or beside a symbol key", () => {
    const getter = Object.defineProperty({}, "outside", { get: () => "登米市", enumerable: true });
    expect(issues({ ...ASSET, organization: getter })).toEqual([["organization.outside", "not_plain_data", ACCESSOR]]);
    const hidden = Object.defineProperty({}, "outside", { value: "登米市", enumerable: false });
    expect(issues({ ...ASSET, organization: hidden })).toEqual([["organization.outside", "not_plain_data", "a non-enumerable property is not data"]]);
    const symbol = Symbol("x");
    expect(issues({ ...ASSET, organization: { [symbol]: "登米市" } })).toEqual([["organization", "not_plain_data", "a symbol-keyed property Symbol(x) is not data"]]);
  });

  it("options with a symbol key are refused for that alone, before their values are checked", () => {
    expect(optionIssues({ [Symbol("s")]: 1, locale: "fr" })).toEqual([["options", "not_plain_data", "a symbol-keyed property Symbol(s) is not data"]]);
    // The values are checked once the object is plain data.
    expect(optionIssues({ locale: "fr" })).toEqual([["options.locale", "invalid_value", 'expected "ja" or "en", not the string "fr"']]);
  });

  it("the organisation problem itself is still given for plain data", () => {
    expect(issues({ ...ASSET, organization: {} })[0]?.slice(0, 2)).toEqual(["organization", "invalid_organization"]);
    expect(issues({ ...ASSET, organization: 7 })).toEqual([["organization", "invalid_type", `${OUTSIDE_PROBLEM}, not number 7`]]);
  });
});

describe("a text refused once is not also checked against its format", () => {
  const withReference = (reference: unknown) => ({ ...TRANSFER, exception: { ...EXCEPTION, reference } });

  it("a reference that is not a string, is empty or is too long", () => {
    expect(issues(withReference([" EX-1"]))).toEqual([["exception.reference", "invalid_type", "expected a string, not an array"]]);
    expect(issues(withReference(""))).toEqual([["exception.reference", "too_small", "must not be empty"]]);
    expect(issues(withReference(` ${"x".repeat(200)}`))).toEqual([["exception.reference", "too_big", "at most 200 characters"]]);
    // Within the limit, the format is checked.
    expect(issues(withReference(` ${"x".repeat(199)}`))).toEqual([["exception.reference", "invalid_format", "must be non-blank, with no white space at either end"]]);
  });
});

describe("lengths are counted in code points, and an unpaired surrogate is one", () => {
  const withControl = (control: string) => ({ ...TRANSFER, exception: { ...EXCEPTION, controls: [control] } });

  it("a low surrogate after an ordinary character is not part of a pair", () => {
    const unpaired = "a\udc00".repeat(60); // 120 units, 120 code points
    expect(issues(withControl(unpaired))).toEqual([["exception.controls[0]", "too_big", "at most 100 characters"]]);
  });

  it("a high surrogate before anything but a low surrogate is not part of a pair", () => {
    // Before an ASCII letter, and before U+E000 (above the low surrogates): 120 units, 120 code points each.
    for (const unpaired of ["\ud800a".repeat(60), "\ud800\ue000".repeat(60)]) {
      expect(issues(withControl(unpaired))).toEqual([["exception.controls[0]", "too_big", "at most 100 characters"]]);
    }
  });

  it("a pair is one code point, and a high surrogate at the very end is one too", () => {
    expect(guardSubjectFully(withControl("𠮷".repeat(100)))).toMatchObject({ exception: { controls: ["𠮷".repeat(100)] } });
    expect(guardSubjectFully(withControl(`${"𠮷".repeat(99)}\ud800`))).toMatchObject({ exception: { controls: [`${"𠮷".repeat(99)}\ud800`] } });
    expect(issues(withControl(`${"𠮷".repeat(100)}\ud800`))).toEqual([["exception.controls[0]", "too_big", "at most 100 characters"]]);
  });
});

describe("lists of known values", () => {
  it("an unknown value in a list is refused by the full guard, at its index", () => {
    const safeguards = ["backup", "nope"];
    const problems = issues({ ...ASSET, safeguards });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.slice(0, 2)).toEqual(["safeguards[1]", "invalid_value"]);
    expect(problems[0]?.[2]).toMatch(/^expected one of "[^"]+"(, "[^"]+")*, not the string "nope"$/u);
    expect(() => guardSubject({ ...ASSET, safeguards })).toThrow(InvalidSubjectError);
  });

  it("a Proxy of an array whose length is not a number is not a plain array", () => {
    const list = new Proxy(["backup"], {
      getOwnPropertyDescriptor: (target, key) => (key === "length" ? { value: "1", writable: true, enumerable: false, configurable: false } : Reflect.getOwnPropertyDescriptor(target, key)),
    });
    expect(issues({ ...ASSET, safeguards: list })).toEqual([["safeguards", "not_plain_data", "expected a plain array (JSON data)"]]);
    expect(() => guardSubject({ ...ASSET, safeguards: list })).toThrow(InvalidSubjectError);
  });
});

describe("a Proxy that answers differently on each read", () => {
  it("a field whose descriptor is gone on the second read is absent, not an unreadable subject", () => {
    let reads = 0;
    const input = new Proxy({ ...ASSET, name: "端末" } as Record<string, unknown>, {
      getOwnPropertyDescriptor: (target, key) => {
        if (key === "name" && ++reads > 1) return undefined;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    const copy = guardSubjectFully(input) as unknown as Record<string, unknown>;
    expect(reads).toBeGreaterThan(1);
    expect(copy["name"]).toBeUndefined();
    expect(copy).toMatchObject(ASSET);
  });

  it("a kind that changes between reads is refused with its own message", () => {
    let reads = 0;
    const input = new Proxy({ ...ASSET } as Record<string, unknown>, {
      getOwnPropertyDescriptor: (target, key) => {
        if (key === "kind") return { value: ++reads === 1 ? "asset" : "organization", writable: true, enumerable: true, configurable: true };
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(issues(input)).toEqual([["kind", "not_plain_data", "the kind changed between two reads: not data"]]);
  });
});

describe("classifications under another scheme", () => {
  const subject = { ...ASSET, classification: { confidentiality: 2, integrity: 1, availability: 1 } };

  it("a level of the default scheme is not a level of a scheme that has other ids (no fast path for it)", () => {
    const r6 = compileClassificationScheme(guidelineR6ClassificationScheme);
    const checked = checkSubject(subject, r6);
    expect(checked.subject).toBeUndefined();
    expect(checked.problems?.map(({ at, code }) => [at, code])).toEqual([
      ["classification.confidentiality", "invalid_value"],
      ["classification.integrity", "invalid_value"],
      ["classification.availability", "invalid_value"],
    ]);
    // The default scheme (no scheme given) takes it.
    expect(checkSubject(subject).subject).toMatchObject(subject);
    expect(checkSubject(subject, compileClassificationScheme(guidelineClassificationScheme)).subject).toMatchObject(subject);
  });

  it("the message names numeric level ids as numbers, and mixed or string ids as the level ids, of the scheme", () => {
    const numeric = compileClassificationScheme(schemeWithIds("numbered", { confidentiality: [1, 5, 9] }));
    const bad = { ...ASSET, classification: { confidentiality: 2, integrity: 1, availability: 1 } };
    expect(checkSubject(bad, numeric).problems?.map(({ at, message }) => [at, message])).toEqual([
      ["classification.confidentiality", 'expected one of 1, 5, 9 (a number of scheme "numbered"), not number 2'],
    ]);
    const mixed = compileClassificationScheme(schemeWithIds("mixed", { confidentiality: [1, "2A", 3] }));
    expect(checkSubject(bad, mixed).problems?.map(({ at, message }) => [at, message])).toEqual([
      ["classification.confidentiality", 'expected one of 1, "2A", 3 (the level ids of scheme "mixed"), not number 2'],
    ]);
    expect(checkSubject({ ...bad, classification: { ...bad.classification, confidentiality: "2A" } }, mixed).subject).toMatchObject({ classification: { confidentiality: "2A" } });
  });
});
