/**
 * A synchronous handle on Cedar-wasm in a worker thread (see `cedar-worker.ts` for why).
 */
import { Worker } from "node:worker_threads";

/** Times Cedar for about `ms` from position `at` of the action mix; returns the rate, the next position and a checksum. */
export interface CedarThread {
  slice(ms: number, at: number): { readonly rate: number; readonly at: number; readonly checksum: number };
  /** Ends the worker. */
  close(): Promise<number>;
}

/**
 * Starts the worker, which generates the same action mix (seeded) and preparses the policies.
 *
 * @param mixSize - The size of the action mix.
 * @param chunk - Items per inner loop between clock reads.
 * @returns The handle, once the worker has answered a first (tiny) slice.
 */
export function startCedarThread(mixSize: number, chunk: number): CedarThread {
  const state = new SharedArrayBuffer(4);
  const result = new SharedArrayBuffer(3 * 8);
  const flag = new Int32Array(state);
  const out = new Float64Array(result);
  // A worker does not inherit tsx's loader for its entry: the entry registers it, then imports the TypeScript.
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./cedar-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { state, result, mixSize, chunk } });
  let failure: unknown;
  worker.on("error", (error) => {
    failure = error;
    Atomics.store(flag, 0, 2);
    Atomics.notify(flag, 0);
  });
  const slice = (ms: number, at: number) => {
    Atomics.store(flag, 0, 0);
    worker.postMessage({ ms, at });
    // Block until the worker answers; a dead worker is noticed within a minute.
    for (let waited = 0; Atomics.load(flag, 0) === 0; waited++) {
      if (Atomics.wait(flag, 0, 0, 1000) === "timed-out" && waited > 60) throw new Error("the Cedar worker did not answer within a minute");
    }
    if (Atomics.load(flag, 0) !== 1) throw new Error(`the Cedar worker failed: ${String(failure)}`);
    return { rate: out[0] as number, at: out[1] as number, checksum: out[2] as number };
  };
  return { slice, close: () => worker.terminate() };
}
