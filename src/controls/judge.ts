import { dayNumber, dayNumberAfterMonths, fiscalYearOfDay } from "../internal/calendar.js";
import type { Safeguard } from "../subjects/safeguard.js";
import type { CheckContext } from "./control.js";
import { shippedVerdict, type Verdict } from "./verdict.js";

// The verdicts made here are the shipped catalog's (frozen as literals: see `shippedVerdict`).
const { fail, manual, pass } = shippedVerdict;

/** The names of the three verdicts of a yes/no fact: met, not met, not stated. */
export type FlagName = "yes" | "no" | "unknown";

/** The verdicts of a yes/no fact, by the names {@link judgeFlag} returns. */
export type FlagVerdicts = { readonly [N in FlagName]: Verdict };

/**
 * Judges a yes/no fact: `true` meets it, `false` fails it, absent needs a person. Fails safe:
 * anything but a boolean (which the engine's guard rejects first) is never a pass. Returns the
 * name of the verdict: `yes`, `no`, `unknown`, or the names given (for a table that words one
 * control's several facts).
 *
 * @param value - The fact.
 * @param yes - The name for `true` (default `"yes"`).
 * @param no - The name for `false` (default `"no"`).
 * @param unknown - The name for a fact not stated (default `"unknown"`).
 * @returns The verdict's name.
 * @example
 * ```ts
 * judgeFlag(subject.encrypted); // "yes" | "no" | "unknown"
 * judgeFlag(subject.encrypted, "encrypted", "plain", "unstated");
 * ```
 */
export function judgeFlag<Y extends string = "yes", N extends string = "no", U extends string = "unknown">(
  value: boolean | undefined,
  yes: Y = "yes" as Y,
  no: N = "no" as N,
  unknown: U = "unknown" as U,
): Y | N | U {
  return value === true ? yes : value === false ? no : unknown;
}

/**
 * Judges whether a recorded list of safeguards has one; an unrecorded list needs a person.
 *
 * @param safeguards - The subject's recorded safeguards, if any.
 * @param safeguard - The one the control requires.
 * @param yes - The name for "has it" (default `"yes"`).
 * @param no - The name for "lacks it" (default `"no"`).
 * @param unknown - The name for "not recorded" (default `"unknown"`).
 * @returns The verdict's name.
 */
export function judgeSafeguard<Y extends string = "yes", N extends string = "no", U extends string = "unknown">(
  safeguards: readonly Safeguard[] | undefined,
  safeguard: Safeguard,
  yes: Y = "yes" as Y,
  no: N = "no" as N,
  unknown: U = "unknown" as U,
): Y | N | U {
  // Fails safe: only a real list can have the safeguard (a string's `includes` is a substring test).
  return !Array.isArray(safeguards) ? unknown : safeguards.includes(safeguard) ? yes : no;
}

/**
 * Counts the distinct authentication factor kinds in a list, counting only the three known kinds
 * (fails safe: a string, or a list of unknown names, counts 0, never enough).
 */
export function countFactorKinds(factors: readonly string[]): number {
  if (!Array.isArray(factors)) return 0;
  // One pass, a bit per kind seen (no indexOf scan per item): the count is the bits set.
  let seen = 0;
  for (let i = 0; i < factors.length; i++) {
    const factor = factors[i];
    seen |= factor === "knowledge" ? 1 : factor === "possession" ? 2 : factor === "inherence" ? 4 : 0;
  }
  return (seen & 1) + ((seen >> 1) & 1) + (seen >> 2);
}

/** Counts the distinct kinds in a list without allocating (lists are short). */
export function countDistinct<T>(items: readonly T[]): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    if (items.indexOf(items[i] as T) === i) count++;
  }
  return count;
}

