// `npm run bench:server`: the decision service under load on loopback, side by side with a bare
// node:http server in the same run (bench/server/README.md). Bounded: about 70 s by default;
// `--soak 60` makes the soak 60 s. Prints a table and whether each target is met; exits 1 if one
// is not.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(argv[at + 1]);
};
const DURATION = option("duration", 10);
const SOAK = option("soak", 20);
const CONNECTIONS = option("connections", 16);
const BATCH = option("batch", 100);
const WARMUP = 2;

const subjectsDir = join(root, "examples", "subjects");
const subjects = readdirSync(subjectsDir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(subjectsDir, name), "utf8")));
const headers = { "content-type": "application/json" };
const single = subjects.map((subject) => ({ method: "POST", path: "/v1/decisions", headers, body: JSON.stringify(subject) }));
const batchBody = JSON.stringify(Array.from({ length: BATCH }, (_, index) => subjects[index % subjects.length]));

function start(script, args = []) {
  const child = spawn(process.execPath, [join(here, script), ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on("line", (line) => waiting.shift()?.(JSON.parse(line)));
  const next = () => new Promise((resolve) => waiting.push(resolve));
  return {
    child,
    ready: next(),
    async rss() {
      const answer = next();
      child.stdin.write("rss\n");
      return (await answer).rss;
    },
    stop: () => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM"))),
  };
}

function load(url, requests, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const summary = (result) => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors + result.timeouts,
  non2xx: result.non2xx,
  total: result.requests.total,
});

const started = Date.now();
const load1 = loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), "infosec-policy-bench-server-"));
const logFile = join(dir, "decisions.ndjson");
const bare = start("bare.mjs");
const service = start("service.mjs", [logFile]);
try {
  const bareUrl = (await bare.ready).url;
  const serviceUrl = (await service.ready).url;
  const bareRequests = subjects.map((subject) => ({ method: "POST", path: "/", headers, body: JSON.stringify(subject) }));

  console.log(`loopback, ${CONNECTIONS} connections, ${DURATION} s per phase (after ${WARMUP} s warm-up), soak ${SOAK} s; load average ${load1.toFixed(2)}`);
  await load(bareUrl, bareRequests, WARMUP);
  const bareResult = summary(await load(bareUrl, bareRequests, DURATION));
  await load(serviceUrl, single, WARMUP);
  const singleResult = summary(await load(serviceUrl, single, DURATION));
  const batchRequests = [{ method: "POST", path: "/v1/decisions", headers, body: batchBody }];
  await load(serviceUrl, batchRequests, WARMUP);
  const batchResult = summary(await load(serviceUrl, batchRequests, DURATION));

  // Soak: single decisions for SOAK seconds, RSS sampled every second.
  const samples = [await service.rss()];
  const soakRun = load(serviceUrl, single, SOAK);
  const timer = setInterval(async () => samples.push(await service.rss()), 1000);
  const soakResult = summary(await soakRun);
  clearInterval(timer);
  samples.push(await service.rss());
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // RSS grows while V8 sizes its heap in the first seconds: compare the median of the soak's
  // second fifth with that of its last fifth.
  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const early = median(samples.slice(fifth, 2 * fifth));
  const late = median(samples.slice(-fifth));
  const growth = late / early - 1;

  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const row = (name, r, perRequest = 1) =>
    `${name.padEnd(34)} ${Math.round(r.rps).toString().padStart(8)} req/s ${Math.round(r.rps * perRequest).toString().padStart(9)} decisions/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  errors ${r.errors}  non-2xx ${r.non2xx}`;
  console.log(row("bare node:http (parse, constant)", bareResult, 0));
  console.log(row("service POST /v1/decisions (1)", singleResult));
  console.log(row(`service POST /v1/decisions (${BATCH})`, batchResult, BATCH));
  console.log(row(`soak ${SOAK} s (1)`, soakResult));
  console.log(`soak RSS: start ${mb(samples[0])}, early median ${mb(early)}, late median ${mb(late)}, max ${mb(Math.max(...samples))} (${samples.length} samples); growth ${(growth * 100).toFixed(1)} %`);
  console.log(`decision log: ${mb(statSync(logFile).size)} written`);

  const throughput = singleResult.rps / bareResult.rps;
  const p99Ratio = singleResult.p99 / Math.max(1, bareResult.p99);
  const batchRatio = (batchResult.rps * BATCH) / singleResult.rps;
  const errors = singleResult.errors + singleResult.non2xx + batchResult.errors + batchResult.non2xx + soakResult.errors + soakResult.non2xx;
  const targets = [
    [`single-decision throughput ${throughput.toFixed(2)}× the bare server's`, "≥ 0.6×", throughput >= 0.6],
    [`p99 latency ${p99Ratio.toFixed(2)}× the bare server's (${singleResult.p99} vs ${bareResult.p99} ms; bare p99 floored at 1 ms)`, "≤ 2×", p99Ratio <= 2],
    [`batch ${batchRatio.toFixed(1)}× the single-decision rate in decisions/s`, "≥ 5×", batchRatio >= 5],
    [`soak RSS growth ${(growth * 100).toFixed(1)} %`, "< 10 %", growth < 0.1],
    [`errors and non-2xx answers of the service: ${errors}`, "0", errors === 0],
  ];
  console.log("\ntargets:");
  for (const [what, target, met] of targets) console.log(`  ${met ? "met    " : "NOT MET"}  ${what} (target ${target})`);
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${loadavg()[0].toFixed(2)} at the end`);
  process.exitCode = targets.every(([, , met]) => met) ? 0 : 1;
} finally {
  await Promise.all([bare.stop(), service.stop()]);
  rmSync(dir, { recursive: true, force: true });
}
