import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * The code blocks of the guides (docs/*.md) that the tests run, so that every sample is real:
 *
 * - ` ```ts runnable `: type-checked against src/ and run. A line `expr; // => value` asserts that
 *   `expr` deep-equals `value` (a JSON or JavaScript literal). If a ` ```text output ` block
 *   follows, it must equal what the block prints with `console.log`.
 * - ` ```ts typecheck `: type-checked only (it stands for code that needs a service, a file or a
 *   request body that the guide does not have).
 * - ` ```sh cli `: commands of the CLI, run like a transcript's (below); the ` ```text output `
 *   block after it must equal their standard output, and `exit=N` in that block's info string
 *   gives the exit code (0 if absent).
 * - ` ```text ` blocks that are transcripts (their first line starts with `$ `): each `$ command`
 *   is run in a folder that links the repository's examples/ and test/ (`infosec-policy` or `npx
 *   infosec-policy` read as `node dist/cli.js`, standard error merged into standard output) and
 *   must print the lines under it, up to the next `$ `; a line `…` stands for any number of lines,
 *   and a line that ends in `…` for any line it begins. `$ echo $?` prints the exit code of the
 *   command before it.
 *
 * The guides are docs/*.md; README.md, the site's front page, is checked the same way.
 *
 * Any other ` ```ts ` block is an error: a sample the tests do not check may be wrong.
 */
export interface DocBlock {
  /** The guide's file name, e.g. `"getting-started.md"`. */
  readonly file: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  /** `runnable`, `typecheck`, `cli` or `transcript`. */
  readonly mode: "runnable" | "typecheck" | "cli" | "transcript";
  /** The code. */
  readonly code: string;
  /** The text of the ` ```text output ` block that follows, if any. */
  readonly output?: string;
  /** The exit code the `output` block states (`exit=N`), for `cli` blocks. */
  readonly exitCode?: number;
}

export const DOCS_DIR = new URL("../../docs/", import.meta.url);

/** The guides: every docs/*.md (the generated pages under docs/generated/ are not guides). */
export function guideFiles(): string[] {
  // GUIDES=a.md,b.md narrows the run to some guides while writing them.
  const only = process.env["GUIDES"]?.split(",").filter((name) => name !== "");
  return readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith(".md") && (only === undefined || only.includes(name)))
    .sort();
}

interface Fence {
  readonly info: string;
  readonly line: number;
  readonly code: string;
  /** The line after the closing fence. */
  readonly end: number;
}

function fences(text: string): Fence[] {
  const lines = text.split("\n");
  const found: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i] ?? "");
    if (open === null) continue;
    const marker = open[1] ?? "```";
    const close = lines.findIndex((line, index) => index > i && line.startsWith(marker) && line.trim() === marker);
    if (close === -1) throw new Error(`unclosed code fence at line ${i + 1}`);
    found.push({ info: (open[2] ?? "").trim(), line: i + 1, code: lines.slice(i + 1, close).join("\n"), end: close + 1 });
    i = close;
  }
  return found;
}

/**
 * The files whose samples the tests check: the guides, and README.md (the site's front page).
 *
 * @returns Their names: `README.md`, then the guides.
 */
export function checkedFiles(): string[] {
  const only = process.env["GUIDES"]?.split(",").filter((name) => name !== "");
  return [...(only === undefined || only.includes("README.md") ? ["README.md"] : []), ...guideFiles()];
}

/**
 * The checked blocks of a guide (or of README.md).
 *
 * @param file - The guide's file name.
 * @returns Its blocks, in order.
 * @throws If a ` ```ts ` block is neither `runnable` nor `typecheck`, or an output block follows nothing.
 */
