import { Writable } from "node:stream";
import { createServer, decisionLogSink, type DecisionService, type ServerOptions } from "../../src/server/index.js";

/** A running service on 127.0.0.1 (port 0) whose decision log lines are collected in memory. */
export interface TestService {
  readonly service: DecisionService;
  readonly url: string;
  /** Every decision log line written so far, parsed. */
  readonly lines: unknown[];
  /** Every decision log line written so far, as written. */
  readonly raw: string[];
  close(): Promise<void>;
}

/** Starts the real service over HTTP on loopback, any free port. */
export async function startService(options: Omit<ServerOptions, "log" | "port" | "host"> = {}): Promise<TestService> {
  const raw: string[] = [];
  const lines: unknown[] = [];
  let pending = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending += chunk.toString("utf8");
      let newline = pending.indexOf("\n");
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        raw.push(line);
        lines.push(JSON.parse(line));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
      callback();
    },
  });
  const service = await createServer({ ...options, host: "127.0.0.1", port: 0, log: decisionLogSink(stream) });
  return { service, url: service.url, lines, raw, close: () => service.close() };
}

/** POSTs a body (a string is sent as is, anything else as JSON). */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

/** One sample of a Prometheus text exposition. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/**
 * A strict parser of the Prometheus text format 0.0.4: `# HELP` and `# TYPE` lines, and samples
 * `name{label="value",…} number`. Throws on any line it cannot read, on a sample without a TYPE,
 * and on a histogram whose buckets are not cumulative or whose +Inf bucket is not its count.
 */
export function parsePrometheus(text: string): { samples: Sample[]; types: Map<string, string> } {
  if (!text.endsWith("\n")) throw new Error("the exposition must end with a line break");
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  const lines = text.slice(0, -1).split("\n");
  for (const [index, line] of lines.entries()) {
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type !== null) {
      if (types.has(type[1] as string)) throw new Error(`line ${index + 1}: second TYPE for ${type[1]}`);
      types.set(type[1] as string, type[2] as string);
      continue;
    }
    if (/^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*",?)*)\})? (-?[0-9.e+-]+|\+Inf|NaN)$/.exec(line);
    if (sample === null) throw new Error(`line ${index + 1} is not valid Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key as string] = (value as string).replace(/\\n/g, "\n").replace(/\\(["\\])/g, "$1");
    const name = sample[1] as string;
    const family = name.replace(/_(bucket|sum|count)$/, "");
    if (!types.has(name) && !(types.get(family) === "histogram")) throw new Error(`line ${index + 1}: sample ${name} has no TYPE`);
    const value = Number(sample[3]);
    if (Number.isNaN(value) && sample[3] !== "NaN") throw new Error(`line ${index + 1}: bad value`);
    samples.push({ name, labels, value });
  }
  for (const [family, type] of types) {
    if (type !== "histogram") continue;
    const series = new Map<string, Sample[]>();
    for (const sample of samples.filter((s) => s.name === `${family}_bucket`)) {
      const { le: _le, ...rest } = sample.labels;
      const key = JSON.stringify(rest);
      series.set(key, [...(series.get(key) ?? []), sample]);
    }
    for (const [key, buckets] of series) {
      for (let i = 1; i < buckets.length; i++) if ((buckets[i] as Sample).value < (buckets[i - 1] as Sample).value) throw new Error(`${family} ${key}: buckets not cumulative`);
      const inf = buckets.at(-1) as Sample;
      if (inf.labels["le"] !== "+Inf") throw new Error(`${family} ${key}: last bucket is not +Inf`);
      const count = samples.find((s) => s.name === `${family}_count` && JSON.stringify(s.labels) === key);
      if (count?.value !== inf.value) throw new Error(`${family} ${key}: +Inf bucket is not the count`);
    }
  }
  return { samples, types };
}
