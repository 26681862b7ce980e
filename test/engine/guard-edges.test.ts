import { describe, expect, it } from "vitest";
import { fastGuard } from "../../src/engine/guard-fast.js";
import { guardSubject, guardSubjectAt, guardSubjectFully, isCalendarDate, pickEvaluateOptions } from "../../src/engine/guard-subject.js";
import { evaluate, extendPolicy, InvalidSubjectError, policy, safeEvaluate, type Subject } from "../../src/index.js";

// The edges of the input guard: what it accepts at each limit and refuses just past it (calendar
// dates, lengths in code points), the options, hostile objects, and the contract between its two
// paths: the fast path either returns the same copy the full guard would, or nothing (and then the
// full guard decides). A policy of another classification scheme is checked by the full guard
// alone, so each edge runs under both.

const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" } as never);
const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;
const ASSET = { kind: "asset", organization: "secretariat", category: "terminal", zone: "lgwan" } as const;

/** Whether `evaluate` decides the input under the default scheme and under guideline-r6 alike (and throws nothing else). */
function accepted(input: unknown): boolean {
  const verdicts = [undefined, { policy: r6 }].map((options) => {
    try {
      evaluate(input as never, options);
      return true;
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSubjectError);
      return false;
    }
  });
  expect(verdicts[1], "the full guard alone disagrees with the default path").toBe(verdicts[0]);
  return verdicts[0] as boolean;
}

describe("calendar dates: every month's last day, leap years, and one day past", () => {
  const dates: [string, boolean][] = [
    ["2026-01-31", true], ["2026-01-32", false], ["2026-02-28", true], ["2026-02-29", false], ["2024-02-29", true], ["2024-02-30", false],
    ["2000-02-29", true], ["2100-02-29", false], ["1900-02-29", false], ["2026-03-31", true], ["2026-04-30", true], ["2026-04-31", false],
    ["2026-05-31", true], ["2026-06-30", true], ["2026-06-31", false], ["2026-07-31", true], ["2026-08-31", true], ["2026-09-30", true],
    ["2026-09-31", false], ["2026-10-31", true], ["2026-11-30", true], ["2026-11-31", false], ["2026-12-31", true], ["2026-12-32", false],
    ["2026-00-10", false], ["2026-13-01", false], ["2026-01-00", false], ["2026-1-01", false], ["2026-01-1", false], ["02026-01-01", false],
    ["2026-01-01 ", false], ["2026/01/01", false], ["", false],
  ];

  it.each(dates)("%s: %s", (date, valid) => {
    expect(isCalendarDate(date)).toBe(valid);
    expect(accepted({ kind: "organization", organization: "secretariat", asOf: date })).toBe(valid);
    expect(accepted({ kind: "organization", organization: "secretariat", lastAudit: date })).toBe(valid);
    expect(accepted({ kind: "transfer", from: "mynumber", to: "lgwan", exception: { ...EXCEPTION, validFrom: date } })).toBe(valid);
    expect(accepted({ kind: "transfer", from: "mynumber", to: "lgwan", exception: { ...EXCEPTION, validUntil: date } })).toBe(valid);
    expect(() => evaluate(ASSET, { asOf: date })).toSatisfy((run: () => unknown) => {
      try {
        run();
        return valid;
      } catch (error) {
        return !valid && error instanceof InvalidSubjectError;
      }
    });
  });

  it("a date that is not a string is never one", () => {
    for (const value of [20260101, null, undefined, new Date(2026, 0, 1), ["2026-01-01"]]) expect(isCalendarDate(value)).toBe(false);
  });
});

