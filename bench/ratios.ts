/**
 * `npm run bench`: the ratios issue 14 asks for, measured side by side in one process in
 * interleaved rounds (every path runs once in each round, in a rotated order), so that a load
 * spike on the shared machine hits all of them alike. Each ratio is computed per round; the
 * report gives its median and its spread (min–max over the rounds).
 *
 *   node --expose-gc --import tsx bench/ratios.ts [--quick] [--rounds=9] [--ms=300] [--src]
 *        [--imports=15] [--skip-imports] [--mix=8192] [--only=safeEvaluate,parsed,import] [--cpu]
 *
 * With --cpu, each rate is per CPU second of the process (process.cpuUsage: every thread, so
 * the garbage collector's helpers too) rather than per wall-clock second: on a shared machine a
 * path that loses the CPU to another process then loses nothing, and the spreads narrow.
 *
 * What is compared (see bench/README.md):
 * - this engine (dist/, or src/ with --src) against today's engine before issue 14, kept as a
 *   bundle in bench/baseline/engine.js (see bench/make-baseline.mjs);
 * - on the nine-kind mix and on the five-kind action mix;
 * - `safeEvaluate` on JSON-parsed subjects, and on invalid input (the rejection path);
 * - `audit` against `evaluate` on the same subjects;
 * - on the マイナンバー subset, `evaluate` against a hand-written decision function with the
 *   same rules (checked equal on every subject before timing);
 * - `evaluate` against Cedar-wasm (preparsed) and casl with the same rules (bench/engines/,
 *   checked equivalent by `npm run bench:engines -- --verify-only`);
 * - cold import of the main entry, `/core`, the baseline and casl, each in a fresh child process.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import os from "node:os";
import { readFileSync } from "node:fs";
import type { Decision } from "../src/decision/decision.js";
import type { Subject } from "../src/subjects/subject.js";
import { createCaslAbility } from "./engines/casl.js";
import { startCedarThread } from "./engines/cedar-thread.js";
import { IN_SCOPE_ORGANIZATIONS } from "./engines/rules.js";
import { loadOurEngine, PROJECT_ROOT, readArgs, type OurEngine } from "./load-engine.js";
import { collectGarbage } from "./measure.js";
import { generateNineKindMix } from "./nine-kinds.js";
import { generateActionMix, type ActionSubject } from "./scenarios.js";

const args = readArgs(process.argv.slice(2));
const quick = args.has("quick");
const rounds = Number(args.get("rounds") ?? (quick ? 5 : 9));
const sliceMs = Number(args.get("ms") ?? (quick ? 120 : 300));
const importRuns = Number(args.get("imports") ?? (quick ? 5 : 15));
const mixSize = Math.ceil(Number(args.get("mix") ?? 8192) / 512) * 512;
const source = args.has("src") ? "src" : "dist";
// --only=safeEvaluate,parsed,import: time only the paths whose name contains one of the words ("import": the cold imports).
const only = args.get("only")?.split(",").filter((word) => word !== "");
const chosen = (name: string): boolean => only === undefined || only.some((word) => name.includes(word));
const CHUNK = 512;
const cpuTime = args.has("cpu");

/** CPU seconds in a `process.cpuUsage` delta. */
const cpuSeconds = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1e6;

type Evaluate = (subject: unknown, options?: unknown) => Decision;
type SafeEvaluate = (input: unknown) => { success: boolean };
type Audit = (subjects: readonly unknown[], options?: unknown) => unknown;

/** A path to time: runs items `start .. end - 1` and returns a checksum. */
type Path = (start: number, end: number) => number;

interface Timed {
  readonly name: string;
  readonly size: number;
  readonly run: Path;
  /** Items per call of `run` (default 512). */
  readonly chunk?: number;
  /** A path timed elsewhere (Cedar, in its worker thread): runs for about `ms` from `at`, returns the rate and the next position. */
  readonly slice?: (ms: number, at: number) => { readonly rate: number; readonly at: number; readonly checksum: number };
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const x = (n: number): string => (n >= 100 ? `${Math.round(n)}×` : n >= 10 ? `${n.toFixed(1)}×` : `${n.toFixed(2)}×`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[m] as number) : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2;
}

let sink = 0;

