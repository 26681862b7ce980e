import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { check } from "./check.js";
import { checkedFiles, docBlocks, matchesTranscript, toModule, transcriptSteps, type DocBlock } from "./doc-blocks.js";

// Every code sample of the guides in docs/ is real: each TypeScript block is type-checked against
// src/ and (unless it needs a file or a service) run, with the values and output the guide shows
// checked; each CLI command is run and its output compared. See doc-blocks.ts for the markers.

const root = fileURLToPath(new URL("../../", import.meta.url));
// Outside test/ (so `tsc -p .` does not see stale copies) and outside node_modules (so vitest
// transforms them); test-artifacts/ is ignored by git.
const examplesDir = new URL("../../test-artifacts/doc-examples/", import.meta.url);

const blocks = checkedFiles().flatMap((file) => docBlocks(file));

// Commands run in a scratch folder that links to the repository's examples/ and test/ (the paths
// the guides use), so that a command writing a file (`> catalog.json`) writes it there.
const sandbox = mkdtempSync(join(tmpdir(), "infosec-policy-docs-"));
for (const folder of ["examples", "test"]) symlinkSync(join(root, folder), join(sandbox, folder));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
// DOCS_CLI points at another build of the binary (e.g. a copy of dist/ while dist/ is being rebuilt).
const cliPath = (): string => join(root, process.env["DOCS_CLI"] ?? "dist/cli.js");
const modulePath = (block: DocBlock) => new URL(`${block.file.replace(/\.md$/, "")}-${block.line}.ts`, examplesDir);

beforeAll(() => {
  rmSync(examplesDir, { recursive: true, force: true });
  mkdirSync(examplesDir, { recursive: true });
  for (const block of blocks) {
    if (block.mode === "runnable" || block.mode === "typecheck") writeFileSync(modulePath(block), toModule(block, "../../"));
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the guides' TypeScript samples", () => {
  it("are all marked runnable or typecheck, and there are some in every guide that shows code", () => {
    if (process.env["GUIDES"] === undefined) expect(blocks.filter((block) => block.mode === "runnable").length).toBeGreaterThan(10);
  });

  it("are checked: a wrong value after // => fails, on the statement's line or the next", () => {
    const block: DocBlock = { file: "x.md", line: 10, mode: "runnable", code: "const a = [1, 2];\na.length; // => 2\na\n  .map((n) => n * 2);\n// => [2, 5]" };
    const module = toModule(block, "../../");
    expect(module).toContain('check(a.length, 2, "x.md:12");');
    expect(module).toContain('check(a\n  .map((n) => n * 2), [2, 5], "x.md:15");');
    expect(() => check([2, 4], [2, 5], "x.md:15")).toThrow("x.md:15: the guide says [2,5], the code gives [2,4]");
  });

  it("type-check against src/", () => {
    const config = ts.readConfigFile(`${root}tsconfig.json`, (path) => ts.sys.readFile(path));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const files = blocks.filter((block) => block.mode === "runnable" || block.mode === "typecheck").map((block) => fileURLToPath(modulePath(block)));
    const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
    const ours = new Set(files);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && ours.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const file = diagnostic.file as ts.SourceFile;
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const [, guide = "", fence = "0"] = /([^/]+)-(\d+)\.ts$/.exec(file.fileName) ?? [];
        // Line 1 of the module is the added import; line 2 is the first line of the block.
        return `${guide}.md:${Number(fence) + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 60_000);

  for (const block of blocks.filter((candidate) => candidate.mode === "runnable")) {
    it(`${block.file}:${block.line} runs and gives what the guide shows`, async () => {
      const printed: string[] = [];
      vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        printed.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "));
      });
      await import(pathToFileURL(fileURLToPath(modulePath(block))).href);
      if (block.output !== undefined) expect(printed.join("\n")).toBe(block.output.trimEnd());
    });
  }
});

describe.runIf(blocks.some((block) => block.mode === "transcript"))("the guides' CLI transcripts", () => {
  it("match lines, with … for any lines or the rest of a line", () => {
    expect(matchesTranscript(["a", "…", "d"], ["a", "b", "c", "d"])).toBe(true);
    expect(matchesTranscript(["a", "b…"], ["a", "bcd"])).toBe(true);
    expect(matchesTranscript(["a", "b"], ["a", "c"])).toBe(false);
    expect(matchesTranscript(["a"], ["a", "b"])).toBe(false);
  });

  for (const block of blocks.filter((candidate) => candidate.mode === "transcript")) {
    it(`${block.file}:${block.line} prints what the guide shows`, () => {
      const cli = cliPath();
      expect(existsSync(cli), "build first: npm run build").toBe(true);
      let status = 0;
      for (const step of transcriptSteps(block)) {
        let printed: string;
        if (step.command.trim() === "echo $?") {
          printed = String(status);
        } else {
          const command = step.command.replace(/(^|[|;&(]\s*)(?:npx\s+)?infosec-policy\b/g, `$1"${process.execPath}" "${cli}"`);
          const result = spawnSync("bash", ["-c", `exec 2>&1\n${command}`], { cwd: sandbox, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
          status = result.status ?? -1;
          printed = result.stdout;
        }
        const trimmed = printed.replace(/\n+$/, "");
        const lines = trimmed === "" ? [] : trimmed.split("\n");
        expect(matchesTranscript(step.expected, lines), `${block.file}:${step.line} $ ${step.command}\n--- printed:\n${printed}`).toBe(true);
      }
    });
  }
});

describe.runIf(blocks.some((block) => block.mode === "cli"))("the guides' CLI samples", () => {
  const cli = blocks.filter((block) => block.mode === "cli");
  for (const block of cli) {
    it(`${block.file}:${block.line} prints what the guide shows`, () => {
      const cli = cliPath();
      expect(existsSync(cli), "build first: npm run build").toBe(true);
      const command = block.code.replace(/\bnpx infosec-policy\b/g, `"${process.execPath}" "${cli}"`);
      const result = spawnSync("bash", ["-c", command], { cwd: sandbox, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
      expect(result.stderr === "" || block.exitCode !== undefined, result.stderr).toBe(true);
      if (block.output !== undefined) expect(result.stdout.trimEnd()).toBe(block.output.trimEnd());
      expect(result.status).toBe(block.exitCode ?? 0);
    });
  }
});
