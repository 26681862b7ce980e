// Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC), in plain
// integer arithmetic: no `Date` object is built, which made an organisation subject's three cadence
// checks the largest cost of its decision. The day/civil conversions are Howard Hinnant's
// `days_from_civil` and `civil_from_days` (eras of 400 years, years starting on 1 March, so that
// the leap day is the last day of its year). Years 0 to 99 are taken as written (`Date.UTC` would
// read them as 1900–1999). A property test checks every function equal to the `Date`-based one it
// replaced, over a wide range of dates.

// `Date` gives NaN beyond ±100,000,000 days of the epoch (its time value's range); so do these.
const MAX_DAYS = 100_000_000;

/** Days from 1970-01-01 to the civil date, with `month` 1–12 and `day` 1–31 (already in range). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0–399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // 0–365, from 1 March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear; // 0–146096
  return era * 146_097 + dayOfEra - 719_468;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month given as a year and a month index that may lie outside 0–11 (it carries into the year). */
function daysInMonth(year: number, monthIndex: number): number {
  const month = monthIndex - Math.floor(monthIndex / 12) * 12; // 0–11
  const y = year + Math.floor(monthIndex / 12);
  return month === 1 ? (isLeapYear(y) ? 29 : 28) : month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

/** The day number of a year, a month index (may lie outside 0–11) and a day of month 1–31; NaN out of `Date`'s range. */
function dayOf(year: number, monthIndex: number, day: number): number {
  const carry = Math.floor(monthIndex / 12);
  const result = daysFromCivil(year + carry, monthIndex - carry * 12 + 1, day);
  return result >= -MAX_DAYS && result <= MAX_DAYS ? result : Number.NaN;
}

// The value of the ASCII digit at `index`, or NaN if it is not one (so malformed input gives NaN, as `Number` did).
function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/**
 * Says whether a value is an ISO calendar date `YYYY-MM-DD` that exists (no 2026-02-30): exactly
 * ten characters, ASCII digits and two hyphens. Read by character codes (no regular expression, no
 * substrings, no `Number`): both guards check every date of every subject with it.
 *
 * @param value - Anything.
 * @returns Whether it is a valid calendar date.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  // A non-digit makes its number NaN, and every comparison with NaN is false.
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month - 1);
}

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (already validated). Pure: no clock. */
export function dayNumber(isoDate: string): number {
  const year = digit(isoDate, 0) * 1000 + digit(isoDate, 1) * 100 + digit(isoDate, 2) * 10 + digit(isoDate, 3);
  const month = digit(isoDate, 5) * 10 + digit(isoDate, 6);
  const day = digit(isoDate, 8) * 10 + digit(isoDate, 9);
  // A day or month beyond its range carries over, as `Date` did (2026-02-30 is 2026-03-02); the
  // guard lets only real calendar dates through, so that matters only to the oracle test.
  return dayOf(year, month - 1, day);
}

/**
 * The day number `months` calendar months after an ISO date, clamped to the end of the target
 * month (2026-01-31 plus one month is 2026-02-28).
 */
export function dayNumberAfterMonths(isoDate: string, months: number): number {
  const year = digit(isoDate, 0) * 1000 + digit(isoDate, 1) * 100 + digit(isoDate, 2) * 10 + digit(isoDate, 3);
  const day = digit(isoDate, 8) * 10 + digit(isoDate, 9);
  const monthIndex = digit(isoDate, 5) * 10 + digit(isoDate, 6) - 1 + months;
  // As `Date` did: a month that is not a finite number gives NaN, a fractional one is truncated
  // (each month argument on its own, hence the two truncations for a parameter that is not an integer).
  if (!Number.isFinite(monthIndex) || !Number.isFinite(year) || !Number.isFinite(day)) return Number.NaN;
  const target = Math.trunc(monthIndex);
  const endOfTargetMonth = Math.trunc(monthIndex + 1) - 1;
  const lastDay = daysInMonth(year, endOfTargetMonth);
  if (Number.isNaN(dayOf(year, endOfTargetMonth, lastDay))) return Number.NaN;
  return dayOf(year, target, Math.min(day, lastDay));
}

/**
 * The fiscal year (年度, 4月1日から翌年3月31日まで) of a day number, named by the calendar year in
 * which it begins: 2026-03-31 is in fiscal year 2025, 2026-04-01 in fiscal year 2026. Pure.
 */
export function fiscalYearOfDay(day: number): number {
  if (!(day >= -MAX_DAYS && day <= MAX_DAYS)) return Number.NaN;
  // Hinnant's civil_from_days, up to the year that starts on 1 March: a fiscal year is that year,
  // except in March, which closes the fiscal year before it.
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097; // 0–146096
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365); // 0–399
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100)); // 0–365, from 1 March
  const year = yearOfEra + era * 400;
  return dayOfYear < 31 ? year - 1 : year; // 1 March to 31 March: days 0–30
}
