import { describe, expect, it } from "vitest";
import { guardOptions, guardSubject, guardSubjectAt, guardSubjectFully, pickEvaluateOptions } from "../../src/engine/guard-subject.js";
import { InvalidSubjectError } from "../../src/engine/invalid-subject-error.js";

// The engine's guard (invariants 11 and 12) on every kind of value it must refuse: each case names
// the problem's path and code, so that a guard that let one through, or blamed the wrong field,
// fails here. The fast path must refuse the same inputs (guardSubject falls back to the full guard).

/** The full guard's problems (the fast path copies a getter's value once, by design; the full guard names it). */
function fullProblems(input: unknown): { at: string; code: string }[] {
  try {
    guardSubjectFully(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSubjectError);
    return (error as InvalidSubjectError).issues.map(({ at, code }) => ({ at, code }));
  }
  throw new Error(`guardSubjectFully accepted ${String(JSON.stringify(input))}`);
}

function problems(input: unknown): { at: string; code: string }[] {
  for (const guard of [guardSubjectFully, guardSubject]) {
    try {
      guard(input);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSubjectError);
      if (guard === guardSubject) return (error as InvalidSubjectError).issues.map(({ at, code }) => ({ at, code }));
      continue;
    }
    throw new Error(`${guard.name} accepted ${String(JSON.stringify(input))}`);
  }
  throw new Error("unreachable");
}

const ASSET = { kind: "asset", organization: "secretariat", category: "terminal", zone: "lgwan" } as const;
const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;

class NotPlain {
  readonly kind = "asset";
}

