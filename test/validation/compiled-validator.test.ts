import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeEvaluate } from "../../src/index.js";
import { ZONE_VALUES } from "../../src/definitions/vocabulary-values.js";
import { RecordedExceptionSchema } from "../../src/subjects/common.js";
import { SubjectSchema } from "../../src/subjects/subject.js";
import { compileValidator } from "../../src/validation/compiled-validator.js";
import { inputIssuesOf, issuesFromZod } from "../../src/validation/input-error.js";
import { plainData } from "../../src/validation/plain-data.js";
import { fieldsOf, invalidSubjectArbitrary, jsonSubjectLikeArbitrary, KINDS, subjectArbitrary } from "../arbitraries/subjects.js";

// The differential property: the validator compiled from SubjectSchema reports exactly zod's
// issues (accept/reject, codes, paths, messages and every other field), for valid subjects and for
// mutations of them; and worded for people, the same words as issuesFromZod.

const validate = compileValidator(SubjectSchema);
const zodIssues = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues;
};

/** One character changed, dropped or doubled: a misspelt enum value. */
const misspelt = (text: string, at: number, how: number): string => {
  const i = text.length === 0 ? 0 : at % text.length;
  if (how === 0) return text.slice(0, i) + text.slice(i + 1);
  if (how === 1) return text.slice(0, i) + (text[i] ?? "x") + text.slice(i);
  return `${text.slice(0, i)}${text[i] === "x" ? "y" : "x"}${text.slice(i + 1)}`;
};

/** Valid subjects with one string field misspelt (zones, channels, categories, roles, kinds…). */
const misspeltArbitrary = fc.tuple(subjectArbitrary, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 })).map(([subject, pick, at, how]) => {
  const copy = JSON.parse(JSON.stringify(subject)) as Record<string, unknown>;
  const fields = Object.keys(copy).filter((key) => typeof copy[key] === "string");
  const field = fields[pick % fields.length] as string;
  copy[field] = misspelt(copy[field] as string, at, how);
  return copy;
});

/** Objects with a kind that is not one (an extra kind), and the fields of a real one. */
const extraKindArbitrary = fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom("incident", "transfers", "Asset", "sign_in", "organisation")).map(([kind, extra]) => {
  const fields: Record<string, unknown> = { kind: extra };
  for (const field of fieldsOf(kind)) if (field !== "kind") fields[field] = "lgwan";
  return fields;
});

const anyInput = fc.oneof(
  subjectArbitrary.map((subject) => JSON.parse(JSON.stringify(subject)) as unknown),
  invalidSubjectArbitrary.map(({ value }) => value),
  jsonSubjectLikeArbitrary,
  misspeltArbitrary,
  extraKindArbitrary,
  fc.jsonValue({ maxDepth: 3 }),
);

describe("the validator compiled from the zod schemas", () => {
  it("reports exactly zod's issues for valid subjects and their mutations", () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        expect(validate(value)).toEqual(zodIssues(SubjectSchema, value));
      }),
      { numRuns: 1500 },
    );
  });

  it("accepts every valid subject, with no issue", () => {
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        expect(validate(JSON.parse(JSON.stringify(subject)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects every mutation (wrong types, unknown fields, missing required fields, extra kinds) as zod does", () => {
    fc.assert(
      fc.property(fc.oneof(invalidSubjectArbitrary.map(({ value }) => value), misspeltArbitrary, extraKindArbitrary), (value) => {
        const expected = zodIssues(SubjectSchema, value);
        const got = validate(value);
        expect(got.length > 0).toBe(expected.length > 0);
        expect(got).toEqual(expected);
      }),
      { numRuns: 800 },
    );
  });

  it("words its issues as issuesFromZod does, in both languages (paths, codes, messages)", () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom("ja" as const, "en" as const), (value, locale) => {
        const parsed = SubjectSchema.safeParse(value);
        const expected = parsed.success ? [] : issuesFromZod(parsed.error, [], { locale, input: value, schema: SubjectSchema });
        expect(inputIssuesOf(validate(value), [], { locale, input: value, schema: SubjectSchema })).toEqual(expected);
      }),
      { numRuns: 800 },
    );
  });

  it("knows each named case: an unknown field, a missing field, a misspelt zone, an unknown kind, not an object", () => {
    const cases: unknown[] = [
      { kind: "sign-in", zone: "mynumber", zonee: "lgwan" },
      { kind: "transfer", to: "lgwan" },
      { kind: "sign-in", zone: "mynumbr" },
      { kind: "transfr", from: "lgwan", to: "internet" },
      { kind: "asset", organization: 42, category: "server" },
      "transfer",
      null,
      [],
    ];
    for (const value of cases) {
      const got = validate(value);
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(zodIssues(SubjectSchema, value));
    }
    expect(validate({ kind: "sign-in", zone: "mynumber", zonee: "lgwan" }).map((issue) => [issue.code, issue.path])).toEqual([["unrecognized_keys", []]]);
    expect(validate({ kind: "transfer", to: "lgwan" }).map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", ["from"]]]);
  });

  it("is equal to zod on other schemas too (an exception, a small strict object)", () => {
    const small = z.object({ zone: z.enum(ZONE_VALUES), count: z.number().int().min(1).optional(), tags: z.array(z.string().min(1)).max(2).optional() }).strict();
    const validateSmall = compileValidator(small);
    const validateException = compileValidator(RecordedExceptionSchema);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom("zone", "count", "tags", "extra"), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }), (json, record) => {
        expect(validateSmall(json)).toEqual(zodIssues(small, json));
        expect(validateSmall(record)).toEqual(zodIssues(small, record));
        expect(validateException(record)).toEqual(zodIssues(RecordedExceptionSchema, record));
      }),
      { numRuns: 500 },
    );
  });
});

describe("safeEvaluate's rejection path (the compiled validator, the error built on first read)", () => {
  it("gives zod's words for the plain copy, and the same error object on every read", () => {
    fc.assert(
      fc.property(fc.oneof(invalidSubjectArbitrary.map(({ value }) => value), misspeltArbitrary, extraKindArbitrary), fc.constantFrom("ja" as const, "en" as const), (value, locale) => {
        // A misspelt free-text field (an id, a software name) is still valid: only what zod rejects.
        fc.pre(!SubjectSchema.safeParse(value).success);
        const result = safeEvaluate(value, { locale });
        expect(result.success).toBe(false);
        if (result.success) return;
        const data = plainData(value);
        const parsed = SubjectSchema.safeParse(data);
        if (!parsed.success) expect(result.error.issues).toEqual(issuesFromZod(parsed.error, [], { locale, input: data, schema: SubjectSchema }));
        expect(result.error.issues.length).toBeGreaterThan(0);
        expect(result.error).toBe(result.error);
        expect(result.error.message).toMatch(/^invalid input: /u);
      }),
      { numRuns: 400 },
    );
  });
});
