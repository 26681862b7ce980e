import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

export const SHEET_CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
export const ROOT_CLI = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));

/** Runs a CLI (the package's or the library's) and returns what it did. */
export function run(cli: string, args: readonly string[], cwd?: string): { status: number | null; stdout: string; stderr: string; bytes: Buffer } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout.toString("utf8"), stderr: result.stderr.toString("utf8"), bytes: result.stdout };
}

/** A temporary directory, removed by the returned function. */
export function tempDir(): { dir: string; file: (name: string, content?: string | Uint8Array) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sheet-test-"));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      if (content !== undefined) writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// A CP932 encoder built from the platform's own decoder: every one- and two-byte code is decoded
// once and the table reversed (the first code wins, as Windows' encoder does for the NEC/IBM
// duplicates). A test generator, so that the CP932 fixtures are made here and never stored.
let table: Map<string, number[]> | undefined;
function cp932Table(): Map<string, number[]> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder("shift_jis", { fatal: true });
  for (let b = 0x20; b < 0x7f; b++) table.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(new Uint8Array([b])), [b]);
  for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]) {
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a code
      }
    }
  }
  return table;
}
function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Encodes text as CP932 (Shift_JIS as Windows writes it); throws for a character it has not. */
export function encodeCp932(text: string): Uint8Array {
  const t = cp932Table();
  const out: number[] = [];
  for (const char of text) {
    if (char === "\r" || char === "\n") {
      out.push(char.charCodeAt(0));
      continue;
    }
    const bytes = t.get(char);
    if (bytes === undefined) throw new Error(`not in CP932: ${JSON.stringify(char)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** Loads .xlsx bytes with exceljs (an independent reader and writer, as Excel writes). */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Writes an exceljs workbook to bytes. */
export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A cell's value as plain text, as exceljs reads it (rich text joined, formula results). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return value.result === undefined ? "" : String(value.result);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ("text" in value) return String(value.text);
  }
  return String(value);
}
