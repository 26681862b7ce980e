import { describe, expect, it } from "vitest";
import { evaluate, extendPolicy, InvalidSubjectError, policy } from "../../src/index.js";

// The input guard's problems, word for word (invariants 11 and 12): each input that cannot be
// decided soundly, with every problem's path, code and message. Each case runs through `evaluate`
// twice: under the current policy (the fast path refuses it and the full guard explains) and under
// a policy of another classification scheme, which the full guard checks alone; both must give
// the same problems, so the full guard's quick answers and its slow ones agree.

const ASSET = { kind: "asset", organization: "secretariat", category: "terminal", zone: "lgwan" } as const;
const EXCEPTION = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2027-03-31" } as const;
const T = { kind: "transfer", from: "mynumber", to: "lgwan" } as const;
class Plain { readonly kind = "asset"; }
const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" } as never);

type Issue = [path: (string | number)[], code: string, message: string];

/** The problems `evaluate` throws for an input, as [path, code, message]. */
function issuesOf(input: unknown, options?: Parameters<typeof evaluate>[1]): Issue[] {
  let thrown: unknown;
  try {
    evaluate(input as never, options);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "evaluate accepted it").toBeInstanceOf(InvalidSubjectError);
  const error = thrown as InvalidSubjectError;
  expect(error.message).toBe(`invalid subject: ${error.issues.map((issue) => `${issue.at}: ${issue.message}`).join("; ")}`);
  return error.issues.map((issue) => [[...issue.path], issue.code, issue.message]);
}

const cases: [string, unknown][] = [
  ["null", null],
  ["an array", [T]],
  ["a string", "transfer"],
  ["a number", 7],
  ["undefined", undefined],
  ["no kind", { from: "mynumber" }],
  ["an unknown kind", { kind: "toString" }],
  ["a kind not a string", { kind: 3 }],
  ["a kind read through a getter", Object.defineProperty({}, "kind", { get: () => "transfer", enumerable: true })],
  ["a class instance", new Plain()],
  ["an unknown field", { ...T, color: "red" }],
  ["a required field missing", { kind: "transfer", from: "mynumber" }],
  ["a flag not a boolean", { ...T, encrypted: "yes" }],
  ["a flag null", { ...T, sanitized: null }],
  ["an enum value misspelt", { ...T, from: "MyNumber" }],
  ["an enum value not a string", { ...T, channel: 1 }],
  ["a long string is cut at 60", { ...T, from: "m".repeat(61) }],
  ["a string of exactly 60 is not cut", { ...T, from: "m".repeat(60) }],
  ["invisible characters escaped", { ...T, from: "my\u200bnumber\u007f\u2028\ufeff" }],
  ["an object where an enum belongs", { ...T, to: { zone: "lgwan" } }],
  ["an array where an enum belongs", { ...T, to: ["lgwan"] }],
  ["a bigint", { ...T, to: 10n }],
  ["text empty", { ...ASSET, name: "" }],
  ["text too long", { ...ASSET, name: "x".repeat(501) }],
  ["text not a string", { ...ASSET, name: false }],
  ["list not an array", { kind: "sign-in", zone: "mynumber", factors: "knowledge" }],
  ["list too long", { kind: "sign-in", zone: "mynumber", factors: Array.from({ length: 17 }, () => "knowledge") }],
  ["list element unknown", { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "telepathy", 3] }],
  ["list with a hole", { kind: "sign-in", zone: "mynumber", factors: ["knowledge", , "possession"] }],
  ["list subclass", { kind: "sign-in", zone: "mynumber", factors: (class L extends Array {}).from(["knowledge"]) }],
  ["classification not an object", { ...ASSET, classification: 3 }],
  ["classification level unknown and missing", { ...ASSET, classification: { confidentiality: 4, integrity: "1" } }],
  ["classification unknown field", { ...ASSET, classification: { confidentiality: 1, integrity: 1, availability: 1, secret: true } }],
  ["organization unknown id", { ...ASSET, organization: "secretariatt" }],
  ["organization blank", { ...ASSET, organization: " " }],
  ["organization not string or object", { ...ASSET, organization: 5 }],
  ["organization outside with extra", { ...ASSET, organization: { outside: "登米市", x: 1 } }],
  ["organization outside blank", { ...ASSET, organization: { outside: "" } }],
  ["organization object with symbol", { ...ASSET, organization: { outside: "登米市", [Symbol("s")]: 1 } }],
  ["organization class", { ...ASSET, organization: new Plain() }],
  ["organization array", { ...ASSET, organization: ["secretariat"] }],
  ["exception not an object", { ...T, exception: "EX-1" }],
  ["exception every field wrong", { ...T, exception: { reference: " EX", approverRole: "boss", approvedBy: "", controls: [], validFrom: "2026-02-29", validUntil: "tomorrow", link: { from: "mynumber", to: "moon", via: "x" }, note: 1 } }],
  ["exception reference not a string", { ...T, exception: { ...EXCEPTION, reference: 1 } }],
  ["exception reference too long", { ...T, exception: { ...EXCEPTION, reference: "E".repeat(201) } }],
  ["exception controls not a list", { ...T, exception: { ...EXCEPTION, controls: "mynumber-isolation" } }],
  ["exception controls bad entries", { ...T, exception: { ...EXCEPTION, controls: ["", 5, "x".repeat(101)] } }],
  ["exception controls too many", { ...T, exception: { ...EXCEPTION, controls: Array.from({ length: 101 }, () => "mynumber-isolation") } }],
  ["exception link not an object", { ...T, exception: { ...EXCEPTION, link: "mynumber" } }],
  ["exception approvedBy too long", { ...T, exception: { ...EXCEPTION, approvedBy: "a".repeat(201) } }],
  ["dates", { kind: "organization", organization: "secretariat", asOf: "2026-2-01", lastAudit: "2026-13-01", lastTraining: "2026-00-10", lastSelfInspection: 20260101 }],
  ["date null where not nullable", { kind: "organization", organization: "secretariat", asOf: null }],
  ["staff categories", { kind: "organization", organization: "secretariat", staffCategoriesBound: ["staff", "alien"] }],
  ["every problem of an asset", { ...ASSET, zone: "x", category: "y", name: "", safeguards: "z", organization: undefined }],
];

