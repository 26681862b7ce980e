import { editDistance } from "../internal/edit-distance.js";
import { scope } from "./scope.js";
import type { OrganizationId } from "./vocabulary.js";
import { ORGANIZATION_ID_VALUES } from "./vocabulary-values.js";

// Organisation references fail closed (DESIGN, "Organisations in scope"): a reference is one of
// the four ids of 5(1), or `{ "outside": "<name>" }` for a body outside 5(1). Anything else is a
// mistake, reported with a did-you-mean, and never read as "outside the scope". Zod-free, so that
// the engine's guard and the zod schema (src/subjects/common.ts) say exactly the same thing.


/** The longest name of an outside body. */
export const OUTSIDE_NAME_MAX_LENGTH = 200;

/**
 * A name of an outside body: no control or format character (zero-width spaces included) anywhere,
 * and no white space at either end.
 */
export const OUTSIDE_NAME_PATTERN = /^(?![\s\p{Cc}\p{Cf}])[^\p{Cc}\p{Cf}]*(?<![\s\p{Cc}\p{Cf}])$/u;

const ID_SET: ReadonlySet<string> = new Set(ORGANIZATION_ID_VALUES);
const ID_LIST: readonly string[] = ORGANIZATION_ID_VALUES;

/**
 * Says whether a value is one of the four organisation ids of 5(1), exactly.
 *
 * @param value - Anything.
 * @returns `true` only for `"secretariat"`, `"assembly-secretariat"`, `"audit-secretariat"` and `"election-commission"`.
 */
export function isOrganizationId(value: unknown): value is OrganizationId {
  // A scan of the four ids (interned strings, mostly one pointer compare each) is cheaper than a
  // Set lookup here, and this runs twice per subject (the guard and the scope gate).
  for (let i = 0; i < ID_LIST.length; i++) if (ID_LIST[i] === value) return true;
  return false;
}

// Simplified Chinese forms that an IME or a copy from another document puts into a Japanese name.
const SIMPLIFIED: Readonly<Record<string, string>> = Object.freeze({
  务: "務", 广: "広", 连: "連", 议: "議", 监: "監", 员: "員", 选: "選", 举: "挙", 查: "査", 贯: "貫",
});

function normalize(text: string): string {
  let folded = text.normalize("NFKC").replace(/[\s\p{Cc}\p{Cf}]+/gu, " ").trim().toLowerCase();
  folded = [...folded].map((char) => SIMPLIFIED[char] ?? char).join("");
  return folded.replace(/[\s_.・]+/g, "-");
}

function compact(text: string): string {
  return normalize(text).replace(/[-'’()（）]/g, "");
}


/**
 * The organisation of 5(1) a mistaken reference most likely means: the same id in another case,
 * in full-width letters or with stray spaces or zero-width characters, the organisation's
 * Japanese or English name (also with simplified Chinese characters), or an id with a typo of one
 * or two letters.
 *
 * @param text - The mistaken reference.
 * @returns The id it most likely means, or `undefined` when none is close.
 * @example
 * ```ts
 * import { suggestOrganizationId } from "@miyagi-kouiki/infosec-policy";
 *
 * suggestOrganizationId("Secretariat"); // "secretariat"
 * suggestOrganizationId("広域連合事務局"); // "secretariat"
 * suggestOrganizationId("登米市"); // undefined
 * ```
 */
export function suggestOrganizationId(text: string): OrganizationId | undefined {
  const key = compact(text);
  if (key === "") return undefined;
  for (const organization of scope.organizations) {
    const id = organization.id as OrganizationId;
    if (key === compact(id) || key === compact(organization.name.ja) || key === compact(organization.name.en)) return id;
  }
  let best: OrganizationId | undefined;
  let bestDistance = 3;
  for (const id of ORGANIZATION_ID_VALUES) {
    const d = editDistance(normalize(text), id);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  for (const organization of scope.organizations) {
    if (editDistance(key, compact(organization.name.ja)) === 1) return organization.id as OrganizationId;
  }
  return best;
}

const EXPECTED =
  `one of "secretariat", "assembly-secretariat", "audit-secretariat", "election-commission" (the organisations of 5(1)), ` +
  `or { "outside": "<name>" } for a body outside 5(1)`;

function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(shown).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * What is wrong with the name of an outside body, if anything.
 *
 * @param name - The value of `outside`.
 * @returns The problem, or `undefined` for a valid name.
 */
export function outsideNameProblem(name: unknown): string | undefined {
  if (typeof name === "string" && name.length <= 2 * OUTSIDE_NAME_MAX_LENGTH) {
    // Memoised (pure: the answer depends on the name only); an inventory repeats a few names.
    const known = outsideNames.get(name);
    if (known !== undefined) return known === true ? undefined : known;
    const problem = findOutsideNameProblem(name);
    if (outsideNames.size >= 4096) outsideNames.clear();
    outsideNames.set(name, problem ?? true);
    return problem;
  }
  return findOutsideNameProblem(name);
}

const outsideNames = new Map<string, string | true>();

function findOutsideNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string") return `"outside" must be the name of the body outside 5(1), not ${describeValue(name)}`;
  if (name.trim() === "") return `"outside" must name the body outside 5(1): it is blank`;
  if (name.length > OUTSIDE_NAME_MAX_LENGTH && [...name].length > OUTSIDE_NAME_MAX_LENGTH) return `"outside" must be at most ${OUTSIDE_NAME_MAX_LENGTH} characters`;
  if (!OUTSIDE_NAME_PATTERN.test(name)) return `"outside" ${quoted(name)} has white space at an end or a control or invisible character: write the name as it is`;
  const meant = suggestOrganizationId(name);
  if (meant !== undefined) return `"outside" ${quoted(name)} looks like "${meant}", which is in the scope of 5(1): write "${meant}" (or the outside body's own name)`;
  return undefined;
}

/**
 * What is wrong with an organisation reference, if anything: a did-you-mean for a near miss.
 * Reads own data properties only.
 *
 * @param value - Anything.
 * @returns The problem in words, or `undefined` for a valid reference.
 * @example
 * ```ts
 * organizationRefProblem("secretariat"); // undefined
 * organizationRefProblem({ outside: "登米市" }); // undefined
 * organizationRefProblem("Secretariat"); // 'unknown organisation "Secretariat": did you mean "secretariat"? …'
 * ```
 */
export function organizationRefProblem(value: unknown): string | undefined {
  if (typeof value === "string") {
    if (ID_SET.has(value)) return undefined;
    if (value.trim() === "") return `an organisation reference must not be blank: expected ${EXPECTED}`;
    const meant = suggestOrganizationId(value);
    return meant === undefined
      ? `unknown organisation ${quoted(value)}: expected ${EXPECTED}; if it is a body outside 5(1), write { "outside": ${quoted(value)} }`
      : `unknown organisation ${quoted(value)}: did you mean "${meant}"? Expected ${EXPECTED}`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `expected ${EXPECTED}, not ${describeValue(value)}`;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return `expected ${EXPECTED}, not an object of another class`;
  const keys = Reflect.ownKeys(value);
  const extra = keys.filter((key) => key !== "outside");
  if (extra.length > 0) return `an outside body is declared as { "outside": "<name>" } only: unexpected ${extra.map((key) => quoted(String(key))).join(", ")}`;
  const descriptor = Object.getOwnPropertyDescriptor(value, "outside");
  if (descriptor === undefined) return `expected ${EXPECTED}: "outside" is missing`;
  if (!("value" in descriptor)) return `"outside" must be a data property, not an accessor`;
  return outsideNameProblem(descriptor.value);
}