describe("text lengths count code points, so a character beyond U+FFFF counts once", () => {
  const name = (text: string) => accepted({ ...ASSET, name: text });

  it.each([
    ["500 BMP characters", "x".repeat(500), true],
    ["501 BMP characters", "x".repeat(501), false],
    ["500 of U+10000 (the first surrogate pair)", "\ud800\udc00".repeat(500), true],
    ["500 of U+10FFFF (the last surrogate pair)", "\udbff\udfff".repeat(500), true],
    ["500 of U+20BB7", "𠮷".repeat(500), true],
    ["501 of U+20BB7", "𠮷".repeat(501), false],
    ["250 pairs and a BMP character", "𠮷".repeat(250) + "x", true],
    ["501 lone high surrogates", "\ud842".repeat(501), false],
    ["501 lone low surrogates", "\udc00".repeat(501), false],
    ["a high surrogate before a BMP character, 251 times", "\ud842a".repeat(251), false],
    ["a lone high surrogate, then a pair, then 498: 501 units, 500 code points", "\ud842" + "\ud842\udc00" + "x".repeat(498), true],
    ["the same with 499: 501 code points", "\ud842" + "\ud842\udc00" + "x".repeat(499), false],
  ])("%s", (_, text, valid) => {
    expect(name(text)).toBe(valid);
  });

  it("the organisation's outside name counts the same way (at most 200)", () => {
    expect(accepted({ ...ASSET, organization: { outside: "😀".repeat(200) } })).toBe(true);
    expect(accepted({ ...ASSET, organization: { outside: "😀".repeat(201) } })).toBe(false);
  });
});

describe("the options of evaluate, read as own data", () => {
  /** The problems `evaluate` throws for the options, as [at, code, message], with the error's own message. */
  function optionProblems(options: unknown, subject: unknown = ASSET): { message: string; issues: [string, string, string][] } {
    try {
      evaluate(subject as never, options as never);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSubjectError);
      const { message, issues } = error as InvalidSubjectError;
      return { message, issues: issues.map((issue) => [issue.at, issue.code, issue.message]) };
    }
    throw new Error("accepted");
  }

  it("not an object, or not a plain one", () => {
    expect(optionProblems("en")).toEqual({
      message: 'invalid options: options: expected options { policy, locale, asOf }, not the string "en"',
      issues: [["options", "invalid_type", 'expected options { policy, locale, asOf }, not the string "en"']],
    });
    expect(optionProblems(null).issues).toEqual([["options", "invalid_type", "expected options { policy, locale, asOf }, not null"]]);
    expect(optionProblems([]).issues).toEqual([["options", "invalid_type", "expected options { policy, locale, asOf }, not an array"]]);
    expect(optionProblems(new (class Options { locale = "en" })()).issues).toEqual([
      ["options", "not_plain_data", "expected options { policy, locale, asOf } as a plain object (JSON data), not an instance of another class"],
    ]);
    expect(optionProblems({ [Symbol("k")]: 1 }).issues).toEqual([["options", "not_plain_data", "a symbol-keyed property Symbol(k) is not data"]]);
    expect(optionProblems(Object.defineProperty({}, "asOf", { get: () => "2026-01-01", enumerable: true })).issues).toEqual([
      ["options.asOf", "not_plain_data", "an accessor (getter or setter) is not data: give the value itself"],
    ]);
    expect(optionProblems(Object.defineProperty({}, "locale", { value: "en", enumerable: false })).issues).toEqual([
      ["options.locale", "not_plain_data", "a non-enumerable property is not data"],
    ]);
  });

  it("every problem of the options, in one error", () => {
    expect(optionProblems({ policy: "current", locale: "fr", asOf: "2026-02-30", lang: "en" })).toEqual({
      message:
        'invalid options: options.lang: unknown option "lang": the options are policy, locale and asOf; options.policy: expected a policy value, not the string "current"; options.locale: expected "ja" or "en", not the string "fr"; options.asOf: expected a calendar date YYYY-MM-DD, not the string "2026-02-30"',
      issues: [
        ["options.lang", "unrecognized_keys", 'unknown option "lang": the options are policy, locale and asOf'],
        ["options.policy", "invalid_type", 'expected a policy value, not the string "current"'],
        ["options.locale", "invalid_value", 'expected "ja" or "en", not the string "fr"'],
        ["options.asOf", "invalid_format", 'expected a calendar date YYYY-MM-DD, not the string "2026-02-30"'],
      ],
    });
    expect(optionProblems({ policy: null }).issues).toEqual([["options.policy", "invalid_type", "expected a policy value, not null"]]);
  });

  it("undefined values are options left out, and each valid option is taken", () => {
    // From JavaScript (the types forbid it under exactOptionalPropertyTypes): undefined is an option left out.
    expect(evaluate(ASSET, { policy: undefined, locale: undefined, asOf: undefined } as never).asOf).toBeUndefined();
    expect(evaluate(ASSET, { locale: "en" }).findings[0]?.reason).toBe(evaluate(ASSET).findings[0]?.message.en);
    expect(evaluate(ASSET, { locale: "ja" }).findings[0]?.reason).toBe(evaluate(ASSET).findings[0]?.message.ja);
    expect(evaluate(ASSET, { asOf: "2026-04-01" }).asOf).toEqual({ date: "2026-04-01", source: "option" });
    expect(evaluate(ASSET, { policy: r6 }).policy).toEqual({ id: r6.id, version: r6.version });
  });

  it("an inherited option is not an option", () => {
    const options = Object.create({ locale: "en", asOf: "2026-04-01" }) as object;
    // Not plain (its prototype is not Object.prototype): refused, never read through the prototype.
    expect(optionProblems(options).issues.map(([at, code]) => [at, code])).toEqual([["options", "not_plain_data"]]);
  });

  it("a bad subject is reported before bad options", () => {
    expect(optionProblems({ locale: "fr" }, { ...ASSET, zone: "x" })).toEqual({
      message: 'invalid subject: zone: expected one of "mynumber", "lgwan", "internet", not the string "x"',
      issues: [["zone", "invalid_value", 'expected one of "mynumber", "lgwan", "internet", not the string "x"']],
    });
    expect(optionProblems({ locale: "fr" }).message).toBe('invalid options: options.locale: expected "ja" or "en", not the string "fr"');
  });

  it("options whose traps throw are unreadable options", () => {
    expect(optionProblems(new Proxy({}, { ownKeys: () => { throw new Error("boom"); } })).issues).toEqual([["options", "not_plain_data", "unreadable options: boom"]]);
    expect(optionProblems(new Proxy({}, { ownKeys: () => { throw 42; } })).issues).toEqual([["options", "not_plain_data", "unreadable options: a trap threw"]]);
  });

  it("pickEvaluateOptions takes policy, locale and asOf when given as data, and nothing else", () => {
    expect(pickEvaluateOptions({ policy, locale: "en", asOf: "2026-04-01", title: "x" })).toEqual({ policy, locale: "en", asOf: "2026-04-01" });
    expect(Object.keys(pickEvaluateOptions({ locale: undefined, asOf: "2026-04-01" }) as object)).toEqual(["asOf"]);
    expect(pickEvaluateOptions(Object.create({ locale: "en" }))).toEqual({});
    expect(pickEvaluateOptions(undefined)).toBeUndefined();
  });
});

