/**
 * What the guard's refusal of accessors costs: the guard reads every value of a subject once
 * through its own property descriptor (src/engine/guard-fast.ts), so that a getter is never
 * called, and that read costs several times a plain `o[k]`. This prints, for the nine-kind and
 * the action mix:
 *
 * - how many values per subject the guard reads through a descriptor (fields of every object,
 *   and the length and elements of every list);
 * - the CPU time per subject of walking each subject the guard's way through descriptors, and of
 *   the same walk with plain reads, in interleaved rounds, next to `evaluate` itself;
 * - so the share of `evaluate` that the descriptor reads alone take, which no change to the
 *   runner can win back; and, next to the baseline engine (bench/baseline/engine.js) and casl
 *   (action mix) timed in the same rounds, the ratio `npm run bench` reports and the ratio it
 *   would report if those reads cost only what plain reads cost (a bound the contract forbids:
 *   what the rest of the engine would have to win to reach a target).
 *
 *   node --import tsx bench/descriptor-cost.ts [--src] [--rounds=9] [--mix=8192]
 *
 * The walks are measurements only: they decide nothing, and the plain walk is not sound (it would
 * call a getter); the engine never reads a subject that way.
 */
import os from "node:os";
import { loadOurEngine, readArgs } from "./load-engine.js";
import { generateNineKindMix } from "./nine-kinds.js";
import { generateActionMix } from "./scenarios.js";
import { createCaslAbility } from "./engines/casl.js";

const args = readArgs(process.argv.slice(2));
const rounds = Number(args.get("rounds") ?? 9);
const mixSize = Number(args.get("mix") ?? 8192);
const getOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;

/** Reads every value as the guard does: each field and each list element (and length) through its descriptor. Returns the number of reads. */
function walkByDescriptor(value: unknown): number {
  if (Array.isArray(value)) {
    const length = getOwnPropertyDescriptor(value, "length")?.value as number;
    let reads = 1;
    for (let i = 0; i < length; i++) reads += 1 + walkByDescriptor(getOwnPropertyDescriptor(value, i)?.value);
    return reads;
  }
  if (typeof value !== "object" || value === null) return 0;
  let reads = 0;
  for (const key in value) reads += 1 + walkByDescriptor(getOwnPropertyDescriptor(value, key)?.value);
  return reads;
}

/** The same walk with plain reads (`o[k]`): what the reads would cost if a getter could be called. */
function walkPlain(value: unknown): number {
  if (Array.isArray(value)) {
    const list = value as readonly unknown[];
    let reads = 1;
    for (let i = 0; i < list.length; i++) reads += 1 + walkPlain(list[i]);
    return reads;
  }
  if (typeof value !== "object" || value === null) return 0;
  let reads = 0;
  for (const key in value) reads += 1 + walkPlain((value as Record<string, unknown>)[key]);
  return reads;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
};

const ours = await loadOurEngine(args.has("src") ? "src" : "dist");
const evaluate = ours.evaluate as unknown as (subject: unknown) => { readonly findings: readonly unknown[] };
const baseline = (await import(new URL("./baseline/engine.js", import.meta.url).href)) as { evaluate: typeof evaluate };
const casl = createCaslAbility();
const mixes = { "nine-kind": generateNineKindMix(mixSize), action: generateActionMix(mixSize) } as const;

console.log(`# The cost of reading through descriptors (node ${process.version}, engine from ${ours.source}/, ${rounds} interleaved rounds, CPU time)`);
console.log(`load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log();
let sink = 0;
for (const [name, mix] of Object.entries(mixes)) {
  let reads = 0;
  for (const subject of mix) reads += walkByDescriptor(subject);
  const paths: [string, () => void][] = [
    ["descriptor walk", () => { for (const subject of mix) sink += walkByDescriptor(subject); }],
    ["plain walk", () => { for (const subject of mix) sink += walkPlain(subject); }],
    ["evaluate", () => { for (const subject of mix) sink += evaluate(subject).findings.length; }],
    ["baseline evaluate", () => { for (const subject of mix) sink += baseline.evaluate(subject).findings.length; }],
  ];
  if (name === "action") paths.push(["casl", () => { for (const subject of mix) if (casl.can("perform", subject as never)) sink++; }]);
  for (const [, run] of paths) for (let i = 0; i < 3; i++) run(); // warm-up
  const times: number[][] = paths.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < paths.length; k++) {
      const i = (k + r) % paths.length;
      const start = process.cpuUsage();
      (paths[i] as [string, () => void])[1]();
      const used = process.cpuUsage(start);
      (times[i] as number[]).push(((used.user + used.system) * 1000) / mix.length); // ns per subject
    }
  }
  const [byDescriptor, plain, evaluated, based] = times.map(median) as [number, number, number, number];
  const at = (path: number, round: number): number => (times[path] as number[])[round] as number;
  const perRound = (f: (round: number) => number): number[] => Array.from({ length: rounds }, (_, round) => f(round));
  const spread = (values: readonly number[], digits = 2): string => `median ${median(values).toFixed(digits)} (spread ${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
  const extra = (round: number): number => at(0, round) - at(1, round);
  const shares = perRound((round) => extra(round) / at(2, round));
  console.log(`## ${name} mix (${mix.length.toLocaleString("en-US")} subjects)`);
  console.log();
  console.log(`- values read through a descriptor per subject: ${(reads / mix.length).toFixed(1)}`);
  console.log(`- walk through descriptors: ${byDescriptor.toFixed(0)} ns per subject; the same walk with plain reads: ${plain.toFixed(0)} ns`);
  console.log(`- evaluate: ${evaluated.toFixed(0)} ns per subject; the baseline's: ${based.toFixed(0)} ns`);
  console.log(`- the descriptor reads' extra cost as a share of evaluate: median ${(median(shares) * 100).toFixed(0)} % (spread ${(Math.min(...shares) * 100).toFixed(0)}–${(Math.max(...shares) * 100).toFixed(0)} %)`);
  console.log(`- ours ÷ baseline (rates): ${spread(perRound((round) => at(3, round) / at(2, round)))}; with reads at the cost of plain reads: ${spread(perRound((round) => at(3, round) / (at(2, round) - extra(round))))}`);
  if (times.length > 4) {
    console.log(`- ours ÷ casl (rates): ${spread(perRound((round) => at(4, round) / at(2, round)))}; with reads at the cost of plain reads: ${spread(perRound((round) => at(4, round) / (at(2, round) - extra(round))))}`);
  }
  console.log();
}
console.log(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; checksum ${sink % 1000}`);
