import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastGuard } from "../../src/engine/guard-fast.js";
import { guardSubject, guardSubjectFully } from "../../src/engine/guard-subject.js";
import {
  audit,
  buildAuditReport,
  createAuditor,
  evaluate,
  InvalidSubjectError,
  policy,
  safeEvaluate,
  scope,
  SubjectSchema,
  suggestOrganizationId,
  type Decision,
  type Subject,
} from "../../src/index.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";
import { mutationArbitrary } from "../schemas/support.js";
import { ASSET_CATEGORIES, FACTOR_KINDS, IN_SCOPE_ORGANIZATIONS, PERSON_CATEGORIES, SAFEGUARDS, ZONES, CHANNELS, APPROVER_ROLES } from "../arbitraries/subjects.js";

// Invariant 11: no input mistake produces an OK. For every input that `safeEvaluate` rejects,
// `evaluate` (which JavaScript callers and unchecked JSON.parse output reach) either throws the
// typed `InvalidSubjectError` or decides `non-compliant` / `needs-review`, never `compliant` or
// `not-applicable`; an unknown organisation id is invalid input, never out of scope.

/** What `evaluate` did with a subject: threw the typed error, or decided. */
function engineOn(input: unknown): "rejected" | Decision["outcome"] {
  try {
    return evaluate(input as Subject).outcome;
  } catch (error) {
    if (error instanceof InvalidSubjectError) return "rejected";
    throw error;
  }
}

/** The invariant for one input that must be invalid. */
function expectNoOk(input: unknown, how: string): void {
  const safe = safeEvaluate(input);
  expect(safe.success, `safeEvaluate accepted ${how}: ${JSON.stringify(input)}`).toBe(false);
  const engine = engineOn(input);
  expect(["rejected", "non-compliant", "needs-review"], `evaluate gave ${engine} for ${how}`).toContain(engine);
}

const FULL_WIDTH = (text: string): string => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"] as const;

/** Every near-miss encoding of a string value of a closed set: each differs from every valid value. */
function nearMissesOf(value: string): readonly (readonly [string, unknown])[] {
  const middle = Math.max(1, Math.floor(value.length / 2));
  const misses: [string, unknown][] = [
    ["capitalised", value.charAt(0).toUpperCase() + value.slice(1)],
    ["upper case", value.toUpperCase()],
    ["full-width", FULL_WIDTH(value)],
    ["leading space", ` ${value}`],
    ["trailing space", `${value} `],
    ["trailing tab", `${value}\t`],
    ["no-break space", `${value}\u00a0`],
    ["ideographic space", `\u3000${value}`],
    ["underscores", value.replace(/-/g, "_")],
    ["typo (letter dropped)", value.slice(0, middle) + value.slice(middle + 1)],
    ["empty", ""],
    ["a number", value.length],
    ["a one-element list", [value]],
    ["null", null],
    ["true", true],
    ["an object", { value }],
  ];
  for (const char of ZERO_WIDTH) misses.push([`zero-width U+${char.charCodeAt(0).toString(16)}`, value.slice(0, middle) + char + value.slice(middle)]);
  return misses.filter(([, miss]) => miss !== value);
}

/** Near misses of a list of values: the values as one string, a list holding a near miss, and other non-lists. */
function listMissesOf(values: readonly string[]): readonly (readonly [string, unknown])[] {
  const [first = ""] = values;
  return [
    ["one string", first],
    ["the values joined", values.join(",")],
    ["the values space-separated", values.join(" ")],
    ["null", null],
    ["an object", Object.fromEntries(values.map((value, i) => [i, value]))],
    ["true", true],
    ...nearMissesOf(first)
      .filter(([, miss]) => typeof miss === "string" || typeof miss === "number")
      .map(([how, miss]) => [`a list with ${how}`, [...values.slice(1), miss]] as const),
  ];
}

const BOOLEAN_MISSES: readonly (readonly [string, unknown])[] = [
  ["null", null],
  ['"true"', "true"],
  ['"false"', "false"],
  ["1", 1],
  ["0", 0],
  ['"yes"', "yes"],
  ["[true]", [true]],
  ["{}", {}],
];

