import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import type { ClassificationScheme, LevelId } from "./classification-scheme.js";
import { THRESHOLD_NAMES } from "./scheme-vocabulary.js";
import type { ThresholdName } from "./threshold-name.js";

// The words a scheme gives its thresholds, and the rewording of a text written in one scheme's
// words (the catalog's controls, verdict messages and handling requirements are written in the
// default scheme's: 機密性2以上, 完全性2, …) into another's (自治体機密性2以上, 重要性分類Ⅱ以上（完全性）, …).
// Pure and zod-free: the engine's compile step uses it.

/**
 * How a scheme words one named threshold: the threshold itself (its label, e.g. 機密性2以上) and
 * what lies below it (e.g. 機密性2未満; 完全性1), both taken from the scheme's data.
 *
 * @example
 * ```ts
 * const w: ThresholdWording = schemeWording(guidelineR6ClassificationScheme).confidential;
 * w.atLeast.ja; // "自治体機密性2以上"
 * w.below.ja; // "自治体機密性2未満"
 * ```
 */
export interface ThresholdWording {
  /** The threshold: its label in the scheme, e.g. { ja: "機密性2以上", en: "Confidentiality 2 or higher" }. */
  readonly atLeast: LocalizedText;
  /** The levels below it, in words, e.g. { ja: "機密性2未満", en: "below Confidentiality 2" } or { ja: "完全性1", en: "Integrity 1" }. */
  readonly below: LocalizedText;
}

/**
 * The wording of every named threshold of a scheme (see {@link schemeWording}).
 *
 * @example
 * ```ts
 * const wording: SchemeWording = schemeWording(importanceClassificationScheme);
 * wording["integrity-important"].atLeast.ja; // "重要性分類Ⅱ以上（完全性）"
 * ```
 */
export type SchemeWording = { readonly [T in ThresholdName]: ThresholdWording };

const LOCALES: readonly Locale[] = ["ja", "en"];

/** The entry of a level of a threshold's dimension, and the entries below it. */
function levelsAround(
  scheme: ClassificationScheme,
  name: ThresholdName
): { at: LocalizedText | undefined; below: LocalizedText[]; top: boolean } {
  const threshold = scheme.thresholds[name];
  const levels = scheme.dimensions[threshold.dimension].levels;
  const index = levels.findIndex((entry) =>
    sameId(entry.id, threshold.atLeast)
  );
  return {
    at: levels[index]?.label,
    below: levels.slice(0, Math.max(index, 0)).map((entry) => entry.label),
    top: index === levels.length - 1,
  };
}

function sameId(a: LevelId, b: LevelId): boolean {
  return typeof a === typeof b && a === b;
}

/** "Municipal confidentiality 2" → "municipal confidentiality 2" (a label inside a sentence). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

/** "X以上" → "X未満", "Confidentiality 2 or higher" → "below Confidentiality 2"; else the labels of the levels below, joined. */
function belowWords(
  label: LocalizedText,
  below: readonly LocalizedText[]
): LocalizedText {
  const ja = label.ja.includes("以上")
    ? label.ja.replace("以上", "未満")
    : below.map((entry) => entry.ja).join("・");
  const en = /\bor (?:higher|above)\b/.test(label.en)
    ? `below ${lowerFirst(label.en.replace(/ or (?:higher|above)\b/, ""))}`
    : below.map((entry) => entry.en).join(" or ");
  return { ja, en };
}

/**
 * The words a scheme gives each of its named thresholds, from its data: the threshold's label,
 * and the levels below it (「…以上」 becomes 「…未満」, "… or higher" becomes "below …"; a
 * threshold labelled otherwise is worded by the labels of the levels below it). Pure.
 *
 * @param scheme - A valid classification scheme.
 * @returns A new frozen wording of each threshold.
 *
 * @example
 * ```ts
 * import { guidelineClassificationScheme, schemeWording } from "@miyagi-kouiki/infosec-policy";
 * schemeWording(guidelineClassificationScheme)["availability-important"].below.ja; // "可用性1"
 * ```
 */
export function schemeWording(scheme: ClassificationScheme): SchemeWording {
  const out = {} as Record<ThresholdName, ThresholdWording>;
  for (const name of THRESHOLD_NAMES) {
    const label = scheme.thresholds[name].label;
    const { below } = levelsAround(scheme, name);
    out[name] = Object.freeze({
      atLeast: label,
      below: Object.freeze(belowWords(label, below)),
    });
  }
  return Object.freeze(out);
}

/** One phrase of the source scheme and what it becomes in the target scheme, per locale. */
interface Phrase {
  readonly from: string;
  readonly to: string;
}

