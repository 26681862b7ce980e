import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INPUT_LIMITS } from "../../src/cli/io.js";
import { cli, root, runCli, type Run } from "./support.js";

// The CLI survives its input (DESIGN.md invariant 14, SECURITY.md): every limit gives exit 65 and
// a message naming the input (and the line), never a hang, a crash (70) or an out-of-memory.

const tmp = mkdtempSync(join(tmpdir(), "infosec-policy-limits-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function expectInvalid(result: Run, ...mentions: readonly string[]): void {
  expect({ code: result.code, stderr: result.stderr.slice(0, 2000) }).toMatchObject({ code: 65 });
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(STACK);
  for (const mention of mentions) expect(result.stderr).toContain(mention);
}

const SIGN_IN_FAIL = '{"kind":"sign-in","zone":"mynumber","factors":["knowledge"]}';

describe("limits on what the CLI reads", () => {
  it("an NDJSON line longer than 1 MiB: exit 65 naming the line", () => {
    const path = file("long-line.ndjson", `${SIGN_IN_FAIL}\n${SIGN_IN_FAIL}\n"${"x".repeat(INPUT_LIMITS.lineBytes + 10)}"\n${SIGN_IN_FAIL}\n`);
    expectInvalid(runCli(["audit", path]), `${path}:3: line longer than 1 MiB`);
  });

  it("a line of exactly 1 MiB is still read", () => {
    const line = `{"kind":"sign-in",${" ".repeat(INPUT_LIMITS.lineBytes - 80)}"zone":"mynumber","factors":["knowledge"],"id":"a"}`;
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(INPUT_LIMITS.lineBytes);
    const result = runCli(["check", file("one-mib.ndjson", `${line}\r\n`), "--format", "json"]);
    expect(result.code).toBe(1);
  });

  it("a 64 MB line is rejected, and the process ends (linear splitting; no timing asserted)", () => {
    const path = file("64mb.ndjson", Buffer.alloc(64 * 1024 * 1024, 0x20));
    expectInvalid(runCli(["audit", path, "--ndjson"], { timeout: 120_000 }), `${path}:1: line longer than 1 MiB`);
  });

  it("audit /dev/zero --ndjson ends with exit 65 (a line that never ends)", () => {
    expectInvalid(runCli(["audit", "/dev/zero", "--ndjson"], { timeout: 120_000 }), "/dev/zero:1: line longer than 1 MiB");
  });

  it("a line longer than 1 MiB from standard input", () => {
    expectInvalid(runCli(["check", "-", "--ndjson"], { input: `${SIGN_IN_FAIL}\n${" ".repeat(INPUT_LIMITS.lineBytes + 2)}` }), "<stdin>:2: line longer than 1 MiB");
  });

  it("7,000 nested [ in a JSON input: exit 65 (not 70), with line and column", () => {
    for (const command of ["check", "audit"]) {
      expectInvalid(runCli([command, file("deep.json", `\n${"[".repeat(7000)}${"]".repeat(7000)}`)]), "nested deeper than 64 levels at line 2, column 65");
    }
    expectInvalid(runCli(["export", "oscal-results", file("deep.json", "[".repeat(7000))]), "nested deeper than 64 levels");
  });

  it("deep nesting in an NDJSON line: that line is a problem, the others are still checked", () => {
    const result = runCli(["audit", file("deep.ndjson", `${SIGN_IN_FAIL}\n${"{\"a\":".repeat(100)}1${"}".repeat(100)}\n{"kind":"nope"}\n`)]);
    expectInvalid(result, "deep.ndjson:2: nested deeper than 64 levels", "deep.ndjson:3:");
  });

  it("brackets inside strings do not count as nesting", () => {
    const result = runCli(["check", "-", "--format", "json"], { input: `{"kind":"sign-in","zone":"mynumber","factors":["knowledge"],"id":"${"[".repeat(200)}\\"${"{".repeat(200)}"}` });
    expect(result.code).toBe(1);
  });

  it("a JSON input larger than 256 MiB from standard input: exit 65 (use NDJSON)", () => {
    const result = runCli(["audit", "-"], { input: Buffer.alloc(INPUT_LIMITS.jsonBytes + 1, 0x20), timeout: 120_000 });
    expectInvalid(result, "<stdin>: larger than 256 MiB", "NDJSON");
  });

  it("an overlay file larger than 1 MiB (a 3 MB one): exit 65, before it is parsed", () => {
    const path = file("big-overlay.json", `{"id":"x","version":"1.0.0","name":{"ja":"x","en":"x"},"controls":[${Array.from({ length: 150_000 }, () => "{}").join(",")}]}${" ".repeat(2_500_000)}`);
    for (const command of [["controls"], ["audit", "examples/inventory.json"], ["check", "examples/subjects/sign-in.compliant.json"]]) {
      expectInvalid(runCli([...command, "--overlay", path]), `${path}: larger than 1 MiB, the most the CLI reads as an overlay file`);
    }
  });

  it("an overlay under 1 MiB with too many controls: exit 65 naming the overlay limit", () => {
    const path = file("many-controls.json", JSON.stringify({ id: "x", version: "1.0.0", name: { ja: "x", en: "x" }, controls: Array.from({ length: 100_000 }, () => ({})) }));
    expectInvalid(runCli(["controls", "--overlay", path]), "controls: an array of 100000 entries; at most 500 are allowed [overlay-too-large]");
  });
});

describe("invalid UTF-8", () => {
  const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))));

  it.each<[string, number[]]>([
    ["a lone continuation byte", [0x80]],
    ["a truncated sequence", [0xe3, 0x81]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["0xff", [0xff]],
  ])("%s on an NDJSON line: exit 65 naming that line, the other lines still checked", (_, bad) => {
    const path = file("bad-utf8.ndjson", bytes(`${SIGN_IN_FAIL}\n{"kind":"sign-in","zone":"`, bad, `"}\n{"kind":"nope"}\n`));
    expectInvalid(runCli(["audit", path]), `${path}:2: not valid UTF-8`, `${path}:3:`);
  });

  it("in a JSON file: exit 65 naming the line", () => {
    const path = file("bad-utf8.json", bytes('[\n{"kind":"sign-in",\n"zone":"', [0xe3, 0x81], '"}]'));
    expectInvalid(runCli(["check", path]), `${path}:3: not valid UTF-8`);
  });

  it("in an overlay: exit 65", () => {
    const path = file("bad-utf8-overlay.json", bytes('{"id":"x","version":"1.0.0","name":{"ja":"', [0xff], '","en":"x"}}'));
    expectInvalid(runCli(["controls", "--overlay", path]), `${path}:1: not valid UTF-8`);
  });

  it("valid multi-byte UTF-8 split across read chunks is read whole", () => {
    // 65,536-byte chunks: put a 3-byte character across the boundary of the first chunk.
    const head = '{"kind":"sign-in","zone":"mynumber","factors":["knowledge"],';
    const tail = '"id":"';
    const pad = " ".repeat(65_536 - 1 - Buffer.byteLength(head) - Buffer.byteLength(tail));
    const line = `${head}${pad}${tail}宮城県"}`;
    expect(Buffer.from(line).subarray(65_535, 65_538).toString()).toBe("宮");
    const result = runCli(["check", file("split.ndjson", `${line}\n`), "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("宮城県");
  });
});

describe("a signal during an audit leaves no file with input data", () => {
  const inventory = file("large.ndjson", `${Array.from({ length: 150_000 }, (_, i) => `{"kind":"sign-in","id":"SI-${i}-端末","zone":"mynumber","factors":["knowledge"]}`).join("\n")}\n`);

  it.each<[NodeJS.Signals, number]>([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ])("%s mid-audit: the spill file (0600, in a private 0700 dir under TMPDIR) is removed, exit %i", async (signal, expected) => {
    const privateTmp = mkdtempSync(join(tmp, `signal-${signal}-`));
    const child = spawn(process.execPath, [cli, "audit", inventory], { cwd: root, stdio: "ignore", env: { ...process.env, TMPDIR: privateTmp } });
    let modes: { dir: number; file: number } | undefined;
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    // Wait until the spill file exists, then interrupt.
    const seen = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const entries = (() => {
          try {
            return readdirSync(privateTmp);
          } catch {
            return [];
          }
        })();
        for (const entry of entries) {
          try {
            const dir = join(privateTmp, entry);
            const fileMode = statSync(join(dir, "listed.ndjson")).mode & 0o777;
            modes = { dir: statSync(dir).mode & 0o777, file: fileMode };
            clearInterval(timer);
            child.kill(signal);
            resolve(true);
            return;
          } catch {
            // not yet created
          }
        }
        if (child.exitCode !== null) {
          clearInterval(timer);
          resolve(false);
        }
      }, 5);
    });
    const code = await exited;
    expect(seen).toBe(true);
    expect(modes).toEqual({ dir: 0o700, file: 0o600 });
    expect(code).toBe(expected);
    expect(readdirSync(privateTmp)).toEqual([]);
  });

  it("a finished audit leaves no file either", () => {
    const privateTmp = mkdtempSync(join(tmp, "finished-"));
    const result = runCli(["audit", inventory, "--format", "json"], { env: { ...process.env, TMPDIR: privateTmp } });
    expect(result.code).toBe(1);
    expect(readdirSync(privateTmp)).toEqual([]);
  });
});