describe("hostile subjects: a trap that throws is an unreadable subject, never a crash", () => {
  const problems = (input: unknown, options?: { policy: typeof r6 }) => {
    try {
      evaluate(input as never, options);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSubjectError);
      return (error as InvalidSubjectError).issues.map((issue) => [issue.at, issue.code, issue.message]);
    }
    throw new Error("accepted");
  };

  it.each([undefined, { policy: r6 }])("the trap's message, or 'a trap threw' (options %o)", (options) => {
    expect(problems(new Proxy({ ...ASSET }, { ownKeys: () => { throw new Error("nope"); } }), options)).toEqual([["(root)", "not_plain_data", "unreadable subject: nope"]]);
    expect(problems(new Proxy({ ...ASSET }, { ownKeys: () => { throw "x"; } }), options)).toEqual([["(root)", "not_plain_data", "unreadable subject: a trap threw"]]);
    const evil = new Error("x");
    Object.defineProperty(evil, "message", { get: () => { throw new Error("again"); } });
    expect(problems(new Proxy({ ...ASSET }, { ownKeys: () => { throw evil; } }), options)).toEqual([["(root)", "not_plain_data", "unreadable subject: a trap threw"]]);
    expect(problems(new Proxy({ ...ASSET }, { getOwnPropertyDescriptor: () => { throw new Error("gopd"); } }), options)).toEqual([["(root)", "not_plain_data", "unreadable subject: gopd"]]);
  });

  it("safeEvaluate reports the same subject as invalid input instead of throwing", () => {
    const result = safeEvaluate(new Proxy({ ...ASSET }, { ownKeys: () => { throw new Error("nope"); } }));
    expect(result.success).toBe(false);
  });
});

