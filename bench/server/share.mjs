// Where the wall-clock time of each load goes, for the server and for the client (autocannon, this
// process): running on a CPU, waiting on the run queue for one (runnable, but the machine's other
// processes have the cores), or sleeping (waiting for the other side, or for I/O). Read from
// /proc/<pid>/task/<pid>/schedstat (Linux: ns on the CPU, ns waiting on a run queue) of each
// process's main thread (its event loop), over interleaved rounds of bare, single and batch loads as `run.mjs` makes:
//
//   npm run build --silent
//   node bench/server/share.mjs [--rounds 4] [--slice 2.5]
//
// Each phase prints, as shares of its wall-clock time: the server's main thread running / waiting
// for a CPU, and the client's; the rest of the time it sleeps (waits for the other side). Linux only.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { batchRequests, load, option, start, subjectRequests } from "./common.mjs";

const ROUNDS = option("rounds", 4);
const SLICE = option("slice", 2.5);

/** CPU and run-queue time (ns) of a process's main thread (its event loop). */
function schedstat(pid) {
  const [running, waiting] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ").map(Number);
  return { running, waiting };
}

const dir = mkdtempSync(join(tmpdir(), "infosec-policy-share-"));
const bare = start("bare.mjs", []);
const service = start("service.mjs", [join(dir, "decisions.ndjson")]);
try {
  const [{ url: bareUrl }, { url: serviceUrl }] = await Promise.all([bare.ready, service.ready]);
  const phases = [
    { name: "bare", pid: bare.child.pid, url: bareUrl, requests: subjectRequests("/") },
    { name: "single", pid: service.child.pid, url: serviceUrl, requests: subjectRequests("/v1/decisions") },
    { name: "batch of 100", pid: service.child.pid, url: serviceUrl, requests: batchRequests("/v1/decisions", 100) },
  ].map((phase) => ({ ...phase, wall: 0, server: { running: 0, waiting: 0 }, client: { running: 0, waiting: 0 }, requests_: 0 }));
  console.log(`${ROUNDS} interleaved rounds of ${SLICE} s; load average ${loadavg()[0].toFixed(2)}`);
  for (const phase of phases) await load(phase.url, phase.requests, 2);
  for (let round = 0; round < ROUNDS; round++) {
    for (const phase of phases) {
      const s0 = schedstat(phase.pid);
      const c0 = schedstat(process.pid);
      const t0 = process.hrtime.bigint();
      const result = await load(phase.url, phase.requests, SLICE);
      const wall = Number(process.hrtime.bigint() - t0);
      const s1 = schedstat(phase.pid);
      const c1 = schedstat(process.pid);
      phase.wall += wall;
      phase.server.running += s1.running - s0.running;
      phase.server.waiting += s1.waiting - s0.waiting;
      phase.client.running += c1.running - c0.running;
      phase.client.waiting += c1.waiting - c0.waiting;
      phase.requests_ += result.requests.total;
    }
  }
  const pct = (ns, wall) => `${((100 * ns) / wall).toFixed(0).padStart(3)} %`;
  console.log(`${"phase".padEnd(14)} req/s   server: running  waiting for a CPU   client: running  waiting for a CPU`);
  for (const phase of phases) {
    console.log(
      `${phase.name.padEnd(14)} ${Math.round(phase.requests_ / (phase.wall / 1e9)).toString().padStart(5)}   ${pct(phase.server.running, phase.wall).padStart(15)}  ${pct(phase.server.waiting, phase.wall).padStart(17)}   ${pct(phase.client.running, phase.wall).padStart(15)}  ${pct(phase.client.waiting, phase.wall).padStart(17)}`,
    );
  }
  console.log(`load average ${loadavg()[0].toFixed(2)} at the end`);
} finally {
  bare.child.kill("SIGTERM");
  service.child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
