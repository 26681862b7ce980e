/**
 * The system clock as the decision log writes it (`Date#toISOString`), read for every decision:
 * the text of a second (`2026-04-01T09:30:15.`) is made once, and each millisecond's text is that
 * with the milliseconds and `Z` appended, instead of a `Date` and its `toISOString` each time.
 * Each clock keeps the second it last saw (one per service handler: no module-global state).
 *
 * @param now - The clock in milliseconds since the epoch (default `Date.now`).
 * @returns A function giving the time now as `toISOString` writes it.
 * @example
 * ```ts
 * const time = isoTimeText(() => Date.UTC(2026, 3, 1, 9, 30, 15, 7));
 * time(); // "2026-04-01T09:30:15.007Z"
 * ```
 * @internal
 */
export function isoTimeText(now: () => number = Date.now): () => string {
  let lastMs = Number.NaN;
  let lastText = "";
  // The start of the second last seen (NaN before the first, or for a time before 1970), and its text up to the milliseconds.
  let second = Number.NaN;
  let prefix = "";
  return () => {
    const ms = now();
    if (ms === lastMs) return lastText;
    lastMs = ms;
    const milli = ms % 1000;
    if (milli >= 0 && ms - milli === second && Number.isInteger(ms)) {
      lastText = `${prefix}${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
      return lastText;
    }
    lastText = new Date(ms).toISOString();
    // Only a whole millisecond of a non-negative second is reused (the remainder of a time before
    // 1970 is negative; a fraction of a millisecond is not written).
    second = milli >= 0 && Number.isInteger(ms) ? ms - milli : Number.NaN;
    prefix = lastText.slice(0, -4);
    return lastText;
  };
}
