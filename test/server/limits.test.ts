import { request } from "node:http";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceSchemaFor } from "../../src/server/index.js";
import { post, startService, type TestService } from "./support.js";

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const validateError = ajv.compile(serviceSchemaFor("error") as object);

let t: TestService;
beforeAll(async () => {
  t = await startService({ limits: { maxBodyBytes: 2048, maxAuditBodyBytes: 4096, maxBatch: 3, maxLineBytes: 256, maxAuditSubjects: 5, maxConcurrent: 2, requestTimeoutMs: 800 } });
});
afterAll(async () => {
  await t.close();
});

const subject = { kind: "sign-in", zone: "lgwan", factors: ["knowledge", "possession"] };

/** The answer's status and its error body, checked against the published error schema and for stack traces. */
async function errorOf(response: Response): Promise<{ status: number; code: string; body: string }> {
  const body = await response.text();
  const parsed = JSON.parse(body) as { error: { code: string } };
  expect(validateError(parsed), JSON.stringify(validateError.errors)).toBe(true);
  expect(body).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
  return { status: response.status, code: parsed.error.code, body };
}

/** A raw request whose body is sent by the caller, for slow and held requests. */
function rawRequest(path: string, headers: Record<string, string>): { req: ReturnType<typeof request>; answer: Promise<{ status: number; body: string; headers: Record<string, unknown> }> } {
  const url = new URL(path, t.url);
  let req!: ReturnType<typeof request>;
  const answer = new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    req = request(url, { method: "POST", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
  });
  return { req, answer };
}

