import { describe, expect, it } from "vitest";
import { fastGuard } from "../../src/engine/guard-fast.js";
import {
  ACCESS_OPERATION_VALUES,
  APPROVER_ROLE_VALUES,
  ASSET_CATEGORY_VALUES,
  ASSET_LOCATION_VALUES,
  FACTOR_KIND_VALUES,
  ORGANIZATION_ID_VALUES,
  PERSON_CATEGORY_VALUES,
  SAFEGUARD_VALUES,
  SOFTWARE_ACTION_VALUES,
  TRANSFER_CHANNEL_VALUES,
  ZONE_VALUES,
} from "../../src/definitions/vocabulary-values.js";
import { full } from "../support/full-guard.js";
import { withPrototypeProperties } from "../support/prototype-properties.js";

// The fast path of the guard (src/engine/guard-fast.ts) field by field, at every edge: for each
// kind and each of its fields, values just inside and just outside what the field takes (lengths
// at the limit and one past it, each closed set's values and a near miss, calendar dates at the
// end of each month and of February in leap and common years, lists at their longest and one
// longer, nested objects missing a field or with one too many). Each case pins the full guard's
// answer, and the fast path must give the same: the full guard's copy where it accepts (so a fast
// path that gave up on a valid value fails, as well as one that let an invalid one through), and
// nothing where it refuses.

/** Whether the full guard accepts the input, after checking that the fast path answers the same way with the same copy. */
function verdict(input: unknown, what = ""): "accepted" | "refused" {
  const fast = fastGuard(input);
  const decided = full(input);
  if (decided === "refused") {
    expect(fast, `${what}: the fast path answered for a subject the full guard refuses`).toBeUndefined();
    return "refused";
  }
  expect(fast, `${what}: the fast path gave up on a subject the full guard accepts`).toBeDefined();
  expect(fast, what).toEqual(decided);
  return "accepted";
}

type Case = readonly [value: unknown, valid: boolean];

const hidden = <T extends object>(object: T, key: string, value: unknown): T => Object.defineProperty(object, key, { value, enumerable: false, writable: true, configurable: true });

/** An array whose prototype is not Array.prototype. */
class Listing<T> extends Array<T> {}
const listing = (...items: string[]): string[] => {
  const list = new Listing<string>();
  list.push(...items);
  return list;
};
/** An array made to look like a plain object (Object.prototype), with the given own properties. */
const arrayLike = (properties: Readonly<Record<string, unknown>>): unknown => Object.assign(Object.setPrototypeOf([], Object.prototype) as object, properties);
/** A null-prototype copy. */
const bare = (properties: Readonly<Record<string, unknown>>): unknown => Object.assign(Object.create(null) as object, properties);

const repeat = (item: string, count: number): string[] => Array.from({ length: count }, () => item);

const text = (max: number): Case[] => [
  ["x", true],
  ["x".repeat(max), true],
  ["", false],
  ["x".repeat(max + 1), false],
  [7, false],
  [null, false],
  [["x"], false],
];
const bool: Case[] = [
  [true, true],
  [false, true],
  [0, false],
  ["true", false],
  [null, false],
];
const oneOf = (values: readonly string[]): Case[] => [...values.map((value): Case => [value, true]), [`${values[0] as string} `, false], [(values[0] as string).toUpperCase(), false], ["", false], [1, false], [null, false], [{}, false]];
const zone = oneOf(ZONE_VALUES);

