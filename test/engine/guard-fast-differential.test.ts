import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate.js";
import { fastGuard } from "../../src/engine/guard-fast.js";
import type { Subject } from "../../src/subjects/subject.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";
import { signInWithCountingGetter } from "../support/counting-getter.js";
import { full } from "../support/full-guard.js";
import { withPrototypeProperties } from "../support/prototype-properties.js";

// The fast path of the guard (src/engine/guard-fast.ts) against the full guard on the shapes of
// object it reads by `for…in`: symbol-keyed, non-enumerable and inherited properties, fields given
// as `undefined`, null prototypes, nested objects. What the fast path accepts, the full guard must
// accept with an equal copy; where the full guard refuses, the fast path must not answer. Each case
// also says which way the fast path goes, so that a fast path that refused everything (or took
// everything) fails here too.

/** Asserts the fast path agrees with the full guard, and returns whether it answered. */
function agrees(input: unknown): boolean {
  const fast = fastGuard(input);
  if (fast === undefined) return false;
  expect(full(input)).toEqual(fast);
  return true;
}

const hidden = <T extends object>(object: T, key: string, value: unknown): T => Object.defineProperty(object, key, { value, enumerable: false, writable: true, configurable: true });

const CLASSIFIED = { confidentiality: 2, integrity: 1, availability: 1 } as const;
const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;

