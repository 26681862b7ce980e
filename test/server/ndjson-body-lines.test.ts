import { readFileSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Subject } from "../../src/index.js";
import { post, startService, type TestService } from "./support.js";

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const FIXED = new Date("2026-11-25T00:00:00.000Z");

let t: TestService;
beforeAll(async () => {
  t = await startService({ clock: () => FIXED });
});
afterAll(async () => {
  await t.close();
});

/** POSTs NDJSON bytes in chunks of `size` bytes (so lines and multi-byte characters are split across chunks). */
function postInChunks(url: string, body: Buffer, size: number): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/x-ndjson" } }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (chunk: Buffer) => parts.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString("utf8")) as unknown }));
    });
    req.on("error", reject);
    let offset = 0;
    const next = (): void => {
      if (offset >= body.length) {
        req.end();
        return;
      }
      req.write(body.subarray(offset, offset + size));
      offset += size;
      setImmediate(next);
    };
    next();
  });
}

describe("POST /v1/audits with NDJSON: how lines are read", () => {
  it("a BOM, CRLF line ends, no final line break and chunks that split lines and characters give the same report as the JSON array", async () => {
    const url = `${t.url}/v1/audits?asOf=2026-11-25&locale=ja`;
    const fromJson = await post(url, inventory);
    expect(fromJson.status).toBe(200);
    const expected = (await fromJson.json()) as { subjects?: unknown };
    const text = inventory.map((subject) => JSON.stringify(subject)).join("\r\n");
    expect(text).toMatch(/[^\x00-\x7f]/); // multi-byte characters to split
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    for (const size of [7, 1024]) {
      const { status, json } = await postInChunks(url, body, size);
      expect(status, JSON.stringify(json).slice(0, 300)).toBe(200);
      expect(json).toEqual(expected);
    }
  });
});

describe("POST /v1/audits with NDJSON: a byte-order mark only at the start of the body", () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  const lines = inventory.slice(0, 3).map((subject) => Buffer.from(JSON.stringify(subject), "utf8"));
  const newline = Buffer.from("\n");

  it("a BOM at the start of a later line (or a second BOM at the start) is invalid JSON on that line, and no report", async () => {
    const url = `${t.url}/v1/audits?asOf=2026-11-25&locale=en`;
    const cases: { body: Buffer; line: number }[] = [
      { body: Buffer.concat([lines[0] as Buffer, newline, BOM, lines[1] as Buffer, newline, lines[2] as Buffer]), line: 2 },
      { body: Buffer.concat([BOM, lines[0] as Buffer, newline, lines[1] as Buffer, newline, BOM, lines[2] as Buffer, newline]), line: 3 },
      { body: Buffer.concat([BOM, BOM, lines[0] as Buffer, newline, lines[1] as Buffer]), line: 1 },
    ];
    for (const { body, line } of cases) {
      for (const size of [5, 4096]) {
        const { status, json } = await postInChunks(url, body, size);
        expect(status).toBe(400);
        const issues = (json as { error: { code: string; issues: { line: number; code: string }[] } }).error;
        expect(issues.code).toBe("invalid-input");
        expect(issues.issues.map((issue) => [issue.line, issue.code])).toEqual([[line, "invalid_json"]]);
      }
    }
  });

  it("the same lines with the one BOM at the start of the body give the report", async () => {
    const url = `${t.url}/v1/audits?asOf=2026-11-25&locale=en`;
    const { status, json } = await postInChunks(url, Buffer.concat([BOM, lines[0] as Buffer, newline, lines[1] as Buffer, newline, lines[2] as Buffer]), 5);
    expect(status).toBe(200);
    expect((json as { inputs: { subjects: number }[] }).inputs[0]?.subjects).toBe(3);
  });
});