const CLASSIFIED = { confidentiality: 2, integrity: 1, availability: 1 } as const;
const classification: Case[] = [
  ...[1, 2, 3].flatMap((c) => [1, 2].flatMap((i) => [1, 2].map((a): Case => [{ confidentiality: c, integrity: i, availability: a }, true]))),
  [bare(CLASSIFIED), true],
  [{ integrity: 1, availability: 1 }, false],
  [{ confidentiality: 1, availability: 1 }, false],
  [{ confidentiality: 1, integrity: 1 }, false],
  [{ confidentiality: 4, integrity: 1, availability: 1 }, false],
  [{ confidentiality: 0, integrity: 1, availability: 1 }, false],
  [{ confidentiality: "1", integrity: 1, availability: 1 }, false],
  [{ confidentiality: 1, integrity: 3, availability: 1 }, false],
  [{ confidentiality: 1, integrity: "1", availability: 1 }, false],
  [{ confidentiality: 1, integrity: 1, availability: 3 }, false],
  [{ confidentiality: 1, integrity: 1, availability: "1" }, false],
  [{ confidentiality: 1, integrity: 1, availability: undefined }, false],
  [{ ...CLASSIFIED, extra: 1 }, false],
  [{ ...CLASSIFIED, availability: 1, confidentialty: 1 }, false],
  [{}, false],
  [null, false],
  [[1, 1, 1], false],
  [arrayLike(CLASSIFIED), false],
  ["2-1-1", false],
  [new (class Level { confidentiality = 2; integrity = 1; availability = 1; })(), false],
];

const organization: Case[] = [
  ...ORGANIZATION_ID_VALUES.map((id): Case => [id, true]),
  [{ outside: "登米市" }, true],
  [{ outside: "x".repeat(200) }, true],
  [bare({ outside: "登米市" }), true],
  [{ outside: "x".repeat(201) }, false],
  [{ outside: "" }, false],
  [{ outside: " 登米市" }, false],
  [{ outside: "登米市 " }, false],
  [{ outside: 1 }, false],
  [{ outside: undefined }, false],
  [{ outside: "登米市", extra: 1 }, false],
  [{ inside: "登米市" }, false],
  [{}, false],
  ["Secretariat", false],
  ["", false],
  [null, false],
  [["secretariat"], false],
  [arrayLike({ outside: "登米市" }), false],
  [new (class Outside { outside = "登米市"; })(), false],
];

