import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Helpers for the tests that run the built binary (`npm test` builds first): `node dist/cli.js …`.
export const root = fileURLToPath(new URL("../../", import.meta.url));
export const cli = join(root, "dist", "cli.js");

/** How a run of the CLI ended. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI to its end, with some standard input. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    input: options.input ?? "",
    env: options.env ?? process.env,
    maxBuffer: 1 << 28,
    timeout: options.timeout ?? 120_000,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI and closes the read end of its standard output after the first chunk (as `| head -c1`
 * does), so that its later writes fail with EPIPE. Resolves with its exit code and stderr, and
 * how many bytes were read before the pipe was closed.
 */
export function runWithClosedPipe(args: readonly string[], options: SpawnOptions = {}): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"], ...options });
    let stderr = "";
    let read = 0;
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => (stderr += chunk));
    child.stdout?.once("data", (chunk: Buffer) => {
      read = chunk.length;
      child.stdout?.destroy();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, read }));
  });
}
