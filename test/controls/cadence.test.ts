import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cadenceVerdicts, FISCAL_YEAR_LONGEST_GAP_MONTHS, judgeCadence, type Cadence } from "../../src/controls/judge.js";
import { evaluate } from "../../src/evaluate.js";
import { dayNumber, fiscalYearOfDay } from "../../src/internal/calendar.js";
import { extendPolicy, safeExtendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";

// 毎年度 (every fiscal year, 1 April to 31 March) for audit, self-inspection and training: the
// months around the fiscal-year boundaries enumerated, the order between cadences, and a property
// that a tighter cadence never passes what a looser one fails.

const verdicts = cadenceVerdicts({ ja: "試験", en: "test" }, "y", "m");
const ANNUAL: Cadence = { fiscalYears: 1, months: FISCAL_YEAR_LONGEST_GAP_MONTHS };
const status = (last: string, asOf: string, cadence: Cadence = ANNUAL) =>
  verdicts[judgeCadence(last, cadence, { asOfDay: dayNumber(asOf) })].status;

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The fiscal year of an ISO date, computed independently of the library: April starts it. */
const fiscalYear = (date: string) => (Number(date.slice(5, 7)) >= 4 ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1);

describe("fiscalYearOfDay", () => {
  it("puts 31 March in the fiscal year that began the April before, and 1 April in a new one, for every day of 2019–2031", () => {
    for (let day = dayNumber("2019-01-01"); day <= dayNumber("2031-12-31"); day++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(fiscalYearOfDay(day), date).toBe(fiscalYear(date));
    }
  });
});

describe("毎年度 at the fiscal-year boundaries (the issue's cases)", () => {
  it.each([
    // asOf 2026-03-31 is the last day of fiscal year 2025: last year's (FY2024) still counts.
    ["2024-04-01", "2026-03-31", "pass"],
    ["2025-03-31", "2026-03-31", "pass"],
    ["2025-04-01", "2026-03-31", "pass"],
    ["2024-03-31", "2026-03-31", "fail"],
    // asOf 2026-04-01 opens fiscal year 2026: fiscal year 2024's no longer does, as FY2025 had none.
    ["2024-04-01", "2026-04-01", "fail"],
    ["2025-03-31", "2026-04-01", "fail"],
    ["2025-04-01", "2026-04-01", "pass"],
    ["2026-04-01", "2026-04-01", "pass"],
  ] as const)("last %s, as of %s: %s", (last, asOf, expected) => {
    expect(status(last, asOf)).toBe(expected);
  });

  it("a rolling 12 months would fail the April 2024 / March 2026 pair that 毎年度 accepts", () => {
    expect(status("2024-04-15", "2026-03-15")).toBe("pass");
    expect(status("2024-04-15", "2026-03-15", { fiscalYears: 1, months: 12 })).toBe("fail");
  });

  it("exhaustively, for every month-end and month-start of a last date in 2023–2026 and every as-of in 2025–2027: pass exactly when the fiscal years differ by at most one", () => {
    let checked = 0;
    for (let ly = 2023; ly <= 2026; ly++) {
      for (let lm = 1; lm <= 12; lm++) {
        for (const ld of [1, lastDayOf(ly, lm)]) {
          const last = iso(ly, lm, ld);
          for (let ay = 2025; ay <= 2027; ay++) {
            for (let am = 1; am <= 12; am++) {
              for (const ad of [1, lastDayOf(ay, am)]) {
                const asOf = iso(ay, am, ad);
                const got = status(last, asOf);
                if (last > asOf) {
                  expect(got, `${last} ${asOf}`).toBe("manual");
                } else {
                  const gap = fiscalYear(asOf) - fiscalYear(last);
                  expect(got, `${last} ${asOf}`).toBe(gap <= 1 ? "pass" : "fail");
                  // Which pass: this year's, or last year's with this year's still due.
                  const verdict = judgeCadence(last, ANNUAL, { asOfDay: dayNumber(asOf) });
                  if (gap === 0) expect(verdict).toBe("thisFiscalYear");
                  if (gap === 1) expect(verdict).toBe("earlierFiscalYear");
                  if (gap > 1) expect(verdict).toBe("missedFiscalYear");
                }
                checked++;
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(96 * 72);
  });
});

describe("the order between cadences", () => {
  // Every pair (last, asOf) over two fiscal years and a half, day by day.
  const pairs: [string, string][] = [];
  const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  for (let a = dayNumber("2026-03-01"); a <= dayNumber("2026-04-30"); a += 3) {
    for (let l = dayNumber("2023-10-01"); l <= a; l += 5) pairs.push([day(l), day(a)]);
  }
  const passes = (cadence: Cadence) => pairs.filter(([last, asOf]) => status(last, asOf, cadence) === "pass");
  const subset = (a: Cadence, b: Cadence) => {
    const inB = new Set(passes(b).map((pair) => pair.join()));
    return passes(a).every((pair) => inB.has(pair.join()));
  };

  it("12 months or fewer is at least as strict as 毎年度 alone", () => {
    for (let m = 1; m <= 12; m++) expect(subset({ fiscalYears: 60, months: m }, ANNUAL), `${m} months`).toBe(true);
  });

  it("毎年度 is at least as strict as 24 months or more, so the default 24 months changes nothing", () => {
    for (let m = 24; m <= 60; m++) {
      expect(subset(ANNUAL, { fiscalYears: 60, months: m }), `${m} months`).toBe(true);
      expect(passes({ fiscalYears: 1, months: m })).toEqual(passes({ fiscalYears: 1, months: 60 }));
    }
  });

  it("13 to 23 months and 毎年度 are incomparable: each fails a pair the other passes", () => {
    for (let m = 13; m <= 23; m++) {
      expect(subset({ fiscalYears: 60, months: m }, ANNUAL), `${m} months ⊆ 毎年度`).toBe(false);
      expect(subset(ANNUAL, { fiscalYears: 60, months: m }), `毎年度 ⊆ ${m} months`).toBe(false);
    }
  });

  it("property: a cadence lower in both parameters never passes what a higher one fails", () => {
    const date = fc.integer({ min: dayNumber("2020-01-01"), max: dayNumber("2030-12-31") });
    const cadence = fc.record({ fiscalYears: fc.integer({ min: 1, max: 5 }), months: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(date, fc.nat({ max: 3000 }), cadence, cadence, (asOfDay, back, a, b) => {
        const tight = { fiscalYears: Math.min(a.fiscalYears, b.fiscalYears), months: Math.min(a.months, b.months) };
        const loose = { fiscalYears: Math.max(a.fiscalYears, b.fiscalYears), months: Math.max(a.months, b.months) };
        const last = new Date((asOfDay - back) * 86_400_000).toISOString().slice(0, 10);
        const context = { asOfDay };
        const tightStatus = verdicts[judgeCadence(last, tight, context)].status;
        const looseStatus = verdicts[judgeCadence(last, loose, context)].status;
        return !(tightStatus === "pass" && looseStatus === "fail");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the three cadence controls in the policy", () => {
  const CONTROLS = [
    ["audit-interval", "lastAudit", "auditCadenceFiscalYears", "auditIntervalMonths"],
    ["self-inspection-interval", "lastSelfInspection", "selfInspectionCadenceFiscalYears", "selfInspectionIntervalMonths"],
    ["training-interval", "lastTraining", "trainingCadenceFiscalYears", "trainingIntervalMonths"],
  ] as const;

  it.each(CONTROLS)("%s defaults to 毎年度 (1 fiscal year) and 24 months, which adds nothing", (id, _field, years, months) => {
    expect(policy.parameters[id]).toEqual({ [years]: 1, [months]: 24 });
  });

  it.each(CONTROLS)("%s judges the issue's pair by fiscal year, and an overlay's months tighten it", (id, field, _years, months) => {
    const subject = { kind: "organization", organization: "secretariat", [field]: "2024-04-15" } as const;
    const finding = (p = policy) => evaluate(subject as never, { asOf: "2026-03-15", policy: p }).findings.find((f) => f.control === id);
    expect(finding()?.status).toBe("pass");
    const tightened = extendPolicy(policy, { id: "o", version: "1.0.0", name: { ja: "試験", en: "Test" }, parameters: { [id]: { [months]: 12 } } } as never);
    expect(finding(tightened)?.status).toBe("fail");
    expect(finding(tightened)?.message.ja).toContain("判定基準日前12か月以内に実施されていない");
  });

  it.each(CONTROLS)("%s: an overlay may not loosen the fiscal-year cadence (2 fiscal years) nor the months (beyond 24)", (id, _field, years, months) => {
    const loosen = (parameters: Record<string, number>) =>
      safeExtendPolicy(policy, { id: "o", version: "1.0.0", name: { ja: "試験", en: "Test" }, parameters: { [id]: parameters } } as never);
    const byYears = loosen({ [years]: 2 });
    expect(byYears.success).toBe(false);
    if (!byYears.success) expect(byYears.error.issues.map((issue) => issue.code)).toContain("loosen-parameter");
    expect(loosen({ [months]: 25 }).success).toBe(false);
    expect(loosen({ [years]: 1, [months]: 6 }).success).toBe(true);
  });
});
