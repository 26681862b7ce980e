import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  audit,
  buildAuditReport,
  CHECKLIST_QUESTIONS,
  checklistAnswersTemplate,
  evaluate,
  jsonSchemaFor,
  policy,
  type JsonSchemaName,
  type Subject,
} from "../../src/index.js";
import {
  isoDateArbitrary,
  jsonSubjectLikeArbitrary,
  organizationArbitrary,
  personCategoryArbitrary,
  shortTextArbitrary,
  subjectArbitrary,
} from "../arbitraries/subjects.js";
import { overlayArbitrary, sampleOverlay, samplePolicy } from "../overlay/support.js";
import { makeAjv, mutationArbitrary, ZOD_SCHEMAS } from "./support.js";

// Differential test (issue 5): for random inputs, valid and invalid, the generated JSON Schema
// (checked with Ajv) and the zod schema it was generated from agree on accept or reject. A
// service validating with the JSON Schema therefore accepts exactly what `safeEvaluate` and
// `extendPolicy` accept.
//
// Ajv runs with its default options (plus strict mode and ajv-formats), as another service would.

const strict = makeAjv();
// The property runs take a few seconds alone, more when the whole suite runs in parallel.
const TIMEOUT = 120_000;
const counts = { valid: 0, invalid: 0, runs: 0 };

function agree(name: JsonSchemaName, value: unknown, how: string): boolean {
  const validate = strict.getSchema(jsonSchemaFor(name).$id as string);
  if (validate === undefined) throw new Error(`Ajv has no schema for ${name}`);
  const byAjv = validate(value) === true;
  const byZod = ZOD_SCHEMAS[name].safeParse(value).success;
  counts.runs++;
  if (byZod) counts.valid++;
  else counts.invalid++;
  if (byAjv !== byZod) {
    expect.fail(
      `${name}: Ajv ${byAjv ? "accepts" : "rejects"} but zod ${byZod ? "accepts" : "rejects"} (${how})\n${JSON.stringify(value)}\nAjv: ${JSON.stringify(validate.errors)}\nzod: ${JSON.stringify(ZOD_SCHEMAS[name].safeParse(value).error?.issues)}`,
    );
  }
  return byZod;
}

