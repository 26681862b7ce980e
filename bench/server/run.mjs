// `npm run bench:server`: the decision service under load on loopback, side by side with a bare
// node:http server in the same run, interleaved (bench/server/README.md). Bounded: about 65 s by default;
// `--soak 60` makes the soak 60 s. Prints a table and whether each target is met; exits 1 if one
// is not.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { batchRequests as batchOf, load as loadWith, option, start, subjectRequests, textOption } from "./common.mjs";

// `--baseline <file>`: another build of the server entry (e.g. main's src/server bundled with
// esbuild), measured in the same rounds as a fourth and fifth load, so that a change is compared
// with what it replaces under the same machine load.
const BASELINE = textOption("baseline", undefined);
const DURATION = option("duration", 10);
const SOAK = option("soak", 20);
const CONNECTIONS = option("connections", 16);
const BATCH = option("batch", 100);
const WARMUP = 2;
const ROUNDS = option("rounds", 4);

const single = subjectRequests("/v1/decisions");
const load = (url, requests, seconds) => loadWith(url, requests, seconds, CONNECTIONS);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

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
const baseline = BASELINE === undefined ? undefined : start("service.mjs", [join(dir, "baseline.ndjson")], { env: { ...process.env, INFOSEC_POLICY_SERVER_MODULE: BASELINE } });
try {
  const bareUrl = (await bare.ready).url;
  const serviceUrl = (await service.ready).url;
  const baselineUrl = baseline === undefined ? undefined : (await baseline.ready).url;
  const bareRequests = subjectRequests("/");
  const batchRequests = batchOf("/v1/decisions", BATCH);

  // The three loads are measured alike, in the same run, interleaved: ROUNDS rounds of bare,
  // single and batch, each for DURATION / ROUNDS seconds with the same client and connections, so
  // that a change in the machine's other load falls on all three rather than on one phase. Each
  // ratio is the median of its per-round ratios. The CPU time each server used (user + system,
  // process.cpuUsage) is measured over the same rounds: CPU per request does not depend on how
  // much of the machine the server got.
  const phases = [
    { name: "bare", target: bare, url: bareUrl, requests: bareRequests, results: [], cpu: 0 },
    { name: "single", target: service, url: serviceUrl, requests: single, results: [], cpu: 0 },
    { name: "batch", target: service, url: serviceUrl, requests: batchRequests, results: [], cpu: 0 },
  ];
  const [barePhase, singlePhase, batchPhase] = phases;
  if (baseline !== undefined) {
    phases.push(
      { name: "baseline single", target: baseline, url: baselineUrl, requests: single, results: [], cpu: 0 },
      { name: "baseline batch", target: baseline, url: baselineUrl, requests: batchRequests, results: [], cpu: 0 },
    );
  }
  const slice = Math.max(1, DURATION / ROUNDS);
  console.log(
    `loopback, ${CONNECTIONS} connections; ${ROUNDS} interleaved rounds of bare, single and batch, ${slice} s each (after ${WARMUP} s warm-up each), soak ${SOAK} s; load average ${load1.toFixed(2)}`,
  );
  for (const phase of phases) await load(phase.url, phase.requests, WARMUP);
  for (let round = 0; round < ROUNDS; round++) {
    for (const phase of phases) {
      const before = await phase.target.cpu();
      // The client (autocannon, this process) shares the two cores with the servers: what it
      // spends per answer (reading ~4 kB of decision and ten headers, against 30 bytes and five)
      // is time the server does not get, so it is printed too.
      const client = process.cpuUsage();
      phase.results.push(summary(await load(phase.url, phase.requests, slice)));
      const clientUsed = process.cpuUsage(client);
      const after = await phase.target.cpu();
      phase.cpu += after.user - before.user + (after.system - before.system);
      phase.clientCpu = (phase.clientCpu ?? 0) + clientUsed.user + clientUsed.system;
    }
  }
  const merge = (results) => ({
    rps: results.reduce((sum, r) => sum + r.rps, 0) / results.length,
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    total: results.reduce((sum, r) => sum + r.total, 0),
  });
  const bareResult = merge(barePhase.results);
  const singleResult = merge(singlePhase.results);
  const batchResult = merge(batchPhase.results);
  const perRound = (f) => median(barePhase.results.map((_, i) => f(barePhase.results[i], singlePhase.results[i], batchPhase.results[i])));

  // Soak: single decisions for SOAK seconds, RSS sampled every second.
  const samples = [await service.rss()];
  const soakRun = load(serviceUrl, single, SOAK);
  const timer = setInterval(async () => samples.push(await service.rss()), 1000);
  const soakResult = summary(await soakRun);
  clearInterval(timer);
  samples.push(await service.rss());
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

  const cpuPer = (phase, decisions = 1) => phase.cpu / phase.results.reduce((sum, r) => sum + r.total * decisions, 0);
  const [bareCpu, singleCpu, batchCpu] = [cpuPer(barePhase), cpuPer(singlePhase), cpuPer(batchPhase, BATCH)];
  console.log(
    `CPU time (user + system) per request: bare ${bareCpu.toFixed(0)} µs, single decision ${singleCpu.toFixed(0)} µs, batch ${batchCpu.toFixed(0)} µs a decision; ` +
      `by CPU alone, single ${(bareCpu / singleCpu).toFixed(2)}× the bare server's rate, batch ${(singleCpu / batchCpu).toFixed(1)}× the single rate`,
  );
  const clientPer = (phase) => phase.clientCpu / phase.results.reduce((sum, r) => sum + r.total, 0);
  console.log(`client (autocannon) CPU time per answer: bare ${clientPer(barePhase).toFixed(0)} µs, single decision ${clientPer(singlePhase).toFixed(0)} µs, batch of ${BATCH} ${clientPer(batchPhase).toFixed(0)} µs`);
  if (baseline !== undefined) {
    const [, , , baseSingle, baseBatch] = phases;
    const ratio = (f) => median(barePhase.results.map((b, i) => f(b, baseSingle.results[i], baseBatch.results[i])));
    console.log(`\nbaseline (${BASELINE}), in the same rounds:`);
    console.log(row("baseline POST /v1/decisions (1)", merge(baseSingle.results)));
    console.log(row(`baseline POST /v1/decisions (${BATCH})`, merge(baseBatch.results), BATCH));
    const [baseSingleCpu, baseBatchCpu] = [cpuPer(baseSingle), cpuPer(baseBatch, BATCH)];
    console.log(`baseline CPU per request: single decision ${baseSingleCpu.toFixed(0)} µs, batch ${baseBatchCpu.toFixed(0)} µs a decision (this build: ${singleCpu.toFixed(0)} and ${batchCpu.toFixed(0)})`);
    const bThroughput = ratio((b, s) => s.rps / b.rps);
    const bP99 = ratio((b, s) => s.p99 / Math.max(1, b.p99));
    const bBatch = ratio((_, s, b) => (b.rps * BATCH) / s.rps);
    console.log(`baseline ratios: single ${bThroughput.toFixed(2)}× bare, p99 ${bP99.toFixed(2)}× bare, batch ${bBatch.toFixed(1)}× single (this build: below)\n`);
  }
  console.log(
    `per round (bare / single / batch req/s): ${barePhase.results.map((r, i) => `${Math.round(r.rps)} / ${Math.round(singlePhase.results[i].rps)} / ${Math.round(batchPhase.results[i].rps)}`).join(", ")}`,
  );

  const throughput = perRound((b, s) => s.rps / b.rps);
  const p99Ratio = perRound((b, s) => s.p99 / Math.max(1, b.p99));
  const batchRatio = perRound((_, s, b) => (b.rps * BATCH) / s.rps);
  const errors = singleResult.errors + singleResult.non2xx + batchResult.errors + batchResult.non2xx + soakResult.errors + soakResult.non2xx;
  const targets = [
    [`single-decision throughput ${throughput.toFixed(2)}× the bare server's (median of the rounds)`, "≥ 0.6×", throughput >= 0.6],
    [`p99 latency ${p99Ratio.toFixed(2)}× the bare server's (median p99 ${singleResult.p99} vs ${bareResult.p99} ms; bare p99 floored at 1 ms)`, "≤ 2×", p99Ratio <= 2],
    [`batch ${batchRatio.toFixed(1)}× the single-decision rate in decisions/s (median of the rounds)`, "≥ 5×", batchRatio >= 5],
    [`soak RSS growth ${(growth * 100).toFixed(1)} %`, "< 10 %", growth < 0.1],
    [`errors and non-2xx answers of the service: ${errors}`, "0", errors === 0],
  ];
  console.log("\ntargets:");
  for (const [what, target, met] of targets) console.log(`  ${met ? "met    " : "NOT MET"}  ${what} (target ${target})`);
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${loadavg()[0].toFixed(2)} at the end`);
  process.exitCode = targets.every(([, , met]) => met) ? 0 : 1;
} finally {
  await Promise.all([bare.stop(), service.stop(), baseline?.stop()]);
  rmSync(dir, { recursive: true, force: true });
}
