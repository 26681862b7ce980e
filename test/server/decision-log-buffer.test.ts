import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { decisionLogSink, WRITE_TEXT, type LineText } from "../../src/server/decision-log.js";

// The built-in sink takes lines as text or as functions making the text when the turn's lines are
// written (the service's decisions), into a reused buffer for a file. Whatever the mix, the lengths
// (past the 64 kB buffer, multibyte text) and where the turns end, the file or stream holds every
// line handed to the sink, once each, in order, once `close` resolves (a graceful stop, SIGTERM).
const dir = mkdtempSync(join(tmpdir(), "infosec-policy-log-buffer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Write = (line: LineText) => void;
const textOf = (sink: unknown): Write => (sink as { [WRITE_TEXT]: Write })[WRITE_TEXT];

/** A line: some text (ASCII, kana, an emoji's surrogate pair), repeated up to past the buffer's size. */
const lineArbitrary = fc.record({
  piece: fc.constantFrom("a", "判定", "😀", '{"x":"\\u2028"}', "e\u0301"),
  times: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 20_000, max: 70_000 })),
  lazy: fc.boolean(),
  // Turns end after this line (a setImmediate), or not.
  endTurn: fc.boolean(),
});

async function run(target: string | Writable, lines: readonly { piece: string; times: number; lazy: boolean; endTurn: boolean }[]): Promise<string[]> {
  const sink = decisionLogSink(target);
  const write = textOf(sink);
  const expected: string[] = [];
  for (const [index, { piece, times, lazy, endTurn }] of lines.entries()) {
    const text = `${index}:${piece.repeat(times)}`;
    expected.push(text);
    write(lazy ? () => text : text);
    if (endTurn) await new Promise((resolve) => setImmediate(resolve));
  }
  await sink.close();
  return expected;
}

describe("the decision log sink's buffer", () => {
  it("a file holds every line, once, in order, whatever the lengths, the mix of text and functions, and the turns", async () => {
    let run_ = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { maxLength: 12 }), async (lines) => {
        const file = join(dir, `log-${run_++}.ndjson`);
        const expected = await run(file, lines);
        expect(readFileSync(file, "utf8")).toBe(expected.map((line) => `${line}\n`).join(""));
      }),
      { numRuns: 60 },
    );
  });

  it("a stream gets every line, once, in order, the same way", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArbitrary, { maxLength: 12 }), async (lines) => {
        const chunks: string[] = [];
        const stream = new Writable({
          write(chunk: Buffer, _encoding, callback) {
            chunks.push(chunk.toString("utf8"));
            setImmediate(callback);
          },
        });
        const expected = await run(stream, lines);
        expect(chunks.join("")).toBe(expected.map((line) => `${line}\n`).join(""));
      }),
      { numRuns: 60 },
    );
  });

  it("a function that throws fails the sink: the other lines are written, and the next write throws", async () => {
    const file = join(dir, "throws.ndjson");
    const sink = decisionLogSink(file);
    const write = textOf(sink);
    write("first");
    write(() => {
      throw new Error("a line could not be made");
    });
    write(() => "third");
    await new Promise((resolve) => setImmediate(resolve));
    expect(readFileSync(file, "utf8")).toBe("first\nthird\n");
    expect(() => write("fourth")).toThrow("a line could not be made");
    await sink.close();
  });
});