/** Every way the source scheme's texts may name a threshold or what lies below it. */
function phrasesOf(
  scheme: ClassificationScheme,
  locale: Locale
): Map<string, { name: ThresholdName; side: keyof ThresholdWording }> {
  const wording = schemeWording(scheme);
  const phrases = new Map<
    string,
    { name: ThresholdName; side: keyof ThresholdWording }
  >();
  const add = (
    text: string | undefined,
    name: ThresholdName,
    side: keyof ThresholdWording
  ): void => {
    if (text !== undefined && text !== "" && !phrases.has(text))
      phrases.set(text, { name, side });
  };
  for (const name of THRESHOLD_NAMES) {
    const { at, below, top } = levelsAround(scheme, name);
    add(wording[name].atLeast[locale], name, "atLeast");
    add(wording[name].below[locale], name, "below");
    if (locale === "en")
      add(
        wording[name].atLeast.en.replace(/ or higher\b/, " or above"),
        name,
        "atLeast"
      );
    // The label of the lowest level that meets the threshold, with 「未満」/"below": 機密性3未満.
    if (at !== undefined)
      add(locale === "ja" ? `${at.ja}未満` : `below ${at.en}`, name, "below");
    // A threshold at the top level is that level; a single level below it is "below".
    if (at !== undefined && top) add(at[locale], name, "atLeast");
    if (below.length === 1) add(below[0]![locale], name, "below");
  }
  return phrases;
}

/** The words of a scheme: its thresholds' wording and its levels' labels. */
function wordsOf(
  scheme: ClassificationScheme,
  wording: SchemeWording,
  locale: Locale
): string[] {
  const words: string[] = [];
  for (const name of THRESHOLD_NAMES)
    words.push(wording[name].atLeast[locale], wording[name].below[locale]);
  for (const dimension of [
    "confidentiality",
    "integrity",
    "availability",
  ] as const)
    for (const entry of scheme.dimensions[dimension].levels)
      words.push(entry.label[locale]);
  return [...new Set(words)].filter((word) => word !== "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A function that rewords texts written in the words of one scheme into those of another: each
 * threshold the text names (機密性2以上, 完全性2, …) and each "below" phrase (機密性2未満, 機密性1, …)
 * becomes the target scheme's words for the same named threshold. Matching is whole-phrase
 * (longest first; English case-insensitively, keeping the case of the first letter); a phrase both
 * schemes word alike is left as it is. The identity when the schemes are the same object. Pure.
 *
 * @param from - The scheme the texts are written in (the catalog's: the default scheme).
 * @param to - The scheme to word them in (the policy's).
 * @returns A function from a text to the reworded text (the same object when nothing changes).
 *
 * @example
 * ```ts
 * import { guidelineClassificationScheme, guidelineR6ClassificationScheme, schemeRewording } from "@miyagi-kouiki/infosec-policy";
 * const reword = schemeRewording(guidelineClassificationScheme, guidelineR6ClassificationScheme);
 * reword({ ja: "機密性2以上の情報の暗号化", en: "Encryption of information of confidentiality 2 or above" }).ja;
 * // "自治体機密性2以上の情報の暗号化"
 * ```
 */
export function schemeRewording(
  from: ClassificationScheme,
  to: ClassificationScheme
): (text: LocalizedText) => LocalizedText {
  if (from === to) return (text) => text;
  const source = schemeWording(from);
  const target = schemeWording(to);
  const perLocale = {} as Record<
    Locale,
    | { pattern: RegExp; table: Map<string, string>; kept: Set<string> }
    | undefined
  >;
  for (const locale of LOCALES) {
    const list: Phrase[] = [];
    for (const [phrase, { name, side }] of phrasesOf(from, locale)) {
      // A threshold both schemes word alike keeps every way of saying it (機密性2以上 or "… or above").
      const replacement = target[name][side][locale];
      if (replacement !== source[name][side][locale])
        list.push({ from: phrase, to: replacement });
    }
    const key = (text: string): string =>
      locale === "en" ? text.toLowerCase() : text;
    const table = new Map(
      list.map((phrase) => [key(phrase.from), phrase.to] as const)
    );
    if (list.length === 0) {
      perLocale[locale] = undefined;
      continue;
    }
    // The target's own words are matched too, and kept: a text already in them (自治体機密性2以上,
    // "municipal confidentiality 2 or higher") is never reworded inside.
    const kept = new Set<string>();
    for (const word of wordsOf(to, target, locale)) {
      if (!table.has(key(word))) {
        kept.add(key(word));
        list.push({ from: word, to: word });
      }
    }
    list.sort((a, b) => b.from.length - a.from.length);
    // Japanese: not inside a longer word (自治体機密性2 contains 機密性2) nor before a longer id (機密性3A); English: whole words.
    const body = list.map((phrase) => escapeRegExp(phrase.from)).join("|");
    perLocale[locale] = {
      kept,
      pattern:
        locale === "ja"
          ? new RegExp(
              `(?<![\\p{Script=Han}\\p{Script=Katakana}\\p{N}])(?:${body})(?![\\p{N}A-Za-z])`,
              "gu"
            )
          : new RegExp(`\\b(?:${body})(?![\\w])`, "giu"),
      table,
    };
  }
  const rewordOne = (text: string, locale: Locale): string => {
    const entry = perLocale[locale];
    if (entry === undefined) return text;
    return text.replace(entry.pattern, (match) => {
      const found = locale === "en" ? match.toLowerCase() : match;
      if (entry.kept.has(found)) return match;
      const replacement = entry.table.get(found) ?? match;
      if (locale !== "en") return replacement;
      return /^[a-z]/.test(match)
        ? lowerFirst(replacement)
        : /^[A-Z]/.test(match)
        ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
        : replacement;
    });
  };
  return (text) => {
    const ja = rewordOne(text.ja, "ja");
    const en = rewordOne(text.en, "en");
    return ja === text.ja && en === text.en
      ? text
      : Object.freeze({ ...text, ja, en });
  };
}
