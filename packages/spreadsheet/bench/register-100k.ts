/**
 * 100,000-row asset registers audited through the CLIs, as a user runs them, in one run:
 *
 *   infosec-policy       audit inventory.ndjson --format json   (the library's CLI, the baseline)
 *   infosec-policy-sheet audit register.csv     --format json
 *   infosec-policy-sheet audit register.xlsx    --format json
 *
 * The same inventory in the three forms: the library's realistic generator
 * (bench/generate-inventory.ts of the root), without its recorded exceptions (the register
 * template has no exception columns), written as NDJSON, and as the default template by this
 * package's own writer. Wall time and the child's peak RSS (process.resourceUsage().maxRSS, by the
 * root's bench/report-max-rss.cjs preload). Targets: CSV within 2×, XLSX within 4× of NDJSON, RSS
 * at most 512 MB. Not a test: run it by hand (`npm run bench -w packages/spreadsheet`).
 *
 *   node --import tsx bench/register-100k.ts [--count=100000]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRegisterTemplate } from "../src/index.js";

const count = Number(process.argv.find((a) => a.startsWith("--count="))?.slice(8) ?? 100_000);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const sheetCli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const rootCli = join(root, "dist", "cli.js");
const preload = join(root, "bench", "report-max-rss.cjs");

const { generateInventory } = (await import(new URL(join(root, "bench", "generate-inventory.ts"), "file://").href)) as {
  generateInventory(count: number): import("@miyagi-kouiki/infosec-policy").AssetSubject[];
};
const subjects = generateInventory(count).map(({ exception: _e, ...rest }) => rest);
const dir = mkdtempSync(join(tmpdir(), "sheet-bench-"));
const ndjson = join(dir, "inventory.ndjson");
const csv = join(dir, "register.csv");
const xlsx = join(dir, "register.xlsx");
const t0 = performance.now();
writeFileSync(ndjson, `${subjects.map((s) => JSON.stringify(s)).join("\n")}\n`);
writeFileSync(csv, await writeRegisterTemplate({ format: "csv", subjects }));
writeFileSync(xlsx, await writeRegisterTemplate({ format: "xlsx", subjects, inputRows: 0 }));
const written = performance.now() - t0;

function measure(label: string, cli: string, args: string[]): { label: string; seconds: number; rssMb: number; total: number } {
  const rssFile = join(dir, `${label}.rss`);
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--require", preload, cli, ...args], { env: { ...process.env, INFOSEC_POLICY_BENCH_RSS_FILE: rssFile }, maxBuffer: 2 * 1024 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1 && result.status !== 2) throw new Error(`${label}: exit ${result.status}\n${result.stderr.toString()}`);
  const total = (JSON.parse(result.stdout.toString()) as { total: number }).total;
  return { label, seconds, rssMb: Number(readFileSync(rssFile, "utf8")) / 1024, total };
}

const base = measure("ndjson", rootCli, ["audit", ndjson, "--format", "json", "--generated-at", "2026-11-25T00:00:00Z"]);
const results = [
  base,
  measure("csv", sheetCli, ["audit", csv, "--format", "json", "--generated-at", "2026-11-25T00:00:00Z"]),
  measure("xlsx", sheetCli, ["audit", xlsx, "--format", "json", "--generated-at", "2026-11-25T00:00:00Z"]),
];
const size = (path: string) => (readFileSync(path).length / 1024 / 1024).toFixed(1);
console.log(`${count} assets; files written in ${(written / 1000).toFixed(1)} s: ndjson ${size(ndjson)} MB, csv ${size(csv)} MB, xlsx ${size(xlsx)} MB`);
for (const r of results) {
  console.log(`${r.label.padEnd(7)} ${r.seconds.toFixed(2).padStart(7)} s  ${(r.seconds / base.seconds).toFixed(2)}× ndjson  peak RSS ${r.rssMb.toFixed(0)} MB  subjects ${r.total}`);
}
if (results.some((r) => r.total !== count)) console.log("MISMATCH: not every run audited every asset");
rmSync(dir, { recursive: true, force: true });
