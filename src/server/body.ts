import { createHash, type Hash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { describeJsonError, tooDeep } from "../cli/io.js";
import { ServiceError } from "./errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
// For NDJSON lines: a byte-order mark is part of the text (each decode would drop a leading one
// otherwise, on every line); the one at the start of the body is dropped by hand.
const lineDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** A 413 for a body over `max` bytes. */
export function bodyTooLarge(max: number): ServiceError {
  return new ServiceError("body-too-large", {
    ja: `リクエスト本文が ${mib(max)} を超えています（受け付ける上限）。大きな対象一覧は NDJSON で POST /v1/audits に送ってください。`,
    en: `the request body is larger than ${mib(max)}, the most the service accepts; send a large inventory as NDJSON to POST /v1/audits`,
  });
}

const PLAIN_JSON = Object.freeze({ type: "application/json", utf8: true });

/** The media type of a request (lowercase, without parameters), and whether its charset (if any) is UTF-8. */
export function mediaType(req: IncomingMessage): { type: string; utf8: boolean } {
  const header = req.headers["content-type"] ?? "";
  // The usual header, without parsing (the same answer as the general reading below).
  if (header === "application/json") return PLAIN_JSON;
  const [type = "", ...params] = header.split(";").map((part) => part.trim());
  const charset = params.find((param) => param.toLowerCase().startsWith("charset="));
  const value = charset?.slice("charset=".length).replace(/^"|"$/g, "").toLowerCase();
  return { type: type.toLowerCase(), utf8: value === undefined || value === "utf-8" || value === "utf8" };
}

/** A 415 naming the media types accepted. */
export function unsupportedMediaType(accepted: readonly string[], given: string): ServiceError {
  const list = accepted.join(", ");
  const which = accepted.length === 1 ? `${list}（UTF-8）` : `${accepted.join("・")} のいずれか（UTF-8）`;
  return new ServiceError("unsupported-media-type", {
    ja: `Content-Type ${given === "" ? "がありません" : `${JSON.stringify(given)} は受け付けません`}。${which}で送ってください。`,
    en: `${given === "" ? "no Content-Type" : `Content-Type ${JSON.stringify(given)} is not accepted`}; send ${list} (UTF-8)`,
  });
}

/** An `invalid-json` error. */
export function invalidJson(en: string, ja: string): ServiceError {
  return new ServiceError("invalid-json", { ja, en });
}

/**
 * Reads a whole request body, at most `max` bytes (a `Content-Length` over it is refused before
 * reading), and decodes it as strict UTF-8 (a leading byte-order mark dropped); then calls `done`
 * once, with the text or the error. A callback rather than a promise: a decision's body is read
 * and answered without a promise or a microtask.
 *
 * @param req - The request.
 * @param max - The largest body accepted, in bytes.
 * @param done - Called once: `(undefined, text)`, or `(error)` with a ServiceError 413 when larger, 400 when not UTF-8, 408 when the connection closed first, or the request's own error.
 */
export function readBodyThen(req: IncomingMessage, max: number, done: (error: unknown, text?: string) => void): void {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) {
    done(bodyTooLarge(max));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = (error: unknown, text?: string): void => {
    if (settled) return;
    settled = true;
    req.off("data", onData);
    done(error, text);
  };
  function onData(bytes: Buffer): void {
    size += bytes.length;
    if (size > max) {
      settle(bodyTooLarge(max));
      return;
    }
    chunks.push(bytes);
  }
  req.on("data", onData);
  req.on("end", () => {
    if (settled) return;
    let text: string;
    try {
      text = decoder.decode(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    } catch {
      settle(invalidJson("the request body is not valid UTF-8 (the service reads UTF-8 only)", "リクエスト本文が UTF-8 として正しくありません（UTF-8 のみ受け付けます）。"));
      return;
    }
    settle(undefined, text);
  });
  req.on("error", (error) => settle(error));
  req.on("close", () => {
    if (!req.complete) settle(new ServiceError("request-timeout", { ja: "本文を受け取る前に接続が閉じられました。", en: "the connection closed before the body was complete" }));
  });
}

/**
 * Reads a whole request body, at most `max` bytes (a `Content-Length` over it is refused before
 * reading), and decodes it as strict UTF-8 (a leading byte-order mark dropped).
 *
 * @throws ServiceError 413 when larger, 400 when not UTF-8.
 */
export function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise<string>((resolve, reject) => readBodyThen(req, max, (error, text) => (error === undefined ? resolve(text as string) : reject(error))));
}

/**
 * Parses JSON text with the nesting limit checked (so a deeply nested body cannot overflow a
 * validator's stack), or throws an `invalid-json` error saying where: too deep first, wherever
 * the text is also not valid JSON.
 */
export function parseJsonText(text: string, maxDepth: number, where = ""): unknown {
  if (text.trim() === "") throw invalidJson(`${where}empty body: expected JSON`, `${where}本文が空です。JSON を送ってください。`);
  // Nesting deeper than maxDepth needs more than maxDepth brackets: a body with fewer `{` and `[`
  // (a single subject has some twenty) is not scanned.
  if (openers(text, maxDepth) <= maxDepth) return parse(text, where);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throwIfTooDeep(text, maxDepth, where);
    return parse(text, where);
  }
  // The text's nesting is the value's where each `{` and `[` of the text is one of the value's
  // arrays and objects (none in a string, none under a key given twice): counting both is cheaper
  // than scanning the text character by character, which is left for the rest.
  const count = containers(value, 0, maxDepth);
  if (count < 0 || count !== openers(text, Number.POSITIVE_INFINITY)) throwIfTooDeep(text, maxDepth, where);
  return value;
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const described = describeJsonError(text, error);
    throw invalidJson(`${where}${described}`, `${where}JSON として正しくありません: ${described}`);
  }
}