describe("an audit's subject problems start at its index", () => {
  it("the index prefixes each path, and a valid subject is copied", () => {
    let thrown: unknown;
    try {
      guardSubjectAt({ ...ASSET, zone: "x", safeguards: ["backup", "y"] }, 3);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidSubjectError);
    const error = thrown as InvalidSubjectError;
    expect(error.message).toBe('invalid subject [3]: [3].zone: expected one of "mynumber", "lgwan", "internet", not the string "x"; [3].safeguards[1]: ' + error.issues[1]?.message);
    expect(error.issues.map((issue) => [issue.path, issue.at])).toEqual([
      [[3, "zone"], "[3].zone"],
      [[3, "safeguards", 1], "[3].safeguards[1]"],
    ]);
    expect(guardSubjectAt(ASSET, 0)).toEqual(ASSET);
  });
});

// A valid subject of every kind with every field given, and the same with none of the optional ones.
const FULL: readonly Subject[] = [
  { kind: "transfer", id: "t-1", organization: "secretariat", from: "mynumber", to: "lgwan", channel: "removable-media", sanitized: true, encrypted: false, classification: { confidentiality: 3, integrity: 2, availability: 1 }, exception: { ...EXCEPTION, approvedBy: "CISO", validFrom: "2026-04-01", link: { from: "mynumber", to: "lgwan" } } },
  { kind: "carry-out", id: "c-1", organization: { outside: "登米市" }, zone: "lgwan", fromTerminal: false, classification: { confidentiality: 2, integrity: 1, availability: 2 }, approved: true, encrypted: true, exception: { ...EXCEPTION, controls: ["confidential-encryption"] } },
  { kind: "sign-in", id: "s-1", organization: "assembly-secretariat", zone: "mynumber", factors: ["knowledge", "possession"], person: "regular", exception: EXCEPTION },
  { kind: "software-use", id: "u-1", organization: "audit-secretariat", software: "エディタ", action: "install", approved: false, zone: "internet", exception: EXCEPTION },
  { kind: "access", id: "a-1", organization: "election-commission", person: "outsider", operation: "delete", authorized: true, trained: false, classification: { confidentiality: 1, integrity: 1, availability: 1 }, zone: "lgwan", exception: EXCEPTION },
  { kind: "outsourcing", id: "o-1", organization: "secretariat", contractor: "委託先", selectedByCriteria: true, securityRequirementsInContract: false, measuresConfirmed: true, classification: { confidentiality: 2, integrity: 2, availability: 2 }, exception: EXCEPTION },
  { kind: "cloud-use", id: "cl-1", organization: "secretariat", service: "クラウド", usageRulesInPlace: false, measuresTaken: true, exception: EXCEPTION },
  { kind: "asset", id: "as-1", name: "端末", organization: "secretariat", location: "member-municipality-counter", category: "terminal", zone: "mynumber", classification: { confidentiality: 3, integrity: 2, availability: 2 }, safeguards: ["isolation", "backup"], exception: EXCEPTION },
  {
    kind: "organization", id: "org-1", organization: "secretariat", asOf: "2026-04-01", securityOrganizationEstablished: true, staffCategoriesBound: ["regular", "contractor"], staffRulesDefined: false,
    lastTraining: "2025-10-01", monitoringInPlace: true, incidentResponseReady: false, secureDevelopmentInPlace: true, continuityPlanInPlace: false, lastAudit: null, lastSelfInspection: "2026-01-15",
    reviewNeeded: true, reviewed: false, riskAnalyzed: true, standardsInPlace: false, proceduresInPlace: true,
  },
] as Subject[];