/**
 * The cadence of a recurring duty (audit, self-inspection, training), as two parameters that are
 * both required at once, so that tightening either one tightens the rule:
 *
 * - `fiscalYears`: at least once in every `fiscalYears` consecutive fiscal years (年度, April to
 *   March). `1` is 毎年度: as of the `asOf` date, the last one must fall in the fiscal year of
 *   `asOf` or in the one before it. The previous fiscal year is over, so it must have had one; the
 *   current one is not, so its own may still be done before 31 March. A last date two or more
 *   fiscal years back means a whole fiscal year passed without one: a fail.
 * - `months`: at most `months` calendar months from the last one to `asOf` (a rolling interval).
 *   Under `fiscalYears = 1` a value of 24 or more never binds: the last day 毎年度 accepts is the
 *   1 April of the previous fiscal year, and `asOf` is at the latest the next 31 March but one.
 *
 * Lower is stricter for both; (f, m) is at least as strict as (f', m') when f ≤ f' and m ≤ m'
 * (the product order), and an overlay may only lower either one. Between the two kinds: 12 months
 * or fewer is at least as strict as 毎年度, 毎年度 is at least as strict as 24 months or more, and
 * 13 to 23 months and 毎年度 are incomparable (each fails dates the other accepts).
 *
 * The date of the last occurrence is all the check has: it cannot see whether an earlier fiscal
 * year was missed when the last one falls in the current year, and 「必要に応じて」 (as needed) is
 * left to people.
 */
export interface Cadence {
  /** At least once in every this many fiscal years (1 = 毎年度). */
  readonly fiscalYears: number;
  /** At most this many months from the last occurrence to the as-of date. */
  readonly months: number;
}

/** The names of the verdicts {@link judgeCadence} returns. */
export type CadenceName = keyof CadenceVerdicts;

/** The verdicts of a control that requires something to recur at a cadence. */
export type CadenceVerdicts = {
  /** Done in the fiscal year of the as-of date (and within the months). */
  readonly thisFiscalYear: Verdict;
  /** Done in an earlier fiscal year that the cadence still accepts (and within the months). */
  readonly earlierFiscalYear: Verdict;
  /** The last one is older than the fiscal-year cadence allows: a fiscal year passed without one. */
  readonly missedFiscalYear: Verdict;
  /** Within the fiscal-year cadence, but more months ago than the months parameter allows. */
  readonly overdue: Verdict;
  readonly never: Verdict;
  readonly unknown: Verdict;
  readonly noAsOf: Verdict;
  readonly afterAsOf: Verdict;
};

/**
 * Judges whether a dated duty kept its cadence as of the `asOf` day (see {@link Cadence}).
 * `null` is never done, `undefined` not stated; without an `asOf` nothing can be judged.
 */
export function judgeCadence(last: string | null | undefined, cadence: Cadence, context: CheckContext): CadenceName {
  if (last === null) return "never";
  if (last === undefined) return "unknown";
  if (context.asOfDay === undefined) return "noAsOf";
  const lastDay = dayNumber(last);
  if (lastDay > context.asOfDay) return "afterAsOf";
  const yearsBack = fiscalYearOfDay(context.asOfDay) - fiscalYearOfDay(lastDay);
  // Fails safe: a cadence that is not a number (which validation rejects first) accepts nothing.
  if (!(yearsBack <= cadence.fiscalYears)) return "missedFiscalYear";
  if (!(dayNumberAfterMonths(last, cadence.months) >= context.asOfDay)) return "overdue";
  return yearsBack === 0 ? "thisFiscalYear" : "earlierFiscalYear";
}

/** The longest gap, in months, that a cadence of one fiscal year (毎年度) accepts: a months parameter of this or more adds nothing to it. */
export const FISCAL_YEAR_LONGEST_GAP_MONTHS = 24;

/**
 * Makes the verdicts of a cadence control, worded from its two parameters.
 *
 * @param what - The duty, in Japanese and English (e.g. 情報セキュリティ教育 / information security training).
 * @param fiscalYearsParameter - The name of its fiscal-year parameter (1 = 毎年度).
 * @param monthsParameter - The name of its months parameter.
 * @returns The verdicts.
 */