/** Runs a path for about `ms`, returns items per second (per CPU second with --cpu). */
function timeSlice(path: Timed, ms: number, position: { at: number }): number {
  const cpuStart = process.cpuUsage();
  if (path.slice !== undefined) {
    const wallStart = process.hrtime.bigint();
    const answer = path.slice(ms, position.at);
    position.at = answer.at;
    sink += answer.checksum;
    if (!cpuTime) return answer.rate;
    // The worker times its own slice (wall clock) while this thread waits: the items it did,
    // about its rate times the slice, over the process's CPU time for the slice.
    const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
    return (answer.rate * wall) / cpuSeconds(process.cpuUsage(cpuStart));
  }
  const limit = BigInt(Math.round(ms * 1e6));
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    const from = position.at;
    const to = Math.min(from + (path.chunk ?? CHUNK), path.size);
    sink += path.run(from, to);
    count += to - from;
    position.at = to >= path.size ? 0 : to;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < limit);
  return cpuTime ? count / cpuSeconds(process.cpuUsage(cpuStart)) : (count * 1e9) / Number(elapsed);
}

// --- the hand-written decision function for the マイナンバー subset ---------------------------------
// The same rules as the policy's controls for transfer, carry-out and sign-in (the scope gate of
// 5(1) included), written as one function that returns only the outcome. The benchmark evaluates
// without `asOf`, so no recorded exception can turn a fail into a pass (its period cannot be
// judged): the function ignores exceptions, as the engine's outcome then does.
const FAIL = 3;
const MANUAL = 2;
const PASS = 1;
const OUTCOMES = ["not-applicable", "compliant", "needs-review", "non-compliant"] as const;
const inScope = (organization: unknown): boolean => organization === undefined || (typeof organization === "string" && (IN_SCOPE_ORGANIZATIONS as readonly string[]).includes(organization));
const flag = (value: boolean | undefined): number => (value === undefined ? MANUAL : value ? PASS : FAIL);
const distinctKinds = (factors: readonly string[]): number => new Set(factors).size;

function handDecide(subject: ActionSubject): (typeof OUTCOMES)[number] {
  if (!inScope(subject.organization)) return "not-applicable";
  let worst = PASS;
  const see = (severity: number) => {
    if (severity > worst) worst = severity;
  };
  switch (subject.kind) {
    case "transfer": {
      const { from, to, channel, classification } = subject;
      if (classification === undefined) see(MANUAL);
      else if (classification.confidentiality >= 2) {
        if (from !== to) see(flag(subject.encrypted));
        else if (channel === undefined) see(MANUAL);
        else if (channel === "email" || channel === "removable-media") see(flag(subject.encrypted));
      }
      if (from === "internet" && to !== "internet" && channel !== "screen-transfer") see(flag(subject.sanitized));
      if ((from === "mynumber") !== (to === "mynumber")) see(FAIL);
      if (from === "mynumber") see(channel === undefined ? MANUAL : channel === "removable-media" ? FAIL : PASS);
      if ((from === "mynumber" && to === "internet") || (from === "internet" && to === "mynumber")) see(FAIL);
      break;
    }
    case "carry-out": {
      const { classification, zone } = subject;
      if (classification === undefined) see(MANUAL);
      else if (classification.confidentiality >= 2) {
        see(flag(subject.approved));
        see(flag(subject.encrypted));
      }
      if (zone === undefined) see(MANUAL);
      else if (zone === "mynumber") see(subject.fromTerminal === undefined ? MANUAL : subject.fromTerminal ? FAIL : PASS);
      break;
    }
    case "sign-in": {
      const { factors, zone, person } = subject;
      if (zone === "mynumber") {
        see(factors === undefined ? MANUAL : distinctKinds(factors) >= 2 ? PASS : FAIL);
        see(person === undefined || person === "contractor" ? MANUAL : person === "outsider" ? FAIL : PASS);
      }
      see(factors === undefined ? MANUAL : distinctKinds(factors) >= 1 ? PASS : FAIL);
      break;
    }
    default:
      throw new Error(`the マイナンバー subset has no ${subject.kind} subjects`);
  }
  return OUTCOMES[worst] as (typeof OUTCOMES)[number];
}

const touchesMynumber = (subject: ActionSubject): boolean =>
  (subject.kind === "transfer" && (subject.from === "mynumber" || subject.to === "mynumber")) ||
  ((subject.kind === "carry-out" || subject.kind === "sign-in") && subject.zone === "mynumber");

/** Invalid inputs made from valid ones, four ways: an unknown field, a wrong type, a misspelt value, a missing required field. */
function invalidFrom(subjects: readonly Subject[]): unknown[] {
  return subjects.map((subject, i) => {
    const copy = JSON.parse(JSON.stringify(subject)) as Record<string, unknown>;
    switch (i % 4) {
      case 0:
        copy["zonee"] = "mynumber";
        break;
      case 1:
        copy["organization"] = 42;
        break;
      case 2:
        copy["kind"] = copy["kind"] === "transfer" ? "transfr" : `${String(copy["kind"])}-x`;
        break;
      default:
        if (copy["kind"] === "transfer") delete copy["from"];
        else copy["id"] = "";
    }
    return copy;
  });
}