const MINIMAL: readonly Subject[] = [
  { kind: "transfer", from: "lgwan", to: "internet" },
  { kind: "carry-out" },
  { kind: "sign-in", zone: "lgwan" },
  { kind: "software-use" },
  { kind: "access", person: "regular" },
  { kind: "outsourcing" },
  { kind: "cloud-use" },
  { kind: "asset", organization: "secretariat", category: "server" },
  { kind: "organization", organization: "secretariat" },
];

/** The fields given (an absent field and one given as undefined are the same to the engine). */
const given = (value: object): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe("the guard's copy: exactly the subject's fields, on both paths", () => {
  it.each([...FULL, ...MINIMAL].map((subject) => [subject.kind, Object.keys(subject).length, subject] as const))("%s with %i fields", (_, __, subject) => {
    const full = guardSubjectFully(subject);
    const fast = fastGuard(subject);
    expect(fast, "the fast path refused a valid subject").toBeDefined();
    expect(given(full)).toEqual(given(subject));
    expect(given(fast as Subject)).toEqual(given(subject));
    expect(given(guardSubject(subject))).toEqual(given(subject));
    // A copy, never the caller's objects.
    expect(full).not.toBe(subject);
    expect(fast).not.toBe(subject);
    for (const key of ["classification", "exception", "organization", "factors", "safeguards", "staffCategoriesBound"] as const) {
      const value = (subject as Record<string, unknown>)[key];
      if (typeof value === "object" && value !== null) {
        expect((full as Record<string, unknown>)[key]).not.toBe(value);
        expect((fast as Record<string, unknown>)[key]).not.toBe(value);
      }
    }
  });

  it("under another scheme, the full guard's copy gives the same findings as the fast path's under the default", () => {
    for (const subject of [...FULL, ...MINIMAL].filter((each) => !("classification" in each))) {
      const statuses = (options?: { policy: typeof r6 }) => evaluate({ ...subject, id: undefined } as Subject, { asOf: "2026-06-01", ...options }).findings.map((f) => `${f.control}:${f.status}`);
      expect(statuses({ policy: r6 }), subject.kind).toEqual(statuses());
    }
  });

  it("the fast path refuses what the full guard refuses, and then the full guard explains", () => {
    const invalid: unknown[] = [
      null, "transfer", [], { kind: "transfer", from: "mynumber" }, { kind: "transfer", from: "mynumber", to: "lgwan", extra: 1 },
      { kind: "toString" }, { ...ASSET, zone: "MyNumber" }, { ...ASSET, name: "" }, { ...ASSET, name: "x".repeat(501) },
      { ...ASSET, classification: { confidentiality: 4, integrity: 1, availability: 1 } }, { ...ASSET, classification: { confidentiality: 1, integrity: 1, availability: 1, x: 1 } },
      { ...ASSET, safeguards: ["backup", "x"] }, { ...ASSET, organization: { outside: " 登米市" } }, { ...ASSET, organization: { outside: "登米市", x: 1 } },
      { kind: "sign-in", zone: "lgwan", factors: Array.from({ length: 17 }, () => "knowledge") },
      { kind: "transfer", from: "mynumber", to: "lgwan", exception: { ...EXCEPTION, controls: [] } },
      { kind: "transfer", from: "mynumber", to: "lgwan", exception: { ...EXCEPTION, reference: "EX-1 " } },
      { kind: "transfer", from: "mynumber", to: "lgwan", exception: { ...EXCEPTION, link: { from: "mynumber", to: "lgwan", via: "x" } } },
      { kind: "transfer", from: "mynumber", to: "lgwan", exception: { ...EXCEPTION, extra: 1 } },
      { kind: "organization", organization: "secretariat", asOf: "2026-02-29" }, { kind: "organization", organization: "secretariat", lastAudit: undefined, lastTraining: "never" },
      { kind: "organization" }, { kind: "asset", category: "server" },
    ];
    for (const input of invalid) {
      expect(fastGuard(input), JSON.stringify(input)).toBeUndefined();
      expect(() => guardSubjectFully(input), JSON.stringify(input)).toThrow(InvalidSubjectError);
      expect(() => guardSubject(input), JSON.stringify(input)).toThrow(InvalidSubjectError);
    }
  });
});