const dates = (nullable: boolean): Case[] => [
  ...["2026-01-31", "2026-02-28", "2024-02-29", "2000-02-29", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31", "2026-01-01", "0000-01-01", "9999-12-31"].map((date): Case => [date, true]),
  ...["2026-01-32", "2026-02-29", "2100-02-29", "1900-02-29", "2024-02-30", "2026-03-32", "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31", "2026-12-32", "2026-00-10", "2026-13-01", "2026-01-00", "2026-1-01", "2026-01-1", "02026-01-01", " 2026-01-01", "2026-01-01 ", "2026/01/01", ""].map((date): Case => [date, false]),
  [20260101, false],
  [["2026-01-01"], false],
  [null, nullable],
];

const list = (values: readonly string[], max: number): Case[] => [
  [[], true],
  [[values[0]], true],
  [[...values], true],
  [repeat(values[0] as string, max), true],
  [repeat(values[0] as string, max + 1), false],
  [[values[0], "x"], false],
  [["x", values[0]], false],
  [[values[0], 1], false],
  [[values[0], null], false],
  [values[0], false],
  [null, false],
  [{ 0: values[0], length: 1 }, false],
  [listing(values[0] as string), false],
  [Object.setPrototypeOf({ 0: values[0], length: 1 }, Array.prototype), false],
  // eslint-disable-next-line no-sparse-arrays
  [[, values[0]], false],
];

const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;
const withException = (fields: Readonly<Record<string, unknown>>): unknown => ({ ...EXCEPTION, ...fields });
const without = (key: string): unknown => Object.fromEntries(Object.entries(EXCEPTION).filter(([name]) => name !== key));
const exception: Case[] = [
  [EXCEPTION, true],
  [bare(EXCEPTION), true],
  ...APPROVER_ROLE_VALUES.map((approverRole): Case => [withException({ approverRole }), true]),
  [withException({ approverRole: "CISO" }), false],
  [withException({ approverRole: undefined }), false],
  [without("reference"), false],
  [without("approverRole"), false],
  [without("controls"), false],
  [without("validUntil"), false],
  // The reference: non-blank, no white space at either end, at most 200.
  ...["E", "EX", "EX 1", "例外-1", "E\nX", "x".repeat(200), "a\u00a0b"].map((reference): Case => [withException({ reference }), true]),
  ...["", " ", "  ", " EX", "EX ", "\tEX", "EX\n", "\nEX", "x".repeat(201), "\u3000EX"].map((reference): Case => [withException({ reference }), false]),
  [withException({ reference: 1 }), false],
  [withException({ reference: null }), false],
  // approvedBy: optional text of at most 200.
  ...text(200).map(([approvedBy, valid]): Case => [withException({ approvedBy }), valid]),
  // controls: one to 100 ids, each non-empty and at most 100.
  [withException({ controls: ["a"] }), true],
  [withException({ controls: ["x".repeat(100)] }), true],
  [withException({ controls: repeat("a", 100) }), true],
  [withException({ controls: ["mynumber-isolation", "confidential-encryption"] }), true],
  [withException({ controls: [] }), false],
  [withException({ controls: repeat("a", 101) }), false],
  [withException({ controls: [""] }), false],
  [withException({ controls: ["a", ""] }), false],
  [withException({ controls: ["x".repeat(101)] }), false],
  [withException({ controls: ["a", 1] }), false],
  [withException({ controls: "mynumber-isolation" }), false],
  [withException({ controls: listing("mynumber-isolation") }), false],
  [withException({ controls: { 0: "mynumber-isolation", length: 1 } }), false],
  // The dates of the period.
  ...dates(false).map(([validFrom, valid]): Case => [withException({ validFrom }), valid]),
  ...dates(false).map(([validUntil, valid]): Case => [withException({ validUntil }), valid]),
  // The link: a zone at each end, nothing else.
  ...ZONE_VALUES.flatMap((from) => ZONE_VALUES.map((to): Case => [withException({ link: { from, to } }), true])),
  [withException({ link: bare({ from: "mynumber", to: "lgwan" }) }), true],
  [withException({ link: { from: "mynumber" } }), false],
  [withException({ link: { to: "lgwan" } }), false],
  [withException({ link: { from: "mynumber", to: "LGWAN" } }), false],
  [withException({ link: { from: "MyNumber", to: "lgwan" } }), false],
  [withException({ link: { from: "mynumber", to: 1 } }), false],
  [withException({ link: { from: "mynumber", to: "lgwan", via: "internet" } }), false],
  [withException({ link: { from: "mynumber", to: "lgwan", via: "x" } }), false],
  [withException({ link: {} }), false],
  [withException({ link: null }), false],
  [withException({ link: ["mynumber", "lgwan"] }), false],
  [withException({ link: arrayLike({ from: "mynumber", to: "lgwan" }) }), false],
  [withException({ link: "mynumber->lgwan" }), false],
  [withException({ extra: 1 }), false],
  [{}, false],
  [null, false],
  [[EXCEPTION], false],
  [arrayLike(EXCEPTION), false],
  ["EX-1", false],
];

const id = text(500);
const common = { id, organization, exception } as const;

/** Each kind: a minimal valid subject, and the cases of each of its fields. */
const KINDS: Readonly<Record<string, { readonly minimal: Readonly<Record<string, unknown>>; readonly required: readonly string[]; readonly fields: Readonly<Record<string, readonly Case[]>> }>> = {
  transfer: {
    minimal: { kind: "transfer", from: "lgwan", to: "internet" },
    required: ["from", "to"],
    fields: { ...common, from: zone, to: zone, channel: oneOf(TRANSFER_CHANNEL_VALUES), sanitized: bool, encrypted: bool, classification },
  },
  "carry-out": {
    minimal: { kind: "carry-out" },
    required: [],
    fields: { ...common, zone, fromTerminal: bool, classification, approved: bool, encrypted: bool },
  },
  "sign-in": {
    minimal: { kind: "sign-in", zone: "lgwan" },
    required: ["zone"],
    fields: { ...common, zone, factors: list(FACTOR_KIND_VALUES, 16), person: oneOf(PERSON_CATEGORY_VALUES) },
  },
  "software-use": {
    minimal: { kind: "software-use" },
    required: [],
    fields: { ...common, software: text(500), action: oneOf(SOFTWARE_ACTION_VALUES), approved: bool, zone },
  },
  access: {
    minimal: { kind: "access", person: "regular" },
    required: ["person"],
    fields: { ...common, person: oneOf(PERSON_CATEGORY_VALUES), operation: oneOf(ACCESS_OPERATION_VALUES), authorized: bool, trained: bool, classification, zone },
  },
  outsourcing: {
    minimal: { kind: "outsourcing" },
    required: [],
    fields: { ...common, contractor: text(500), selectedByCriteria: bool, securityRequirementsInContract: bool, measuresConfirmed: bool, classification },
  },
  "cloud-use": {
    minimal: { kind: "cloud-use" },
    required: [],
    fields: { ...common, service: text(500), usageRulesInPlace: bool, measuresTaken: bool },
  },
  asset: {
    minimal: { kind: "asset", organization: "secretariat", category: "server" },
    required: ["organization", "category"],
    fields: {
      ...common, name: text(500), location: oneOf(ASSET_LOCATION_VALUES), category: oneOf(ASSET_CATEGORY_VALUES), zone, classification, safeguards: list(SAFEGUARD_VALUES, 64),
    },
  },
  organization: {
    minimal: { kind: "organization", organization: "secretariat" },
    required: ["organization"],
    fields: {
      id, organization,
      asOf: dates(false), staffCategoriesBound: list(PERSON_CATEGORY_VALUES, 16), lastTraining: dates(true), lastAudit: dates(true), lastSelfInspection: dates(true),
      ...Object.fromEntries(
        [
          "securityOrganizationEstablished", "staffRulesDefined", "monitoringInPlace", "incidentResponseReady", "secureDevelopmentInPlace", "continuityPlanInPlace",
          "reviewNeeded", "reviewed", "riskAnalyzed", "standardsInPlace", "proceduresInPlace",
        ].map((flag) => [flag, bool]),
      ),
    },
  },
};

const shown = (value: unknown): string => (typeof value === "string" && value.length > 40 ? `${value.slice(0, 12)}… (${value.length})` : JSON.stringify(value) ?? String(value));

describe.each(Object.keys(KINDS))("the fast path agrees with the full guard on each field of %s", (kind) => {
  const { minimal, required, fields } = KINDS[kind] as (typeof KINDS)[string];

  it("at each field's edges, inside and one past", () => {
    for (const [field, cases] of Object.entries(fields)) {
      for (const [value, valid] of cases) {
        const subject = { ...minimal, [field]: value };
        expect(verdict(subject, `${kind}.${field} = ${shown(value)}`), `${kind}.${field} = ${shown(value)}`).toBe(valid ? "accepted" : "refused");
      }
    }
  });

  it("with every field given at once, each copied to its own field", () => {
    // The first valid value of each field, then each field's other valid values in turn: a copy that put a value under another field's name fails.
    const everything = Object.fromEntries(Object.entries(fields).map(([field, cases]) => [field, (cases.find(([, valid]) => valid) as Case)[0]]));
    const subject = { ...minimal, ...everything };
    expect(verdict(subject)).toBe("accepted");
    expect(Object.keys(fastGuard(subject) as object).filter((key) => (fastGuard(subject) as Record<string, unknown>)[key] !== undefined).sort()).toEqual(Object.keys(subject).sort());
    for (const [field, cases] of Object.entries(fields)) {
      for (const [value, valid] of cases) if (valid) expect(verdict({ ...subject, [field]: value }), `${kind}.${field} = ${shown(value)}`).toBe("accepted");
    }
  });

  it("without a required field, with a hidden kind, with an unknown or an undefined field", () => {
    expect(verdict(minimal)).toBe("accepted");
    for (const field of required) {
      const { [field]: _, ...rest } = minimal;
      expect(verdict(rest), `without ${field}`).toBe("refused");
    }
    const { kind: _, ...rest } = minimal;
    expect(verdict(hidden({ ...rest }, "kind", kind)), "a non-enumerable kind").toBe("refused");
    expect(verdict({ ...minimal, extra: 1 })).toBe("refused");
    expect(verdict({ ...minimal, [kind === "transfer" ? "zone" : "from"]: "lgwan" })).toBe("refused");
    // A field given as undefined: the fast path leaves it to the full guard, which reads it as absent.
    expect(fastGuard({ ...minimal, id: undefined })).toBeUndefined();
    expect(full({ ...minimal, id: undefined })).toEqual(full(minimal));
    for (const field of Object.keys(fields)) expect(fastGuard({ ...minimal, [field]: undefined }), `${kind}.${field} = undefined`).toBeUndefined();
  });

  it("never reads an inherited field", () => {
    // Another prototype than Object.prototype: not plain, refused by both.
    const polluted = Object.assign(Object.create(Object.assign(Object.create(null) as object, { id: "x" })) as object, minimal);
    expect(verdict(polluted)).toBe("refused");
    // An enumerable id on Object.prototype: the fast path gives up (no own descriptor), and the full guard's copy has no id.
    withPrototypeProperties(
      { id: "polluted" },
      () => {
        expect(fastGuard({ ...minimal })).toBeUndefined();
        expect(full({ ...minimal })).not.toMatchObject({ id: "polluted" });
      },
      { enumerable: true },
    );
  });
});

describe("the fast path and Object.prototype pollution, nested", () => {
  // The outer objects have no prototype, so only the innermost one inherits the pollution: the
  // check of that object's own keys is the one that must give up.
  it.each([
    ["a classification's missing level", bare({ kind: "transfer", from: "lgwan", to: "internet", classification: { confidentiality: 2, integrity: 1 } }), { availability: 1 }],
    ["an exception's missing validUntil", bare({ kind: "transfer", from: "lgwan", to: "internet", exception: { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"] } }), { validUntil: "2027-03-31" }],
    ["a link's missing end", bare({ kind: "transfer", from: "lgwan", to: "internet", exception: bare({ ...EXCEPTION, link: { from: "mynumber" } }) }), { to: "lgwan" }],
    ["an outside body's name", bare({ kind: "sign-in", zone: "lgwan", organization: {} }), { outside: "登米市" }],
    ["an outside body's name, next to an own hidden key", bare({ kind: "sign-in", zone: "lgwan", organization: hidden({}, "extra", 1) }), { outside: "登米市" }],
  ])("%s is never taken from Object.prototype", (_, input, pollution) => {
    const fast = withPrototypeProperties(pollution, () => fastGuard(input), { enumerable: true });
    expect(fast).toBeUndefined();
    expect(full(input)).toBe("refused");
  });
});

describe("a nested field given as undefined goes to the full guard, which reads it as absent", () => {
  it.each([
    ["approvedBy", { approvedBy: undefined }],
    ["validFrom", { validFrom: undefined }],
    ["link", { link: undefined }],
  ])("exception.%s", (_, fields) => {
    const input = { kind: "transfer", from: "lgwan", to: "internet", exception: { ...EXCEPTION, ...fields } };
    expect(fastGuard(input)).toBeUndefined();
    expect(full(input)).toEqual(fastGuard({ kind: "transfer", from: "lgwan", to: "internet", exception: EXCEPTION }));
  });
});

describe("the fast path's dispatch", () => {
  it.each([
    ["no kind", { from: "lgwan", to: "internet" }],
    ["an unknown kind", { kind: "transfers", from: "lgwan", to: "internet" }],
    ["a kind that is not a string", { kind: 1 }],
    ["an inherited kind", Object.assign(Object.create({ kind: "carry-out" }) as object, {})],
    ["a kind named after an Object.prototype member", { kind: "toString" }],
    ["null", null],
    ["undefined", undefined],
    ["a string", "transfer"],
    ["an array", ["transfer"]],
    ["an array with Object.prototype", arrayLike({ kind: "carry-out" })],
  ])("%s: refused by both", (_, input) => {
    expect(fastGuard(input)).toBeUndefined();
    expect(full(input)).toBe("refused");
  });

  it("a null-prototype subject of each kind is read like a plain one", () => {
    for (const { minimal } of Object.values(KINDS)) expect(verdict(bare(minimal))).toBe("accepted");
  });
});
