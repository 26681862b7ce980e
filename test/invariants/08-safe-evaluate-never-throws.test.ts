/**
 * Invariant 8: "`safeEvaluate` never throws, for any JSON value (including `__proto__` keys and
 * deep nesting)." And what it returns is right: for input the schemas reject, never a decision
 * but an error listing at least one issue, each with a `path` and a `message`; for input they
 * accept, the same decision as `evaluate`. Invalid options are reported with paths under
 * `options`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, SubjectSchema, evaluate, policy, safeEvaluate, type Subject } from "../../src/index.js";
import { invalidSubjectArbitrary, jsonSubjectLikeArbitrary, subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS, } from "./support.js";

/** Runs safeEvaluate, failing the test (rather than propagating) if it throws. */
function safely(input: unknown, options?: unknown): ReturnType<typeof safeEvaluate> {
  try {
    return options === undefined ? safeEvaluate(input) : safeEvaluate(input, options);
  } catch (thrown) {
    expect.fail(`safeEvaluate threw ${String(thrown)}`);
  }
}

/** The full contract for one input (options absent). */
function checkInput(input: unknown): void {
  const result = safely(input);
  const parsed = SubjectSchema.safeParse(input);
  if (parsed.success) {
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toEqual(evaluate(parsed.data as Subject));
  } else {
    expectInvalid(result);
  }
}

function expectInvalid(result: ReturnType<typeof safeEvaluate>, pathStartsWith?: string): void {
  expect(result.success).toBe(false);
  if (result.success) return;
  expect("data" in result).toBe(false);
  expect(result.error).toBeInstanceOf(InvalidInputError);
  expect(result.error).toBeInstanceOf(Error);
  expect(result.error.issues.length).toBeGreaterThanOrEqual(1);
  for (const issue of result.error.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
    expect(typeof issue.at).toBe("string");
    if (pathStartsWith !== undefined) expect(issue.path[0]).toBe(pathStartsWith);
  }
  expect(typeof result.error.message).toBe("string");
}

/** `depth` levels of nesting, built iteratively (no recursion in the test). */
function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = "mynumber";
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const validSubject: Subject = { kind: "transfer", from: "mynumber", to: "lgwan", channel: "email", sanitized: true, encrypted: false };
const MEGABYTE = "あ".repeat(1024 * 1024);

