import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoTimeText } from "../../src/server/iso-time.js";

/** A clock that gives the times listed, in turn. */
function clockOf(times: readonly number[]): () => number {
  let at = 0;
  return () => times[at++] as number;
}

describe("isoTimeText: the clock as toISOString writes it, a second's text made once", () => {
  it("writes each millisecond of a second, and the next seconds, minutes, days and years, as toISOString does", () => {
    const start = Date.UTC(2026, 11, 31, 23, 59, 58, 990);
    const times = [start, start, start + 1, start + 9, start + 10, start + 99, start + 100, start + 1009, start + 1010, start + 1011, start + 2010, start + 86_400_000];
    const time = isoTimeText(clockOf(times));
    for (const ms of times) expect(time()).toBe(new Date(ms).toISOString());
  });

  it("for any sequence of times (back and forth, before 1970, fractions of a millisecond, far years), the text of toISOString", () => {
    const instant = fc.oneof(
      fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
      fc.integer({ min: 1_767_225_600_000, max: 1_767_225_610_000 }), // ten seconds of 2026: the same second often
      fc.integer({ min: -3_000, max: 3_000 }), // around the epoch
      fc.double({ min: 1_767_225_600_000, max: 1_767_225_602_000, noNaN: true }),
      fc.constant(8.64e15),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 40 }), (times) => {
        const time = isoTimeText(clockOf(times));
        for (const ms of times) expect(time()).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 300 },
    );
  });

  it("reads the system clock by default", () => {
    const before = Date.now();
    const text = isoTimeText()();
    const after = Date.now();
    const read = Date.parse(text);
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(after);
    expect(text).toBe(new Date(read).toISOString());
  });
});
