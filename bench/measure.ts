/**
 * A small timing harness: warm up, then time with `process.hrtime.bigint()` over chunks of the
 * scenario mix until each sample has run for at least `minMs`; report the median sample.
 */

/** How long and how often to measure. */
export interface MeasureOptions {
  /** Minimum duration of one sample, in ms. */
  readonly minMs: number;
  /** Number of samples; the median is reported. */
  readonly samples: number;
  /** Warm-up duration before the first sample, in ms. */
  readonly warmupMs: number;
}

/** The result of one measurement. */
export interface Measurement {
  /** Decisions per second, median of the samples. */
  readonly perSecond: number;
  /** Decisions per second of each sample. */
  readonly samples: readonly number[];
  /** Decisions timed in all samples. */
  readonly decisions: number;
  /** A checksum of the results (allowed decisions), so that nothing can be optimised away. */
  readonly checksum: number;
}

/** Runs decisions `start .. end - 1` of the mix and returns how many were allowed. */
export type Chunk = (start: number, end: number) => number;
/** The same, asynchronously. */
export type AsyncChunk = (start: number, end: number) => Promise<number>;

const CHUNK = 512;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Collects garbage between measurements when run with `--expose-gc`. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}

/**
 * Measures a synchronous engine.
 *
 * @param size - The number of subjects in the mix (a multiple of 512).
 * @param chunk - Runs a range of the mix.
 * @param options - Durations.
 * @returns The measurement.
 */
export function measure(size: number, chunk: Chunk, options: MeasureOptions): Measurement {
  collectGarbage();
  let checksum = 0;
  let position = 0;
  const warmupEnd = process.hrtime.bigint() + BigInt(Math.round(options.warmupMs * 1e6));
  while (process.hrtime.bigint() < warmupEnd) {
    checksum += chunk(position, position + CHUNK);
    position = (position + CHUNK) % size;
  }
  const samples: number[] = [];
  let decisions = 0;
  const minNs = BigInt(Math.round(options.minMs * 1e6));
  for (let s = 0; s < options.samples; s++) {
    let count = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    do {
      checksum += chunk(position, position + CHUNK);
      position = (position + CHUNK) % size;
      count += CHUNK;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < minNs);
    samples.push((count * 1e9) / Number(elapsed));
    decisions += count;
  }
  return { perSecond: median(samples), samples, decisions, checksum };
}

/**
 * Measures an asynchronous engine, one decision after another (one thread, no concurrency).
 *
 * @param size - The number of subjects in the mix (a multiple of 512).
 * @param chunk - Runs a range of the mix.
 * @param options - Durations.
 * @returns The measurement.
 */
export async function measureAsync(size: number, chunk: AsyncChunk, options: MeasureOptions): Promise<Measurement> {
  collectGarbage();
  let checksum = 0;
  let position = 0;
  const warmupEnd = process.hrtime.bigint() + BigInt(Math.round(options.warmupMs * 1e6));
  while (process.hrtime.bigint() < warmupEnd) {
    checksum += await chunk(position, position + CHUNK);
    position = (position + CHUNK) % size;
  }
  const samples: number[] = [];
  let decisions = 0;
  const minNs = BigInt(Math.round(options.minMs * 1e6));
  for (let s = 0; s < options.samples; s++) {
    let count = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    do {
      checksum += await chunk(position, position + CHUNK);
      position = (position + CHUNK) % size;
      count += CHUNK;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < minNs);
    samples.push((count * 1e9) / Number(elapsed));
    decisions += count;
  }
  return { perSecond: median(samples), samples, decisions, checksum };
}
