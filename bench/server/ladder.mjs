// Where a single decision's time goes, by ablation in place: servers that each do a part of the
// decision service's work, loaded alike (autocannon, 16 connections, the example subjects in turn),
// in interleaved rounds, each printed with its CPU time per request (process.cpuUsage: user +
// system) and the client's (this process's), and its requests per second:
//
//   npm run build --silent
//   node bench/server/ladder.mjs [--rounds 6] [--slice 2] [--only "name|name"]
//
// The rungs: the bare server of `npm run bench:server` (`bare.mjs`); the same with the service's
// answer (a constant decision of the example subjects, some 3 kB), its ten headers, a request id
// and a decision id (randomUUID), a 'close' listener with a timer read and the body's four
// listeners; then that with a log line appended per request (one write per turn, to a file), then
// with the SHA-256 of the body's JSON; and the service itself (dist/server.js) with its log off,
// with the log but no input hash (`logInput: "none"`), and as `npm run bench:server` runs it.
// A rung as a server: `node bench/server/ladder.mjs --serve <rung> <log file>`.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { createServer } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { argv, load as loadWith, option, root, start, subjectRequests, subjects, textOption } from "./common.mjs";

/** Each rung: what the bare server adds (a set of parts), or the service with its options. */
const RUNGS = {
  bare: { parts: [] },
  "bare + answer, headers, ids, listeners": { parts: ["answer", "headers", "ids", "listeners"] },
  "bare + answer as text, headers, ids, listeners": { parts: ["answer", "text", "headers", "ids", "listeners"] },
  "+ log line per request": { parts: ["answer", "headers", "ids", "listeners", "log"] },
  "+ SHA-256 of the input's JSON": { parts: ["answer", "headers", "ids", "listeners", "log", "hash"] },
  "service, log off": { service: { log: false } },
  "service, log without input hash": { service: { log: true, logInput: "none" } },
  service: { service: { log: true } },
};

function answer(...args) {
  process.stdout.write(`${JSON.stringify(Object.fromEntries(args))}\n`);
}

function stdinCommands() {
  process.stdin.setEncoding("utf8").on("data", (text) => {
    for (const line of text.split("\n")) if (line === "cpu") answer(["cpu", process.cpuUsage()]);
  });
}

