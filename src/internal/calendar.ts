const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (already validated). Pure: no clock. */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return utcDay(year, month - 1, day);
}

/** Days since 1970-01-01 of a UTC calendar date; unlike `Date.UTC`, years 0 to 99 are taken as written. */
function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/**
 * The day number `months` calendar months after an ISO date, clamped to the end of the target
 * month (2026-01-31 plus one month is 2026-02-28).
 */
export function dayNumberAfterMonths(isoDate: string, months: number): number {
  const year = Number(isoDate.slice(0, 4));
  const monthIndex = Number(isoDate.slice(5, 7)) - 1 + months;
  const day = Number(isoDate.slice(8, 10));
  const endOfTarget = new Date(0);
  endOfTarget.setUTCFullYear(year, monthIndex + 1, 0);
  return utcDay(year, monthIndex, Math.min(day, endOfTarget.getUTCDate()));
}

/**
 * The fiscal year (年度, 4月1日から翌年3月31日まで) of a day number, named by the calendar year in
 * which it begins: 2026-03-31 is in fiscal year 2025, 2026-04-01 in fiscal year 2026. Pure.
 */
export function fiscalYearOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  return date.getUTCMonth() < 3 ? year - 1 : year;
}
