import { formatCount } from "../report/report-strings.js";

/** How often (in items) to look at the clock, and how often (ms) to redraw. */
const CHECK_EVERY = 4096;
const REDRAW_MS = 200;

/**
 * A progress line on standard error (`\r  123,456 subjects read (98,765/s)`), shown only when
 * standard error is a terminal, so that logs and pipes get none of it.
 */
export class Progress {
  private count = 0;
  private shown = false;
  private readonly started = performance.now();
  private last = this.started;
  private readonly enabled: boolean;

  constructor(
    private readonly err: NodeJS.WriteStream,
    private readonly label: string,
  ) {
    this.enabled = err.isTTY === true;
  }

  /** Counts one item, and redraws now and then. */
  tick(): void {
    this.count++;
    if (!this.enabled || this.count % CHECK_EVERY !== 0) return;
    const now = performance.now();
    if (now - this.last < REDRAW_MS) return;
    this.last = now;
    const rate = Math.round((this.count * 1000) / (now - this.started));
    this.err.write(`\r\x1b[K  ${formatCount(this.count)} ${this.label} (${formatCount(rate)}/s)`);
    this.shown = true;
  }

  /** Removes the line (before a message is printed). */
  clear(): void {
    if (!this.shown) return;
    this.err.write("\r\x1b[K");
    this.shown = false;
  }

  /** Removes the line for good. */
  done(): void {
    this.clear();
  }
}