async function serve(name, logFile) {
  const rung = RUNGS[name];
  if (rung.service !== undefined) {
    const { createServer: createService, decisionLogSink } = await import(pathToFileURL(join(root, "dist", "server.js")).href);
    const service = await createService({
      host: "127.0.0.1",
      port: 0,
      limits: { maxConcurrent: 1024 },
      ...(rung.service.log ? { log: decisionLogSink(logFile) } : {}),
      ...(rung.service.logInput === undefined ? {} : { logInput: rung.service.logInput }),
    });
    answer(["url", service.url]);
    stdinCommands();
    process.on("SIGTERM", () => service.close().then(() => process.exit(0)));
    return;
  }
  const on = new Set(rung.parts);
  // The service's answer to the first example subject of about 3 kB, made by the service once.
  const { createServer: createService } = await import(pathToFileURL(join(root, "dist", "server.js")).href);
  const probe = await createService({ host: "127.0.0.1", port: 0 });
  const decision = Buffer.from(
    await (await fetch(`${probe.url}/v1/decisions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(subjects.find((s) => s.kind === "transfer")) })).arrayBuffer(),
  );
  await probe.close();
  const small = Buffer.from(JSON.stringify({ outcome: "compliant" }));
  // With "text", the answer is given to res.end as a string (its byte length computed per request):
  // node:http then writes the header and the body in one write rather than a writev of two.
  const bytes = on.has("answer") ? decision : small;
  const text = on.has("text") ? bytes.toString("utf8") : undefined;
  const fd = on.has("log") ? openSync(logFile, "a") : undefined;
  let pending = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const bytes = Buffer.from(`${pending.join("\n")}\n`);
    pending = [];
    writeSync(fd, bytes);
  };
  const server = createServer({ keepAliveTimeout: 5_000, noDelay: true }, (req, res) => {
    const requestId = on.has("ids") ? randomUUID() : "r";
    if (on.has("listeners")) {
      const started = performance.now();
      res.on("close", () => performance.now() - started);
    }
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    if (on.has("listeners")) {
      req.on("error", () => {});
      req.on("close", () => {});
    }
    req.on("end", () => {
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        const decisionId = on.has("ids") ? randomUUID() : "d";
        const sha256 = on.has("hash") ? createHash("sha256").update(JSON.stringify(value)).digest("hex") : "";
        if (fd !== undefined) {
          pending.push(JSON.stringify({ type: "decision", decisionId, time: new Date().toISOString(), requestId, kind: value.kind, outcome: "compliant", input: { sha256 } }));
          if (!scheduled) {
            scheduled = true;
            setImmediate(flush);
          }
        }
        if (on.has("headers")) {
          res.writeHead(200, [
            "x-request-id", requestId, "content-type", "application/json; charset=utf-8", "content-length", String(text === undefined ? bytes.length : Buffer.byteLength(text)), "cache-control", "no-store",
            "x-content-type-options", "nosniff", "infosec-policy-version", "1.0.0", "infosec-decision-id", decisionId,
          ]);
        } else res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": text === undefined ? bytes.length : Buffer.byteLength(text) });
        res.end(text ?? bytes);
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  server.listen(0, "127.0.0.1", () => answer(["url", `http://127.0.0.1:${server.address().port}`]));
  stdinCommands();
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

async function drive() {
  const ROUNDS = option("rounds", 6);
  const SLICE = option("slice", 2);
  const onlyText = textOption("only", undefined);
  // Names are separated by "|" (rung names hold commas), or by "," if there is no "|".
  const only = onlyText?.split(onlyText.includes("|") ? "|" : ",");
  const names = Object.keys(RUNGS).filter((name) => only === undefined || only.includes(name));
  const dir = mkdtempSync(join(tmpdir(), "infosec-policy-ladder-"));
  const rungs = names.map((name, index) => {
    const server = start("ladder.mjs", ["--serve", name, join(dir, `log-${index}.ndjson`)]);
    return {
      name,
      child: server.child,
      ready: server.ready,
      cpu: server.cpu,
      requests: subjectRequests(RUNGS[name].service === undefined ? "/" : "/v1/decisions"),
      server: [],
      client: [],
      rps: [],
    };
  });
  const load = (rung, seconds) => loadWith(rung.url, rung.requests, seconds);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  try {
    for (const rung of rungs) rung.url = (await rung.ready).url;
    console.log(`ladder: ${ROUNDS} interleaved rounds of ${SLICE} s each; load average ${loadavg()[0].toFixed(2)}`);
    for (const rung of rungs) await load(rung, 2);
    for (let round = 0; round < ROUNDS; round++) {
      for (const rung of rungs) {
        const before = await rung.cpu();
        const client = process.cpuUsage();
        const result = await load(rung, SLICE);
        const clientUsed = process.cpuUsage(client);
        const after = await rung.cpu();
        if (result.errors + result.timeouts + result.non2xx > 0) throw new Error(`${rung.name}: errors or non-2xx answers`);
        rung.server.push((after.user - before.user + after.system - before.system) / result.requests.total);
        rung.client.push((clientUsed.user + clientUsed.system) / result.requests.total);
        rung.rps.push(result.requests.average);
      }
    }
    const bare = rungs.find((rung) => rung.name === "bare");
    console.log(`${"rung".padEnd(40)} server µs/req  client µs/req     req/s  ÷ bare (median of rounds)`);
    for (const rung of rungs) {
      const ratio = bare === undefined ? "" : median(rung.rps.map((rps, i) => rps / bare.rps[i])).toFixed(2);
      console.log(`${rung.name.padEnd(40)} ${median(rung.server).toFixed(1).padStart(13)} ${median(rung.client).toFixed(1).padStart(14)} ${Math.round(median(rung.rps)).toString().padStart(9)}  ${ratio}`);
    }
    console.log(`load average ${loadavg()[0].toFixed(2)} at the end`);
  } finally {
    for (const rung of rungs) rung.child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

if (argv[0] === "--serve") await serve(argv[1], argv[2]);
else await drive();
