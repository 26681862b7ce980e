import type { Clause } from "./clause.js";
import { clauses } from "./clauses.js";
import type { Locale } from "./localized-text.js";
import { UnknownNameError } from "./unknown-name-error.js";

/** How many nearby references an `UnknownNameError` suggests at most. */
const MAX_SUGGESTIONS = 3;

const NO_CLAUSES: readonly Clause[] = Object.freeze([]);

/** The lookup tables over `clauses`, built once on first use and never mutated afterwards. */
interface ClauseIndex {
  readonly byRef: ReadonlyMap<string, Clause>;
  /** Direct children of each clause, in document order; the key `undefined` holds the sections. */
  readonly children: ReadonlyMap<string | undefined, readonly Clause[]>;
}

let index: ClauseIndex | undefined;

function clauseIndex(): ClauseIndex {
  return (index ??= buildClauseIndex(clauses));
}

function buildClauseIndex(all: readonly Clause[]): ClauseIndex {
  const byRef = new Map<string, Clause>();
  const children = new Map<string | undefined, Clause[]>();
  for (const clause of all) {
    byRef.set(clause.ref, clause);
    const siblings = children.get(clause.parent) ?? [];
    siblings.push(clause);
    children.set(clause.parent, siblings);
  }
  for (const siblings of children.values()) Object.freeze(siblings);
  return { byRef, children };
}

/** The code point just before ①, so that `CIRCLED_BASE + n` is the circled digit of n (1 … 20). */
const CIRCLED_BASE = 0x245f;

/**
 * Writes a clause reference in the document's own notation, half-width: full-width digits and
 * parentheses become half-width (Unicode NFKC, which leaves the circled digits ① … ⑳ as they
 * are), white space is dropped, and a sub-item written as `(1)` or as a bare `1` after an item
 * becomes its circled digit. Only the notation changes, never a number: a reference that names no
 * clause still names none afterwards, and nothing is matched approximately.
 *
 * @param ref - A clause reference as a person may type it, e.g. `"７（３）①"`, `"7(3)(1)"` or `" 7(3)1 "`.
 * @returns The reference in canonical notation, e.g. `"7(3)①"`; whether such a clause exists is not checked.
 * @example
 * ```ts
 * import { normalizeClauseRef } from "@miyagi-kouiki/infosec-policy";
 *
 * normalizeClauseRef("７（３）①"); // "7(3)①"
 * normalizeClauseRef("7(3)(1)"); // "7(3)①"
 * normalizeClauseRef("３（１３）"); // "3(13)"
 * normalizeClauseRef("7(9)"); // "7(9)" (no such clause: getClause still throws)
 * ```
 */
export function normalizeClauseRef(ref: string): string {
  // NFKC alone would turn ① into "1": normalise only the text between the circled digits.
  const text = ref
    .split(/([\u2460-\u2473])/u)
    .map((part, position) => (position % 2 === 1 ? part : part.normalize("NFKC")))
    .join("")
    .replace(/\s+/gu, "");
  const subItem = /^(\d+\(\d+\))(?:\(([1-9]\d?)\)|([1-9]\d?))$/u.exec(text);
  if (subItem === null) return text;
  const n = Number(subItem[2] ?? subItem[3]);
  return n <= 20 ? `${subItem[1]}${String.fromCodePoint(CIRCLED_BASE + n)}` : text;
}

/**
 * Finds the clause with the given reference, or `undefined` if there is none. The reference is
 * first written in canonical notation by {@link normalizeClauseRef} (`"３（１３）"` and `" 3(13) "`
 * find `"3(13)"`, `"7(3)(1)"` finds `"7(3)①"`); there is no approximate matching.
 *
 * @param ref - A clause reference such as `"7"`, `"3(13)"` or `"7(3)①"`.
 * @returns The clause, or `undefined` if the basic policy has no clause with that reference.
 * @example
 * ```ts
 * import { findClause } from "./find-clause.js";
 *
 * findClause("3(13)")?.heading?.ja; // "マイナンバー利用事務系"
 * findClause("７（３）①")?.ref; // "7(3)①"
 * findClause("12"); // undefined
 * ```
 */
export function findClause(ref: string): Clause | undefined {
  const { byRef } = clauseIndex();
  return byRef.get(ref) ?? byRef.get(normalizeClauseRef(ref));
}

/**
 * Gets the clause with the given reference, and never returns `undefined`. The reference may be
 * written in any notation {@link normalizeClauseRef} reads (full-width, `7(3)(1)` for `7(3)①`).
 *
 * @param ref - A clause reference such as `"7"`, `"3(13)"` or `"7(3)①"`.
 * @returns The clause.
 * @throws `UnknownNameError` if the basic policy has no clause with that reference.
 * @example
 * ```ts
 * import { getClause } from "./find-clause.js";
 *
 * getClause("7(3)①").paragraphs[0]?.en; // "In the My Number zone, in principle, …"
 * getClause("12"); // throws UnknownNameError: … Closest known: "11", "10", "9".
 * ```
 */
