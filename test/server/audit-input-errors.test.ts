import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Subject } from "../../src/index.js";
import { post, startService, type TestService } from "./support.js";

const root = new URL("../../", import.meta.url);
const inventory = JSON.parse(readFileSync(new URL("examples/inventory.json", root), "utf8")) as Subject[];

interface ErrorBody {
  error: { code: string; message: { ja: string; en: string }; issues?: { line?: number; code: string; at: string }[]; suggestions?: string[] };
}

let t: TestService;
beforeAll(async () => {
  t = await startService({ clock: () => new Date("2026-11-25T00:00:00.000Z") });
});
afterAll(async () => {
  await t.close();
});

function ndjson(url: string, body: Buffer | string): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body });
}

describe("POST /v1/audits: bodies it refuses", () => {
  it("an NDJSON line that is not valid UTF-8 is a 400 invalid_utf8 issue naming that line, and nothing is audited or logged", async () => {
    const before = t.lines.length;
    const body = Buffer.concat([
      Buffer.from(`${JSON.stringify(inventory[0])}\n`),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), // "{\xff\xfe}" on line 2
      Buffer.from(`${JSON.stringify(inventory[1])}\n`),
    ]);
    const response = await ndjson(`${t.url}/v1/audits?locale=en`, body);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toEqual([expect.objectContaining({ line: 2, code: "invalid_utf8", at: "(root)" })]);
    expect(error.message.en).toMatch(/^invalid input \(1 problem\)/);
    expect(t.lines.length).toBe(before);
  });

  it("the invalid UTF-8 message follows the locale", async () => {
    const response = await ndjson(`${t.url}/v1/audits?locale=ja`, Buffer.from([0xc3, 0x28, 0x0a]));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody & { error: { issues: { message: string }[] } };
    expect(error.issues[0]?.message).toBe("UTF-8 として正しくありません");
    expect(error.message.ja).toContain("問題 1 件");
  });

  it("more bad lines than it lists: at most 100 issues, and the message gives the total and how many are listed", async () => {
    const lines = Array.from({ length: 150 }, () => "{not json");
    const response = await ndjson(`${t.url}/v1/audits?locale=en`, `${lines.join("\n")}\n`);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.issues).toHaveLength(100);
    expect(error.issues?.map((issue) => issue.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(error.message.en).toBe("invalid input (150 problems, the first 100 listed); nothing was evaluated");
    expect(error.message.ja).toContain("問題 150 件、うち 100 件を表示");
  });

  it.each([
    ["an object", { kind: "asset" }],
    ["a string", "\"inventory\""],
    ["a number", "42"],
  ])("a JSON body that is %s rather than an array is 400 saying an array (or NDJSON) is expected", async (_label, body) => {
    const response = await post(`${t.url}/v1/audits?locale=en`, body);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody & { error: { issues: { message: string; code: string }[] } };
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.code).toBe("invalid_type");
    expect(error.issues[0]?.message).toContain("expected a JSON array of subjects");
  });
});

describe("GET /v1/schemas/{name}", () => {
  it("an unknown schema name is 404 unknown-schema with the closest names as suggestions", async () => {
    const response = await fetch(`${t.url}/v1/schemas/asset-subjct`);
    expect(response.status).toBe(404);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe("unknown-schema");
    expect(error.suggestions?.[0]).toBe("asset-subject");
    expect(error.message.en).toContain('"asset-subjct"');
  });

  it("a known name answers the schema as application/schema+json", async () => {
    const response = await fetch(`${t.url}/v1/schemas/decision-log`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/schema\+json/);
    expect(((await response.json()) as { $id: string }).$id).toMatch(/decision-log/);
  });
});
