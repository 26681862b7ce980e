/**
 * fast-check arbitraries for every subject kind, generators of invalid-but-close JSON, and the
 * "stronger variant" helpers used by the monotonicity invariant (DESIGN.md, Invariant 4).
 *
 * Every arbitrary here produces values that the zod schemas accept (checked by
 * test/invariants/arbitraries.test.ts); fields that a schema makes optional are optional here too
 * (`fc.record(…, { requiredKeys })`), so that "a fact not given" is exercised everywhere.
 */
import fc from "fast-check";
import type { z } from "zod";
import {
  ApproverRoleSchema,
  AssetCategorySchema,
  FactorKindSchema,
  OrganizationIdSchema,
  PersonCategorySchema,
  SafeguardSchema,
  SubjectSchema,
  TransferChannelSchema,
  ZoneSchema,
  isInScope,
  policy,
  type AccessSubject,
  type AssetSubject,
  type CarryOutSubject,
  type CloudUseSubject,
  type FactorKind,
  type OrganizationRef,
  type OrganizationSubject,
  type OutsideOrganization,
  type OutsourcingSubject,
  type PersonCategory,
  type RecordedException,
  type Safeguard,
  type SignInSubject,
  type SoftwareUseSubject,
  type Subject,
  type SubjectKind,
  type SubjectOf,
  type TransferSubject,
} from "../../src/index.js";
import { outsideNameProblem } from "../../src/definitions/organization-ref.js";
import { classificationArbitrary } from "../classification/arbitraries.js";

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

export const ZONES = ZoneSchema.options;
export const CHANNELS = TransferChannelSchema.options;
export const SAFEGUARDS = SafeguardSchema.options;
export const ASSET_CATEGORIES = AssetCategorySchema.options;
export const PERSON_CATEGORIES = PersonCategorySchema.options;
export const FACTOR_KINDS = FactorKindSchema.options;
export const APPROVER_ROLES = ApproverRoleSchema.options;
export const IN_SCOPE_ORGANIZATIONS = OrganizationIdSchema.options;
/** The ids of every control of the current policy, in catalog order. */
export const CONTROL_IDS: readonly string[] = policy.controls.map((control) => control.id);

/** Names of bodies outside 5(1), declared as `{ outside: name }`. */
export const OTHER_BODIES = ["登米市", "仙台市", "宮城県", "miyagi-prefecture", "sendai-city", "city-hall"] as const;

/** Near-misses of the in-scope ids: each is invalid input, never an outside body (fail closed). */
export const NEAR_MISS_ORGANIZATIONS = [
  "Secretariat",
  "SECRETARIAT",
  " secretariat",
  "secretariat ",
  "election_commission",
  "広域連合事務局",
  "広域連合事务局",
  "ｓｅｃｒｅｔａｒｉａｔ",
  "secre\u200btariat",
] as const;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export const zoneArbitrary = fc.constantFrom(...ZONES);
export const channelArbitrary = fc.constantFrom(...CHANNELS);
export const safeguardArbitrary = fc.constantFrom(...SAFEGUARDS);
export const assetCategoryArbitrary = fc.constantFrom(...ASSET_CATEGORIES);
export const personCategoryArbitrary = fc.constantFrom(...PERSON_CATEGORIES);
export const factorKindArbitrary = fc.constantFrom(...FACTOR_KINDS);
export { classificationArbitrary };

/** Short non-empty free text (ids, names, references), within every schema's `max`. */
export const shortTextArbitrary = fc.string({ minLength: 1, maxLength: 24 });

export const inScopeOrganizationArbitrary = fc.constantFrom(...IN_SCOPE_ORGANIZATIONS);

/** A body outside the scope of 5(1), declared explicitly. */
export const otherBodyArbitrary: fc.Arbitrary<OutsideOrganization> = fc
  .oneof(fc.constantFrom(...OTHER_BODIES), fc.string({ minLength: 1, maxLength: 30 }).filter((name) => outsideNameProblem(name) === undefined))
  .map((outside) => ({ outside }));

