import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { clauses } from "../../src/definitions/clauses.js";
import { documentTitle } from "../../src/definitions/document-title.js";
import { layers } from "../../src/definitions/layers.js";
import { measures } from "../../src/definitions/measures.js";
import { obligations } from "../../src/definitions/obligations.js";
import { scope } from "../../src/definitions/scope.js";
import { terms } from "../../src/definitions/terms.js";
import { threats } from "../../src/definitions/threats.js";

/** The published basic policy, as extracted from its PDF (committed in source/). */
export const sourceText: string = readFileSync(
  new URL("../../source/basic-policy.ja.txt", import.meta.url),
  "utf8",
);

/** Removes every white-space character, so that PDF line breaks and indentation do not matter. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

/** The source with all white space removed. */
export const strippedSource: string = stripWhitespace(sourceText);

/** Every exported data value of src/definitions, by export name. */
export const definitionData = {
  documentTitle,
  clauses,
  layers,
  terms,
  threats,
  scope,
  obligations,
  measures,
} as const;

/** A string found while walking a value, with the path that leads to it. */
export interface FoundString {
  readonly path: string;
  readonly key: string;
  readonly value: string;
}

/** Every string reachable from `value`, depth first, with its path. */
export function collectStrings(value: unknown, path = "$"): FoundString[] {
  if (typeof value === "string") return [{ path, key: path.slice(path.lastIndexOf(".") + 1), value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${path}.${key}`));
  }
  return [];
}

/** Kana, kanji, Japanese punctuation or full-width forms. */
export const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Asserts that `value` and every object reachable from it are frozen. */
export function expectDeeplyFrozen(value: unknown, path = "$", seen = new Set<object>()): void {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
  if (seen.has(value)) return;
  seen.add(value);
  expect(Object.isFrozen(value), `${path} is not frozen`).toBe(true);
  for (const key of Reflect.ownKeys(value)) {
    expectDeeplyFrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
  }
}

/** The number `n` written with full-width digits, as the document prints it: 13 → "１３". */
export function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

/** The circled digit for `n` (1 → "①"). */
export function circled(n: number): string {
  return String.fromCodePoint(0x2460 + n - 1);
}
