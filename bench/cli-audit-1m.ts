/**
 * The command line on a million assets: `infosec-policy audit inventory.ndjson --format json`
 * through the built binary, as a user runs it, with its wall time and peak resident memory; and,
 * for comparison, `audit` in-process on the same subjects (already parsed and typed).
 *
 *   npm run bench:cli                                   # build, then 1,000,000 assets
 *   node --import tsx bench/cli-audit-1m.ts --count=200000 --runs=3
 *
 * Options: `--count=1000000`, `--seed=…` (bench/generate-inventory.ts's default), `--runs=1`
 * (each measured `runs` times; the median is reported), `--keep` (keep the generated file).
 *
 * Targets (issue 6, tightened by issue 14): peak RSS of the CLI at most 128 MB; its throughput within 2 times of the
 * in-process `audit`. The inventory is generated once into os.tmpdir() (about 290 MB for a
 * million assets) and reused while its size and seed match.
 *
 * The CLI's peak RSS is the child's own `process.resourceUsage().maxRSS`, written at exit by a
 * preload (`--require bench/report-max-rss.cjs`), so the binary itself has no benchmark code.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, openSync, readFileSync, rmSync, statSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import type { AssetSubject } from "../src/subjects/asset.js";

/** bench/generate-inventory.ts (the realistic inventory the other benchmarks use), loaded when needed. */
interface InventoryGenerator {
  readonly DEFAULT_INVENTORY_SEED: number;
  generateInventory(count: number, seed?: number): AssetSubject[];
}

async function loadGenerator(): Promise<InventoryGenerator> {
  // Loaded by URL, at run time: the benchmark shares the generator of bench/index.ts and
  // bench/audit-run.ts rather than keeping a second one.
  return (await import(new URL("./generate-inventory.ts", import.meta.url).href)) as InventoryGenerator;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const preload = join(root, "bench", "report-max-rss.cjs");
const AS_OF = "2026-11-25";
const RSS_TARGET_MB = 128; // issue 14 (issue 6 asked for 256)
const RATIO_TARGET = 2;

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
const thousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

async function generate(file: string, count: number, seed: number): Promise<void> {
  const { generateInventory } = await loadGenerator();
  const out = createWriteStream(file);
  let buffer = "";
  // generateInventory is a deterministic stream; a million assets fit in this process's memory.
  for (const asset of generateInventory(count, seed)) {
    buffer += `${JSON.stringify(asset)}\n`;
    if (buffer.length >= 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
}

/** In a child of its own: `audit` in-process on the parsed subjects, timed without parsing. */
async function inProcess(file: string, runs: number): Promise<void> {
  const { audit } = (await import(join(root, "dist", "index.js"))) as typeof import("../src/index.js");
  const subjects = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as import("../src/subjects/subject.js").Subject);
  const times: number[] = [];
  let nonCompliant = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = audit(subjects, { asOf: AS_OF });
    times.push(performance.now() - start);
    nonCompliant = result.summary.outcomes["non-compliant"];
  }
  process.stdout.write(`IN_PROCESS ${JSON.stringify({ count: subjects.length, times, nonCompliant })}\n`);
}

function runCli(file: string): { ms: number; maxRssKb: number; code: number | null } {
  const rssFile = join(tmpdir(), `infosec-policy-bench-rss-${process.pid}.txt`);
  const devNull = openSync("/dev/null", "w");
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--require", preload, cli, "audit", file, "--format", "json", "--as-of", AS_OF], {
    stdio: ["ignore", devNull, "pipe"],
    env: { ...process.env, INFOSEC_POLICY_BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
  });
  const ms = performance.now() - start;
  closeSync(devNull);
  if (child.status !== 0 && child.status !== 1 && child.status !== 2) throw new Error(`the CLI failed (exit ${child.status}): ${child.stderr}`);
  const maxRssKb = Number(readFileSync(rssFile, "utf8"));
  rmSync(rssFile, { force: true });
  return { ms, maxRssKb, code: child.status };
}

async function main(): Promise<void> {
  const inProcessFile = process.argv.find((a) => a.startsWith("--in-process="));
  const runs = option("runs", 1);
  if (inProcessFile !== undefined) return inProcess(inProcessFile.slice("--in-process=".length), runs);

  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first (npm run bench:cli does)");
  const count = option("count", 1_000_000);
  const seed = option("seed", (await loadGenerator()).DEFAULT_INVENTORY_SEED);
  const file = join(tmpdir(), `infosec-policy-bench-${count}-${seed}.ndjson`);
  if (!existsSync(file)) {
    const start = performance.now();
    process.stdout.write(`generating ${thousands(count)} assets into ${file} … `);
    await generate(`${file}.partial`, count, seed);
    rmSync(file, { force: true });
    (await import("node:fs")).renameSync(`${file}.partial`, file);
    process.stdout.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }
  const size = statSync(file).size;

  const cliRuns = Array.from({ length: runs }, () => runCli(file));
  const cliMs = median(cliRuns.map((r) => r.ms));
  const cliRssMb = Math.max(...cliRuns.map((r) => r.maxRssKb)) / 1024;

  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), `--in-process=${file}`, `--runs=${runs}`], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=8192`.trim() },
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith("IN_PROCESS "));
  if (line === undefined) throw new Error(`the in-process run failed: ${child.stderr}`);
  const inproc = JSON.parse(line.slice("IN_PROCESS ".length)) as { count: number; times: number[]; nonCompliant: number };
  const inMs = median(inproc.times);

  const cliRate = (count * 1000) / cliMs;
  const inRate = (count * 1000) / inMs;
  const ratio = inRate / cliRate;
  const rows: [string, string][] = [
    ["inventory", `${thousands(count)} assets, NDJSON, ${mb(size)} MB (${file})`],
    ["CLI", `node dist/cli.js audit <file> --format json --as-of ${AS_OF} > /dev/null (exit ${cliRuns[0]?.code})`],
    ["CLI wall time", `${(cliMs / 1000).toFixed(2)} s (median of ${runs}), ${thousands(cliRate)} assets/s, read + JSON.parse + validation + audit + report`],
    ["CLI peak RSS", `${cliRssMb.toFixed(1)} MB (target ≤ ${RSS_TARGET_MB} MB): ${cliRssMb <= RSS_TARGET_MB ? "met" : "NOT met"}`],
    ["in-process audit", `${(inMs / 1000).toFixed(2)} s (median of ${runs}), ${thousands(inRate)} assets/s: audit(subjects) on parsed, typed subjects`],
    ["ratio", `in-process is ${ratio.toFixed(2)}× the CLI's throughput (target ≤ ${RATIO_TARGET}×): ${ratio <= RATIO_TARGET ? "met" : "NOT met"}`],
    ["non-compliant", thousands(inproc.nonCompliant)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\n`);
  if (process.argv.includes("--keep") === false && count !== 1_000_000) rmSync(file, { force: true });
}

await main();
