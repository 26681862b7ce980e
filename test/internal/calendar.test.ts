import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, dayNumberAfterMonths, fiscalYearOfDay, isCalendarDate } from "../../src/internal/calendar.js";

// The oracle: the `Date`-based implementation that calendar.ts replaced with integer arithmetic
// (kept here only, to check the arithmetic against). Years 0 to 99 are taken as written.
const MS_PER_DAY = 86_400_000;
const oracle = {
  utcDay(year: number, monthIndex: number, day: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, day);
    return date.getTime() / MS_PER_DAY;
  },
  dayNumber(isoDate: string): number {
    return oracle.utcDay(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  },
  dayNumberAfterMonths(isoDate: string, months: number): number {
    const year = Number(isoDate.slice(0, 4));
    const monthIndex = Number(isoDate.slice(5, 7)) - 1 + months;
    const day = Number(isoDate.slice(8, 10));
    const endOfTarget = new Date(0);
    endOfTarget.setUTCFullYear(year, monthIndex + 1, 0);
    return oracle.utcDay(year, monthIndex, Math.min(day, endOfTarget.getUTCDate()));
  },
  isCalendarDate(value: unknown): boolean {
    if (typeof value !== "string") return false;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match === null) return false;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1) return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    return day <= days;
  },
  fiscalYearOfDay(day: number): number {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear();
    return date.getUTCMonth() < 3 ? year - 1 : year;
  },
};

const pad = (value: number, width: number): string => String(value).padStart(width, "0");
const iso = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => [31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;

/** Every real calendar date of years 0000–9999, as the guard lets through. */
const calendarDate = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => iso(year, month, Math.min(day, daysIn(year, month))));

/** Any two-digit month and day, 00–99: the carry-over the `Date` version did. */
const looseDate = fc.record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 0, max: 99 }), day: fc.integer({ min: 0, max: 99 }) }).map(({ year, month, day }) => iso(year, month, day));

describe("calendar arithmetic equals the Date-based version", () => {
  it("dayNumber: every calendar date of years 0000–9999, and out-of-range months and days carry over alike", () => {
    fc.assert(fc.property(calendarDate, (date) => Object.is(dayNumber(date), oracle.dayNumber(date))), { numRuns: 20_000 });
    fc.assert(fc.property(looseDate, (date) => Object.is(dayNumber(date), oracle.dayNumber(date))), { numRuns: 5_000 });
  });

  it("dayNumber: the edges written out (epoch, years 0–99 as written, leap days, the last date)", () => {
    for (const date of ["1970-01-01", "1969-12-31", "0000-01-01", "0000-02-29", "0001-03-01", "0099-12-31", "0100-02-28", "1900-02-28", "1900-03-01", "2000-02-29", "2024-02-29", "2026-04-01", "9999-12-31"]) {
      expect(dayNumber(date), date).toBe(oracle.dayNumber(date));
    }
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("0050-06-15")).toBeLessThan(dayNumber("0100-01-01")); // year 50, not 1950
  });

  it("dayNumberAfterMonths: every calendar date plus any whole number of months, clamped to the month's end", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -30_000, max: 30_000 }), (date, months) => Object.is(dayNumberAfterMonths(date, months), oracle.dayNumberAfterMonths(date, months))),
      { numRuns: 20_000 },
    );
    expect(dayNumberAfterMonths("2026-01-31", 1)).toBe(dayNumber("2026-02-28"));
    expect(dayNumberAfterMonths("2024-01-31", 1)).toBe(dayNumber("2024-02-29"));
    expect(dayNumberAfterMonths("2026-03-31", -1)).toBe(dayNumber("2026-02-28"));
  });

  it("dayNumberAfterMonths: a parameter that is not a whole number (a hand-built policy) gives what Date gave", () => {
    const odd = fc.oneof(
      fc.double({ min: -2_000, max: 2_000, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.5, -0.5, -1.5, 1e9, -1e9, 2e6, -2e6),
    );
    fc.assert(fc.property(calendarDate, odd, (date, months) => Object.is(dayNumberAfterMonths(date, months), oracle.dayNumberAfterMonths(date, months))), { numRuns: 10_000 });
  });

  it("fiscalYearOfDay: every day of years 0000–9999 and beyond, to the ends of Date's range", () => {
    const first = oracle.dayNumber("0000-01-01");
    const last = oracle.dayNumber("9999-12-31");
    fc.assert(fc.property(fc.integer({ min: first - 1000, max: last + 1000 }), (day) => Object.is(fiscalYearOfDay(day), oracle.fiscalYearOfDay(day))), { numRuns: 20_000 });
    fc.assert(fc.property(fc.integer({ min: -100_000_010, max: 100_000_010 }), (day) => Object.is(fiscalYearOfDay(day), oracle.fiscalYearOfDay(day))), { numRuns: 5_000 });
    for (const day of [-100_000_001, -100_000_000, 100_000_000, 100_000_001, Number.NaN, -0.5, 0.5]) expect(fiscalYearOfDay(day), String(day)).toBe(oracle.fiscalYearOfDay(day));
  });

  it("isCalendarDate: the regular-expression version's answer for every date-like string, and for anything", () => {
    // Date-like: ten characters drawn mostly from digits and "-", so that near misses are common.
    const dateLike = fc.array(fc.constantFrom("0", "1", "2", "3", "9", "-", "-", "/", " ", "a", "\n", "٣", "０"), { minLength: 8, maxLength: 12 }).map((chars) => chars.join(""));
    fc.assert(fc.property(fc.oneof(calendarDate, looseDate, dateLike, fc.string(), fc.anything()), (value) => isCalendarDate(value) === oracle.isCalendarDate(value)), { numRuns: 20_000 });
    for (const value of ["2026-02-29", "2024-02-29", "0000-02-29", "2026-04-31", "2026-12-31\n", "2026-1-01", "２０２６-01-01"]) expect(isCalendarDate(value), value).toBe(oracle.isCalendarDate(value));
  });

  it("fiscalYearOfDay: 31 March closes the fiscal year, 1 April opens the next", () => {
    expect(fiscalYearOfDay(dayNumber("2026-03-31"))).toBe(2025);
    expect(fiscalYearOfDay(dayNumber("2026-04-01"))).toBe(2026);
    expect(fiscalYearOfDay(dayNumber("2026-01-01"))).toBe(2025);
    expect(fiscalYearOfDay(dayNumber("2025-12-31"))).toBe(2025);
    expect(fiscalYearOfDay(dayNumber("0000-03-31"))).toBe(-1);
  });
});
