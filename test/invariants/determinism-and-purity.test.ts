/**
 * "Same input, same decision (deep-equal), always. No clock, no I/O, no randomness, no mutation of
 * the input" (DESIGN.md, Decisions). The same subject and options (locale, asOf, policy) give a
 * deep-equal decision: evaluated twice, evaluated on a deep-frozen copy, on a JSON copy, and
 * interleaved with many other subjects. The input is never mutated.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { evaluate, policies, safeEvaluate, type EvaluateOptions, type Subject } from "../../src/index.js";
import { asOfOptionArbitrary, subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS, deepFreezeForTest, snapshot } from "./support.js";

const optionsArbitrary: fc.Arbitrary<EvaluateOptions | undefined> = fc.option(
  fc
    .record(
      { locale: fc.constantFrom("ja" as const, "en" as const), asOf: asOfOptionArbitrary, policy: fc.constantFrom(...policies) },
      { requiredKeys: [] },
    )
    .map((options) => {
      const result: { -readonly [K in keyof EvaluateOptions]: EvaluateOptions[K] } = {};
      if (options.locale !== undefined) result.locale = options.locale;
      if (options.asOf !== undefined) result.asOf = options.asOf;
      if (options.policy !== undefined) result.policy = options.policy;
      return result as EvaluateOptions;
    }),
  { nil: undefined },
);

describe("determinism and purity: same subject and options, same decision; the input is never mutated", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("gives deep-equal decisions for the same subject and options, twice and on a JSON copy", () => {
    fc.assert(
      fc.property(subjectArbitrary, optionsArbitrary, (subject, options) => {
        const first = evaluate(subject, options);
        expect(evaluate(subject, options)).toEqual(first);
        expect(evaluate(JSON.parse(JSON.stringify(subject)) as Subject, options)).toEqual(first);
        expect(evaluate(structuredClone(subject), options === undefined ? undefined : { ...options })).toEqual(first);
      }),
      { numRuns: RUNS.light },
    );
  });

  it("gives the same decision for a deep-frozen copy of the subject (and does not throw on it)", () => {
    fc.assert(
      fc.property(subjectArbitrary, optionsArbitrary, (subject, options) => {
        const frozen = deepFreezeForTest(structuredClone(subject));
        expect(evaluate(frozen, options)).toEqual(evaluate(subject, options));
        const safe = safeEvaluate(frozen, options);
        expect(safe.success).toBe(true);
        if (safe.success) expect(safe.data).toEqual(evaluate(subject, options));
      }),
      { numRuns: RUNS.light },
    );
  });

  it("never mutates the subject or the options (keys, values, order, prototypes, frozenness compared before and after)", () => {
    fc.assert(
      fc.property(subjectArbitrary, optionsArbitrary, (subject, options) => {
        const before = snapshot(subject);
        // The options are compared shallowly: their `policy` is the shipped, frozen value (invariant 10).
        const optionsBefore = options === undefined ? undefined : { ...options };
        evaluate(subject, options);
        safeEvaluate(subject, options);
        expect(snapshot(subject)).toStrictEqual(before);
        expect(options).toStrictEqual(optionsBefore);
        expect(options?.policy).toBe(optionsBefore?.policy);
      }),
      { numRuns: RUNS.light },
    );
  });

  it("gives the same results evaluating many subjects interleaved as evaluating each alone", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(subjectArbitrary, optionsArbitrary), { minLength: 2, maxLength: 30 }), fc.nat(), (batch, seed) => {
        const alone = batch.map(([subject, options]) => evaluate(structuredClone(subject), options));
        // Interleave: a pseudo-random order, each evaluated several times among the others.
        const order = batch.flatMap((_, i) => [i, i, i]);
        let state = seed;
        for (let i = order.length - 1; i > 0; i--) {
          state = (state * 1103515245 + 12345) >>> 0;
          const j = state % (i + 1);
          [order[i], order[j]] = [order[j] as number, order[i] as number];
        }
        for (const index of order) {
          const [subject, options] = batch[index] as [Subject, EvaluateOptions | undefined];
          expect(evaluate(subject, options)).toEqual(alone[index]);
        }
      }),
      { numRuns: RUNS.heavy },
    );
  });

  it("does not read the clock or randomness: the same decision at other system times and with Math.random broken", () => {
    const samples = fc.sample(fc.tuple(subjectArbitrary, optionsArbitrary), { numRuns: 300, seed: 99 });
    const expected = samples.map(([subject, options]) => evaluate(subject, options));
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("the engine must not use randomness");
    });
    for (const time of ["1970-01-01T00:00:00Z", "2026-11-25T12:00:00Z", "2099-12-31T23:59:59Z"]) {
      vi.setSystemTime(new Date(time));
      samples.forEach(([subject, options], i) => {
        expect(evaluate(subject, options)).toEqual(expected[i]);
      });
    }
  });

  it("gives the same decision whatever the locale, apart from each finding's `reason`", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, (subject, asOf) => {
        const ja = evaluate(subject, asOf === undefined ? { locale: "ja" } : { locale: "ja", asOf });
        const en = evaluate(subject, asOf === undefined ? { locale: "en" } : { locale: "en", asOf });
        const withoutReason = (decision: typeof ja) => ({ ...decision, findings: decision.findings.map(({ reason: _reason, ...rest }) => rest) });
        expect(withoutReason(en)).toEqual(withoutReason(ja));
        en.findings.forEach((finding) => expect(finding.reason).toBe(finding.message.en));
        ja.findings.forEach((finding) => expect(finding.reason).toBe(finding.message.ja));
        expect(evaluate(subject, asOf === undefined ? undefined : { asOf })).toEqual(ja);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
