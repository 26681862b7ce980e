import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cadenceVerdicts,
  countDistinct,
  countFactorKinds,
  FISCAL_YEAR_LONGEST_GAP_MONTHS,
  judgeCadence,
  judgeFlag,
  judgeSafeguard,
} from "../../src/controls/judge.js";
import type { LocalizedText } from "../../src/definitions/localized-text.js";
import { dayNumber } from "../../src/internal/calendar.js";

// The helpers the catalog's checks are written with, tested on their own: each answer of each
// helper, the edge of each comparison, and the exact words of the cadence messages under each
// parameter (a reader sees them in every finding of the three cadence controls).

const KINDS = ["knowledge", "possession", "inherence"] as const;

describe("judgeFlag", () => {
  it("maps true, false and anything else to the three names, default and given", () => {
    expect([judgeFlag(true), judgeFlag(false), judgeFlag(undefined)]).toEqual(["yes", "no", "unknown"]);
    expect([judgeFlag(true, "a", "b", "c"), judgeFlag(false, "a", "b", "c"), judgeFlag(undefined, "a", "b", "c")]).toEqual(["a", "b", "c"]);
    // Fails safe: a truthy or falsy non-boolean is unknown, not yes or no.
    expect(judgeFlag(1 as never)).toBe("unknown");
    expect(judgeFlag(0 as never)).toBe("unknown");
  });
});

describe("judgeSafeguard", () => {
  it("is yes when the list holds the safeguard, no when it does not, unknown without a list", () => {
    expect(judgeSafeguard(["access-control", "encryption"], "encryption")).toBe("yes");
    expect(judgeSafeguard(["access-control"], "encryption")).toBe("no");
    expect(judgeSafeguard([], "encryption")).toBe("no");
    expect(judgeSafeguard(undefined, "encryption")).toBe("unknown");
    expect(judgeSafeguard(["encryption"], "encryption", "Y", "N", "U")).toBe("Y");
    expect(judgeSafeguard([], "encryption", "Y", "N", "U")).toBe("N");
    expect(judgeSafeguard(undefined, "encryption", "Y", "N", "U")).toBe("U");
  });

  it("never takes a string that contains the name for a list that holds it", () => {
    expect(judgeSafeguard("encryption" as never, "encryption")).toBe("unknown");
    expect(judgeSafeguard({ includes: () => true } as never, "encryption")).toBe("unknown");
  });
});

describe("countFactorKinds", () => {
  it("counts each of the three kinds once, in any order and with repeats (every list of up to four)", () => {
    const lists: string[][] = [[]];
    for (let length = 1; length <= 4; length++) {
      for (const list of lists.filter((l) => l.length === length - 1)) for (const kind of [...KINDS, "other"]) lists.push([...list, kind]);
    }
    for (const list of lists) {
      const expected = KINDS.filter((kind) => list.includes(kind)).length;
      expect(countFactorKinds(list), JSON.stringify(list)).toBe(expected);
    }
  });

  it("gives each single kind 1 and all three 3", () => {
    expect(KINDS.map((kind) => countFactorKinds([kind]))).toEqual([1, 1, 1]);
    expect(countFactorKinds(["inherence", "possession", "knowledge"])).toBe(3);
    expect(countFactorKinds(["inherence", "inherence"])).toBe(1);
    expect(countFactorKinds(["possession", "inherence"])).toBe(2);
  });

  it("gives 0 for something that is not a list", () => {
    expect(countFactorKinds("knowledge possession" as never)).toBe(0);
    expect(countFactorKinds(undefined as never)).toBe(0);
  });
});

describe("countDistinct", () => {
  it("counts distinct items by identity (property: the size of a Set of them)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }), (items) => {
        expect(countDistinct(items)).toBe(new Set(items).size);
      }),
    );
    expect(countDistinct([])).toBe(0);
    expect(countDistinct(["a", "a", "b"])).toBe(2);
  });
});

describe("judgeCadence at each edge", () => {
  const annual = { fiscalYears: 1, months: FISCAL_YEAR_LONGEST_GAP_MONTHS };
  const at = (asOf: string) => ({ asOfDay: dayNumber(asOf) });

  it("tells never, unknown and no as-of date apart, in that order of precedence", () => {
    expect(judgeCadence(null, annual, at("2026-06-01"))).toBe("never");
    expect(judgeCadence(undefined, annual, at("2026-06-01"))).toBe("unknown");
    expect(judgeCadence(null, annual, { asOfDay: undefined })).toBe("never");
    expect(judgeCadence(undefined, annual, { asOfDay: undefined })).toBe("unknown");
    expect(judgeCadence("2026-05-01", annual, { asOfDay: undefined })).toBe("noAsOf");
  });

  it("accepts the as-of day itself and rejects the day after it", () => {
    expect(judgeCadence("2026-06-01", annual, at("2026-06-01"))).toBe("thisFiscalYear");
    expect(judgeCadence("2026-06-02", annual, at("2026-06-01"))).toBe("afterAsOf");
  });

  it("accepts exactly fiscalYears fiscal years back, and not one more", () => {
    expect(judgeCadence("2025-04-01", annual, at("2026-06-01"))).toBe("earlierFiscalYear");
    expect(judgeCadence("2025-03-31", annual, at("2026-06-01"))).toBe("missedFiscalYear");
    const biennial = { fiscalYears: 2, months: 36 };
    expect(judgeCadence("2024-04-01", biennial, at("2026-06-01"))).toBe("earlierFiscalYear");
    expect(judgeCadence("2024-03-31", biennial, at("2026-06-01"))).toBe("missedFiscalYear");
  });

  it("accepts exactly months months back (the day the months end), and not a day more", () => {
    const sixMonths = { fiscalYears: 1, months: 6 };
    expect(judgeCadence("2026-01-01", sixMonths, at("2026-07-01"))).toBe("earlierFiscalYear");
    expect(judgeCadence("2025-12-31", sixMonths, at("2026-07-01"))).toBe("overdue");
    expect(judgeCadence("2026-04-01", { fiscalYears: 1, months: 2 }, at("2026-06-01"))).toBe("thisFiscalYear");
    expect(judgeCadence("2026-04-01", { fiscalYears: 1, months: 1 }, at("2026-06-01"))).toBe("overdue");
  });

  it("fails safe on a cadence that is not a number", () => {
    expect(judgeCadence("2026-05-01", { fiscalYears: Number.NaN, months: 24 }, at("2026-06-01"))).toBe("missedFiscalYear");
    expect(judgeCadence("2026-05-01", { fiscalYears: 1, months: Number.NaN }, at("2026-06-01"))).toBe("overdue");
  });
});

