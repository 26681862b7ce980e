// Profiles the decision service (or the bare server) under load: starts it with `node --cpu-prof`,
// loads it with autocannon as `npm run bench:server` does, stops it with SIGTERM (the profile is
// written on exit) and prints where its CPU time went, per request:
//
//   npm run build --silent
//   node bench/server/profile.mjs [single|batch|bare] [--duration 10] [--connections 16] [--top 30] [--keep]
//
// It prints the CPU time per request (the profile's time without idle), the functions with the
// most self time, and the inclusive time per request of the steps of the request path.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { argv, batchRequests, load as loadWith, option, start, subjectRequests } from "./common.mjs";

const mode = argv[0] !== undefined && !argv[0].startsWith("--") ? argv[0] : "single";
if (!["single", "batch", "bare"].includes(mode)) throw new Error(`mode must be single, batch or bare, not ${mode}`);
const DURATION = option("duration", 10);
const CONNECTIONS = option("connections", 16);
const TOP = option("top", 30);
const BATCH = 100;

const path = mode === "bare" ? "/" : "/v1/decisions";
const requests = mode === "batch" ? batchRequests(path, BATCH) : subjectRequests(path);

const dir = mkdtempSync(join(tmpdir(), "infosec-policy-profile-"));
const script = mode === "bare" ? "bare.mjs" : "service.mjs";
const server = start(script, [join(dir, "decisions.ndjson")], { execArgv: ["--cpu-prof", "--cpu-prof-dir", dir] });
const { url } = await server.ready;
const load = (seconds) => loadWith(url, requests, seconds, CONNECTIONS);
const warmup = await load(2);
const before = await server.cpu();
const result = await load(DURATION);
const after = await server.cpu();
await server.stop();

const file = readdirSync(dir)
  .filter((name) => name.endsWith(".cpuprofile"))
  .map((name) => join(dir, name))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
const profile = JSON.parse(readFileSync(file, "utf8"));
if (argv.includes("--keep")) console.log(`profile kept: ${file}`);
else rmSync(dir, { recursive: true, force: true });

// The profile spans start-up, the warm-up and the measured run; its times below are divided by the
// requests of both (start-up, a few hundred ms, is counted in, so they overstate a little). The
// profiler samples wall-clock time: a process descheduled inside a system call (writev) shows it
// as that call's time. The CPU time (user and system, process.cpuUsage) of the measured run is
// the firmer number.
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const childId of node.children ?? []) parent.set(childId, node.id);
const name = (node) => `${node.callFrame.functionName || "(anonymous)"}  ${node.callFrame.url.split("/").slice(-2).join("/")}:${node.callFrame.lineNumber + 1}`;
const self = new Map();
const inclusive = new Map();
let busy = 0;
let idle = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const node = nodes.get(profile.samples[i]);
  const delta = profile.timeDeltas[i] ?? 0;
  if (node === undefined) continue;
  if (node.callFrame.functionName === "(idle)") {
    idle += delta;
    continue;
  }
  busy += delta;
  self.set(name(node), (self.get(name(node)) ?? 0) + delta);
  const seen = new Set();
  for (let id = node.id; id !== undefined; id = parent.get(id)) {
    const fn = nodes.get(id).callFrame.functionName;
    if (fn !== "" && !seen.has(fn)) {
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + delta);
    }
  }
}
// The profile covers the warm-up too; the CPU time only the measured run.
const profiled = warmup.requests.total + result.requests.total;
const answered = result.requests.total;
const us = (microseconds, requests) => `${(microseconds / requests).toFixed(1).padStart(7)} µs`;
const per = (microseconds) => us(microseconds, profiled);
console.log(`${mode}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.timeouts}, non-2xx ${result.non2xx}; load average ${loadavg()[0].toFixed(2)}`);
const user = after.user - before.user;
const system = after.system - before.system;
console.log(`CPU time of the measured run: ${us(user + system, answered)} per request (user ${us(user, answered)}, system ${us(system, answered)}), ${answered} requests`);
console.log(`profile: ${per(busy)} busy per request (idle ${((100 * idle) / (busy + idle)).toFixed(1)} % of the profile)`);
console.log(`\nself time per request:`);
for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${per(time)}  ${((100 * time) / busy).toFixed(1).padStart(5)} %  ${key}`);
const steps = [
  "parserOnIncoming",
  "handler",
  "decisions",
  "readBody",
  "parseJsonText",
  "tooDeep",
  "safeEvaluate",
  "evaluateChecked",
  "runCompiled",
  "canonicalJson",
  "sha256",
  "logLine",
  "write",
  "flush",
  "sendJson",
  "sendDecisions",
  "decisionJson",
  "send",
  "writev",
  "writeHead",
  "end",
  "(garbage collector)",
];
console.log(`\ninclusive time per request (a function's own time and that of what it calls):`);
for (const step of steps) if (inclusive.has(step)) console.log(`  ${per(inclusive.get(step))}  ${((100 * inclusive.get(step)) / busy).toFixed(1).padStart(5)} %  ${step}`);