const expected: Record<string, Issue[]> = {
  "null": [
    [[], "invalid_type", "expected a subject (an object with a \"kind\": \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\"), not null"],
  ],
  "an array": [
    [[], "invalid_type", "expected a subject (an object with a \"kind\": \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\"), not an array"],
  ],
  "a string": [
    [[], "invalid_type", "expected a subject (an object with a \"kind\": \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\"), not the string \"transfer\""],
  ],
  "a number": [
    [[], "invalid_type", "expected a subject (an object with a \"kind\": \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\"), not number 7"],
  ],
  "undefined": [
    [[], "invalid_type", "expected a subject (an object with a \"kind\": \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\"), not undefined undefined"],
  ],
  "no kind": [
    [["kind"], "invalid_value", "expected a kind, one of \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\", not undefined undefined"],
  ],
  "an unknown kind": [
    [["kind"], "invalid_value", "expected a kind, one of \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\", not the string \"toString\""],
  ],
  "a kind not a string": [
    [["kind"], "invalid_value", "expected a kind, one of \"transfer\", \"carry-out\", \"sign-in\", \"software-use\", \"access\", \"outsourcing\", \"cloud-use\", \"asset\", \"organization\", not number 3"],
  ],
  "a kind read through a getter": [
    [["kind"], "not_plain_data", "an accessor (getter or setter) is not data: give the value itself"],
  ],
  "a class instance": [
    [[], "not_plain_data", "expected a subject of kind \"asset\" as a plain object (JSON data), not an instance of another class"],
  ],
  "an unknown field": [
    [["color"], "unrecognized_keys", "unknown field \"color\" of a subject of kind \"transfer\""],
  ],
  "a required field missing": [
    [["to"], "invalid_type", "to is required"],
  ],
  "a flag not a boolean": [
    [["encrypted"], "invalid_type", "expected true or false (or leave it out), not the string \"yes\""],
  ],
  "a flag null": [
    [["sanitized"], "invalid_type", "expected true or false (or leave it out), not null"],
  ],
  "an enum value misspelt": [
    [["from"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not the string \"MyNumber\""],
  ],
  "an enum value not a string": [
    [["channel"], "invalid_value", "expected one of \"network\", \"email\", \"removable-media\", \"screen-transfer\", not number 1"],
  ],
  "a long string is cut at 60": [
    [["from"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not the string \"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm…\""],
  ],
  "a string of exactly 60 is not cut": [
    [["from"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not the string \"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\""],
  ],
  "invisible characters escaped": [
    [["from"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not the string \"my\\u200bnumber\\u007f\\u2028\\ufeff\""],
  ],
  "an object where an enum belongs": [
    [["to"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not an object"],
  ],
  "an array where an enum belongs": [
    [["to"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not an array"],
  ],
  "a bigint": [
    [["to"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not bigint 10"],
  ],
  "text empty": [
    [["name"], "too_small", "must not be empty"],
  ],
  "text too long": [
    [["name"], "too_big", "at most 500 characters"],
  ],
  "text not a string": [
    [["name"], "invalid_type", "expected a string, not boolean false"],
  ],
  "list not an array": [
    [["factors"], "invalid_type", "expected a list of \"knowledge\", \"possession\", \"inherence\", not the string \"knowledge\""],
  ],
  "list too long": [
    [["factors"], "too_big", "at most 16 entries, not 17"],
  ],
  "list element unknown": [
    [["factors",1], "invalid_value", "expected one of \"knowledge\", \"possession\", \"inherence\", not the string \"telepathy\""],
    [["factors",2], "invalid_value", "expected one of \"knowledge\", \"possession\", \"inherence\", not number 3"],
  ],
  "list with a hole": [
    [["factors",1], "not_plain_data", "a hole in the list"],
  ],
  "list subclass": [
    [["factors"], "not_plain_data", "expected a plain array (JSON data)"],
  ],
  "classification not an object": [
    [["classification"], "invalid_type", "expected a classification { confidentiality, integrity, availability }, not number 3"],
  ],
  "classification level unknown and missing": [
    [["classification","confidentiality"], "invalid_value", "expected one of 1, 2, 3 (a number), not number 4"],
    [["classification","integrity"], "invalid_value", "expected one of 1, 2 (a number), not the string \"1\""],
    [["classification","availability"], "invalid_type", "availability is required"],
  ],
  "classification unknown field": [
    [["classification","secret"], "unrecognized_keys", "unknown field \"secret\" of a classification { confidentiality, integrity, availability }"],
  ],
  "organization unknown id": [
    [["organization"], "invalid_organization", "unknown organisation \"secretariatt\": did you mean \"secretariat\"? Expected one of \"secretariat\", \"assembly-secretariat\", \"audit-secretariat\", \"election-commission\" (the organisations of 5(1)), or { \"outside\": \"<name>\" } for a body outside 5(1)"],
  ],
  "organization blank": [
    [["organization"], "invalid_organization", "an organisation reference must not be blank: expected one of \"secretariat\", \"assembly-secretariat\", \"audit-secretariat\", \"election-commission\" (the organisations of 5(1)), or { \"outside\": \"<name>\" } for a body outside 5(1)"],
  ],
  "organization not string or object": [
    [["organization"], "invalid_type", "expected an organisation id of 5(1) or { \"outside\": \"<name>\" }, not number 5"],
  ],
  "organization outside with extra": [
    [["organization"], "invalid_organization", "an outside body is declared as { \"outside\": \"<name>\" } only: unexpected \"x\""],
  ],
  "organization outside blank": [
    [["organization"], "invalid_organization", "\"outside\" must name the body outside 5(1): it is blank"],
  ],
  "organization object with symbol": [
    [["organization"], "not_plain_data", "a symbol-keyed property Symbol(s) is not data"],
  ],
  "organization class": [
    [["organization"], "not_plain_data", "expected an organisation id of 5(1) or { \"outside\": \"<name>\" } as a plain object (JSON data), not an instance of another class"],
  ],
  "organization array": [
    [["organization"], "invalid_type", "expected an organisation id of 5(1) or { \"outside\": \"<name>\" }, not an array"],
  ],
  "exception not an object": [
    [["exception"], "invalid_type", "expected a recorded exception { reference, approverRole, controls, validUntil, … }, not the string \"EX-1\""],
  ],
  "exception every field wrong": [
    [["exception","note"], "unrecognized_keys", "unknown field \"note\" of a recorded exception { reference, approverRole, controls, validUntil, … }"],
    [["exception","reference"], "invalid_format", "must be non-blank, with no white space at either end"],
    [["exception","approverRole"], "invalid_value", "expected one of \"ciso\", \"security-officer\", \"security-manager\", \"other\", not the string \"boss\""],
    [["exception","approvedBy"], "too_small", "must not be empty"],
    [["exception","controls"], "too_small", "name at least one control: an exception covers only the controls it names"],
    [["exception","validFrom"], "invalid_format", "expected a calendar date YYYY-MM-DD, not the string \"2026-02-29\""],
    [["exception","validUntil"], "invalid_format", "expected a calendar date YYYY-MM-DD, not the string \"tomorrow\""],
    [["exception","link","via"], "unrecognized_keys", "unknown field \"via\" of a link { from, to }"],
    [["exception","link","to"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not the string \"moon\""],
  ],
  "exception reference not a string": [
    [["exception","reference"], "invalid_type", "expected a string, not number 1"],
  ],
  "exception reference too long": [
    [["exception","reference"], "too_big", "at most 200 characters"],
  ],
  "exception controls not a list": [
    [["exception","controls"], "invalid_type", "expected a list of control ids, not the string \"mynumber-isolation\""],
  ],
  "exception controls bad entries": [
    [["exception","controls",0], "too_small", "must not be empty"],
    [["exception","controls",1], "invalid_type", "expected a string, not number 5"],
    [["exception","controls",2], "too_big", "at most 100 characters"],
  ],
  "exception controls too many": [
    [["exception","controls"], "too_big", "at most 100 entries, not 101"],
  ],
  "exception link not an object": [
    [["exception","link"], "invalid_type", "expected a link { from, to }, not the string \"mynumber\""],
  ],
  "exception approvedBy too long": [
    [["exception","approvedBy"], "too_big", "at most 200 characters"],
  ],
  "dates": [
    [["asOf"], "invalid_format", "expected a calendar date YYYY-MM-DD, not the string \"2026-2-01\""],
    [["lastTraining"], "invalid_format", "expected a calendar date YYYY-MM-DD or null (never), not the string \"2026-00-10\""],
    [["lastAudit"], "invalid_format", "expected a calendar date YYYY-MM-DD or null (never), not the string \"2026-13-01\""],
    [["lastSelfInspection"], "invalid_format", "expected a calendar date YYYY-MM-DD or null (never), not number 20260101"],
  ],
  "date null where not nullable": [
    [["asOf"], "invalid_format", "expected a calendar date YYYY-MM-DD, not null"],
  ],
  "staff categories": [
    [["staffCategoriesBound",0], "invalid_value", "expected one of \"regular\", \"fiscal-year-appointed\", \"part-time\", \"municipal-staff\", \"contractor\", \"outsider\", not the string \"staff\""],
    [["staffCategoriesBound",1], "invalid_value", "expected one of \"regular\", \"fiscal-year-appointed\", \"part-time\", \"municipal-staff\", \"contractor\", \"outsider\", not the string \"alien\""],
  ],
  "every problem of an asset": [
    [["name"], "too_small", "must not be empty"],
    [["organization"], "invalid_type", "organization is required"],
    [["category"], "invalid_value", "expected one of \"network\", \"information-system\", \"server\", \"terminal\", \"media\", \"facility\", \"information\", \"system-document\", not the string \"y\""],
    [["zone"], "invalid_value", "expected one of \"mynumber\", \"lgwan\", \"internet\", not the string \"x\""],
    [["safeguards"], "invalid_type", "expected a list of \"isolation\", \"carry-out-blocked\", \"multi-factor-sign-in\", \"traffic-monitoring\", \"physical-protection\", \"entry-control\", \"anti-theft\", \"access-control\", \"malware-protection\", \"intrusion-prevention\", \"security-updates\", \"backup\", \"encryption\", \"locked-storage\", \"power-backup\", \"environmental-protection\", not the string \"z\""],
  ],

};

describe("every problem of a subject, word for word", () => {
  it("covers every case", () => {
    expect(cases.map(([name]) => name)).toEqual(Object.keys(expected));
  });

  // A classification's levels are the scheme's: those cases are checked per scheme below.
  it.each(cases)("%s", (name, input) => {
    expect(issuesOf(input)).toEqual(expected[name]);
    if (!name.startsWith("classification")) expect(issuesOf(input, { policy: r6 })).toEqual(expected[name]);
  });
});

describe("a classification's levels are the policy's scheme's", () => {
  const importance = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "importance-i-iv" } as never);

  it("the default scheme: numbers, and a scheme's level id is not one", () => {
    expect(issuesOf({ ...ASSET, classification: { confidentiality: "3B", integrity: 1, availability: 3 } })).toEqual([
      [["classification", "confidentiality"], "invalid_value", 'expected one of 1, 2, 3 (a number), not the string "3B"'],
      [["classification", "availability"], "invalid_value", "expected one of 1, 2 (a number), not number 3"],
    ]);
  });

  it("guideline-r6: its level ids, and a number is not one", () => {
    expect(issuesOf({ ...ASSET, classification: { confidentiality: 3, integrity: "3", availability: "1" } }, { policy: r6 })).toEqual([
      [["classification", "confidentiality"], "invalid_value", 'expected one of "1", "2", "3C", "3B", "3A" (the level ids of scheme "guideline-r6"), not number 3'],
      [["classification", "integrity"], "invalid_value", 'expected one of "1", "2" (the level ids of scheme "guideline-r6"), not the string "3"'],
    ]);
    expect(evaluate({ ...ASSET, classification: { confidentiality: "3B", integrity: "2", availability: "1" } } as never, { policy: r6 }).kind).toBe("asset");
  });

  it("importance-i-iv: its own ids in every dimension", () => {
    const shown = 'expected one of "IV", "III", "II", "I" (the level ids of scheme "importance-i-iv"), not number 9';
    expect(issuesOf({ ...ASSET, classification: { confidentiality: 9, integrity: 9, availability: 9 } }, { policy: importance })).toEqual([
      [["classification", "confidentiality"], "invalid_value", shown],
      [["classification", "integrity"], "invalid_value", shown],
      [["classification", "availability"], "invalid_value", shown],
    ]);
    expect(evaluate({ ...ASSET, classification: { confidentiality: "I", integrity: "IV", availability: "II" } } as never, { policy: importance }).kind).toBe("asset");
  });

  it("an unknown field of a classification, under the scheme's own ids", () => {
    expect(issuesOf({ ...ASSET, classification: { confidentiality: "1", integrity: "1", availability: "1", secret: true } }, { policy: r6 })).toEqual([
      [["classification", "secret"], "unrecognized_keys", "unknown field \"secret\" of a classification { confidentiality, integrity, availability }"],
    ]);
  });
});