describe("every error status, as JSON {error:{code,message:{ja,en}}}, never a stack trace", () => {
  it("413: a body over the limit, declared or chunked; a batch over the limit; an NDJSON line too long; too many audit subjects", async () => {
    const big = JSON.stringify({ ...subject, id: "x".repeat(3000) });
    expect(await errorOf(await post(`${t.url}/v1/decisions`, big))).toMatchObject({ status: 413, code: "body-too-large" });
    const chunked = rawRequest("/v1/decisions", { "content-type": "application/json", "transfer-encoding": "chunked" });
    for (let i = 0; i < 4; i++) chunked.req.write("x".repeat(1000));
    chunked.req.end();
    const answer = await chunked.answer;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("body-too-large");
    expect(await errorOf(await post(`${t.url}/v1/decisions`, [subject, subject, subject, subject]))).toMatchObject({ status: 413, code: "batch-too-large" });
    expect(await errorOf(await post(`${t.url}/v1/audits`, `${JSON.stringify(subject)}\n${JSON.stringify({ ...subject, id: "y".repeat(300) })}\n`, { "content-type": "application/x-ndjson" }))).toMatchObject({ status: 413, code: "line-too-long" });
    const six = `${Array.from({ length: 6 }, () => JSON.stringify(subject)).join("\n")}\n`;
    expect(await errorOf(await post(`${t.url}/v1/audits`, six, { "content-type": "application/x-ndjson" }))).toMatchObject({ status: 413, code: "too-many-subjects" });
    expect(await errorOf(await post(`${t.url}/v1/audits`, JSON.stringify(Array.from({ length: 6 }, () => subject))))).toMatchObject({ status: 413, code: "too-many-subjects" });
  });

  it("400: not JSON, not UTF-8, nested too deep, empty, not an object, a bad or unknown query parameter", async () => {
    const invalidJson = await errorOf(await post(`${t.url}/v1/decisions`, '{"kind": "sign-in",'));
    expect(invalidJson).toMatchObject({ status: 400, code: "invalid-json" });
    expect(invalidJson.body).toContain("line 1");
    const latin1 = await fetch(`${t.url}/v1/decisions`, { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await errorOf(latin1)).toMatchObject({ status: 400, code: "invalid-json" });
    expect(await errorOf(await post(`${t.url}/v1/decisions`, "[".repeat(65) + "]".repeat(65)))).toMatchObject({ status: 400, code: "invalid-json" });
    expect(await errorOf(await post(`${t.url}/v1/decisions`, " "))).toMatchObject({ status: 400, code: "invalid-json" });
    expect(await errorOf(await post(`${t.url}/v1/decisions`, "42"))).toMatchObject({ status: 400, code: "invalid-input" });
    expect(await errorOf(await post(`${t.url}/v1/decisions?locale=fr`, subject))).toMatchObject({ status: 400, code: "invalid-parameter" });
    expect(await errorOf(await post(`${t.url}/v1/decisions?asOf=2026-02-30`, subject))).toMatchObject({ status: 400, code: "invalid-parameter" });
    const typo = await errorOf(await post(`${t.url}/v1/decisions?locle=en`, subject));
    expect(typo).toMatchObject({ status: 400, code: "invalid-parameter" });
    expect(typo.body).toContain("did you mean locale?");
    expect(await errorOf(await post(`${t.url}/v1/decisions?locale=en&locale=ja`, subject))).toMatchObject({ status: 400, code: "invalid-parameter" });
  });

  it("400 fail closed: an unknown organisation id or an exception naming an unknown control is invalid input, never a decision", async () => {
    const asset = await errorOf(await post(`${t.url}/v1/decisions`, { kind: "asset", organization: "secretariat ", category: "server" }));
    expect(asset).toMatchObject({ status: 400, code: "invalid-input" });
    const exception = { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolaton"], validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } };
    const transfer = await errorOf(await post(`${t.url}/v1/decisions`, { kind: "transfer", from: "mynumber", to: "lgwan", exception }));
    expect(transfer).toMatchObject({ status: 400, code: "invalid-input" });
    expect(transfer.body).toContain("mynumber-isolation");
  });

  it("415: no Content-Type, another type, another charset", async () => {
    const none = await fetch(`${t.url}/v1/decisions`, { method: "POST", body: new Uint8Array(Buffer.from(JSON.stringify(subject))) });
    expect(await errorOf(none)).toMatchObject({ status: 415, code: "unsupported-media-type" });
    expect(await errorOf(await post(`${t.url}/v1/decisions`, subject, { "content-type": "text/plain" }))).toMatchObject({ status: 415 });
    expect(await errorOf(await post(`${t.url}/v1/decisions`, subject, { "content-type": "application/json; charset=iso-8859-1" }))).toMatchObject({ status: 415 });
    expect(await errorOf(await post(`${t.url}/v1/audits`, "[]", { "content-type": "text/csv" }))).toMatchObject({ status: 415 });
  });

  it("404 for an unknown path; 405 with Allow for a wrong method", async () => {
    expect(await errorOf(await fetch(`${t.url}/v1/decision`))).toMatchObject({ status: 404, code: "not-found" });
    expect(await errorOf(await fetch(`${t.url}/v1/clauses/%E0%A4%A`))).toMatchObject({ status: 400, code: "invalid-parameter" });
    const wrong = await fetch(`${t.url}/v1/decisions`, { method: "PUT", body: "{}" });
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(await errorOf(wrong)).toMatchObject({ status: 405, code: "method-not-allowed" });
    const get = await fetch(`${t.url}/healthz`, { method: "DELETE" });
    expect(get.headers.get("allow")).toBe("GET, HEAD");
    expect(get.status).toBe(405);
  });

  it("429 when more requests than the limit are in flight; 408 when a request takes longer than the timeout", async () => {
    const held = [0, 1].map(() => rawRequest("/v1/decisions", { "content-type": "application/json" }));
    for (const { req } of held) req.write('{"kind":');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await post(`${t.url}/v1/decisions`, subject);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await errorOf(refused)).toMatchObject({ status: 429, code: "too-many-requests" });
    // The held requests never finish their bodies: each is answered 408 after the timeout.
    for (const { answer } of held) {
      const { status, body } = await answer;
      expect(status).toBe(408);
      expect(JSON.parse(body).error.code).toBe("request-timeout");
    }
    expect((await post(`${t.url}/v1/decisions`, subject)).status).toBe(200);
  });

  it("any JSON value as a body is answered 200 or 400 with a JSON error, never 500 (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ kind: fc.constantFrom("sign-in", "asset", "transfer", "__proto__"), zone: fc.string(), organization: fc.string() })), async (value) => {
        const response = await post(`${t.url}/v1/decisions`, JSON.stringify(value));
        if (response.status === 200) return;
        const { status } = await errorOf(response);
        expect([400, 413]).toContain(status);
      }),
      { numRuns: 150 },
    );
  });
});

describe("draining", () => {
  it("answers 503 shutting-down to new requests and /readyz 503 while in-flight requests finish", async () => {
    const other = await startService();
    const held = rawRequest(`${other.url}/v1/decisions`, { "content-type": "application/json" });
    held.req.write(JSON.stringify(subject).slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.service.handler.drain();
    const ready = await fetch(`${other.url}/readyz`);
    expect(ready.status).toBe(503);
    const late = await post(`${other.url}/v1/decisions`, subject);
    expect(await errorOf(late)).toMatchObject({ status: 503, code: "shutting-down" });
    const closed = other.close();
    held.req.end(JSON.stringify(subject).slice(10));
    expect((await held.answer).status).toBe(200);
    await closed;
    expect(other.lines.length).toBe(1);
  });
});
