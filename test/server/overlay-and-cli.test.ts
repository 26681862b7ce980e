import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, extendPolicy, policy, type OverlayInput, type Subject } from "../../src/index.js";
import { createHandler, OverlayLoadError } from "../../src/server/index.js";
import { post, startService } from "./support.js";

const root = new URL("../../", import.meta.url);
const cli = fileURLToPath(new URL("dist/cli.js", root));
const overlay = JSON.parse(readFileSync(new URL("examples/overlay.sample.json", root), "utf8")) as OverlayInput;
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("the overlay loaded at start", () => {
  it("decides with the extended policy, pinned by the base version or the full one, and the log names the overlay", async () => {
    const extended = extendPolicy(policy, overlay);
    const t = await startService({ overlay });
    try {
      const subject: Subject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"], person: "outsider" } as Subject;
      for (const path of ["/v1/decisions", `/v1/policies/${policy.version}/decisions`, `/v1/policies/${encodeURIComponent(extended.version)}/decisions`]) {
        const response = await post(`${t.url}${path}`, subject);
        expect(response.status, path).toBe(200);
        expect(await response.json()).toEqual(plain(evaluate(subject, { policy: extended })));
      }
      expect(t.lines[0]).toMatchObject({ policy: { version: extended.version, base: policy.version, overlay: { id: overlay.id, version: overlay.version } } });
      const control = await fetch(`${t.url}/v1/controls/org-no-outsider-sign-in-mynumber`);
      expect(control.status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("an overlay the policy rejects stops the handler from being built, listing every problem (fail closed)", () => {
    const weakening = { ...overlay, changes: { "mynumber-multi-factor": { admitsException: true } }, parameters: { "training-interval": { trainingIntervalMonths: 999 } } };
    let caught: unknown;
    try {
      createHandler({ overlay: weakening });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OverlayLoadError);
    expect((caught as OverlayLoadError).problems.length).toBeGreaterThan(0);
    expect(() => createHandler({ limits: { maxBatch: 0 } })).toThrow("maxBatch must be a positive integer");
  });
});

describe("infosec-policy serve: usage errors exit 64 (65 for a bad overlay) before listening", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, "serve", ...args], { encoding: "utf8", timeout: 20_000 });

  it.each([
    [["--port", "70000"], "--port must be a port number"],
    [["--host", "example.org"], "--host must be an IP address"],
    [["--log-input", "sha1"], "--log-input must be hash, full or none"],
    [["--max-body", "1TB"], "--max-body must be a positive integer of bytes"],
    [["--max-batch", "0"], "--max-batch must be a positive integer"],
    [["--log-file", "/nonexistent-dir/log.ndjson"], "--log-file"],
    [["--polcy-version", "1.0.0"], "unknown option --polcy-version"],
    [["extra"], "unexpected argument"],
  ])("%j", (args, message) => {
    const result = run(...(args as string[]));
    expect(result.status).toBe(64);
    expect(result.stderr).toContain(message);
  });

  it("a port in use is a usage error", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = run("--port", String(port));
      expect(result.status).toBe(64);
      expect(result.stderr).toContain("EADDRINUSE");
    } finally {
      blocker.close();
    }
  });

  it("an overlay that weakens a control is invalid input (65), every problem listed", () => {
    const dir = mkdtempSync(join(tmpdir(), "infosec-policy-serve-overlay-"));
    try {
      const file = join(dir, "weakening.json");
      writeFileSync(file, JSON.stringify({ ...overlay, changes: { "mynumber-multi-factor": { admitsException: true } }, parameters: { "training-interval": { trainingIntervalMonths: 999 } } }));
      const result = run("--overlay", file);
      expect(result.status).toBe(65);
      expect(result.stderr).toContain("not a valid overlay");
      expect(result.stderr).toContain("mynumber-multi-factor");
      expect(result.stderr).toContain("training-interval");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