/** An organisation: mostly one of the four in scope, sometimes a declared outside body. */
export const organizationArbitrary: fc.Arbitrary<OrganizationRef> = fc.oneof(
  { weight: 9, arbitrary: inScopeOrganizationArbitrary },
  { weight: 1, arbitrary: otherBodyArbitrary },
);

/** An ISO date `YYYY-MM-DD` between 1990 and 2060. */
export const isoDateArbitrary: fc.Arbitrary<string> = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A date or `null` ("never"). */
export const nullableDateArbitrary: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 4, arbitrary: isoDateArbitrary },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** The `controls` list of an exception: a non-empty set of control ids of the current policy. */
export const exceptionControlsArbitrary: fc.Arbitrary<string[]> = fc.oneof(
  fc.subarray([...CONTROL_IDS], { minLength: 1 }),
  fc.uniqueArray(fc.constantFrom(...CONTROL_IDS), { minLength: 1, maxLength: 4 }),
);

/** The role of an approver: the CISO somewhat more often than any other. */
export const approverRoleArbitrary: fc.Arbitrary<RecordedException["approverRole"]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant("ciso" as const) },
  { weight: 2, arbitrary: fc.constantFrom(...APPROVER_ROLES.filter((role) => role !== "ciso")) },
);

/** A link an isolation exception opens: any ordered pair of zones. */
export const exceptionLinkArbitrary: fc.Arbitrary<{ from: (typeof ZONES)[number]; to: (typeof ZONES)[number] }> = fc.record({
  from: fc.constantFrom(...ZONES),
  to: fc.constantFrom(...ZONES),
});

/** An exception's dates: near the as-of dates the tests use, so that valid, expired and not-yet-valid all occur. */
const exceptionDateArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("2025-03-31", "2026-03-31", "2026-11-24", "2026-11-25", "2026-11-26", "2027-03-31"),
  isoDateArbitrary,
);

/**
 * A recorded exception (例外措置), as a register entry: CISO or other approver, a non-empty list
 * of control ids, a period (`validUntil`, sometimes `validFrom`) and sometimes a link.
 */
export const exceptionArbitrary: fc.Arbitrary<RecordedException> = fc.record(
  {
    reference: fc.oneof(fc.constantFrom("EX-2026-014", "EX-1"), shortTextArbitrary.filter((text) => /^\S(?:.*\S)?$/su.test(text))),
    approverRole: approverRoleArbitrary,
    approvedBy: shortTextArbitrary,
    controls: exceptionControlsArbitrary,
    validFrom: exceptionDateArbitrary,
    validUntil: exceptionDateArbitrary,
    link: exceptionLinkArbitrary,
  },
  { requiredKeys: ["reference", "approverRole", "controls", "validUntil"] },
);

/** A list of safeguards: a set (subarray) or a list with repeats, never longer than 20. */
export const safeguardsArbitrary: fc.Arbitrary<Safeguard[]> = fc.oneof(
  fc.subarray([...SAFEGUARDS]),
  fc.array(safeguardArbitrary, { maxLength: 20 }),
);

/** A list of factor kinds, with repeats, never longer than 6. */
export const factorsArbitrary: fc.Arbitrary<FactorKind[]> = fc.array(factorKindArbitrary, { maxLength: 6 });

/** The staff categories bound by the policy: a set or a list with repeats. */
export const staffCategoriesArbitrary: fc.Arbitrary<PersonCategory[]> = fc.oneof(
  fc.subarray([...PERSON_CATEGORIES]),
  fc.array(personCategoryArbitrary, { maxLength: 8 }),
);

// ---------------------------------------------------------------------------------------------
// One arbitrary per subject kind
// ---------------------------------------------------------------------------------------------