describe("the fast guard agrees with the full guard on how an object's fields are read", () => {
  it("accepts plain subjects of every kind, with the full guard's copy", () => {
    let answered = 0;
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        // JSON data, as safeEvaluate and the CLI see it: every valid subject is answered fast.
        const parsed = JSON.parse(JSON.stringify(subject)) as unknown;
        if (full(parsed) !== "refused") {
          expect(agrees(parsed)).toBe(true);
          answered++;
        }
      }),
      { numRuns: 2_000 },
    );
    expect(answered).toBeGreaterThan(1_000);
  });

  it("ignores a symbol-keyed property of the subject, a classification or an exception, as the full guard does", () => {
    const subject = { kind: "transfer", from: "lgwan", to: "internet", classification: { ...CLASSIFIED, [Symbol("c")]: 1 }, exception: { ...EXCEPTION, [Symbol("e")]: 1 }, [Symbol("s")]: true };
    expect(agrees(subject)).toBe(true);
  });

  it("reads a non-enumerable field as absent, as the full guard does (never as given)", () => {
    const signIn = hidden({ kind: "sign-in", zone: "mynumber" }, "factors", ["knowledge", "possession"]);
    expect(agrees(signIn)).toBe(true);
    expect(fastGuard(signIn)?.kind === "sign-in" && fastGuard(signIn)).toMatchObject({ factors: undefined });
    // So the decision is that of the subject without the list: the two factors are not a pass.
    expect(evaluate(signIn as Subject)).toEqual(evaluate({ kind: "sign-in", zone: "mynumber" }));
    expect(agrees(hidden({ kind: "sign-in", zone: "mynumber" }, "zonee", "x"))).toBe(true);
    expect(agrees({ kind: "transfer", from: "lgwan", to: "lgwan", classification: hidden({ ...CLASSIFIED }, "extra", 1) })).toBe(true);
  });

  it("does not answer where the full guard refuses: a hidden required field, a hidden kind, an unknown field, `__proto__` as a key", () => {
    const cases: unknown[] = [
      // A hidden field next to an unknown one: a count of keys would take the one for the other.
      hidden({ kind: "sign-in", zone: "mynumber", zonee: "x" }, "factors", ["knowledge", "possession"]),
      hidden({ kind: "transfer", to: "internet" }, "from", "lgwan"),
      hidden({ zone: "mynumber" }, "kind", "sign-in"),
      { kind: "transfer", from: "lgwan", to: "internet", classification: hidden({ confidentiality: 2, integrity: 1 }, "availability", 1) },
      { kind: "transfer", from: "lgwan", to: "internet", exception: hidden({ reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"] }, "validUntil", "2027-03-31") },
      { kind: "transfer", from: "lgwan", to: "internet", exception: { ...EXCEPTION, link: hidden({ from: "lgwan" }, "to", "internet") } },
      { kind: "sign-in", zone: "mynumber", zonee: "lgwan" },
      JSON.parse('{"kind":"sign-in","zone":"mynumber","__proto__":{"factors":["knowledge","possession"]}}'),
    ];
    for (const input of cases) {
      expect(fastGuard(input)).toBeUndefined();
      expect(full(input)).toBe("refused");
    }
  });

  it("sends `{ outside }` with a symbol-keyed or non-enumerable property to the full guard, which refuses it", () => {
    for (const outside of [{ outside: "登米市", [Symbol("x")]: 1 }, hidden({ outside: "登米市" }, "extra", 1), hidden({}, "outside", "登米市")]) {
      const input = { kind: "sign-in", zone: "mynumber", organization: outside };
      expect(fastGuard(input)).toBeUndefined();
      expect(full(input)).toBe("refused");
    }
    expect(agrees({ kind: "sign-in", zone: "mynumber", organization: { outside: "登米市" } })).toBe(true);
  });

  it("a field given as `undefined` goes to the full guard, which reads it as absent", () => {
    const input = { kind: "transfer", from: "lgwan", to: "internet", encrypted: undefined };
    expect(fastGuard(input)).toBeUndefined();
    expect(full(input)).toMatchObject({ kind: "transfer", encrypted: undefined });
  });

  it("an inherited enumerable field (a polluted Object.prototype) is never read as the subject's", () => {
    const values = { factors: ["knowledge", "possession"], encrypted: true, availability: 1 };
    const cases: unknown[] = [
      { kind: "sign-in", zone: "mynumber" },
      { kind: "transfer", from: "lgwan", to: "internet" },
      { kind: "transfer", from: "lgwan", to: "internet", classification: { confidentiality: 2, integrity: 1 } },
    ];
    withPrototypeProperties(values, () => {
      for (const input of cases) {
        const fast = fastGuard(input);
        // It may not answer (the full guard decides), but if it does it has none of the pollution.
        if (fast !== undefined) expect(full(input)).toEqual(fast);
        const decided = full(input);
        if (decided !== "refused") expect(decided).not.toMatchObject({ factors: values.factors });
      }
    }, { enumerable: true });
    expect(agrees(cases[0])).toBe(true);
  });

  it("reads a subject with a null prototype like a plain one", () => {
    const input = Object.assign(Object.create(null) as object, { kind: "carry-out", zone: "mynumber", classification: Object.assign(Object.create(null) as object, CLASSIFIED), approved: true });
    expect(agrees(input)).toBe(true);
  });

  it("refuses an accessor without calling it, as the full guard does (it used to take the getter's value)", () => {
    const { subject: input, reads } = signInWithCountingGetter();
    expect(fastGuard(input)).toBeUndefined();
    expect(full(input)).toBe("refused");
    expect(reads()).toBe(0);
  });

  it("agrees on random subjects decorated with symbol-keyed, non-enumerable and unknown properties", () => {
    const decoration = fc.record({
      symbol: fc.boolean(),
      hiddenKnown: fc.constantFrom(undefined, "id", "organization", "exception", "classification", "zone", "factors"),
      hiddenUnknown: fc.boolean(),
      unknown: fc.boolean(),
    });
    let answered = 0;
    fc.assert(
      fc.property(subjectArbitrary, decoration, (subject, how) => {
        const input = { ...subject } as Record<string | symbol, unknown>;
        if (how.symbol) input[Symbol("s")] = 1;
        if (how.hiddenKnown !== undefined) hidden(input, how.hiddenKnown, how.hiddenKnown === "organization" ? "secretariat" : "x");
        if (how.hiddenUnknown) hidden(input, "extra", 1);
        if (how.unknown) input["extra2"] = 1;
        if (agrees(input)) answered++;
        else if (!how.unknown && how.hiddenKnown === undefined && full(subject) !== "refused") {
          // Nothing but ignorable decoration: the fast path answers.
          throw new Error(`the fast path did not answer ${JSON.stringify(subject)}`);
        }
      }),
      { numRuns: 2_000 },
    );
    expect(answered).toBeGreaterThan(200);
  });
});