/** A valid, in-scope subject of each kind with every closed-set field given, so that each can be missed. */
const BASES: Readonly<Record<Subject["kind"], Record<string, unknown>>> = {
  transfer: { kind: "transfer", organization: "secretariat", from: "lgwan", to: "lgwan", channel: "network", sanitized: true, encrypted: true, classification: { confidentiality: 1, integrity: 1, availability: 1 } },
  "carry-out": { kind: "carry-out", organization: "secretariat", zone: "lgwan", fromTerminal: false, classification: { confidentiality: 1, integrity: 1, availability: 1 }, approved: true, encrypted: true },
  "sign-in": { kind: "sign-in", organization: "secretariat", zone: "mynumber", factors: ["knowledge", "possession"], person: "regular" },
  "software-use": { kind: "software-use", organization: "secretariat", software: "x", action: "use", approved: true, zone: "lgwan" },
  access: { kind: "access", organization: "secretariat", person: "regular", operation: "read", authorized: true, trained: true, classification: { confidentiality: 1, integrity: 1, availability: 1 }, zone: "lgwan" },
  outsourcing: { kind: "outsourcing", organization: "secretariat", contractor: "x", selectedByCriteria: true, securityRequirementsInContract: true, measuresConfirmed: true, classification: { confidentiality: 1, integrity: 1, availability: 1 } },
  "cloud-use": { kind: "cloud-use", organization: "secretariat", service: "x", usageRulesInPlace: true, measuresTaken: true },
  asset: { kind: "asset", organization: "secretariat", category: "terminal", zone: "mynumber", classification: { confidentiality: 3, integrity: 2, availability: 2 }, safeguards: [...SAFEGUARDS] },
  organization: { kind: "organization", organization: "secretariat", asOf: "2026-11-25", securityOrganizationEstablished: true, staffCategoriesBound: ["regular", "fiscal-year-appointed", "part-time"], lastTraining: "2026-06-01", lastAudit: "2026-06-01", lastSelfInspection: "2026-06-01" },
};

type FieldKind = "enum" | "list" | "bool" | "organization" | "level";

/** Every closed-set field of every kind, with its valid values. */
const FIELDS: readonly { readonly kind: Subject["kind"]; readonly field: string; readonly type: FieldKind; readonly values: readonly unknown[] }[] = (() => {
  const rows: { kind: Subject["kind"]; field: string; type: FieldKind; values: readonly unknown[] }[] = [];
  const add = (kind: Subject["kind"], field: string, type: FieldKind, values: readonly unknown[]) => rows.push({ kind, field, type, values });
  for (const kind of Object.keys(BASES) as Subject["kind"][]) {
    add(kind, "organization", "organization", IN_SCOPE_ORGANIZATIONS);
    add(kind, "kind", "enum", [kind]);
    if (kind !== "organization") add(kind, "exception.approverRole", "enum", APPROVER_ROLES);
  }
  for (const field of ["from", "to"]) add("transfer", field, "enum", ZONES);
  add("transfer", "channel", "enum", CHANNELS);
  for (const kind of ["carry-out", "sign-in", "software-use", "access", "asset"] as const) add(kind, "zone", "enum", ZONES);
  add("sign-in", "factors", "list", FACTOR_KINDS);
  add("sign-in", "person", "enum", PERSON_CATEGORIES);
  add("access", "person", "enum", PERSON_CATEGORIES);
  add("access", "operation", "enum", ["read", "change", "delete"]);
  add("software-use", "action", "enum", ["install", "use"]);
  add("asset", "category", "enum", ASSET_CATEGORIES);
  add("asset", "safeguards", "list", SAFEGUARDS);
  add("organization", "staffCategoriesBound", "list", PERSON_CATEGORIES);
  for (const [kind, base] of Object.entries(BASES) as [Subject["kind"], Record<string, unknown>][]) {
    for (const [field, value] of Object.entries(base)) if (typeof value === "boolean") add(kind, field, "bool", [true, false]);
    if ("classification" in base || kind === "asset") {
      add(kind, "classification.confidentiality", "level", [1, 2, 3]);
      add(kind, "classification.integrity", "level", [1, 2]);
      add(kind, "classification.availability", "level", [1, 2]);
    }
  }
  return rows;
})();

const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;

