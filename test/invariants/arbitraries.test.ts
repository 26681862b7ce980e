/**
 * The generators the invariants rest on are themselves right: every generated subject is valid
 * per the zod schemas, every optional field is sometimes present and sometimes absent, every
 * required one always present, every "invalid but close" value is rejected, and every stronger
 * variant stays valid.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SubjectSchema, isInScope, type Subject } from "../../src/index.js";
import {
  ALL_APPROVAL_FLAGS,
  APPROVAL_FLAGS,
  KINDS,
  MUTATION_NAMES,
  fieldsOf,
  invalidSubjectArbitrary,
  jsonSubjectLikeArbitrary,
  optionalFieldsOf,
  requiredFieldsOf,
  strongerVariants,
  subjectArbitrary,
  subjectArbitraryOf,
} from "../arbitraries/subjects.js";
import { RUNS } from "./support.js";

describe("test/arbitraries/subjects.ts", () => {
  it("generates only subjects the zod schemas accept, for every kind", () => {
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        const parsed = SubjectSchema.safeParse(subject);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      { numRuns: RUNS.light },
    );
  });

  it.each(KINDS)("%s: required fields always present, optional ones sometimes present and sometimes absent", (kind) => {
    const samples = fc.sample(subjectArbitraryOf[kind] as fc.Arbitrary<Subject>, { numRuns: 600, seed: 42 });
    for (const sample of samples) expect(SubjectSchema.safeParse(sample).success).toBe(true);
    for (const field of requiredFieldsOf(kind)) {
      expect(samples.every((sample) => field in sample), `${kind}.${field} always present`).toBe(true);
    }
    for (const field of optionalFieldsOf(kind)) {
      expect(samples.some((sample) => field in sample), `${kind}.${field} sometimes present`).toBe(true);
      expect(samples.some((sample) => !(field in sample)), `${kind}.${field} sometimes absent`).toBe(true);
    }
    // Every field of the schema is generated, so no fact escapes the invariants.
    expect(new Set(samples.flatMap((sample) => Object.keys(sample)))).toEqual(new Set(fieldsOf(kind)));
  });

  it("names organisations mostly in scope and sometimes another body", () => {
    const organizations = (fc.sample(subjectArbitrary, { numRuns: 3000, seed: 7 }) as Subject[]).flatMap((subject) =>
      subject.organization === undefined ? [] : [subject.organization],
    );
    const inScope = organizations.filter(isInScope).length;
    expect(inScope / organizations.length).toBeGreaterThan(0.75);
    expect(organizations.length - inScope).toBeGreaterThan(50);
  });

  it("generates exceptions by the CISO and by others, with a non-empty `controls`, periods and links", () => {
    const exceptions = (fc.sample(subjectArbitrary, { numRuns: 3000, seed: 11 }) as Subject[]).flatMap((subject) =>
      subject.kind === "organization" || subject.exception === undefined ? [] : [subject.exception],
    );
    expect(exceptions.every((exception) => exception.controls.length > 0)).toBe(true);
    expect(exceptions.some((exception) => exception.approverRole === "ciso" && exception.controls.includes("mynumber-isolation") && exception.link !== undefined)).toBe(true);
    expect(exceptions.some((exception) => exception.approverRole !== "ciso")).toBe(true);
    expect(exceptions.some((exception) => exception.validFrom !== undefined)).toBe(true);
    expect(exceptions.some((exception) => exception.validUntil < "2026-11-25")).toBe(true);
    expect(exceptions.some((exception) => exception.validUntil >= "2026-11-25")).toBe(true);
  });

  it("generates only invalid values from invalidSubjectArbitrary, with every mutation", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(invalidSubjectArbitrary, ({ mutation, value }) => {
        seen.add(mutation);
        expect(SubjectSchema.safeParse(value).success, `${mutation}: ${JSON.stringify(value)}`).toBe(false);
      }),
      { numRuns: RUNS.light },
    );
    expect([...seen].sort()).toEqual([...MUTATION_NAMES].sort());
  });

  it("generates both valid and invalid values from jsonSubjectLikeArbitrary", () => {
    const results = fc.sample(jsonSubjectLikeArbitrary, { numRuns: 1000, seed: 3 }).map((value) => SubjectSchema.safeParse(value).success);
    expect(results.filter(Boolean).length).toBeGreaterThan(100);
    expect(results.filter((valid) => !valid).length).toBeGreaterThan(100);
  });

  it("makes stronger variants that are valid and differ from the subject in one strengthening", () => {
    fc.assert(
      fc.property(subjectArbitrary, (subject) => {
        for (const variant of strongerVariants(subject, { includeException: true })) {
          expect(SubjectSchema.safeParse(variant.subject).success, variant.how).toBe(true);
          expect(variant.subject).not.toEqual(subject);
          expect(variant.subject.kind).toBe(subject.kind);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("knows an approval flag for every yes/no fact whose `true` is a safeguard, and no other", () => {
    // Every boolean field of the schemas is either an approval flag or one of the two risk facts.
    const risks = ["fromTerminal", "reviewNeeded"];
    for (const kind of KINDS) {
      const booleans = fieldsOf(kind).filter((field) => {
        const value = { ...(fc.sample(subjectArbitraryOf[kind] as fc.Arbitrary<Subject>, { numRuns: 1, seed: 1 })[0] as object), [field]: true };
        const withFalse = { ...value, [field]: false };
        return SubjectSchema.safeParse(value).success && SubjectSchema.safeParse(withFalse).success;
      });
      const flags = APPROVAL_FLAGS[kind] as readonly string[];
      expect([...booleans].sort(), kind).toEqual([...flags, ...risks.filter((risk) => booleans.includes(risk))].sort());
    }
    expect(ALL_APPROVAL_FLAGS).toContain("securityRequirementsInContract");
  });
});
