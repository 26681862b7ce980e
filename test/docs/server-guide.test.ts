import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DecisionLogSchema } from "../../src/server/index.js";
import { matchesTranscript } from "./doc-blocks.js";

// docs/server.md's curl (` ```sh server `) and Python (` ```python server `) examples, each run
// against a real service started here with the built CLI (`infosec-policy serve`), its output
// compared with the ` ```text server-output ` block after it (a line `…` stands for any lines, a
// line ending in `…` for any line it begins). The guide's address http://127.0.0.1:8080 is replaced
// by the test service's. Commands run in the repository (the guide's paths are relative to it).

const root = fileURLToPath(new URL("../../", import.meta.url));
const guide = readFileSync(join(root, "docs/server.md"), "utf8");
const DOC_URL = "http://127.0.0.1:8080";

interface Example {
  readonly lang: "sh" | "python";
  readonly line: number;
  readonly code: string;
  readonly output: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  const fence = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  const all = [...guide.matchAll(fence)].map((m) => ({ info: (m[1] ?? "").trim(), code: m[2] ?? "", line: guide.slice(0, m.index).split("\n").length }));
  all.forEach((block, index) => {
    const [lang, mode] = block.info.split(/\s+/);
    if (mode !== "server") return;
    const next = all[index + 1];
    if (lang !== "sh" && lang !== "python") throw new Error(`docs/server.md:${block.line}: a server example is sh or python, not ${lang}`);
    if (next?.info !== "text server-output") throw new Error(`docs/server.md:${block.line}: a server example needs a text server-output block after it`);
    found.push({ lang, line: block.line, code: block.code, output: next.code });
  });
  return found;
}

const blocks = examples();
const dir = mkdtempSync(join(tmpdir(), "infosec-policy-server-guide-"));
const logFile = join(dir, "decisions.ndjson");
let child: ChildProcess;
let url = "";

beforeAll(async () => {
  child = spawn(process.execPath, [join(root, "dist/cli.js"), "serve", "--port", "0", "--log-file", logFile], { stdio: ["ignore", "ignore", "pipe"] });
  url = await new Promise<string>((resolve, reject) => {
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const found = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (found !== null) resolve(found[1] as string);
    });
    child.on("exit", () => reject(new Error(`serve exited: ${stderr}`)));
  });
});

afterAll(async () => {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  rmSync(dir, { recursive: true, force: true });
});

describe("docs/server.md", () => {
  it("has curl and Python examples, each with its output", () => {
    expect(blocks.filter((block) => block.lang === "sh").length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((block) => block.lang === "python").length).toBeGreaterThanOrEqual(1);
  });

  it("python3 is on this machine (the node machine kind has it), so the Python examples run", () => {
    expect(spawnSync("python3", ["--version"], { encoding: "utf8" }).status).toBe(0);
  });

  for (const block of examples()) {
    it(`docs/server.md:${block.line} (${block.lang}) prints what the guide shows`, () => {
      const code = block.code.replaceAll(DOC_URL, url);
      const result =
        block.lang === "sh"
          ? spawnSync("bash", ["-o", "pipefail", "-c", code], { cwd: root, encoding: "utf8", timeout: 30_000 })
          : spawnSync("python3", ["-"], { cwd: root, input: code, encoding: "utf8", timeout: 30_000 });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const printed = result.stdout.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
      const expected = block.output.replace(/\n$/, "").split("\n");
      expect(matchesTranscript(expected, printed), `printed:\n${result.stdout}`).toBe(true);
    });
  }

  it("the decision log the examples left is valid against its schema, one line per decision and audit", () => {
    const lines = readFileSync(logFile, "utf8").split("\n").filter((line) => line !== "");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(DecisionLogSchema.safeParse(JSON.parse(line)).success).toBe(true);
    expect(lines.some((line) => line.includes('"requestId":"payroll-42"'))).toBe(true);
  });
});