export const transferArbitrary: fc.Arbitrary<TransferSubject> = fc.record(
  {
    kind: fc.constant("transfer" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    from: zoneArbitrary,
    to: zoneArbitrary,
    channel: channelArbitrary,
    sanitized: fc.boolean(),
    encrypted: fc.boolean(),
    classification: classificationArbitrary,
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind", "from", "to"] },
);

export const carryOutArbitrary: fc.Arbitrary<CarryOutSubject> = fc.record(
  {
    kind: fc.constant("carry-out" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    zone: zoneArbitrary,
    fromTerminal: fc.boolean(),
    classification: classificationArbitrary,
    approved: fc.boolean(),
    encrypted: fc.boolean(),
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind"] },
);

export const signInArbitrary: fc.Arbitrary<SignInSubject> = fc.record(
  {
    kind: fc.constant("sign-in" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    zone: zoneArbitrary,
    factors: factorsArbitrary,
    person: personCategoryArbitrary,
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind", "zone"] },
);

export const softwareUseArbitrary: fc.Arbitrary<SoftwareUseSubject> = fc.record(
  {
    kind: fc.constant("software-use" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    software: shortTextArbitrary,
    action: fc.constantFrom("install" as const, "use" as const),
    approved: fc.boolean(),
    zone: zoneArbitrary,
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind"] },
);

export const accessArbitrary: fc.Arbitrary<AccessSubject> = fc.record(
  {
    kind: fc.constant("access" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    person: personCategoryArbitrary,
    operation: fc.constantFrom("read" as const, "change" as const, "delete" as const),
    authorized: fc.boolean(),
    trained: fc.boolean(),
    classification: classificationArbitrary,
    zone: zoneArbitrary,
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind", "person"] },
);

export const outsourcingArbitrary: fc.Arbitrary<OutsourcingSubject> = fc.record(
  {
    kind: fc.constant("outsourcing" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    contractor: shortTextArbitrary,
    selectedByCriteria: fc.boolean(),
    securityRequirementsInContract: fc.boolean(),
    measuresConfirmed: fc.boolean(),
    classification: classificationArbitrary,
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind"] },
);

export const cloudUseArbitrary: fc.Arbitrary<CloudUseSubject> = fc.record(
  {
    kind: fc.constant("cloud-use" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    service: shortTextArbitrary,
    usageRulesInPlace: fc.boolean(),
    measuresTaken: fc.boolean(),
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind"] },
);

export const assetArbitrary: fc.Arbitrary<AssetSubject> = fc.record(
  {
    kind: fc.constant("asset" as const),
    id: shortTextArbitrary,
    name: shortTextArbitrary,
    organization: organizationArbitrary,
    category: assetCategoryArbitrary,
    location: fc.constantFrom("union-premises" as const, "member-municipality-counter" as const),
    zone: zoneArbitrary,
    classification: classificationArbitrary,
    safeguards: safeguardsArbitrary,
    exception: exceptionArbitrary,
  },
  { requiredKeys: ["kind", "organization", "category"] },
);

export const organizationSubjectArbitrary: fc.Arbitrary<OrganizationSubject> = fc.record(
  {
    kind: fc.constant("organization" as const),
    id: shortTextArbitrary,
    organization: organizationArbitrary,
    asOf: isoDateArbitrary,
    securityOrganizationEstablished: fc.boolean(),
    staffCategoriesBound: staffCategoriesArbitrary,
    staffRulesDefined: fc.boolean(),
    lastTraining: nullableDateArbitrary,
    monitoringInPlace: fc.boolean(),
    incidentResponseReady: fc.boolean(),
    secureDevelopmentInPlace: fc.boolean(),
    continuityPlanInPlace: fc.boolean(),
    lastAudit: nullableDateArbitrary,
    lastSelfInspection: nullableDateArbitrary,
    reviewNeeded: fc.boolean(),
    reviewed: fc.boolean(),
    riskAnalyzed: fc.boolean(),
    standardsInPlace: fc.boolean(),
    proceduresInPlace: fc.boolean(),
  },
  { requiredKeys: ["kind", "organization"] },
);

/** The arbitrary of each subject kind. */
export const subjectArbitraryOf: { readonly [K in SubjectKind]: fc.Arbitrary<SubjectOf<K>> } = {
  transfer: transferArbitrary,
  "carry-out": carryOutArbitrary,
  "sign-in": signInArbitrary,
  "software-use": softwareUseArbitrary,
  access: accessArbitrary,
  outsourcing: outsourcingArbitrary,
  "cloud-use": cloudUseArbitrary,
  asset: assetArbitrary,
  organization: organizationSubjectArbitrary,
};

/** Every subject kind, in the canonical order of `SUBJECT_KINDS`. */
export const KINDS = Object.keys(subjectArbitraryOf) as SubjectKind[];

/** A valid subject of any kind. */
export const subjectArbitrary: fc.Arbitrary<Subject> = fc.oneof(
  ...KINDS.map((kind) => subjectArbitraryOf[kind] as fc.Arbitrary<Subject>),
);

/** A valid subject of any kind whose organisation (if named) is in scope. */
export const inScopeSubjectArbitrary: fc.Arbitrary<Subject> = subjectArbitrary.filter(
  (subject) => subject.organization === undefined || isInScope(subject.organization),
);

/** An `asOf` option or nothing. */
export const asOfOptionArbitrary: fc.Arbitrary<string | undefined> = fc.option(isoDateArbitrary, { nil: undefined });

// ---------------------------------------------------------------------------------------------
// The schemas' own view of the fields: which are required, which optional
// ---------------------------------------------------------------------------------------------

type AnyObjectSchema = z.ZodObject<Record<string, z.ZodType>>;

function schemaOf(kind: SubjectKind): AnyObjectSchema {
  const option = SubjectSchema.options.find((candidate) => candidate.shape.kind.value === kind);
  if (option === undefined) throw new Error(`no schema for ${kind}`);
  return option as unknown as AnyObjectSchema;
}

/** Every field of a kind's schema, in declaration order. */
export function fieldsOf(kind: SubjectKind): readonly string[] {
  return Object.keys(schemaOf(kind).shape);
}

/** The fields a kind's schema lets a subject leave out. */
export function optionalFieldsOf(kind: SubjectKind): readonly string[] {
  const shape = schemaOf(kind).shape;
  return Object.keys(shape).filter((key) => shape[key]?.safeParse(undefined).success === true);
}

/** The fields a kind's schema requires (always including `kind`). */
export function requiredFieldsOf(kind: SubjectKind): readonly string[] {
  const optional = new Set(optionalFieldsOf(kind));
  return fieldsOf(kind).filter((key) => !optional.has(key));
}

/** A copy of a subject without one field. */
export function withoutField<S extends Subject>(subject: S, field: string): S {
  const copy: Record<string, unknown> = { ...subject };
  delete copy[field];
  return copy as S;
}

// ---------------------------------------------------------------------------------------------
// Invalid but close: JSON that looks like a subject and is not one
// ---------------------------------------------------------------------------------------------

/** Values no top-level field of any subject kind accepts (other than `kind`, handled apart). */
const WRONG_FIELD_VALUES: readonly unknown[] = [{}, 12345, -1.5, [{}], { constructor: 1 }];

/** Values that are not a subject kind, but look like one. */
const WRONG_KINDS: readonly unknown[] = ["Transfer", "transfer ", "carryOut", "carry_out", "signin", "", "assets", 1, null, true, {}, []];

/** Keys no subject schema has; `__proto__` etc. are made own keys (as JSON.parse does). */
const FOREIGN_KEYS: readonly string[] = ["extra", "Kind", "zones", "__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/** Sets `key` as an own, enumerable data property, even `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** One way to break a valid subject, keeping it close to valid. */
type Mutation = (subject: Record<string, unknown>, random: { pick: <T>(items: readonly T[]) => T; key: string }) => unknown;

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  wrongKind: (s, { pick }) => ({ ...s, kind: pick(WRONG_KINDS) }),
  missingKind: (s) => {
    const { kind: _kind, ...rest } = s;
    return rest;
  },
  foreignKey: (s, { pick }) => setOwn({ ...s }, pick(FOREIGN_KEYS), pick([1, "x", null, {}, { polluted: true }])),
  wrongFieldType: (s, { pick, key }) => {
    const fields = Object.keys(s).filter((field) => field !== "kind");
    if (fields.length === 0) return { ...s, kind: pick(WRONG_KINDS) };
    const field = fields[Math.abs(hashOf(key)) % fields.length] as string;
    return { ...s, [field]: pick(WRONG_FIELD_VALUES) };
  },
  missingRequired: (s, { pick }) => {
    const required = requiredFieldsOf(s["kind"] as SubjectKind);
    const field = pick(required);
    const copy = { ...s };
    delete copy[field];
    return copy;
  },
  badClassification: (s, { pick }) => ({
    ...s,
    classification: pick<unknown>([
      { confidentiality: 4, integrity: 1, availability: 1 },
      { confidentiality: 0, integrity: 1, availability: 1 },
      { confidentiality: "3", integrity: 1, availability: 1 },
      { confidentiality: 2.5, integrity: 1, availability: 1 },
      { confidentiality: 1, integrity: 3, availability: 1 },
      { confidentiality: 1, integrity: 1, availability: 0 },
      { confidentiality: 1, integrity: 1 },
      { confidentiality: 1, integrity: 1, availability: 1, extra: 1 },
      null,
      [3, 2, 2],
    ]),
  }),
  badException: (s, { pick }) =>
    s["kind"] === "organization"
      ? { ...s, exception: { reference: "EX-1", approverRole: "ciso" } } // organisation subjects have no exception field
      : {
          ...s,
          exception: pick<unknown>([
            { reference: "EX-1", approverRole: "CISO", controls: ["mynumber-isolation"], validUntil: "2027-03-31" },
            { reference: "", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" },
            { reference: " ", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" },
            { reference: "EX-1", approverRole: "ciso" },
            { reference: "EX-1", approverRole: "ciso", controls: [], validUntil: "2027-03-31" },
            { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"] },
            { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-02-30" },
            { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31", link: { from: "mynumber" } },
            { approverRole: "ciso" },
            { reference: "EX-1" },
            { reference: "EX-1", approverRole: "ciso", controls: "mynumber-isolation" },
            { reference: "EX-1", approverRole: "ciso", controls: [""] },
            { reference: "EX-1", approverRole: "ciso", extra: true },
            { reference: "x".repeat(201), approverRole: "ciso" },
            "EX-1",
            null,
          ]),
        },
  tooLong: (s, { pick }) => {
    const kind = s["kind"] as SubjectKind;
    const options: Record<string, unknown>[] = [{ id: "x".repeat(501) }, { organization: "o".repeat(201) }];
    if (kind === "asset") options.push({ safeguards: Array.from({ length: 65 }, () => "backup") }, { name: "" });
    if (kind === "sign-in") options.push({ factors: Array.from({ length: 17 }, () => "knowledge") });
    if (kind === "organization") options.push({ staffCategoriesBound: Array.from({ length: 17 }, () => "regular") });
    return { ...s, ...pick(options) };
  },
  badDate: (s, { pick }) => {
    const date = pick(["2026-13-01", "2026-02-30", "2025-02-29", "20260101", "2026-1-1", "2026-01-01T00:00:00Z", "", "yesterday"]);
    return s["kind"] === "organization" ? { ...s, [pick(["asOf", "lastTraining", "lastAudit", "lastSelfInspection"])]: date } : { ...s, zone: date };
  },
  notAnObject: (s, { pick }) => pick<unknown>([[s], JSON.stringify(s), null, s["kind"]]),
};

function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

/** The names of the mutations `invalidSubjectArbitrary` applies. */
export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * A subject-like value that the schemas reject: a valid subject with exactly one mutation (wrong
 * kind, foreign key such as an own `__proto__`, a field of the wrong type, a required field
 * missing, a classification out of range, a malformed exception, a string or list too long, a bad
 * date, or not an object at all). Plain JSON data apart from own `__proto__` keys.
 */
export const invalidSubjectArbitrary: fc.Arbitrary<{ mutation: string; value: unknown }> = fc
  .tuple(subjectArbitrary, fc.constantFrom(...MUTATION_NAMES), fc.nat(), shortTextArbitrary)
  .map(([subject, mutation, seed, key]) => {
    let state = seed;
    const pick = <T>(items: readonly T[]): T => {
      state = (state * 1103515245 + 12345) >>> 0;
      return items[state % items.length] as T;
    };
    const mutate = MUTATIONS[mutation] as Mutation;
    return { mutation, value: mutate(JSON.parse(JSON.stringify(subject)) as Record<string, unknown>, { pick, key }) };
  });

/**
 * JSON that looks like a subject: valid subjects, invalid mutations of them, and objects with a
 * real `kind` and random JSON fields (which are now and then valid). For `safeEvaluate`, where
 * the schemas are the oracle.
 */
export const jsonSubjectLikeArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  subjectArbitrary.map((subject) => JSON.parse(JSON.stringify(subject)) as unknown),
  invalidSubjectArbitrary.map(({ value }) => value),
  fc
    .tuple(fc.constantFrom(...KINDS), fc.dictionary(fc.constantFrom(...new Set(KINDS.flatMap(fieldsOf)), "extra"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }))
    .map(([kind, fields]) => ({ ...fields, kind })),
);

// ---------------------------------------------------------------------------------------------
// Stronger variants (Invariant 4)
// ---------------------------------------------------------------------------------------------

/**
 * The yes/no facts whose `true` is an approval or a safeguard taken, per kind: turning one from
 * `false` or absent to `true` is a strengthening. (`fromTerminal` and `reviewNeeded` are not:
 * their `true` is a risk, not a safeguard.)
 */
export const APPROVAL_FLAGS = {
  transfer: ["sanitized", "encrypted"],
  "carry-out": ["approved", "encrypted"],
  "sign-in": [],
  "software-use": ["approved"],
  access: ["authorized", "trained"],
  outsourcing: ["selectedByCriteria", "securityRequirementsInContract", "measuresConfirmed"],
  "cloud-use": ["usageRulesInPlace", "measuresTaken"],
  asset: [],
  organization: [
    "securityOrganizationEstablished",
    "staffRulesDefined",
    "monitoringInPlace",
    "incidentResponseReady",
    "secureDevelopmentInPlace",
    "continuityPlanInPlace",
    "reviewed",
    "riskAnalyzed",
    "standardsInPlace",
    "proceduresInPlace",
  ],
} as const satisfies { readonly [K in SubjectKind]: readonly (keyof SubjectOf<K> & string)[] };

/** Every approval flag of any kind. */
export const ALL_APPROVAL_FLAGS: readonly string[] = [...new Set(Object.values(APPROVAL_FLAGS).flat())];

/**
 * The asset with one more safeguard on its recorded list. An unrecorded list (`undefined`) is not
 * strengthened by this: recording `[s]` also says that every other safeguard is missing.
 */
export function withSafeguard(asset: AssetSubject, safeguard: Safeguard): AssetSubject {
  if (asset.safeguards === undefined) throw new Error("withSafeguard needs a recorded safeguard list");
  return { ...asset, safeguards: [...asset.safeguards, safeguard] };
}

/** The asset with every safeguard recorded: never weaker than an unrecorded list. */
export function withAllSafeguards(asset: AssetSubject): AssetSubject {
  return { ...asset, safeguards: [...SAFEGUARDS] };
}

/** The subject with one approval flag set to `true`. */
export function withApproval<S extends Subject>(subject: S, flag: string): S {
  return { ...subject, [flag]: true };
}

/** The sign-in with one more factor kind on its recorded list. */
export function withFactor(signIn: SignInSubject, factor: FactorKind): SignInSubject {
  if (signIn.factors === undefined) throw new Error("withFactor needs a recorded factor list");
  return { ...signIn, factors: [...signIn.factors, factor] };
}

/** The organisation with one more staff category bound by the policy, on a recorded list. */
export function withStaffCategoryBound(organization: OrganizationSubject, category: PersonCategory): OrganizationSubject {
  if (organization.staffCategoriesBound === undefined) throw new Error("withStaffCategoryBound needs a recorded list");
  return { ...organization, staffCategoriesBound: [...organization.staffCategoriesBound, category] };
}

/** A strengthened subject and how it was strengthened. */
export interface StrongerVariant {
  readonly how: string;
  readonly subject: Subject;
}

/**
 * Every one-step strengthening of a subject that stays valid: one more safeguard (recorded list,
 * or every safeguard on an unrecorded one), one approval flag from `false`/absent to `true`, one
 * more factor kind (recorded list, or all three on an unrecorded one), one more staff category
 * bound (likewise). With `includeException`, also an exception approved by the CISO for every
 * control, replacing none, a non-CISO one or a narrower one.
 */
export function strongerVariants(subject: Subject, { includeException = false } = {}): StrongerVariant[] {
  const variants: StrongerVariant[] = [];
  for (const flag of APPROVAL_FLAGS[subject.kind] as readonly string[]) {
    if ((subject as Record<string, unknown>)[flag] !== true) variants.push({ how: `${flag}: true`, subject: withApproval(subject, flag) });
  }
  if (subject.kind === "asset") {
    if (subject.safeguards === undefined) variants.push({ how: "safeguards: every one recorded", subject: withAllSafeguards(subject) });
    else if (subject.safeguards.length < 64) {
      for (const safeguard of SAFEGUARDS) variants.push({ how: `safeguards + ${safeguard}`, subject: withSafeguard(subject, safeguard) });
    }
  }
  if (subject.kind === "sign-in") {
    if (subject.factors === undefined) variants.push({ how: "factors: all three kinds", subject: { ...subject, factors: [...FACTOR_KINDS] } });
    else if (subject.factors.length < 16) {
      for (const factor of FACTOR_KINDS) variants.push({ how: `factors + ${factor}`, subject: withFactor(subject, factor) });
    }
  }
  if (subject.kind === "organization") {
    if (subject.staffCategoriesBound === undefined) {
      variants.push({ how: "staffCategoriesBound: every category", subject: { ...subject, staffCategoriesBound: [...PERSON_CATEGORIES] } });
    } else if (subject.staffCategoriesBound.length < 16) {
      for (const category of PERSON_CATEGORIES) {
        variants.push({ how: `staffCategoriesBound + ${category}`, subject: withStaffCategoryBound(subject, category) });
      }
    }
  }
  if (includeException && subject.kind !== "organization") {
    // An exception at least as effective as any: the CISO, every control, a period that holds for
    // every as-of date the arbitraries give, and the link this subject crosses (if any).
    const link =
      subject.kind === "transfer" ? { from: subject.from, to: subject.to } : { from: "mynumber" as const, to: "lgwan" as const };
    const exception: RecordedException = {
      reference: subject.exception?.reference ?? "EX-STRONGER",
      approverRole: "ciso",
      controls: [...CONTROL_IDS],
      validUntil: "9999-12-31",
      link,
    };
    variants.push({ how: "exception approved by the CISO for every control, for ever, on this link", subject: { ...subject, exception } });
  }
  return variants;
}
