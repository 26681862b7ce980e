import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createServer, decisionLogSink, DecisionLogSchema, type DecisionLogEntry } from "../../src/server/index.js";

const dir = mkdtempSync(join(tmpdir(), "infosec-policy-log-sink-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry: DecisionLogEntry = {
  type: "decision",
  decisionId: "2290d903-5e37-4916-942a-5b6f55c9c65d",
  time: "2026-11-25T00:00:00.000Z",
  requestId: "r-1",
  policy: { id: "miyagi-kouiki-basic-policy", version: "1.0.0", base: "1.0.0", overlay: null },
  kind: "sign-in",
  outcome: "non-compliant",
  failingControls: ["mynumber-multi-factor"],
  manualControls: [],
  locale: "ja",
  input: { sha256: "a".repeat(64) },
};

describe("decisionLogSink", () => {
  it("appends to a file: lines of one turn in one write, all of them there once close resolves", async () => {
    const file = join(dir, "log.ndjson");
    for (let round = 0; round < 2; round++) {
      const sink = decisionLogSink(file);
      for (let i = 0; i < 5; i++) sink.write({ ...entry, requestId: `r-${round}-${i}` });
      await sink.close();
    }
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => (DecisionLogSchema.parse(JSON.parse(line)) as { requestId: string }).requestId)).toEqual(["r-0-0", "r-0-1", "r-0-2", "r-0-3", "r-0-4", "r-1-0", "r-1-1", "r-1-2", "r-1-3", "r-1-4"]);
  });

  it("an unwritable path throws at once; a stream that failed makes the next write throw", async () => {
    expect(() => decisionLogSink(join(dir, "no-such-dir", "log.ndjson"))).toThrow();
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error("disk full"));
      },
    });
    const sink = decisionLogSink(broken);
    sink.write(entry);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => sink.write(entry)).toThrow("disk full");
  });

  it("close waits for a slow stream to drain", async () => {
    const written: string[] = [];
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        setTimeout(() => {
          written.push(chunk.toString());
          callback();
        }, 30);
      },
    });
    const sink = decisionLogSink(slow);
    sink.write(entry);
    await sink.close();
    expect(written.join("")).toContain('"requestId":"r-1"');
  });

  it("a file has every line of a turn as soon as the turn ends, in one append, before close", async () => {
    const file = join(dir, "turns.ndjson");
    const sink = decisionLogSink(file);
    for (let i = 0; i < 3; i++) sink.write({ ...entry, requestId: `t-${i}` });
    expect(readFileSync(file, "utf8")).toBe("");
    await new Promise((resolve) => setImmediate(resolve));
    const ids = () => readFileSync(file, "utf8").split("\n").filter((line) => line !== "").map((line) => (JSON.parse(line) as { requestId: string }).requestId);
    expect(ids()).toEqual(["t-0", "t-1", "t-2"]);
    sink.write({ ...entry, requestId: "t-3" });
    await sink.close();
    expect(ids()).toEqual(["t-0", "t-1", "t-2", "t-3"]);
    expect(() => sink.write(entry)).toThrow("closed");
  });

  it("to a stream, one write at a time: lines that arrive while one is under way go out together in the next, in order", async () => {
    const chunks: string[] = [];
    let busy = 0;
    let most = 0;
    const slow = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        busy++;
        most = Math.max(most, busy);
        setTimeout(() => {
          busy--;
          chunks.push(chunk.toString());
          callback();
        }, 15);
      },
    });
    const sink = decisionLogSink(slow);
    sink.write({ ...entry, requestId: "s-0" });
    await new Promise((resolve) => setImmediate(resolve));
    // The first write is under way: the next lines wait for it, over several turns.
    for (let turn = 1; turn <= 3; turn++) {
      sink.write({ ...entry, requestId: `s-${turn}` });
      await new Promise((resolve) => setImmediate(resolve));
    }
    await sink.close();
    expect(most).toBe(1);
    const perChunk = chunks.filter((chunk) => chunk !== "").map((chunk) => chunk.split("\n").filter((line) => line !== "").map((line) => (JSON.parse(line) as { requestId: string }).requestId));
    expect(perChunk).toEqual([["s-0"], ["s-1", "s-2", "s-3"]]);
  });

  it("createServer with the defaults listens on 127.0.0.1 and closes without a log", async () => {
    const service = await createServer({ port: 0 });
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await service.close();
    await service.close();
  });
});