export function cadenceVerdicts(what: { ja: string; en: string }, fiscalYearsParameter: string, monthsParameter: string): CadenceVerdicts {
  const years = (p: Readonly<Record<string, number>>) => p[fiscalYearsParameter] ?? 1;
  const months = (p: Readonly<Record<string, number>>) => p[monthsParameter] ?? FISCAL_YEAR_LONGEST_GAP_MONTHS;
  // The months limit is named only where it binds (under 毎年度, below 24 months).
  const monthsJa = (p: Readonly<Record<string, number>>) =>
    years(p) === 1 && months(p) >= FISCAL_YEAR_LONGEST_GAP_MONTHS ? "" : `（判定基準日前${months(p)}か月以内）`;
  const monthsEn = (p: Readonly<Record<string, number>>) =>
    years(p) === 1 && months(p) >= FISCAL_YEAR_LONGEST_GAP_MONTHS ? "" : ` (within ${months(p)} months before the as-of date)`;
  const cadenceJa = (p: Readonly<Record<string, number>>) => (years(p) === 1 ? "毎年度" : `${years(p)}年度に1回以上`);
  const cadenceEn = (p: Readonly<Record<string, number>>) => (years(p) === 1 ? "every fiscal year" : `at least once in every ${years(p)} fiscal years`);
  return {
    thisFiscalYear: pass((p) => ({
      ja: `${what.ja}が判定基準日の属する年度に実施されている${monthsJa(p)}。`,
      en: `The ${what.en} took place in the fiscal year of the as-of date${monthsEn(p)}.`,
    })),
    earlierFiscalYear: pass((p) => ({
      ja:
        years(p) === 1
          ? `${what.ja}が前年度に実施されている${monthsJa(p)}。判定基準日の属する年度の分は、年度末（3月31日）までに実施する必要がある。`
          : `${what.ja}が判定基準日の属する年度の前${years(p)}年度以内に実施されている${monthsJa(p)}。`,
      en:
        years(p) === 1
          ? `The ${what.en} took place in the previous fiscal year${monthsEn(p)}. This fiscal year's is still due by 31 March.`
          : `The ${what.en} took place within the ${years(p)} fiscal years before that of the as-of date${monthsEn(p)}.`,
    })),
    missedFiscalYear: fail((p) => ({
      ja:
        years(p) === 1
          ? `${what.ja}が前年度にも判定基準日の属する年度にも実施されていない（${cadenceJa(p)}の実施が求められる）。`
          : `${what.ja}が判定基準日の属する年度及びその前${years(p)}年度に実施されていない（${cadenceJa(p)}の実施が求められる）。`,
      en:
        years(p) === 1
          ? `The ${what.en} took place neither in the previous fiscal year nor in that of the as-of date (required ${cadenceEn(p)}).`
          : `The ${what.en} took place neither in the fiscal year of the as-of date nor in the ${years(p)} before it (required ${cadenceEn(p)}).`,
    })),
    overdue: fail((p) => ({
      ja: `${what.ja}が判定基準日前${months(p)}か月以内に実施されていない。`,
      en: `The ${what.en} has not taken place within ${months(p)} months before the as-of date.`,
    })),
    never: fail({ ja: `${what.ja}が実施されたことがない。`, en: `The ${what.en} has never taken place.` }),
    unknown: manual({ ja: `${what.ja}の直近の実施日が回答されていない。`, en: `The date of the last ${what.en} is not stated.` }),
    noAsOf: manual({
      ja: "判定基準日が指定されていないため、実施の周期を判定できない。",
      en: "No as-of date was given, so the cadence cannot be judged.",
    }),
    afterAsOf: manual({
      ja: `${what.ja}の実施日が判定基準日より後になっている。日付を確認すること。`,
      en: `The date of the ${what.en} is after the as-of date. Check the dates.`,
    }),
  };
}