export function docBlocks(file: string): DocBlock[] {
  const text = readFileSync(file === "README.md" ? new URL("../README.md", DOCS_DIR) : join(DOCS_DIR.pathname, file), "utf8");
  const all = fences(text);
  const lines = text.split("\n");
  const blocks: DocBlock[] = [];
  all.forEach((fence, index) => {
    const [lang = "", mode = ""] = fence.info.split(/\s+/);
    if (lang === "text" && mode === "output") {
      const previous = all[index - 1];
      const between = previous === undefined ? "x" : lines.slice(previous.end, fence.line - 1).join("\n").trim();
      if (previous === undefined || !/^(ts|typescript|sh)$/.test(previous.info.split(/\s+/)[0] ?? "") || between.length > 200) {
        throw new Error(`${file}:${fence.line}: an output block must follow a runnable or cli block`);
      }
      return;
    }
    if (lang === "text" && fence.code.trimStart().startsWith("$ ")) {
      blocks.push({ file, line: fence.line, mode: "transcript", code: fence.code });
      return;
    }
    if (lang === "ts" || lang === "typescript") {
      if (mode !== "runnable" && mode !== "typecheck") {
        throw new Error(`${file}:${fence.line}: mark every TypeScript block "ts runnable" or "ts typecheck" (found "${fence.info}")`);
      }
    } else if (!(lang === "sh" && mode === "cli")) {
      return;
    }
    const next = all[index + 1];
    const output = next !== undefined && /^text\s+output\b/.test(next.info) ? next : undefined;
    const exit = output === undefined ? undefined : /\bexit=(\d+)/.exec(output.info)?.[1];
    blocks.push({
      file,
      line: fence.line,
      mode: lang === "sh" ? "cli" : (mode as "runnable" | "typecheck"),
      code: fence.code,
      ...(output === undefined ? {} : { output: output.code }),
      ...(exit === undefined ? {} : { exitCode: Number(exit) }),
    });
  });
  return blocks;
}

/**
 * Turns a TypeScript block into a module that the tests can import and type-check: the package's
 * imports point at src/, and every expression statement followed by a `// => value` comment (on
 * its last line, or alone on the next line) becomes `check(expression, value)`.
 *
 * @param block - A `runnable` or `typecheck` block.
 * @param fromDir - The path from the module's folder to the repository root, e.g. `"../../"`.
 * @returns The module's source.
 */
export function toModule(block: DocBlock, fromDir: string): string {
  const code = block.code
    .replace(/from "@miyagi-kouiki\/infosec-policy\/core"/g, `from "${fromDir}src/core.js"`)
    .replace(/from "@miyagi-kouiki\/infosec-policy"/g, `from "${fromDir}src/index.js"`);
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      // Same line (a trailing comment), else the next line (a leading comment of what follows).
      const [comment] = ts.getTrailingCommentRanges(code, node.end) ?? ts.getLeadingCommentRanges(code, node.end) ?? [];
      const text = comment === undefined ? "" : code.slice(comment.pos, comment.end);
      const between = comment === undefined ? "" : code.slice(node.end, comment.pos);
      if (comment !== undefined && text.startsWith("// => ") && /^[ \t]*\n?[ \t]*$/.test(between)) {
        const line = source.getLineAndCharacterOfPosition(comment.pos).line;
        const where = JSON.stringify(`${block.file}:${block.line + 1 + line}`);
        edits.push({ start: node.getStart(source), end: comment.end, text: `check(${node.expression.getText(source)}, ${text.slice(6)}, ${where});` });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return `import { check } from "${fromDir}test/docs/check.js";\n${result}\n`;
}

/** One command of a transcript and the lines it must print. */
export interface TranscriptStep {
  /** The command, without `$ `. */
  readonly command: string;
  /** The expected lines, `…` lines included. */
  readonly expected: readonly string[];
  /** The line of the command in the guide. */
  readonly line: number;
}

/**
 * Splits a transcript block into its commands and their expected output.
 *
 * @param block - A `transcript` block.
 * @returns Its steps, in order.
 */
export function transcriptSteps(block: DocBlock): TranscriptStep[] {
  const steps: { command: string; expected: string[]; line: number }[] = [];
  block.code.split("\n").forEach((text, index) => {
    if (text.startsWith("$ ")) steps.push({ command: text.slice(2), expected: [], line: block.line + 1 + index });
    else steps.at(-1)?.expected.push(text);
  });
  for (const step of steps) while (step.expected.length > 0 && step.expected.at(-1)?.trim() === "") step.expected.pop();
  return steps;
}

/**
 * Whether printed lines match a transcript's expected lines: equal line by line (trailing spaces
 * aside), where a line `…` matches any number of lines and a line ending in `…` any line it begins.
 *
 * @param expected - The transcript's lines.
 * @param actual - What the command printed.
 * @returns Whether they match.
 */
export function matchesTranscript(expected: readonly string[], actual: readonly string[]): boolean {
  const want = expected.map((line) => line.trimEnd());
  const got = actual.map((line) => line.trimEnd());
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === want.length) result = j === got.length;
    else {
      const line = want[i] as string;
      if (line.trim() === "…") {
        result = false;
        for (let k = j; k <= got.length && !result; k++) result = match(i + 1, k);
      } else if (j === got.length) result = false;
      else {
        const other = got[j] as string;
        const same = other === line || (line.endsWith("…") && other.startsWith(line.slice(0, -1)));
        result = same && match(i + 1, j + 1);
      }
    }
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