/** A valid self-inspection answers file: any subset of the questions, each answered in any accepted form. */
const checklistAnswersArbitrary: fc.Arbitrary<unknown> = fc
  .record(
    {
      organization: organizationArbitrary,
      id: shortTextArbitrary,
      asOf: isoDateArbitrary,
      respondent: shortTextArbitrary,
      policy: fc.constant(`${policy.id} ${policy.version}`),
      answers: fc.record(
        Object.fromEntries(
          CHECKLIST_QUESTIONS.map((question) => [
            question.id,
            question.answer === "yes-no"
              ? fc.constantFrom<unknown>(true, false, "yes", "no", "unknown")
              : question.answer === "date"
                ? fc.oneof(isoDateArbitrary, fc.constantFrom<unknown>("never", "unknown", null))
                : fc.oneof(fc.uniqueArray(personCategoryArbitrary, { maxLength: 3 }), fc.constant<unknown>("unknown")),
          ]),
        ),
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["organization", "answers"] },
  )
  .map((file) => ({ checklist: "self-inspection", ...file }));

const KIND_SCHEMA = (subject: Subject): JsonSchemaName => `${subject.kind}-subject` as JsonSchemaName;

/** A valid value and a mutation of it, checked against the union and the kind's own schema. */
function checkSubject(subject: Subject, mutated: { how: string; value: unknown }): void {
  expect(agree("subject", subject, "valid")).toBe(true);
  expect(agree(KIND_SCHEMA(subject), subject, "valid")).toBe(true);
  agree("subject", mutated.value, mutated.how);
  agree(KIND_SCHEMA(subject), mutated.value, mutated.how);
}

afterAll(() => {
  console.info(`Ajv and zod agreed on ${counts.runs} inputs (${counts.valid} accepted, ${counts.invalid} rejected)`);
});

describe("the generated JSON Schema and the zod schema agree on accept or reject", () => {
  it("subjects: random valid subjects and random mutations of them", () => {
    fc.assert(
      fc.property(
        subjectArbitrary.chain((subject) => fc.tuple(fc.constant(subject), mutationArbitrary(subject))),
        ([subject, mutated]) => checkSubject(subject, mutated),
      ),
      { numRuns: 3000 },
    );
  }, TIMEOUT);

  it("subjects: arbitrary subject-like JSON (near misses, extra keys, wrong kinds)", () => {
    fc.assert(
      fc.property(jsonSubjectLikeArbitrary, (value) => {
        agree("subject", value, "subject-like JSON");
      }),
      { numRuns: 2000 },
    );
  }, TIMEOUT);

  it("subjects: any JSON value, and __proto__ keys as JSON.parse makes them", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => void agree("subject", value, "any JSON")), { numRuns: 500 });
    for (const text of [
      '{"kind":"asset","organization":"secretariat","category":"server","__proto__":{"safeguards":["isolation"]}}',
      '{"kind":"asset","organization":"secretariat","category":"server","classification":{"confidentiality":1,"integrity":1,"availability":1,"__proto__":{}}}',
      '{"__proto__":{"kind":"asset"}}',
      '{"kind":"transfer","from":"lgwan","to":"lgwan","exception":{"reference":"EX","approverRole":"ciso","__proto__":null}}',
    ]) {
      agree("subject", JSON.parse(text), text);
    }
  }, TIMEOUT);

  it("the example subjects of examples/subjects/ and the sample inventory", () => {
    const dir = new URL("../../examples/subjects/", import.meta.url);
    for (const file of readdirSync(dir)) {
      const value = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Subject;
      expect(agree("subject", value, file)).toBe(true);
    }
    const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as unknown;
    const subjects = Array.isArray(inventory) ? inventory : ((inventory as { subjects?: unknown[] }).subjects ?? []);
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) agree("subject", subject, "inventory entry");
  });

  it("decisions and findings: real decisions (shipped and extended policy) and mutations of them", () => {
    fc.assert(
      fc.property(
        subjectArbitrary,
        fc.boolean(),
        fc.constantFrom("ja", "en") as fc.Arbitrary<"ja" | "en">,
        fc.constantFrom(undefined, "2026-04-01"),
        (subject, extended, locale, asOf) => {
          const options = { policy: extended ? samplePolicy : policy, locale, ...(asOf === undefined ? {} : { asOf }) };
          const decision = JSON.parse(JSON.stringify(evaluate(subject, options))) as { findings: unknown[] };
          expect(agree("decision", decision, "a real decision")).toBe(true);
          for (const finding of decision.findings) expect(agree("finding", finding, "a real finding")).toBe(true);
          const mutated = fc.sample(mutationArbitrary(decision), { numRuns: 3, seed: JSON.stringify(decision).length });
          for (const each of mutated) agree("decision", each.value, each.how);
          if (decision.findings[0] !== undefined) {
            for (const each of fc.sample(mutationArbitrary(decision.findings[0]), { numRuns: 2, seed: decision.findings.length })) agree("finding", each.value, each.how);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, TIMEOUT);

  it("audit results: real audits and mutations of them", () => {
    fc.assert(
      fc.property(fc.array(subjectArbitrary, { maxLength: 6 }), fc.constantFrom(undefined, "2026-04-01"), fc.nat(), (subjects, asOf, seed) => {
        const result = JSON.parse(JSON.stringify(audit(subjects, asOf === undefined ? {} : { asOf }))) as unknown;
        expect(agree("audit-result", result, "a real audit result")).toBe(true);
        for (const each of fc.sample(mutationArbitrary(result), { numRuns: 4, seed })) agree("audit-result", each.value, each.how);
      }),
      { numRuns: 150 },
    );
  }, TIMEOUT);

  it("audit reports (what the CLI's audit --format json prints): real reports and mutations of them", () => {
    fc.assert(
      fc.property(
        fc.array(subjectArbitrary, { maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom("ja", "en") as fc.Arbitrary<"ja" | "en">,
        fc.constantFrom(undefined, "2026-04-01"),
        fc.nat(),
        (subjects, extended, locale, asOf, seed) => {
          const options = { policy: extended ? samplePolicy : policy, locale, ...(asOf === undefined ? {} : { asOf }) };
          const report = JSON.parse(JSON.stringify(buildAuditReport(subjects, options))) as unknown;
          expect(agree("audit-report", report, "a real audit report")).toBe(true);
          for (const each of fc.sample(mutationArbitrary(report), { numRuns: 4, seed })) agree("audit-report", each.value, each.how);
        },
      ),
      { numRuns: 150 },
    );
  }, TIMEOUT);

  it("checklist answers: the templates, random valid answers files, and mutations of them", () => {
    for (const organization of policy.scope.organizations) {
      expect(agree("checklist-answers", checklistAnswersTemplate({ organization: organization.id, asOf: "2026-11-25" }), "the template")).toBe(true);
    }
    fc.assert(
      fc.property(
        checklistAnswersArbitrary.chain((file) => fc.tuple(fc.constant(file), mutationArbitrary(file))),
        ([file, mutated]) => {
          expect(agree("checklist-answers", file, "a random valid answers file")).toBe(true);
          agree("checklist-answers", mutated.value, mutated.how);
        },
      ),
      { numRuns: 1000 },
    );
  }, TIMEOUT);

  it("checklist answers: hand-picked valid and invalid files", () => {
    const base = { checklist: "self-inspection", organization: "assembly-secretariat" };
    const cases: readonly (readonly [unknown, boolean, string])[] = [
      [{ ...base, answers: {} }, true, "no answers"],
      [{ ...base, asOf: "2026-11-25", answers: { lastAudit: "never", lastTraining: null, reviewed: true, staffCategoriesBound: ["regular"] } }, true, "mixed forms"],
      [{ ...base, answers: { staffCategoriesBound: "unknown", lastSelfInspection: "2024-02-29" } }, true, "unknown list, leap day"],
      [{ ...base }, false, "no answers object"],
      [{ ...base, checklist: "inspection", answers: {} }, false, "wrong checklist marker"],
      [{ ...base, organization: "", answers: {} }, false, "empty organisation"],
      [{ ...base, organization: "Assembly-Secretariat", answers: {} }, false, "organisation id in another case"],
      [{ ...base, organization: "assembly-secretariat ", answers: {} }, false, "organisation id with a trailing space"],
      [{ ...base, organization: "議会事務局", answers: {} }, false, "organisation by its Japanese name"],
      [{ ...base, organization: { outside: "登米市" }, answers: {} }, true, "a declared outside body"],
      [{ ...base, organization: { outside: " 登米市" }, answers: {} }, false, "an outside name with a leading space"],
      [{ ...base, organization: { outside: "登米\u200b市" }, answers: {} }, false, "an outside name with a zero-width space"],
      [{ ...base, organization: { outside: "登米市", extra: 1 }, answers: {} }, false, "an outside declaration with another key"],
      [{ ...base, answers: { lastAudit: "2026-02-30" } }, false, "impossible date"],
      [{ ...base, answers: { reviewed: "maybe" } }, false, "not yes, no or unknown"],
      [{ ...base, answers: { reviewed: null } }, false, "null is only for dates"],
      [{ ...base, answers: { staffCategoriesBound: ["intern"] } }, false, "unknown staff category"],
      [{ ...base, answers: { lastBackup: "2026-01-01" } }, false, "unknown question"],
      [{ ...base, answers: {}, extra: 1 }, false, "unknown top-level key"],
      [{ ...base, respondent: "x".repeat(201), answers: {} }, false, "respondent too long"],
      [JSON.parse('{"checklist":"self-inspection","organization":"secretariat","answers":{"__proto__":{"reviewed":"yes"}}}'), false, "__proto__ answer"],
    ];
    for (const [file, valid, how] of cases) expect(agree("checklist-answers", file, how), how).toBe(valid);
  });

  it("overlays: the sample, random valid overlays, and mutations of them", () => {
    expect(agree("overlay", sampleOverlay, "the sample")).toBe(true);
    fc.assert(
      fc.property(
        overlayArbitrary.chain((overlay) => fc.tuple(fc.constant(overlay), mutationArbitrary(overlay))),
        ([overlay, mutated]) => {
          expect(agree("overlay", overlay, "a random valid overlay")).toBe(true);
          agree("overlay", mutated.value, mutated.how);
        },
      ),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(mutationArbitrary(sampleOverlay), (mutated) => void agree("overlay", mutated.value, mutated.how)),
      { numRuns: 1500 },
    );
  }, TIMEOUT);

  it("maps with a __proto__ key whose value is otherwise valid are rejected by both", () => {
    const result = JSON.parse(JSON.stringify(audit([{ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }]))) as {
      summary: { controls: Record<string, unknown>; kinds: Record<string, unknown> };
    };
    const tally = result.summary.controls["mynumber-multi-factor"];
    const withKey = (text: string) => JSON.parse(text) as unknown;
    const controls = JSON.stringify(result).replace('"controls":{', `"controls":{"__proto__":${JSON.stringify(tally)},`);
    expect(agree("audit-result", withKey(controls), "__proto__ control tally")).toBe(false);
    const kinds = JSON.stringify(result).replace('"kinds":{', '"kinds":{"__proto__":1,');
    expect(agree("audit-result", withKey(kinds), "__proto__ kind count")).toBe(false);
    const overlay = JSON.stringify(sampleOverlay);
    for (const [from, to] of [
      ['"parameters":{', '"parameters":{"__proto__":{"trainingIntervalMonths":6},'],
      ['"trainingIntervalMonths":6', '"__proto__":6,"trainingIntervalMonths":6'],
      ['"changes":{', '"changes":{"__proto__":{"admitsException":false},'],
      ['"when":{', '"when":{"__proto__":[true],'],
      ['"fields":{', '"fields":{"__proto__":true,'],
    ] as const) {
      expect(overlay).toContain(from);
      expect(agree("overlay", withKey(overlay.replace(from, to)), `overlay with ${to}`)).toBe(false);
    }
  });

  it("the mutations are not vacuous: most of them are rejected", () => {
    expect(counts.invalid).toBeGreaterThan(3000);
    expect(counts.valid).toBeGreaterThan(3000);
  });
});

describe("string lengths count Unicode code points on both sides", () => {
  it("a 101-emoji organisation name (202 UTF-16 units, 101 code points) is within the limit of 200 for both; 201 emoji are not", () => {
    const id = jsonSchemaFor("asset-subject").$id as string;
    for (const [count, valid] of [[101, true], [200, true], [201, false]] as const) {
      const subject = { kind: "asset", organization: { outside: "😀".repeat(count) }, category: "server" };
      expect(strict.validate(id, subject)).toBe(valid);
      expect(ZOD_SCHEMAS["asset-subject"].safeParse(subject).success).toBe(valid);
    }
  });
});