/** The base subject of a kind with one field (a dotted path) set to a value. */
function withField(kind: Subject["kind"], field: string, value: unknown): Record<string, unknown> {
  const subject: Record<string, unknown> = structuredClone(BASES[kind]);
  const [top = "", sub] = field.split(".");
  if (sub === undefined) subject[top] = value;
  else {
    const inner: Record<string, unknown> = structuredClone((subject[top] as Record<string, unknown> | undefined) ?? (top === "exception" ? EXCEPTION : { confidentiality: 1, integrity: 1, availability: 1 }));
    inner[sub] = value;
    subject[top] = inner;
  }
  return subject;
}

/** Every near miss of one field, for every one of its valid values. */
function missesOfField(row: (typeof FIELDS)[number]): readonly (readonly [string, unknown])[] {
  switch (row.type) {
    case "bool":
      return BOOLEAN_MISSES;
    case "list":
      return listMissesOf(row.values as string[]);
    case "level":
      return [["a string", String(row.values[0])], ["0", 0], ["4", 4], ["1.5", 1.5], ["null", null], ["-1", -1], ["NaN", Number.NaN], ["[1]", [1]]];
    case "enum":
    case "organization": {
      const misses: (readonly [string, unknown])[] = (row.values as string[]).flatMap((value) => nearMissesOf(value).map(([how, miss]) => [`${how} of ${JSON.stringify(value)}`, miss] as const));
      if (row.type === "organization") {
        for (const organization of scope.organizations) {
          misses.push([`the Japanese name ${organization.name.ja}`, organization.name.ja], [`the English name ${organization.name.en}`, organization.name.en]);
        }
        misses.push(
          ["simplified 广域连合事务局", "广域连合事务局"],
          ["mixed 広域連合事务局", "広域連合事务局"],
          ["an undeclared other body", "登米市"],
          ["outside with a blank name", { outside: " " }],
          ["outside with a padded name", { outside: " 登米市" }],
          ["outside with a zero-width space", { outside: "登米\u200b市" }],
          ["outside naming an in-scope body", { outside: "広域連合事務局" }],
          ["outside naming an in-scope id", { outside: "secretariat" }],
          ["outside with another key", { outside: "登米市", reason: "x" }],
          ["outside as a list", [{ outside: "登米市" }]],
          ["outside's name a number", { outside: 1 }],
          ["an empty object", {}],
        );
      }
      return misses;
    }
  }
}