describe("cadenceVerdicts: the words under each parameter", () => {
  const verdicts = cadenceVerdicts({ ja: "監査", en: "audit" }, "years", "months");
  const text = (name: keyof typeof verdicts, p: Record<string, number>): LocalizedText => {
    const message = verdicts[name].message;
    return typeof message === "function" ? message(p) : message;
  };

  it("gives each name its status", () => {
    expect(Object.fromEntries(Object.entries(verdicts).map(([name, v]) => [name, v.status]))).toEqual({
      thisFiscalYear: "pass",
      earlierFiscalYear: "pass",
      missedFiscalYear: "fail",
      overdue: "fail",
      never: "fail",
      unknown: "manual",
      noAsOf: "manual",
      afterAsOf: "manual",
    });
  });

  it("under 毎年度 with 24 months or more (the defaults, given or not), names no months", () => {
    for (const p of [{}, { years: 1 }, { years: 1, months: 24 }, { years: 1, months: 36 }]) {
      expect(text("thisFiscalYear", p)).toEqual({ ja: "監査が判定基準日の属する年度に実施されている。", en: "The audit took place in the fiscal year of the as-of date." });
      expect(text("earlierFiscalYear", p)).toEqual({
        ja: "監査が前年度に実施されている。判定基準日の属する年度の分は、年度末（3月31日）までに実施する必要がある。",
        en: "The audit took place in the previous fiscal year. This fiscal year's is still due by 31 March.",
      });
      expect(text("missedFiscalYear", p)).toEqual({
        ja: "監査が前年度にも判定基準日の属する年度にも実施されていない（毎年度の実施が求められる）。",
        en: "The audit took place neither in the previous fiscal year nor in that of the as-of date (required every fiscal year).",
      });
    }
    expect(text("overdue", {})).toEqual({ ja: "監査が判定基準日前24か月以内に実施されていない。", en: "The audit has not taken place within 24 months before the as-of date." });
  });

  it("under 毎年度 with fewer than 24 months, names the months where they bind", () => {
    const p = { years: 1, months: 23 };
    expect(text("thisFiscalYear", p)).toEqual({
      ja: "監査が判定基準日の属する年度に実施されている（判定基準日前23か月以内）。",
      en: "The audit took place in the fiscal year of the as-of date (within 23 months before the as-of date).",
    });
    expect(text("earlierFiscalYear", p).en).toBe("The audit took place in the previous fiscal year (within 23 months before the as-of date). This fiscal year's is still due by 31 March.");
    expect(text("overdue", { months: 12 })).toEqual({ ja: "監査が判定基準日前12か月以内に実施されていない。", en: "The audit has not taken place within 12 months before the as-of date." });
  });

  it("under a cadence of several fiscal years, names them and the months", () => {
    const p = { years: 3, months: 40 };
    expect(text("thisFiscalYear", p)).toEqual({
      ja: "監査が判定基準日の属する年度に実施されている（判定基準日前40か月以内）。",
      en: "The audit took place in the fiscal year of the as-of date (within 40 months before the as-of date).",
    });
    expect(text("earlierFiscalYear", p)).toEqual({
      ja: "監査が判定基準日の属する年度の前3年度以内に実施されている（判定基準日前40か月以内）。",
      en: "The audit took place within the 3 fiscal years before that of the as-of date (within 40 months before the as-of date).",
    });
    expect(text("missedFiscalYear", p)).toEqual({
      ja: "監査が判定基準日の属する年度及びその前3年度に実施されていない（3年度に1回以上の実施が求められる）。",
      en: "The audit took place neither in the fiscal year of the as-of date nor in the 3 before it (required at least once in every 3 fiscal years).",
    });
  });

  it("words the fixed messages with the subject of the cadence", () => {
    expect(text("never", {})).toEqual({ ja: "監査が実施されたことがない。", en: "The audit has never taken place." });
    expect(text("unknown", {})).toEqual({ ja: "監査の直近の実施日が回答されていない。", en: "The date of the last audit is not stated." });
    expect(text("noAsOf", {})).toEqual({ ja: "判定基準日が指定されていないため、実施の周期を判定できない。", en: "No as-of date was given, so the cadence cannot be judged." });
    expect(text("afterAsOf", {})).toEqual({
      ja: "監査の実施日が判定基準日より後になっている。日付を確認すること。",
      en: "The date of the audit is after the as-of date. Check the dates.",
    });
  });
});
