/**
 * Cedar-wasm on its own thread, called synchronously from `bench/ratios.ts`.
 *
 * Why: with Cedar's wasm-bindgen glue and the other engines optimised in one isolate, node 20
 * (V8 11.3) dies after a few interleaved rounds with `Fatal error … unreachable code` in
 * `Deoptimizer::DoComputeBuiltinContinuation`. Cedar alone, or every path but Cedar, never does
 * (bisected by dropping paths: Cedar with any one other path — casl, evaluate, safeEvaluate —
 * crashes). So Cedar gets its own isolate: a worker thread that times its slice itself, while the
 * main thread blocks on `Atomics.wait`. The interleaving is kept: the slice runs at its place in
 * the round, and nothing else runs meanwhile.
 *
 * Protocol: the main thread posts `{ ms, at }`, then waits on `state[0]`; the worker answers in
 * `result` (rate, next position, checksum) and sets `state[0]` to 1.
 */
import { parentPort, workerData } from "node:worker_threads";
import { generateActionMix, type ActionSubject } from "../scenarios.js";
import { cedarStatefulAllows, preparseCedar } from "./cedar.js";

interface Shared {
  readonly state: SharedArrayBuffer;
  readonly result: SharedArrayBuffer;
  readonly mixSize: number;
  readonly chunk: number;
}

const { state, result, mixSize, chunk } = workerData as Shared;
const flag = new Int32Array(state);
const out = new Float64Array(result);
const actions: ActionSubject[] = generateActionMix(mixSize);
preparseCedar();

parentPort?.on("message", ({ ms, at }: { ms: number; at: number }) => {
  const limit = BigInt(Math.round(ms * 1e6));
  let count = 0;
  let allowed = 0;
  let position = at;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    const to = Math.min(position + chunk, mixSize);
    for (let i = position; i < to; i++) if (cedarStatefulAllows(actions[i] as ActionSubject)) allowed++;
    count += to - position;
    position = to >= mixSize ? 0 : to;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < limit);
  out[0] = (count * 1e9) / Number(elapsed);
  out[1] = position;
  out[2] = allowed;
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