describe("Invariant 11: no input mistake produces an OK", () => {
  it("the fixture subjects are valid, so each miss below is the only mistake", () => {
    for (const base of Object.values(BASES)) expect(safeEvaluate(base).success, JSON.stringify(base)).toBe(true);
    for (const row of FIELDS) {
      for (const value of row.values) {
        const given = row.type === "list" ? [value] : value;
        expect(safeEvaluate(withField(row.kind, row.field, given)).success, `${row.kind}.${row.field}=${JSON.stringify(given)}`).toBe(true);
      }
    }
  });

  it("holds exhaustively: every closed-set field of every kind × every near-miss encoding of every valid value", () => {
    let cases = 0;
    for (const row of FIELDS) {
      for (const [how, miss] of missesOfField(row)) {
        expectNoOk(withField(row.kind, row.field, miss), `${row.kind}.${row.field}: ${how}`);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(2000);
  });

  it("an unknown organisation is invalid input with a did-you-mean, never out of scope", () => {
    const cases: readonly (readonly [string, string])[] = [
      ["Secretariat", "secretariat"],
      ["secretariat ", "secretariat"],
      ["ｓｅｃｒｅｔａｒｉａｔ", "secretariat"],
      ["secre\u200btariat", "secretariat"],
      ["広域連合事務局", "secretariat"],
      ["広域連合事务局", "secretariat"],
      ["广域连合事务局", "secretariat"],
      ["議会事務局", "assembly-secretariat"],
      ["audit_secretariat", "audit-secretariat"],
      ["election-comission", "election-commission"],
      ["Election Administration Commission", "election-commission"],
    ];
    for (const [given, meant] of cases) {
      expect(suggestOrganizationId(given), given).toBe(meant);
      const result = safeEvaluate({ kind: "cloud-use", organization: given }, { locale: "en" });
      expect(result.success, given).toBe(false);
      if (!result.success) expect(result.error.issues.map((issue) => issue.message).join("\n")).toContain(`did you mean "${meant}"?`);
      const ja = safeEvaluate({ kind: "cloud-use", organization: given });
      if (!ja.success) expect(ja.error.issues.map((issue) => issue.message).join("\n")).toContain(`"${meant}" の誤りではありませんか。`);
      else expect.unreachable(given);
      let thrown: unknown;
      try {
        evaluate({ kind: "cloud-use", organization: given } as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, given).toBeInstanceOf(InvalidSubjectError);
      expect((thrown as InvalidSubjectError).issues[0]?.message).toContain(`did you mean "${meant}"?`);
    }
    expect(suggestOrganizationId("登米市")).toBeUndefined();
    expect(evaluate({ kind: "cloud-use", organization: { outside: "登米市" } }).outcome).toBe("not-applicable");
  });

  // Each of these gave `compliant` or `not-applicable` before the guard (main at ae6de06).
  describe("regressions: what gave an OK before", () => {
    const cases: readonly (readonly [string, unknown])[] = [
      ["factors as one string", { kind: "sign-in", zone: "mynumber", factors: "knowledge possession" }],
      ["factors as one short string", { kind: "sign-in", zone: "mynumber", factors: "kp" }],
      ["factors with unknown kinds", { kind: "sign-in", zone: "mynumber", factors: ["password", "pin"] }],
      ["zone MyNumber", { kind: "transfer", from: "MyNumber", to: "internet", channel: "network", sanitized: true, encrypted: true }],
      ["zone MyNumber on a sign-in", { kind: "sign-in", zone: "MyNumber", factors: ["knowledge"] }],
      ["fromTerminal null", { kind: "carry-out", zone: "mynumber", fromTerminal: null, approved: true, encrypted: true, classification: { confidentiality: 1, integrity: 1, availability: 1 } }],
      ["safeguards as one string", { kind: "asset", organization: "secretariat", category: "terminal", zone: "mynumber", classification: { confidentiality: 3, integrity: 2, availability: 2 }, safeguards: SAFEGUARDS.join(" ") }],
      ["approved as a string", { kind: "software-use", approved: "false", zone: "lgwan" }],
      ["organization Secretariat", { kind: "transfer", organization: "Secretariat", from: "mynumber", to: "internet" }],
      ["organization with a trailing space", { kind: "sign-in", organization: "secretariat ", zone: "mynumber", factors: ["knowledge"] }],
      ["organization by its Japanese name", { kind: "sign-in", organization: "広域連合事務局", zone: "mynumber", factors: ["knowledge"] }],
      ["an undeclared other body", { kind: "sign-in", organization: "登米市", zone: "mynumber", factors: ["knowledge"] }],
    ];
    for (const [how, input] of cases) {
      it(how, () => {
        expectNoOk(input, how);
        expect(() => evaluate(input as Subject)).toThrow(InvalidSubjectError);
      });
    }
  });

  it("InvalidSubjectError lists every problem, with paths, and is frozen", () => {
    let thrown: unknown;
    try {
      evaluate({ kind: "sign-in", zone: "MyNumber", factors: "knowledge", person: null, extra: 1 } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidSubjectError);
    const issues = (thrown as InvalidSubjectError).issues;
    expect(issues.map((issue) => issue.at).sort()).toEqual(["extra", "factors", "person", "zone"]);
    expect(issues.find((issue) => issue.at === "extra")?.code).toBe("unrecognized_keys");
    expect(Object.isFrozen(issues) && issues.every((issue) => Object.isFrozen(issue))).toBe(true);
  });

  it("audit, an auditor and a report reject a bad subject by its index", () => {
    const subjects = [BASES["sign-in"], { ...BASES["sign-in"], factors: "knowledge" }] as unknown as Subject[];
    for (const run of [() => audit(subjects), () => buildAuditReport(subjects), () => { const auditor = createAuditor(); for (const subject of subjects) auditor.add(subject); }]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidSubjectError);
      expect((thrown as InvalidSubjectError).issues.map((issue) => issue.at)).toEqual(["[1].factors"]);
    }
  });

  it(
    "holds for 100,000 generated invalid inputs: random valid subjects with one field made a near miss",
    () => {
      const misses = FIELDS.map((row) => ({ row, misses: missesOfField(row) }));
      let rejectedByEngine = 0;
      fc.assert(
        fc.property(subjectArbitrary, fc.nat(misses.length - 1), fc.nat(10_000), (subject, rowIndex, pick) => {
          const { row, misses: list } = misses[rowIndex] as (typeof misses)[number];
          if (row.kind !== subject.kind) return; // the base fixture then takes it, below
          const [, miss] = list[pick % list.length] as readonly [string, unknown];
          const input: Record<string, unknown> = { ...subject };
          const [top = "", sub] = row.field.split(".");
          if (sub === undefined) input[top] = miss;
          else input[top] = { ...((input[top] as object | undefined) ?? (top === "exception" ? EXCEPTION : { confidentiality: 1, integrity: 1, availability: 1 })), [sub]: miss };
          expect(SubjectSchema.safeParse(input).success).toBe(false);
          const engine = engineOn(input);
          if (engine === "rejected") rejectedByEngine++;
          else expect(["non-compliant", "needs-review"]).toContain(engine);
        }),
        { numRuns: 100_000 },
      );
      expect(rejectedByEngine).toBeGreaterThan(5_000);
    },
    120_000,
  );

  it(
    "the guard and the zod schemas agree on random valid subjects and random mutations of them",
    () => {
      const guardAccepts = (value: unknown): boolean => {
        try {
          guardSubject(value);
          return true;
        } catch (error) {
          if (error instanceof InvalidSubjectError) return false;
          throw error;
        }
      };
      fc.assert(
        fc.property(
          subjectArbitrary.chain((subject) => fc.tuple(fc.constant(subject), mutationArbitrary(subject))),
          ([subject, mutated]) => {
            expect(guardAccepts(subject)).toBe(true);
            const byZod = SubjectSchema.safeParse(mutated.value).success;
            expect(guardAccepts(mutated.value), `${mutated.how}: ${JSON.stringify(mutated.value)}`).toBe(byZod);
          },
        ),
        { numRuns: 5_000 },
      );
    },
    120_000,
  );

  it("the guard's frozen value lists are exactly the schemas' options, and frozen", async () => {
    const values = await import("../../src/definitions/vocabulary-values.js");
    const schemas = await import("../../src/index.js");
    const pairs: readonly (readonly [readonly string[], readonly unknown[]])[] = [
      [values.ZONE_VALUES, schemas.ZoneSchema.options],
      [values.ORGANIZATION_ID_VALUES, schemas.OrganizationIdSchema.options],
      [values.ASSET_CATEGORY_VALUES, schemas.AssetCategorySchema.options],
      [values.PERSON_CATEGORY_VALUES, schemas.PersonCategorySchema.options],
      [values.FACTOR_KIND_VALUES, schemas.FactorKindSchema.options],
      [values.TRANSFER_CHANNEL_VALUES, schemas.TransferChannelSchema.options],
      [values.SAFEGUARD_VALUES, schemas.SafeguardSchema.options],
      [values.APPROVER_ROLE_VALUES, schemas.ApproverRoleSchema.options],
      [values.ACCESS_OPERATION_VALUES, schemas.AccessSubjectSchema.shape.operation.unwrap().options],
      [values.SOFTWARE_ACTION_VALUES, schemas.SoftwareUseSubjectSchema.shape.action.unwrap().options],
    ];
    for (const [list, options] of pairs) {
      expect([...list]).toEqual([...options]);
      expect(Object.isFrozen(list)).toBe(true);
    }
  });

  it(
    "the guard's fast path accepts only what the full guard accepts, with the same copy",
    () => {
      const full = (value: unknown): unknown => {
        try {
          return guardSubjectFully(value);
        } catch (error) {
          if (error instanceof InvalidSubjectError) return undefined;
          throw error;
        }
      };
      let fastAccepted = 0;
      fc.assert(
        fc.property(
          subjectArbitrary.chain((subject) => fc.tuple(fc.constant(subject), mutationArbitrary(subject))),
          ([subject, mutated]) => {
            for (const value of [subject, mutated.value]) {
              const fast = fastGuard(value);
              if (fast === undefined) continue;
              fastAccepted++;
              expect(full(value), mutated.how).toEqual(fast);
            }
          },
        ),
        { numRuns: 5_000 },
      );
      expect(fastAccepted).toBeGreaterThan(5_000);
      for (const row of FIELDS) for (const [how, miss] of missesOfField(row)) expect(fastGuard(withField(row.kind, row.field, miss)), how).toBeUndefined();
    },
    120_000,
  );

  it("the policy is the shipped one throughout (nothing here changed it)", () => {
    expect(Object.isFrozen(policy)).toBe(true);
  });
});

