import { dayNumber, dayNumberAfterMonths } from "../internal/calendar.js";
import type { Safeguard } from "../subjects/safeguard.js";
import type { CheckContext } from "./control.js";
import { fail, manual, pass, type Verdict } from "./verdict.js";

/** The three verdicts of a yes/no fact: met, not met, not stated. */
export interface FlagVerdicts {
  readonly yes: Verdict;
  readonly no: Verdict;
  readonly unknown: Verdict;
}

/**
 * Judges a yes/no fact: `true` meets it, `false` fails it, absent needs a person. Fails safe:
 * anything but a boolean (which the engine's guard rejects first) is never a pass.
 */
export function judgeFlag(value: boolean | undefined, verdicts: FlagVerdicts): Verdict {
  return value === true ? verdicts.yes : value === false ? verdicts.no : verdicts.unknown;
}

/** Judges whether a recorded list of safeguards has one; an unrecorded list needs a person. */
export function judgeSafeguard(
  safeguards: readonly Safeguard[] | undefined,
  safeguard: Safeguard,
  verdicts: FlagVerdicts,
): Verdict {
  // Fails safe: only a real list can have the safeguard (a string's `includes` is a substring test).
  return !Array.isArray(safeguards) ? verdicts.unknown : safeguards.includes(safeguard) ? verdicts.yes : verdicts.no;
}

/**
 * Counts the distinct authentication factor kinds in a list, counting only the three known kinds
 * (fails safe: a string, or a list of unknown names, counts 0, never enough).
 */
export function countFactorKinds(factors: readonly string[]): number {
  if (!Array.isArray(factors)) return 0;
  let count = 0;
  for (let i = 0; i < factors.length; i++) {
    const factor = factors[i];
    if ((factor === "knowledge" || factor === "possession" || factor === "inherence") && factors.indexOf(factor) === i) count++;
  }
  return count;
}

/** Counts the distinct kinds in a list without allocating (lists are short). */
export function countDistinct<T>(items: readonly T[]): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    if (items.indexOf(items[i] as T) === i) count++;
  }
  return count;
}

/** The verdicts of a control that requires something to have been done within an interval. */
export type IntervalVerdicts = {
  readonly within: Verdict;
  readonly overdue: Verdict;
  readonly never: Verdict;
  readonly unknown: Verdict;
  readonly noAsOf: Verdict;
  readonly afterAsOf: Verdict;
};

/** Judges whether a dated event happened within `months` months before the `asOf` day. */
export function judgeInterval(
  last: string | null | undefined,
  months: number,
  context: CheckContext,
  verdicts: IntervalVerdicts,
): Verdict {
  if (last === null) return verdicts.never;
  if (last === undefined) return verdicts.unknown;
  if (context.asOfDay === undefined) return verdicts.noAsOf;
  if (dayNumber(last) > context.asOfDay) return verdicts.afterAsOf;
  return dayNumberAfterMonths(last, months) >= context.asOfDay ? verdicts.within : verdicts.overdue;
}

/**
 * Makes the verdicts of an interval control.
 *
 * @param what - The event, in Japanese and English (e.g. 情報セキュリティ教育 / information security training).
 * @param parameter - The name of the interval parameter, in months.
 * @returns The verdicts, worded from the parameter's value.
 */
export function intervalVerdicts(what: { ja: string; en: string }, parameter: string): IntervalVerdicts {
  const months = (p: Readonly<Record<string, number>>) => p[parameter];
  return {
    within: pass((p) => ({
      ja: `${what.ja}が判定基準日前${months(p)}か月以内に実施されている。`,
      en: `The ${what.en} took place within ${months(p)} months before the as-of date.`,
    })),
    overdue: fail((p) => ({
      ja: `${what.ja}が判定基準日前${months(p)}か月以内に実施されていない。`,
      en: `The ${what.en} has not taken place within ${months(p)} months before the as-of date.`,
    })),
    never: fail({ ja: `${what.ja}が実施されたことがない。`, en: `The ${what.en} has never taken place.` }),
    unknown: manual({ ja: `${what.ja}の直近の実施日が回答されていない。`, en: `The date of the last ${what.en} is not stated.` }),
    noAsOf: manual({
      ja: "判定基準日が指定されていないため、期間を判定できない。",
      en: "No as-of date was given, so the interval cannot be judged.",
    }),
    afterAsOf: manual({
      ja: `${what.ja}の実施日が判定基準日より後になっている。日付を確認すること。`,
      en: `The date of the ${what.en} is after the as-of date. Check the dates.`,
    }),
  };
}

