import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extendPolicy, policies, policy, safeEvaluate } from "../../src/index.js";
import { safeEvaluator } from "../../src/validation/safe-evaluate.js";
import { asOfOptionArbitrary, jsonSubjectLikeArbitrary } from "../arbitraries/subjects.js";

const overlay: unknown = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", "overlay.sample.json"), "utf8"));
const extended = extendPolicy(policy, overlay as Parameters<typeof extendPolicy>[1]);

/** What a result says, to compare two: the decision, or the error's name, message and every issue. */
function seen(result: ReturnType<typeof safeEvaluate>): unknown {
  return result.success ? { success: true, data: result.data } : { success: false, name: result.error.name, message: result.error.message, issues: result.error.issues };
}

const validOptions = fc.record(
  {
    policy: fc.constantFrom(...policies, extended),
    locale: fc.constantFrom("ja" as const, "en" as const),
    asOf: asOfOptionArbitrary,
  },
  { requiredKeys: [] },
);
const badOptions = fc.oneof(
  fc.record({ locale: fc.constantFrom("fr", "", "JA") }),
  fc.record({ asOf: fc.constantFrom("2026-02-30", "tomorrow", "") }),
  fc.record({ policy: fc.constant({ id: "not", version: "a policy" }) }),
  fc.record({ extra: fc.jsonValue({ maxDepth: 1 }) }),
  fc.constantFrom(null, 7, "en", [] as unknown),
);

describe("safeEvaluator: safeEvaluate with its options read once", () => {
  it("answers what safeEvaluate answers for any subject-like JSON, under valid options (any shipped or extended policy, locale, asOf) and none", () => {
    fc.assert(
      fc.property(fc.option(validOptions, { nil: undefined }), fc.array(jsonSubjectLikeArbitrary, { minLength: 1, maxLength: 6 }), (options, inputs) => {
        const decide = safeEvaluator(options);
        for (const input of inputs) expect(seen(decide(input))).toEqual(seen(safeEvaluate(input, options)));
      }),
      { numRuns: 300 },
    );
  });

  it("answers what safeEvaluate answers under options that are not valid (every problem, the options' among them)", () => {
    fc.assert(
      fc.property(badOptions, jsonSubjectLikeArbitrary, (options, input) => {
        const result = safeEvaluator(options)(input);
        expect(result.success).toBe(false);
        expect(seen(result)).toEqual(seen(safeEvaluate(input, options)));
      }),
      { numRuns: 200 },
    );
  });

  it("answers unreadable input (a throwing getter) and unreadable options as safeEvaluate does", () => {
    const hostile = {
      get kind(): string {
        throw new Error("no kind");
      },
    };
    expect(seen(safeEvaluator({ locale: "en" })(hostile))).toEqual(seen(safeEvaluate(hostile, { locale: "en" })));
    const options = {
      get locale(): string {
        throw new Error("no locale");
      },
    };
    const input = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };
    const result = safeEvaluator(options)(input);
    expect(result.success).toBe(false);
    expect(seen(result)).toEqual(seen(safeEvaluate(input, options)));
  });

  it("keeps the options as they were when it was made", () => {
    const options: { locale: "ja" | "en" } = { locale: "en" };
    const decide = safeEvaluator(options);
    options.locale = "ja";
    const input = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };
    expect(seen(decide(input))).toEqual(seen(safeEvaluate(input, { locale: "en" })));
    expect(seen(decide(input))).not.toEqual(seen(safeEvaluate(input, { locale: "ja" })));
  });
});
