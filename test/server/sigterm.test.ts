import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DecisionLogSchema } from "../../src/server/index.js";

// The built binary, as users run it (npm test builds dist/ first).
const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "infosec-policy-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const subjects = [
  { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] },
  { kind: "transfer", from: "internet", to: "lgwan", channel: "network", sanitized: true },
  { kind: "software-use", approved: true, zone: "lgwan" },
];

describe("infosec-policy serve and SIGTERM", () => {
  it.each(["file", "stdout"] as const)("during a burst, loses no decision log line for any request that got a response, and exits 0 (log on %s)", async (target) => {
    const logFile = join(dir, `decisions-${target}.ndjson`);
    const child = spawn(process.execPath, [cli, "serve", "--port", "0", "--log-file", target === "file" ? logFile : "-"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        const found = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (found !== null) resolve(found[1] as string);
      });
      child.on("exit", () => reject(new Error(`serve exited early: ${stderr}`)));
    });

    const answered: string[] = [];
    const refused: number[] = [];
    let sent = 0;
    let signalled = false;
    const one = async (index: number): Promise<void> => {
      try {
        const response = await fetch(`${url}/v1/decisions`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": `burst-${index}` }, body: JSON.stringify(subjects[index % subjects.length]) });
        if (response.status === 200) {
          answered.push(response.headers.get("infosec-decision-id") as string);
          await response.arrayBuffer();
        } else refused.push(response.status);
      } catch {
        // The connection was refused or closed once the service stopped accepting: no response.
      }
    };
    // Eight clients in parallel, each sending one request after another; SIGTERM after 150 answers.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (;;) {
          if (sent >= 600) return;
          const index = sent++;
          await one(index);
          if (!signalled && answered.length >= 150) {
            signalled = true;
            child.kill("SIGTERM");
          }
        }
      }),
    );
    expect(await exited).toBe(0);
    expect(signalled).toBe(true);
    expect(stderr).toContain("SIGTERM");
    const text = target === "file" ? readFileSync(logFile, "utf8") : stdout;
    const lines = text.split("\n").filter((line) => line !== "");
    const logged = new Set(lines.map((line) => (DecisionLogSchema.parse(JSON.parse(line)) as { decisionId: string }).decisionId));
    expect(answered.length).toBeGreaterThanOrEqual(150);
    expect(answered.filter((id) => !logged.has(id))).toEqual([]);
    expect(text.endsWith("\n")).toBe(true);
    for (const status of refused) expect(status).toBe(503);
  });
});
