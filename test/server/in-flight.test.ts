import { readFileSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startService, type TestService } from "./support.js";

const subject = readFileSync(new URL("../../examples/subjects/asset.compliant.json", import.meta.url), "utf8");

let t: TestService;
beforeAll(async () => {
  t = await startService();
});
afterAll(async () => {
  await t.close();
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe("handler.inFlight / idle", () => {
  it("counts a request while its body is still arriving, and is back to 0 (idle resolves) once it is answered", async () => {
    const handler = t.service.handler;
    expect(handler.inFlight()).toBe(0);
    const body = Buffer.from(subject);
    const half = Math.floor(body.length / 2);
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${t.url}/v1/decisions`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length) } }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.write(body.subarray(0, half));
      void until(() => handler.inFlight() === 1).then(
        () => req.end(body.subarray(half)),
        (error: unknown) => {
          req.destroy();
          reject(error as Error);
        },
      );
    });
    const { status, text } = await answered;
    expect(status).toBe(200);
    expect((JSON.parse(text) as { outcome: string }).outcome).toBe("compliant");
    await handler.idle();
    expect(handler.inFlight()).toBe(0);
  });
});