/** Cold import of one module in a fresh process, in ms (from before `import()` to after). */
function coldImport(specifier: string): number {
  const script = `const t = process.hrtime.bigint(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`import of ${specifier} failed: ${child.stderr}`);
  return Number(child.stdout);
}

interface RatioRow {
  readonly name: string;
  readonly target: string;
  readonly met: ((median: number) => boolean) | undefined;
  readonly values: number[];
}

function printRatios(rows: readonly RatioRow[]): void {
  const cells = rows.map((row) => {
    const m = median(row.values);
    const min = Math.min(...row.values);
    const max = Math.max(...row.values);
    return [row.name, x(m), `${x(min)} – ${x(max)}`, row.target, row.met === undefined ? "" : row.met(m) ? "MET" : "MISSED"];
  });
  const headers = ["ratio", "median", "spread (min – max)", "target", ""];
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: readonly string[]) => `| ${c.map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w, i) => (i === 0 || i === 3 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const ours: OurEngine = await loadOurEngine(source);
  const baselineUrl = new URL("./baseline/engine.js", import.meta.url);
  const baseline = (await import(baselineUrl.href)) as { evaluate: Evaluate; safeEvaluate: SafeEvaluate; audit: Audit };
  const baselineCommit = readFileSync(new URL("./baseline/COMMIT", import.meta.url), "utf8").trim();
  const evaluate = ours.evaluate as unknown as Evaluate;
  const safeEvaluate = ours.safeEvaluate as unknown as SafeEvaluate;
  const audit = ours.audit as Audit | undefined;
  if (audit === undefined) throw new Error(ours.auditFrom);

  console.log("# Issue 14 ratios: interleaved rounds, one process");
  console.log();
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? "?"} × ${os.availableParallelism()}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`engine under test: ${source === "dist" ? "dist/ (the build)" : "src/ through tsx"}; baseline: bench/baseline/engine.js = commit ${baselineCommit.slice(0, 12)}`);
  console.log(`${rounds} rounds; each path ${sliceMs} ms per round, in a rotated order; mixes of ${fmt(mixSize)} subjects; rates per ${cpuTime ? "CPU second of the process (--cpu)" : "wall-clock second"}`);
  console.log();

  const nine = generateNineKindMix(mixSize);
  const actions = generateActionMix(mixSize);
  const nineParsed = nine.map((subject) => JSON.parse(JSON.stringify(subject)) as unknown);
  const invalid = invalidFrom(nine);
  const mynumberOnly = actions.filter(touchesMynumber);
  const mynumber = Array.from({ length: mixSize }, (_, i) => mynumberOnly[i % mynumberOnly.length] as ActionSubject);
  // audit runs on inventories of 4,096 subjects (its summary is built once per call).
  const AUDIT_CHUNK = Math.min(4096, mixSize);
  const nineChunks: Subject[][] = [];
  for (let i = 0; i < mixSize; i += AUDIT_CHUNK) nineChunks.push(nine.slice(i, i + AUDIT_CHUNK));

  // Checks before timing: the same decisions from both engines (outcomes), the hand-written
  // function equal to the engine on the subset, every invalid input rejected by both.
  let differ = 0;
  for (const subject of nine) if (evaluate(subject).outcome !== baseline.evaluate(subject).outcome) differ++;
  console.log(`outcomes that differ between this engine and the baseline on the nine-kind mix: ${differ} of ${fmt(mixSize)} (the catalog may have changed since; speed is compared, not verdicts)`);
  for (const subject of mynumberOnly) {
    const expected = evaluate(subject).outcome;
    const got = handDecide(subject);
    if (got !== expected) throw new Error(`the hand-written function disagrees with the engine on ${JSON.stringify(subject)}: ${got} vs ${expected}`);
  }
  console.log(`hand-written function equal to evaluate on all ${fmt(mynumberOnly.length)} distinct マイナンバー-subset subjects (transfer, carry-out, sign-in touching マイナンバー利用事務系)`);
  for (const input of invalid) {
    if (safeEvaluate(input).success || baseline.safeEvaluate(input).success) throw new Error(`an invalid input was accepted: ${JSON.stringify(input)}`);
  }
  const kinds = new Map<string, number>();
  for (const subject of nine) kinds.set(subject.kind, (kinds.get(subject.kind) ?? 0) + 1);
  console.log(`nine-kind mix: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  console.log();

  // Cedar runs in a worker thread: in one isolate with the other paths, node 20's deoptimizer
  // crashes after a few rounds (see bench/engines/cedar-worker.ts).
  const cedar = startCedarThread(mixSize, CHUNK);
  const casl = createCaslAbility();
  const outcomeSum = (decide: (s: unknown) => Decision, list: readonly unknown[]): Path => (start, end) => {
    let n = 0;
    for (let i = start; i < end; i++) n += decide(list[i]).findings.length;
    return n;
  };
  const allPaths: Timed[] = [
    { name: "evaluate nine (ours)", size: mixSize, run: outcomeSum(evaluate, nine) },
    { name: "evaluate nine (baseline)", size: mixSize, run: outcomeSum(baseline.evaluate, nine) },
    { name: "evaluate action (ours)", size: mixSize, run: outcomeSum(evaluate, actions) },
    { name: "evaluate action (baseline)", size: mixSize, run: outcomeSum(baseline.evaluate, actions) },
    { name: "evaluate parsed nine (ours)", size: mixSize, run: outcomeSum(evaluate, nineParsed) },
    {
      name: "safeEvaluate parsed nine (ours)",
      size: mixSize,
      run: (start, end) => {
        let n = 0;
        for (let i = start; i < end; i++) if (safeEvaluate(nineParsed[i]).success) n++;
        return n;
      },
    },
    {
      name: "safeEvaluate parsed nine (baseline)",
      size: mixSize,
      run: (start, end) => {
        let n = 0;
        for (let i = start; i < end; i++) if (baseline.safeEvaluate(nineParsed[i]).success) n++;
        return n;
      },
    },
    {
      name: "safeEvaluate invalid (ours)",
      size: mixSize,
      run: (start, end) => {
        let n = 0;
        for (let i = start; i < end; i++) if (!safeEvaluate(invalid[i]).success) n++;
        return n;
      },
    },
    {
      name: "safeEvaluate invalid (baseline)",
      size: mixSize,
      run: (start, end) => {
        let n = 0;
        for (let i = start; i < end; i++) if (!baseline.safeEvaluate(invalid[i]).success) n++;
        return n;
      },
    },
    {
      name: "audit nine (ours)",
      size: mixSize,
      chunk: AUDIT_CHUNK,
      run: (start) => {
        audit(nineChunks[start / AUDIT_CHUNK] as Subject[]);
        return 1;
      },
    },
    { name: "evaluate mynumber (ours)", size: mixSize, run: outcomeSum(evaluate, mynumber) },
    {
      name: "hand-written mynumber",
      size: mixSize,
      run: (start, end) => {
        let n = 0;
        for (let i = start; i < end; i++) if (handDecide(mynumber[i] as ActionSubject) === "compliant") n++;
        return n;
      },
    },
    {
      name: "cedar-wasm preparsed action",
      size: mixSize,
      run: () => {
        throw new Error("timed in its worker thread");
      },
      slice: cedar.slice,
    },
    {
      name: "casl action",
      size: mixSize,
      run: (start, end) => {
        let n = 0;
        for (let i = start; i < end; i++) if (casl.can("perform", actions[i] as never)) n++;
        return n;
      },
    },
  ];
  const paths = allPaths.filter((path) => chosen(path.name));

  const positions = paths.map(() => ({ at: 0 }));
  for (let i = 0; i < paths.length; i++) timeSlice(paths[i] as Timed, quick ? 60 : 150, positions[i] as { at: number }); // warm-up
  const rates: number[][] = paths.map(() => []);
  for (let r = 0; r < rounds; r++) {
    collectGarbage();
    for (let k = 0; k < paths.length; k++) {
      const i = (k + r) % paths.length;
      (rates[i] as number[]).push(timeSlice(paths[i] as Timed, sliceMs, positions[i] as { at: number }));
    }
    process.stderr.write(`  round ${r + 1}/${rounds} done\n`);
  }
  const rate = (name: string): number[] => {
    const i = paths.findIndex((p) => p.name === name);
    if (i < 0 && only !== undefined) return [];
    if (i < 0) throw new Error(name);
    return rates[i] as number[];
  };
  const per = (a: string, b: string): number[] => (rate(b).length === 0 ? [] : rate(a).map((v, i) => v / (rate(b)[i] as number)));

  console.log(`## Rates (median over rounds, per ${cpuTime ? "CPU " : ""}second)`);
  console.log();
  for (let i = 0; i < paths.length; i++) console.log(`- ${(paths[i] as Timed).name}: ${fmt(median(rates[i] as number[]))}/s`);
  if (rate("safeEvaluate invalid (ours)").length > 0 && rate("safeEvaluate invalid (baseline)").length > 0) console.log(`- invalid-input rejection: ours ${(1e6 / median(rate("safeEvaluate invalid (ours)"))).toFixed(2)} µs, baseline ${(1e6 / median(rate("safeEvaluate invalid (baseline)"))).toFixed(2)} µs`);
  console.log();

  const rows: RatioRow[] = [
    { name: "evaluate nine-kind mix: ours ÷ baseline", target: "≥ 2×", met: (m) => m >= 2, values: per("evaluate nine (ours)", "evaluate nine (baseline)") },
    { name: "evaluate action mix: ours ÷ baseline", target: "(info)", met: undefined, values: per("evaluate action (ours)", "evaluate action (baseline)") },
    { name: "evaluate: nine-kind ÷ action mix (ours)", target: "(info; was 0.45–0.5×)", met: undefined, values: per("evaluate nine (ours)", "evaluate action (ours)") },
    { name: "マイナンバー subset: evaluate ÷ hand-written", target: "≥ 0.5×", met: (m) => m >= 0.5, values: per("evaluate mynumber (ours)", "hand-written mynumber") },
    { name: "action mix: evaluate ÷ cedar-wasm preparsed", target: "≥ 50×", met: (m) => m >= 50, values: per("evaluate action (ours)", "cedar-wasm preparsed action") },
    { name: "action mix: evaluate ÷ casl (same rules)", target: "≥ 5×", met: (m) => m >= 5, values: per("evaluate action (ours)", "casl action") },
    { name: "safeEvaluate ÷ evaluate, JSON-parsed nine-kind", target: "≥ 0.5×", met: (m) => m >= 0.5, values: per("safeEvaluate parsed nine (ours)", "evaluate parsed nine (ours)") },
    { name: "safeEvaluate: ours ÷ baseline (valid input)", target: "(info)", met: undefined, values: per("safeEvaluate parsed nine (ours)", "safeEvaluate parsed nine (baseline)") },
    { name: "invalid-input path: ours ÷ baseline", target: "≥ 3×", met: (m) => m >= 3, values: per("safeEvaluate invalid (ours)", "safeEvaluate invalid (baseline)") },
    { name: "audit ÷ evaluate throughput, nine-kind", target: "≥ 0.6×", met: (m) => m >= 0.6, values: per("audit nine (ours)", "evaluate nine (ours)") },
  ];

  if (!args.has("skip-imports") && chosen("import")) {
    const entries = {
      main: pathToFileURL(`${PROJECT_ROOT}dist/index.js`).href,
      core: pathToFileURL(`${PROJECT_ROOT}dist/core.js`).href,
      baseline: baselineUrl.href,
      casl: "@casl/ability",
      // zod alone: the floor of any entry that builds zod schemas at import (the main entry does).
      zod: "zod",
    };
    const times: Record<keyof typeof entries, number[]> = { main: [], core: [], baseline: [], casl: [], zod: [] };
    const names = Object.keys(entries) as (keyof typeof entries)[];
    for (let r = 0; r < importRuns; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + r) % names.length] as keyof typeof entries;
        times[name].push(coldImport(entries[name]));
      }
    }
    const over = (a: keyof typeof entries, b: keyof typeof entries) => times[a].map((t, i) => t / (times[b][i] as number));
    console.log(`## Cold import (${importRuns} fresh processes each, interleaved; ms from before import() to after)`);
    console.log();
    for (const name of names) console.log(`- ${name}: median ${median(times[name]).toFixed(1)} ms (min ${Math.min(...times[name]).toFixed(1)}, max ${Math.max(...times[name]).toFixed(1)})`);
    console.log();
    rows.push(
      { name: "import main entry ÷ casl", target: "≤ 3×", met: (m) => m <= 3, values: over("main", "casl") },
      { name: "import /core ÷ casl", target: "≤ 1.2×", met: (m) => m <= 1.2, values: over("core", "casl") },
      { name: "import main entry: ours ÷ baseline (time)", target: "(info; < 1 is faster)", met: undefined, values: over("main", "baseline") },
      { name: "import zod alone ÷ casl (floor of the main entry)", target: "(info)", met: undefined, values: over("zod", "casl") },
      { name: "import main entry ÷ zod alone", target: "(info)", met: undefined, values: over("main", "zod") },
    );
  }

  console.log("## Ratios (per round; median and spread over the rounds)");
  console.log();
  printRatios(rows.filter((row) => row.values.length > 0));
  console.log();
  console.log(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; checksum ${sink % 1000}`);
  await cedar.close();
  console.log("The CLI target (1M NDJSON assets ≤ 2× in-process audit, peak RSS ≤ 128 MB) is `npm run bench:cli`.");
}

await main();