function throwIfTooDeep(text: string, maxDepth: number, where: string): void {
  const deep = tooDeep(text, maxDepth);
  if (deep !== undefined) {
    throw invalidJson(
      `${where}nested deeper than ${maxDepth} levels at line ${deep.line}, column ${deep.column} (the most the service reads)`,
      `${where}${deep.line} 行 ${deep.column} 桁で入れ子が ${maxDepth} 段を超えています（受け付ける上限）。`,
    );
  }
}

/** How many opening brackets (`{` and `[`, in strings or not) a text holds, counted up to just over `max`. */
function openers(text: string, max: number): number {
  let count = 0;
  for (let at = text.indexOf("{"); at !== -1 && count <= max; at = text.indexOf("{", at + 1)) count++;
  for (let at = text.indexOf("["); at !== -1 && count <= max; at = text.indexOf("[", at + 1)) count++;
  return count;
}

/** How many arrays and objects a parsed JSON value holds, or -1 if they nest deeper than `max` (`depth`: the arrays and objects around it). */
function containers(value: unknown, depth: number, max: number): number {
  if (typeof value !== "object" || value === null) return 0;
  if (depth >= max) return -1;
  let count = 1;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner = containers(value[i], depth + 1, max);
      if (inner < 0) return -1;
      count += inner;
    }
    return count;
  }
  for (const key of Object.keys(value)) {
    const inner = containers((value as Record<string, unknown>)[key], depth + 1, max);
    if (inner < 0) return -1;
    count += inner;
  }
  return count;
}

/** One line of an NDJSON body: its 1-based number and text, or that it is not UTF-8. */
export type BodyLine = { readonly line: number; readonly text: string } | { readonly line: number; readonly text?: undefined };

/**
 * Reads a request body as NDJSON, line by line: memory holds one chunk and one line at a time.
 * Every byte is also fed to `hash` (the body's SHA-256 for the log). A trailing `\r` is dropped,
 * and a byte-order mark at the start of the body; one at the start of any other line is kept, so
 * that line is not valid JSON (as a BOM inside a JSON text is not).
 *
 * @throws ServiceError 413 for a line longer than `maxLineBytes`.
 */
export async function* readBodyLines(req: IncomingMessage, maxLineBytes: number, hash: Hash = createHash("sha256")): AsyncGenerator<BodyLine> {
  let pieces: Buffer[] = [];
  let pending = 0;
  let line = 0;
  const tooLong = (): ServiceError =>
    new ServiceError("line-too-long", {
      ja: `${line + 1} 行目が ${mib(maxLineBytes)} を超えています（NDJSON の1行の上限）。それ以降は読んでいません。`,
      en: `line ${line + 1} is longer than ${mib(maxLineBytes)}, the most the service reads as one NDJSON line; nothing was read after it`,
    });
  const decode = (bytes: Buffer): BodyLine => {
    line++;
    let start = 0;
    let end = bytes.length;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    if (end > start && bytes[end - 1] === 13) end--;
    try {
      return { line, text: lineDecoder.decode(bytes.subarray(start, end)) };
    } catch {
      return { line };
    }
  };
  for await (const chunk of req) {
    const data = chunk as Buffer;
    hash.update(data);
    let start = 0;
    let newline = data.indexOf(10);
    while (newline !== -1) {
      if (pending + newline - start > maxLineBytes + 1) throw tooLong();
      const bytes = pieces.length === 0 ? data.subarray(start, newline) : Buffer.concat([...pieces, data.subarray(start, newline)]);
      pieces = [];
      pending = 0;
      yield decode(bytes);
      start = newline + 1;
      newline = data.indexOf(10, start);
    }
    if (start < data.length) {
      pending += data.length - start;
      if (pending > maxLineBytes + 1) throw tooLong();
      pieces.push(data.subarray(start));
    }
  }
  if (pending > 0) yield decode(Buffer.concat(pieces, pending));
}
