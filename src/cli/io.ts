import { isUtf8 } from "node:buffer";
import { readSync } from "node:fs";
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

/** Bytes read from a file at a time (the buffer grows only for a line longer than this). */
const READ_CHUNK = 1 << 16;

/** Chunks read synchronously between two turns of the event loop (so signals are still handled). */
const READS_PER_TURN = 16;

/**
 * {@link readLines}, a chunk's lines at a time (in order, none empty): for a reader of millions of
 * lines, one await per chunk of the input instead of one per line.
 *
 * A file is read into one reused buffer (a line cut by the end of a chunk is moved to its front,
 * never concatenated), synchronously, with a turn of the event loop every
 * {@link READS_PER_TURN} chunks, so that a signal (src/cli/signals.ts) is still handled at once;
 * standard input is streamed.
 *
 * @throws CliError 65 for a line longer than {@link INPUT_LIMITS} `lineBytes` (the lines before it are handed over first).
 */
export async function* readLineBlocks(source: InputSource, maxLineBytes: number = INPUT_LIMITS.lineBytes): AsyncGenerator<readonly Line[]> {
  const splitter = new LineSplitter(source.name, maxLineBytes);
  if (source.path === undefined) {
    yield* streamedLineBlocks(process.stdin, splitter);
    return;
  }
  const handle = await openFile(source.path);
  try {
    let buffer = Buffer.allocUnsafe(READ_CHUNK);
    let kept = 0;
    let reads = 0;
    for (;;) {
      if (kept === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const read = readSync(handle.fd, buffer, kept, buffer.length - kept, null);
      if (read === 0) break;
      if (++reads % READS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const end = kept + read;
      // The bytes kept from before hold no line feed: a search from the end finds one only in
      // the new bytes, or none.
      const last = buffer.lastIndexOf(10, end - 1);
      if (last < 0) {
        kept = end;
        if (kept > maxLineBytes + 1) throw splitter.tooLong();
        continue;
      }
      const lines = splitter.split(buffer, last);
      if (lines.length > 0) yield lines;
      if (splitter.failed) throw splitter.tooLong();
      buffer.copy(buffer, 0, last + 1, end);
      kept = end - last - 1;
      if (kept > maxLineBytes + 1) throw splitter.tooLong();
    }
    if (kept > 0) yield [splitter.lastLine(buffer.subarray(0, kept))];
  } finally {
    await handle.close();
  }
}

/** {@link readLineBlocks} of a stream (standard input): each chunk's complete lines as one block. */
async function* streamedLineBlocks(readable: Readable, splitter: LineSplitter): AsyncGenerator<readonly Line[]> {
  let pieces: Buffer[] = [];
  let pending = 0;
  const max = splitter.maxLineBytes;
  try {
    for await (const chunk of readable) {
      const data = asBuffer(chunk);
      const last = data.lastIndexOf(10);
      if (last < 0) {
        pending += data.length;
        if (pending > max + 1) throw splitter.tooLong(); // nothing held: each chunk's lines are handed over at its end
        pieces.push(data);
        continue;
      }
      const head = data.subarray(0, last);
      const block = pieces.length === 0 ? head : Buffer.concat([...pieces, head], pending + head.length);
      pieces = [];
      pending = 0;
      const lines = splitter.split(block, block.length);
      if (lines.length > 0) yield lines;
      if (splitter.failed) throw splitter.tooLong();
      if (last + 1 < data.length) {
        pieces.push(data.subarray(last + 1));
        pending = data.length - last - 1;
        if (pending > max + 1) throw splitter.tooLong();
      }
    }
    if (pending > 0) yield [splitter.lastLine(Buffer.concat(pieces, pending))];
  } finally {
    readable.destroy();
  }
}

/**
 * Splits complete lines of bytes into {@link Line}s, counting lines across calls: the line feed is
 * never part of a multi-byte sequence, so a block is UTF-8 exactly when each of its lines is; a
 * block is decoded once and split as text (fast), and only a block with a line that is not UTF-8
 * is split and checked line by line. A trailing `\r` is dropped, and a leading byte-order mark.
 */
class LineSplitter {
  /** Lines counted so far. */
  private line = 0;
  private first = true;
  /** Whether the last {@link split} stopped at a line longer than the limit. */
  failed = false;

  constructor(
    private readonly name: string,
    readonly maxLineBytes: number,
  ) {}

  /** The error for the line after the last one counted. */
  tooLong(): CliError {
    return invalidInput(
      `${this.name}:${this.line + 1}: line longer than ${mib(this.maxLineBytes)} (${this.maxLineBytes} bytes), the most the CLI reads as one NDJSON line; nothing was read after it`,
    );
  }

  private text(raw: string): string {
    let value = raw;
    if (this.first) {
      this.first = false;
      if (value.charCodeAt(0) === 0xfeff) value = value.slice(1);
    }
    return value.charCodeAt(value.length - 1) === 13 ? value.slice(0, -1) : value;
  }

  private notUtf8(): Line {
    this.first = false;
    return { line: this.line, problem: `${this.name}:${this.line}: not valid UTF-8 (the CLI reads UTF-8 only)` };
  }

  /** The last line of an input, which has no line feed after it. */
  lastLine(bytes: Buffer): Line {
    this.line++;
    return isUtf8(bytes) ? { line: this.line, text: this.text(bytes.toString("utf8")) } : this.notUtf8();
  }

  /**
   * The lines of `bytes[0, end)` (the bytes after the last line feed of a chunk excluded: `end`
   * is that line feed's offset, so the last line here ends there). Stops before a line longer
   * than the limit, with {@link failed} set.
   */
  split(bytes: Buffer, end: number): Line[] {
    const max = this.maxLineBytes;
    const lines: Line[] = [];
    const block = bytes.subarray(0, end);
    if (isUtf8(block)) {
      const decoded = block.toString("utf8");
      let start = 0;
      let newline = decoded.indexOf("\n");
      for (;;) {
        const stop = newline === -1 ? decoded.length : newline;
        this.line++;
        if (stop - start > max / 3 && Buffer.byteLength(decoded.slice(start, stop)) > max + 1) {
          this.line--;
          this.failed = true;
          return lines;
        }
        lines.push({ line: this.line, text: this.text(decoded.slice(start, stop)) });
        if (newline === -1) return lines;
        start = newline + 1;
        newline = decoded.indexOf("\n", start);
      }
    }
    let start = 0;
    let newline = block.indexOf(10);
    for (;;) {
      const stop = newline === -1 ? block.length : newline;
      this.line++;
      if (stop - start > max + 1) {
        this.line--;
        this.failed = true;
        return lines;
      }
      const line = block.subarray(start, stop);
      lines.push(isUtf8(line) ? { line: this.line, text: this.text(line.toString("utf8")) } : this.notUtf8());
      if (newline === -1) return lines;
      start = newline + 1;
      newline = block.indexOf(10, start);
    }
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
  /** Whether what is pending came through {@link writeGuarded} (all of it, or none). */
  private guarded = false;

  constructor(
    private readonly out: Writable,
    private readonly threshold = 1 << 16,
  ) {}

  /** Adds text; writes (and waits for the stream to drain) once enough has gathered. */
  async write(text: string): Promise<void> {
    if (this.guarded) {
      await this.flush();
      this.guarded = false;
    }
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.threshold) await this.flush();
  }

  /**
   * {@link write} for text already passed through `guardOutput`, whole or piece by piece (joining
   * guarded pieces of well-formed text, none of which splits a surrogate pair, gives guarded text:
   * the guard replaces code point by code point), so that it is not scanned a second time. Text
   * written before it is still guarded first, in order.
   */
  async writeGuarded(text: string): Promise<void> {
    if (!this.guarded) {
      await this.flush();
      this.guarded = true;
    }
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
    if (!this.out.write(this.guarded ? text : guardOutput(text))) {
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
