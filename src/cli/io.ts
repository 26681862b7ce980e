import { isUtf8 } from "node:buffer";
import { open, type FileHandle } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { CliError, invalidInput, usageError } from "./cli-error.js";
import { guardOutput } from "../report/escape-text.js";
import { locateJsonError } from "./json-error.js";

/** Where input comes from: a file, or standard input (`-`), as JSON or NDJSON. */
export interface InputSource {
  /** The file path, or `undefined` for standard input. */
  readonly path: string | undefined;
  /** How to name it in messages: the path, or `<stdin>`. */
  readonly name: string;
  /** Whether to read it as NDJSON (one JSON value per line), streamed. */
  readonly ndjson: boolean;
}

const NDJSON_EXTENSIONS = /\.(ndjson|jsonl)$/i;

/**
 * The input named by a command-line argument: `-` is standard input; a file ending in `.ndjson`
 * or `.jsonl` (or any input with `--ndjson`) is read as NDJSON, anything else as one JSON value.
 */
export function inputSource(argument: string, forceNdjson: boolean): InputSource {
  if (argument === "-") return { path: undefined, name: "<stdin>", ndjson: forceNdjson };
  // Spreadsheets are read by the workspace package, so that this CLI depends on zod only.
  if (/\.(?:xlsx|xlsm|xls|csv)$/iu.test(argument)) {
    throw usageError(`${argument}: a spreadsheet; this command reads JSON and NDJSON. Registers and self-inspection sheets in .xlsx or .csv are read by infosec-policy-sheet (npm install @miyagi-kouiki/infosec-policy-spreadsheet), e.g. infosec-policy-sheet audit ${argument}`);
  }
  return { path: argument, name: argument, ndjson: forceNdjson || NDJSON_EXTENSIONS.test(argument) };
}

async function openFile(path: string): Promise<FileHandle> {
  try {
    const handle = await open(path, "r");
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw usageError(`${path}: is a directory, not a file`);
    }
    return handle;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(code === "ENOENT" ? `${path}: no such file` : `${path}: cannot read (${code ?? (error as Error).message})`);
  }
}

/**
 * The limits the CLI applies to what it reads; each gives exit 65 with a message naming the input
 * (and the line), before the input can cost unbounded time or memory.
 *
 * | limit | value |
 * | --- | ---: |
 * | a JSON input (`check`, `audit`, `export` of a `.json` file or `-`) | 256 MiB |
 * | one NDJSON line | 1 MiB |
 * | nesting of arrays and objects, in a JSON input or an NDJSON line | 64 levels |
 * | an overlay file (`--overlay`) | 1 MiB |
 */
export const INPUT_LIMITS = Object.freeze({
  /** Bytes of a whole JSON input (below V8's longest string). */
  jsonBytes: 256 * 1024 * 1024,
  /** Bytes of one NDJSON line, without its line break. */
  lineBytes: 1024 * 1024,
  /** Nesting depth of arrays and objects. */
  depth: 64,
  /** Bytes of an overlay file. */
  overlayBytes: 1024 * 1024,
});

function mib(bytes: number): string {
  return `${bytes / (1024 * 1024)} MiB`;
}

async function stream(source: InputSource): Promise<{ readable: Readable; close: () => Promise<void> }> {
  if (source.path === undefined) return { readable: process.stdin, close: async () => {} };
  const handle = await openFile(source.path);
  const readable = handle.createReadStream({ highWaterMark: 1 << 16, autoClose: false });
  return { readable, close: () => handle.close() };
}

function asBuffer(chunk: unknown): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer);
}

/** The 1-based line of a byte offset in some bytes. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** The offset of the first byte that is not well-formed UTF-8, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    const b1 = bytes[i + 1] as number;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = bytes[i + k] as number;
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 strictly (a leading byte-order mark dropped), or says where it is not UTF-8.
 *
 * @returns The text, or the 1-based line of the first byte that is not well-formed UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = invalidUtf8At(bytes);
    return { ok: false, line: lineAt(bytes, at < 0 ? bytes.length : at) };
  }
}

/**
 * Where a JSON text nests arrays and objects deeper than `max` levels, as a line and column
 * (strings are skipped, so brackets inside them do not count); `undefined` if it does not. One
 * pass, no recursion: what keeps a deeply nested input from overflowing a validator's stack.
 */
