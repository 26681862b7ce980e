import { open, type FileHandle } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { CliError, invalidInput, usageError } from "./cli-error.js";
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

async function stream(source: InputSource): Promise<{ readable: Readable; close: () => Promise<void> }> {
  if (source.path === undefined) {
    process.stdin.setEncoding("utf8");
    return { readable: process.stdin, close: async () => {} };
  }
  const handle = await openFile(source.path);
  const readable = handle.createReadStream({ encoding: "utf8", highWaterMark: 1 << 16, autoClose: false });
  return { readable, close: () => handle.close() };
}

/** Reads a whole input as text (UTF-8, a leading byte-order mark dropped). */
export async function readText(source: InputSource): Promise<string> {
  if (source.path !== undefined) {
    const handle = await openFile(source.path);
    try {
      return stripBom(await handle.readFile({ encoding: "utf8" }));
    } finally {
      await handle.close();
    }
  }
  const { readable } = await stream(source);
  let text = "";
  for await (const chunk of readable) text += chunk as string;
  return stripBom(text);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads an input line by line, streamed: memory holds one chunk and one line at a time, whatever
 * the size of the input. Line numbers count from 1; a trailing `\r` is dropped.
 */
export async function* readLines(source: InputSource): AsyncGenerator<{ readonly text: string; readonly line: number }> {
  const { readable, close } = await stream(source);
  let rest = "";
  let line = 0;
  let first = true;
  try {
    for await (const chunk of readable) {
      let data = rest + (chunk as string);
      if (first) {
        data = stripBom(data);
        first = false;
      }
      let start = 0;
      let newline = data.indexOf("\n", start);
      while (newline !== -1) {
        line++;
        const end = newline > start && data.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        yield { text: data.slice(start, end), line };
        start = newline + 1;
        newline = data.indexOf("\n", start);
      }
      rest = data.slice(start);
    }
    if (rest !== "") {
      line++;
      yield { text: rest.endsWith("\r") ? rest.slice(0, -1) : rest, line };
    }
  } finally {
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
 * slow pipe holds memory steady). Small pieces are gathered into larger writes.
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
    if (!this.out.write(text)) {
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