export function getClause(ref: string): Clause {
  const clause = findClause(ref);
  if (clause === undefined) throw new UnknownNameError("clause", ref, nearbyRefs(ref));
  return clause;
}

/**
 * Says whether the basic policy has a clause with the given reference (in any notation
 * {@link normalizeClauseRef} reads).
 *
 * @param ref - A clause reference such as `"7"`, `"3(13)"` or `"7(3)①"`.
 * @returns `true` if {@link getClause} would return a clause for it.
 * @example
 * ```ts
 * import { hasClause } from "./find-clause.js";
 *
 * hasClause("5(2)③"); // true
 * hasClause("7(9)"); // false
 * ```
 */
export function hasClause(ref: string): boolean {
  return findClause(ref) !== undefined;
}

/**
 * The clauses directly below a clause, in document order: the items of a section, or the circled
 * sub-items of an item. A clause without children gives an empty array.
 *
 * @param ref - The reference of an existing clause.
 * @returns Its direct children, frozen.
 * @throws `UnknownNameError` if the basic policy has no clause with that reference.
 * @example
 * ```ts
 * import { childClauses } from "./find-clause.js";
 *
 * childClauses("7(3)").map((clause) => clause.ref); // ["7(3)①", "7(3)②"]
 * childClauses("6"); // []
 * ```
 */
export function childClauses(ref: string): readonly Clause[] {
  const { children } = clauseIndex();
  return children.get(getClause(ref).ref) ?? NO_CLAUSES;
}

/**
 * The text of a clause in one language: its heading (if it has one) and then its paragraphs, one
 * per line. The numbering marker is not included.
 *
 * @param clause - A clause, e.g. from {@link getClause}.
 * @param locale - `"ja"` for the verbatim Japanese, `"en"` for the English translation.
 * @returns The heading and paragraphs joined with `"\n"`; empty for a clause with neither.
 * @example
 * ```ts
 * import { clauseText, getClause } from "./find-clause.js";
 *
 * clauseText(getClause("3(9)"), "ja"); // "情報資産\n広域連合で取り扱う全ての情報をいう。"
 * ```
 */
export function clauseText(clause: Clause, locale: Locale): string {
  const parts = clause.heading === undefined ? clause.paragraphs : [clause.heading, ...clause.paragraphs];
  return parts.map((text) => text[locale]).join("\n");
}

/**
 * Known references near one that names no clause, nearest first. The reference is read loosely
 * (full-width digits, any separators) as up to three numbers: section, item, sub-item. Its deepest
 * existing ancestor is suggested together with that ancestor's children closest in number.
 */
function nearbyRefs(ref: string): readonly string[] {
  const path = looseNumbers(ref);
  if (path.length === 0) return sectionRefs().slice(0, MAX_SUGGESTIONS);
  const { byRef, children } = clauseIndex();
  let depth = Math.min(path.length, 3) - 1;
  let parent: Clause | undefined;
  while (depth > 0) {
    parent = byRef.get(depth === 1 ? `${path[0]}` : `${path[0]}(${path[1]})`);
    if (parent !== undefined) break;
    depth -= 1;
  }
  const wanted = path[depth] ?? 0;
  const siblings = [...(children.get(parent?.ref) ?? [])];
  siblings.sort((a, b) => Math.abs(numberAt(a, depth) - wanted) - Math.abs(numberAt(b, depth) - wanted));
  const nearest = siblings.map((clause) => clause.ref);
  const suggestions = parent === undefined ? nearest : [...nearest.slice(0, MAX_SUGGESTIONS - 1), parent.ref];
  return suggestions.slice(0, MAX_SUGGESTIONS);
}

function sectionRefs(): string[] {
  return (clauseIndex().children.get(undefined) ?? []).map((clause) => clause.ref);
}

/** The code point of ①; ② … ⑳ follow it. */
const CIRCLED_ONE = 0x2460;

/** Reads `"３（１３）"`, `"7-3-1"` or `"7(3)①"` as `[3, 13]`, `[7, 3, 1]`, `[7, 3, 1]`. */
function looseNumbers(ref: string): number[] {
  const halfWidth = ref.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const numbers: number[] = [];
  for (const [, digits, circled] of halfWidth.matchAll(/(\d+)|([①-⑳])/g)) {
    numbers.push(digits !== undefined ? Number(digits) : (circled?.codePointAt(0) ?? CIRCLED_ONE) - CIRCLED_ONE + 1);
  }
  return numbers;
}

function numberAt(clause: Clause, depth: number): number {
  return (depth === 0 ? clause.section : depth === 1 ? clause.item : clause.subItem) ?? 0;
}
