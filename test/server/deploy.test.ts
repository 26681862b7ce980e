import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// examples/deploy/: the systemd unit and the container file of docs/server.md, parsed, and the
// service started with the very arguments each gives `infosec-policy serve` (on loopback, port 0).

const root = new URL("../../", import.meta.url);
const cli = fileURLToPath(new URL("dist/cli.js", root));
const dir = mkdtempSync(join(tmpdir(), "infosec-policy-deploy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A systemd unit file: sections of key=value lines (comments and blank lines skipped); throws on anything else. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "" || /^[#;]/.test(line)) continue;
    const section = /^\[([A-Za-z]+)\]$/.exec(line);
    if (section !== null) {
      current = new Map();
      sections.set(section[1] as string, current);
      continue;
    }
    const entry = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(line);
    if (entry === null || current === undefined) throw new Error(`line ${index + 1} is not a unit file line: ${line}`);
    current.set(entry[1] as string, [...(current.get(entry[1] as string) ?? []), entry[2] as string]);
  }
  return sections;
}

const INSTRUCTIONS = new Set(["FROM", "RUN", "COPY", "ADD", "USER", "EXPOSE", "STOPSIGNAL", "HEALTHCHECK", "CMD", "ENTRYPOINT", "ENV", "WORKDIR", "LABEL", "ARG"]);

/** A Containerfile: instructions (comments skipped, no continuation lines); throws on an unknown instruction. */
function parseContainerfile(text: string): { instruction: string; args: string }[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line, index) => {
      const match = /^([A-Z]+)\s+(.+)$/.exec(line);
      if (match === null || !INSTRUCTIONS.has(match[1] as string)) throw new Error(`instruction ${index + 1} is not one a Containerfile has: ${line}`);
      return { instruction: match[1] as string, args: match[2] as string };
    });
}

/** Starts `infosec-policy serve` with arguments, checks it answers /readyz, stops it with SIGTERM; resolves to its exit code. */
async function startAndStop(args: readonly string[]): Promise<number | null> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const found = /serving on (http:\/\/[^ ]+)/.exec(stderr);
      if (found !== null) resolve(found[1] as string);
    });
    child.on("exit", () => reject(new Error(`serve exited: ${stderr}`)));
  });
  expect((await fetch(`${url}/readyz`)).status).toBe(200);
  child.kill("SIGTERM");
  return exited;
}

/** Replaces the value after a flag. */
function withFlag(args: readonly string[], flag: string, value: string): string[] {
  const copy = [...args];
  const at = copy.indexOf(flag);
  expect(at, flag).toBeGreaterThanOrEqual(0);
  copy[at + 1] = value;
  return copy;
}

describe("examples/deploy", () => {
  it("infosec-policy.service is a systemd unit that runs serve on loopback, stopped by SIGTERM, and its arguments start the service", async () => {
    const unit = parseUnit(readFileSync(new URL("examples/deploy/infosec-policy.service", root), "utf8"));
    expect([...unit.keys()]).toEqual(["Unit", "Service", "Install"]);
    const service = unit.get("Service") as Map<string, string[]>;
    expect(service.get("KillSignal")).toEqual(["SIGTERM"]);
    const [exec] = service.get("ExecStart") ?? [];
    const words = (exec ?? "").split(/\s+/);
    expect(words.slice(0, 3)).toEqual(["/usr/bin/env", "infosec-policy", "serve"]);
    const args = words.slice(2);
    expect(args[args.indexOf("--host") + 1]).toBe("127.0.0.1");
    expect(await startAndStop(withFlag(withFlag(args, "--port", "0"), "--log-file", join(dir, "unit.ndjson")))).toBe(0);
  });

  it("Containerfile has known instructions, a JSON CMD that runs serve, SIGTERM to stop and a health check of /readyz; its CMD starts the service", async () => {
    const instructions = parseContainerfile(readFileSync(new URL("examples/deploy/Containerfile", root), "utf8"));
    expect(instructions[0]?.instruction).toBe("FROM");
    expect(instructions.find((entry) => entry.instruction === "STOPSIGNAL")?.args).toBe("SIGTERM");
    expect(instructions.find((entry) => entry.instruction === "HEALTHCHECK")?.args).toContain("/readyz");
    const cmd = JSON.parse(instructions.find((entry) => entry.instruction === "CMD")?.args ?? "null") as string[];
    expect(cmd.slice(0, 2)).toEqual(["infosec-policy", "serve"]);
    expect(instructions.find((entry) => entry.instruction === "EXPOSE")?.args).toBe(cmd[cmd.indexOf("--port") + 1]);
    // The container listens beyond loopback; the test keeps to loopback.
    expect(await startAndStop(withFlag(withFlag(cmd.slice(1), "--port", "0"), "--host", "127.0.0.1"))).toBe(0);
  });
});