describe("the guard refuses what is not plain data, naming the field", () => {
  it("symbol keys, accessors and non-enumerable properties of a nested object", () => {
    const symbolKeyed = { outside: "登米市", [Symbol("x")]: 1 };
    expect(problems({ ...ASSET, organization: symbolKeyed })).toContainEqual({ at: "organization", code: "not_plain_data" });
    const withGetter = Object.defineProperty({}, "outside", { get: () => "登米市", enumerable: true });
    expect(fullProblems({ ...ASSET, organization: withGetter })).toContainEqual({ at: "organization.outside", code: "not_plain_data" });
    // The fast path refuses it too (it used to take the getter's value): every path, the same answer.
    expect(() => guardSubject({ ...ASSET, organization: withGetter })).toThrow(InvalidSubjectError);
    const hidden = Object.defineProperty({}, "outside", { value: "登米市", enumerable: false });
    expect(fullProblems({ ...ASSET, organization: hidden })).toContainEqual({ at: "organization.outside", code: "not_plain_data" });
    expect(problems({ ...ASSET, organization: new NotPlain() })).toContainEqual({ at: "organization", code: "not_plain_data" });
    expect(problems({ ...ASSET, classification: new NotPlain() })).toContainEqual({ at: "classification", code: "not_plain_data" });
  });

  it("lists that are not plain arrays, have holes or accessors, or are too long", () => {
    class Safeguards extends Array<string> {}
    expect(problems({ ...ASSET, safeguards: Safeguards.from(["backup"]) })).toContainEqual({ at: "safeguards", code: "not_plain_data" });
    // eslint-disable-next-line no-sparse-arrays
    expect(problems({ ...ASSET, safeguards: ["backup", , "encryption"] })).toContainEqual({ at: "safeguards[1]", code: "not_plain_data" });
    const accessor = ["backup"];
    Object.defineProperty(accessor, 0, { get: () => "backup", enumerable: true });
    expect(fullProblems({ ...ASSET, safeguards: accessor })).toContainEqual({ at: "safeguards[0]", code: "not_plain_data" });
    expect(problems({ ...ASSET, safeguards: Array.from({ length: 65 }, () => "backup") })).toContainEqual({ at: "safeguards", code: "too_big" });
    expect(problems({ ...ASSET, safeguards: "backup" })).toContainEqual({ at: "safeguards", code: "invalid_type" });
    expect(problems({ ...ASSET, safeguards: ["backup", "Backup"] })).toContainEqual({ at: "safeguards[1]", code: "invalid_value" });
  });

  it("texts: empty, too long (counted in code points), not a string", () => {
    expect(problems({ ...ASSET, name: "" })).toContainEqual({ at: "name", code: "too_small" });
    expect(problems({ ...ASSET, name: "x".repeat(501) })).toContainEqual({ at: "name", code: "too_big" });
    expect(problems({ ...ASSET, name: 7 })).toContainEqual({ at: "name", code: "invalid_type" });
    // 500 characters beyond the BMP are 1,000 UTF-16 units, and still within the limit.
    expect(() => guardSubject({ ...ASSET, name: "𠮷".repeat(500) })).not.toThrow();
    expect(problems({ ...ASSET, name: "𠮷".repeat(501) })).toContainEqual({ at: "name", code: "too_big" });
  });

  it("booleans, enums, levels and dates", () => {
    expect(problems({ kind: "carry-out", fromTerminal: "yes" })).toContainEqual({ at: "fromTerminal", code: "invalid_type" });
    expect(problems({ ...ASSET, zone: "MyNumber" })).toContainEqual({ at: "zone", code: "invalid_value" });
    expect(problems({ ...ASSET, classification: { confidentiality: 4, integrity: 1, availability: 1 } })).toContainEqual({ at: "classification.confidentiality", code: "invalid_value" });
    expect(problems({ ...ASSET, classification: "high" })).toContainEqual({ at: "classification", code: "invalid_type" });
    expect(problems({ kind: "organization", organization: "secretariat", asOf: "2026-02-30" })).toContainEqual({ at: "asOf", code: "invalid_format" });
    expect(problems({ kind: "organization", organization: "secretariat", asOf: null })).toContainEqual({ at: "asOf", code: "invalid_format" });
    expect(() => guardSubject({ kind: "organization", organization: "secretariat", lastAudit: null })).not.toThrow();
  });

  it("a recorded exception must be a bounded register entry", () => {
    const transfer = { kind: "transfer", from: "mynumber", to: "lgwan" } as const;
    expect(problems({ ...transfer, exception: { ...EXCEPTION, reference: " EX-1" } })).toContainEqual({ at: "exception.reference", code: "invalid_format" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, reference: "" } })).toContainEqual({ at: "exception.reference", code: "too_small" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, controls: [] } })).toContainEqual({ at: "exception.controls", code: "too_small" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, controls: [""] } })).toContainEqual({ at: "exception.controls[0]", code: "too_small" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, controls: "mynumber-isolation" } })).toContainEqual({ at: "exception.controls", code: "invalid_type" });
    const { validUntil: _, ...open } = EXCEPTION;
    expect(problems({ ...transfer, exception: open })).toContainEqual({ at: "exception.validUntil", code: "invalid_type" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, link: { from: "mynumber" } } })).toContainEqual({ at: "exception.link.to", code: "invalid_type" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, link: { from: "mynumber", to: "Internet" } } })).toContainEqual({ at: "exception.link.to", code: "invalid_value" });
    expect(problems({ ...transfer, exception: { ...EXCEPTION, link: "mynumber→lgwan" } })).toContainEqual({ at: "exception.link", code: "invalid_type" });
    expect(() => guardSubject({ ...transfer, exception: { ...EXCEPTION, validFrom: "2026-04-01", link: { from: "mynumber", to: "lgwan" } } })).not.toThrow();
  });

  it("every problem is listed, and an audit's paths start at the subject's index", () => {
    const many = problems({ ...ASSET, zone: "x", category: "y", name: "", safeguards: "z" }).map(({ at }) => at);
    expect(many).toEqual(expect.arrayContaining(["zone", "category", "name", "safeguards"]));
    let thrown: unknown;
    try {
      guardSubjectAt({ ...ASSET, zone: "x" }, 7);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidSubjectError);
    expect((thrown as InvalidSubjectError).issues.map(({ at }) => at)).toEqual(["[7].zone"]);
    expect(guardSubjectAt(ASSET, 7)).toEqual(ASSET);
  });
});

describe("options are read as own data", () => {
  it("pickEvaluateOptions keeps only own data values of policy, locale and asOf", () => {
    const options = Object.defineProperty({ locale: "en", extra: 1, asOf: undefined }, "asOf", { get: () => "2026-11-25", enumerable: true });
    expect(pickEvaluateOptions(options)).toEqual({ locale: "en" });
    expect(pickEvaluateOptions("en")).toBe("en");
    expect(pickEvaluateOptions(null)).toBeNull();
  });

  it("guardOptions refuses an unknown key, a bad locale and a bad date", () => {
    for (const bad of [{ locale: "fr" }, { asOf: "2026-13-01" }, { lang: "en" }]) {
      expect(() => guardOptions(bad), JSON.stringify(bad)).toThrow(InvalidSubjectError);
    }
    expect(guardOptions({ locale: "en", asOf: "2026-11-25" })).toMatchObject({ locale: "en", asOf: "2026-11-25" });
  });
});