export function tooDeep(text: string, max: number = INPUT_LIMITS.depth): { line: number; column: number } | undefined {
  // Nesting deeper than `max` takes more than `max` opening brackets: nearly every text has far
  // fewer, and counting them (native indexOf) costs a fraction of the scan below.
  let opening = 0;
  for (let i = text.indexOf("{"); i !== -1 && opening <= max; i = text.indexOf("{", i + 1)) opening++;
  for (let i = text.indexOf("["); i !== -1 && opening <= max; i = text.indexOf("[", i + 1)) opening++;
  if (opening <= max) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) {
        const lineStart = text.lastIndexOf("\n", i) + 1;
        let line = 1;
        for (let k = 0; k < lineStart; k++) if (text.charCodeAt(k) === 10) line++;
        return { line, column: i - lineStart + 1 };
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/**
 * Reads a whole input as text: strict UTF-8 (a leading byte-order mark dropped), at most
 * `maxBytes` bytes.
 *
 * @param source - The input.
 * @param maxBytes - The largest input accepted (default: {@link INPUT_LIMITS} `jsonBytes`).
 * @param what - What the input is, for the message when it is too large.
 * @throws CliError 65 for an input that is larger, or not UTF-8 (naming the line); 64 for a missing file.
 */
export async function readText(source: InputSource, maxBytes: number = INPUT_LIMITS.jsonBytes, what = "as one JSON value (use NDJSON, one subject per line, for larger inventories)"): Promise<string> {
  const tooLarge = (): CliError => invalidInput(`${source.name}: larger than ${mib(maxBytes)}, the most the CLI reads ${what}`);
  const chunks: Buffer[] = [];
  let size = 0;
  const { readable, close } = await stream(source);
  try {
    for await (const chunk of readable) {
      const bytes = asBuffer(chunk);
      size += bytes.length;
      if (size > maxBytes) {
        readable.destroy();
        throw tooLarge();
      }
      chunks.push(bytes);
    }
  } finally {
    await close();
  }
  const decoded = decodeUtf8(Buffer.concat(chunks, size));
  if (!decoded.ok) throw invalidInput(`${source.name}:${decoded.line}: not valid UTF-8 (the CLI reads UTF-8 only)`);
  return decoded.text;
}

/** One line of an NDJSON input: its text, or why it could not be read. */
export type Line = { readonly line: number; readonly text: string; readonly problem?: undefined } | { readonly line: number; readonly text?: undefined; readonly problem: string };

/**
 * Reads an input line by line, streamed and in linear time: memory holds one chunk (and its
 * lines) at a time, whatever the size of the input. Line numbers count from 1; a trailing `\r` is
 * dropped, and a leading byte-order mark. Each line is decoded as strict UTF-8: a line that is not
 * UTF-8 is handed over as a problem naming it, and reading goes on.
 *
 * @throws CliError 65 for a line longer than {@link INPUT_LIMITS} `lineBytes` (reading stops there).
 */
export async function* readLines(source: InputSource, maxLineBytes: number = INPUT_LIMITS.lineBytes): AsyncGenerator<Line> {
  for await (const block of readLineBlocks(source, maxLineBytes)) yield* block;
}

/**
 * {@link readLines}, a chunk's lines at a time (in order, none empty): for a reader of millions of
 * lines, one await per chunk of the input instead of one per line.
 *
 * @throws CliError 65 for a line longer than {@link INPUT_LIMITS} `lineBytes` (the lines before it are handed over first).
 */
export async function* readLineBlocks(source: InputSource, maxLineBytes: number = INPUT_LIMITS.lineBytes): AsyncGenerator<readonly Line[]> {
  const { readable, close } = await stream(source);
  let pieces: Buffer[] = [];
  let pending = 0;
  let line = 0;
  let first = true;
  const tooLong = (): CliError =>
    invalidInput(`${source.name}:${line + 1}: line longer than ${mib(maxLineBytes)} (${maxLineBytes} bytes), the most the CLI reads as one NDJSON line; nothing was read after it`);
  const notUtf8 = (): Line => ((first = false), { line, problem: `${source.name}:${line}: not valid UTF-8 (the CLI reads UTF-8 only)` });
  const text = (raw: string): string => {
    let value = raw;
    if (first) {
      first = false;
      if (value.charCodeAt(0) === 0xfeff) value = value.slice(1);
    }
    return value.charCodeAt(value.length - 1) === 13 ? value.slice(0, -1) : value;
  };
  // The lines read and not yet handed over: those of one chunk.
  let lines: Line[] = [];
  try {
    for await (const chunk of readable) {
      const data = asBuffer(chunk);
      const last = data.lastIndexOf(10);
      if (last < 0) {
        pending += data.length;
        if (pending > maxLineBytes + 1) throw tooLong(); // nothing held: each chunk's lines are handed over at its end
        pieces.push(data);
        continue;
      }
      const firstNewline = data.indexOf(10);
      if (pending + firstNewline > maxLineBytes + 1) throw tooLong();
      // The complete lines of this chunk (with the start of the first, held from before) as one
      // block: a line feed is never part of a multi-byte sequence, so the block is UTF-8 exactly
      // when each of its lines is. Then the block is decoded once and split as text (fast); only
      // a block with a line that is not UTF-8 is split and checked line by line.
      const head = data.subarray(0, last);
      const block = pieces.length === 0 ? head : Buffer.concat([...pieces, head], pending + head.length);
      pieces = [];
      pending = 0;
      if (isUtf8(block)) {
        const decoded = block.toString("utf8");
        let start = 0;
        let newline = decoded.indexOf("\n");
        while (newline !== -1) {
          line++;
          if (newline - start > maxLineBytes / 3 && Buffer.byteLength(decoded.slice(start, newline)) > maxLineBytes + 1) {
            if (lines.length > 0) yield lines; // the lines before the long one are read, as line by line they were
            throw tooLong();
          }
          lines.push({ line, text: text(decoded.slice(start, newline)) });
          start = newline + 1;
          newline = decoded.indexOf("\n", start);
        }
        line++;
        if (decoded.length - start > maxLineBytes / 3 && Buffer.byteLength(decoded.slice(start)) > maxLineBytes + 1) {
          if (lines.length > 0) yield lines;
          throw tooLong();
        }
        lines.push({ line, text: text(decoded.slice(start)) });
      } else {
        let start = 0;
        let newline = block.indexOf(10);
        for (;;) {
          const end = newline === -1 ? block.length : newline;
          line++;
          if (end - start > maxLineBytes + 1) {
            if (lines.length > 0) yield lines;
            throw tooLong();
          }
          const bytes = block.subarray(start, end);
          lines.push(isUtf8(bytes) ? { line, text: text(bytes.toString("utf8")) } : notUtf8());
          if (newline === -1) break;
          start = newline + 1;
          newline = block.indexOf(10, start);
        }
      }
      if (last + 1 < data.length) {
        pieces.push(data.subarray(last + 1));
        pending = data.length - last - 1;
        if (pending > maxLineBytes + 1) {
          if (lines.length > 0) yield lines;
          throw tooLong();
        }
      }
      if (lines.length > 0) {
        yield lines;
        lines = [];
      }
    }
    if (pending > 0) {
      const bytes = Buffer.concat(pieces, pending);
      line++;
      yield [isUtf8(bytes) ? { line, text: text(bytes.toString("utf8")) } : notUtf8()];
    }
  } finally {
    readable.destroy();
    await close();
  }
}

/**
 * Parses JSON text, or fails with an invalid-input error that says where (line and column).
 *
 * @param text - The text.
 * @param name - How to name the input in the message.
 */
export function parseJson(text: string, name: string): unknown {
  if (text.trim() === "") throw invalidInput(`${name}: empty input: expected JSON`);
  const deep = tooDeep(text);
  if (deep !== undefined) throw invalidInput(`${name}: nested deeper than ${INPUT_LIMITS.depth} levels at line ${deep.line}, column ${deep.column} (the most the CLI reads)`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidInput(`${name}: ${describeJsonError(text, error)}`);
  }
}

/** A JSON syntax error in words, with the line and column where it is. */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // V8's message either ends with the position or quotes (part of) the text: keep only the reason.
  const reason = raw
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/ at position \d+.*$/s, "")
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, "");
  const at = locateJsonError(text);
  return at === undefined ? `not valid JSON: ${reason}` : `not valid JSON at line ${at.line}, column ${at.column}: ${reason}`;
}

/**
 * Writes text to a stream, waiting when its buffer is full (so that writing a large report to a
 * slow pipe holds memory steady). Small pieces are gathered into larger writes. Every write goes
 * through `guardOutput`: no control character but the line feed, no bidi override or invisible
 * character reaches the terminal raw (DESIGN.md invariant 15).
 */
export class BufferedWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(
    private readonly out: Writable,
    private readonly threshold = 1 << 16,
  ) {}

  /** Adds text; writes (and waits for the stream to drain) once enough has gathered. */
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.threshold) await this.flush();
  }

  /** Writes whatever has gathered. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.size = 0;
    // The reader went away (a closed pipe): drop the rest, the caller still finishes its run.
    if (this.out.destroyed || this.out.writableEnded) return;
    if (!this.out.write(guardOutput(text))) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.out.off("drain", done);
          this.out.off("error", done);
          this.out.off("close", done);
          resolve();
        };
        this.out.once("drain", done);
        this.out.once("error", done);
        this.out.once("close", done);
      });
    }
  }
}