describe("Invariant 8: safeEvaluate never throws, for any JSON value (including __proto__ keys and deep nesting)", () => {
  it("never throws for any JSON value (fc.jsonValue), and answers right", () => {
    fc.assert(fc.property(fc.jsonValue(), checkInput), { numRuns: RUNS.light });
  });

  it("never throws for anything fast-check can make (null prototypes, toString-bearing objects, bigint, dates, maps, sets, typed and sparse arrays, boxed values)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(fc.property(anything, checkInput), { numRuns: RUNS.light });
  });

  it("never throws for subjects whose fields are anything (fast-check)", () => {
    const subjectWithOddFields = fc
      .tuple(subjectArbitrary, fc.dictionary(fc.string({ maxLength: 20 }), fc.anything({ withNullPrototype: true, withBigInt: true, withObjectString: true }), { maxKeys: 3 }))
      .map(([subject, extra]) => ({ ...subject, ...extra }));
    fc.assert(fc.property(subjectWithOddFields, checkInput), { numRuns: RUNS.normal });
  });

  it("never throws for near-valid subjects, and rejects every invalid one", () => {
    fc.assert(fc.property(jsonSubjectLikeArbitrary, checkInput), { numRuns: RUNS.light });
    fc.assert(
      fc.property(invalidSubjectArbitrary, ({ value }) => {
        expectInvalid(safely(value));
      }),
      { numRuns: RUNS.light },
    );
  });

  it("returns the same decision as evaluate for every valid subject, also after a JSON round trip", () => {
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        const result = safely(JSON.parse(JSON.stringify(subject)));
        expect(result.success).toBe(true);
        if (result.success) expect(result.data).toEqual(evaluate(subject));
      }),
      { numRuns: RUNS.light },
    );
  });

  it("rejects own __proto__, constructor and prototype keys (made by JSON.parse), at the top and nested, without polluting Object.prototype", () => {
    const texts = [
      '{"kind":"transfer","from":"mynumber","to":"lgwan","__proto__":{"polluted":true}}',
      '{"kind":"transfer","from":"mynumber","to":"lgwan","constructor":{"prototype":{"polluted":true}}}',
      '{"kind":"transfer","from":"mynumber","to":"lgwan","prototype":{"polluted":true}}',
      '{"kind":"transfer","from":"mynumber","to":"lgwan","classification":{"confidentiality":1,"integrity":1,"availability":1,"__proto__":{"polluted":true}}}',
      '{"kind":"transfer","from":"mynumber","to":"lgwan","exception":{"reference":"EX-1","approverRole":"ciso","__proto__":{"approverRole":"ciso"}}}',
      '{"__proto__":{"kind":"transfer","from":"mynumber","to":"lgwan"}}',
      '{"kind":"asset","organization":"secretariat","category":"terminal","safeguards":[{"__proto__":"isolation"}]}',
      '{"__proto__":null}',
      '{"kind":"organization","organization":"secretariat","constructor":"x"}',
    ];
    for (const text of texts) {
      const input: unknown = JSON.parse(text);
      checkInput(input);
      expectInvalid(safely(input));
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    }
    // The issue names the offending key.
    const result = safely(JSON.parse(texts[0] as string));
    expect(!result.success && result.error.issues.some((issue) => issue.message.includes("__proto__") || issue.path.includes("__proto__"))).toBe(true);
  });

  it("accepts a valid subject with a null prototype, and decides it as evaluate does", () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, validSubject);
    const result = safely(input);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toEqual(evaluate(validSubject));
  });

  it("never throws for huge strings (1 MB) as the input, a field, a key, a list item or an option", () => {
    const key = "k".repeat(1024 * 1024);
    const inputs: unknown[] = [
      MEGABYTE,
      { ...validSubject, id: MEGABYTE },
      { ...validSubject, organization: MEGABYTE },
      { ...validSubject, from: MEGABYTE },
      { ...validSubject, kind: MEGABYTE },
      { ...validSubject, [key]: 1 },
      { ...validSubject, exception: { reference: MEGABYTE, approverRole: "ciso", controls: [MEGABYTE] } },
      { kind: "asset", organization: "secretariat", category: "terminal", safeguards: [MEGABYTE] },
      { kind: "organization", organization: "secretariat", asOf: MEGABYTE },
    ];
    for (const input of inputs) checkInput(input);
    expectInvalid(safely(validSubject, { asOf: MEGABYTE }), "options");
    expectInvalid(safely(validSubject, { locale: MEGABYTE }), "options");
  });

  it("never throws for deep nesting: 10,000 levels of arrays and of objects, as the input, as a field and as an option", () => {
    const deepArray = nested(10_000, (inner) => [inner]);
    const deepObject = nested(10_000, (inner) => ({ a: inner }));
    const deepKind = nested(10_000, (inner) => ({ kind: inner }));
    const inputs: unknown[] = [
      deepArray,
      deepObject,
      deepKind,
      { ...validSubject, from: deepArray },
      { ...validSubject, classification: deepObject },
      { ...validSubject, exception: deepObject },
      { ...validSubject, exception: { reference: "EX-1", approverRole: "ciso", controls: deepArray } },
      { ...validSubject, extra: deepObject },
      { kind: "asset", organization: "secretariat", category: "terminal", safeguards: deepArray },
    ];
    for (const input of inputs) checkInput(input);
    expectInvalid(safely(validSubject, deepObject), "options");
    expectInvalid(safely(validSubject, { policy: deepObject }), "options");
    expectInvalid(safely(deepArray, deepObject));
  });

  it("never throws for long lists and wide objects", () => {
    checkInput({ ...validSubject, exception: { reference: "EX-1", approverRole: "ciso", controls: Array.from({ length: 100_000 }, () => "x") } });
    checkInput({ kind: "sign-in", zone: "mynumber", factors: Array.from({ length: 100_000 }, () => "knowledge") });
    checkInput(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])));
    checkInput(Array.from({ length: 100_000 }, () => validSubject));
  });

  describe("options", () => {
    const badOptions: readonly [string, unknown][] = [
      ["bad locale", { locale: "fr" }],
      ["locale of the wrong type", { locale: 1 }],
      ["bad asOf (month 13)", { asOf: "2026-13-01" }],
      ["bad asOf (30 February)", { asOf: "2026-02-30" }],
      ["bad asOf (not a date)", { asOf: "tomorrow" }],
      ["bad asOf (a Date object)", { asOf: new Date("2026-01-01") }],
      ["a non-policy object", { policy: { id: "x" } }],
      ["a mutable policy look-alike", { policy: { id: "x", version: "1.0.0", controls: [], parameters: {} } }],
      ["a policy of the wrong type", { policy: "miyagi-kouiki-basic-policy" }],
      ["an unknown option", { strict: true }],
      ["options not an object", 42],
      ["options an array", []],
      ["options null", null],
    ];

    it.each(badOptions)("reports %s with paths starting at `options`, and no decision", (_label, options) => {
      expectInvalid(safely(validSubject, options), "options");
    });

    it("reports problems with the subject and with the options together", () => {
      const result = safely({ kind: "transfer" }, { locale: "fr" });
      expectInvalid(result);
      if (!result.success) {
        expect(result.error.issues.some((issue) => issue.path[0] === "options")).toBe(true);
        expect(result.error.issues.some((issue) => issue.path[0] !== "options")).toBe(true);
      }
    });

    it("accepts valid options and decides as evaluate does with them", () => {
      fc.assert(
        fc.property(subjectArbitrary, fc.constantFrom("ja" as const, "en" as const), fc.constantFrom("2026-11-25", "2024-02-29", "1999-12-31"), (subject, locale, asOf) => {
          const result = safely(subject, { policy, locale, asOf });
          expect(result.success).toBe(true);
          if (result.success) expect(result.data).toEqual(evaluate(subject, { policy, locale, asOf }));
        }),
        { numRuns: RUNS.normal },
      );
    });

    it("never throws for any options value (fast-check)", () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withObjectString: true, withDate: true }), (options) => {
          safely(validSubject, options);
        }),
        { numRuns: RUNS.normal },
      );
    });

    it("never throws for a frozen hand-made policy that passes the look-alike check but is malformed", () => {
      const malformed = [
        Object.freeze({ id: "x", version: "1", controls: Object.freeze([1]), parameters: Object.freeze({}) }),
        Object.freeze({ id: "x", version: "1", controls: Object.freeze([Object.freeze({ id: "c" })]), parameters: Object.freeze({}) }),
        Object.freeze({ id: "x", version: "1", controls: Object.freeze([null]), parameters: Object.freeze({}) }),
      ];
      for (const candidate of malformed) {
        const result = safely(validSubject, { policy: candidate });
        if (!result.success) expectInvalid(result, "options");
      }
    });
  });
});
