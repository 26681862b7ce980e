/**
 * Finds where JSON text stops being valid, for a message that says "line 3, column 14". Only run
 * after `JSON.parse` has failed (V8's messages do not always give a position). A small scanner of
 * the JSON grammar (RFC 8259); it gives up (returns `undefined`) on nesting deeper than 10,000.
 */
export function locateJsonError(text: string): { line: number; column: number } | undefined {
  const offset = errorOffset(text);
  if (offset === undefined) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const MAX_DEPTH = 10_000;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Stop {
  constructor(readonly at: number) {}
}

function errorOffset(text: string): number | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = (): void => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const next = text[i + 1] ?? "";
        if (next === "u") {
          if (!HEX4.test(text.slice(i + 2, i + 6))) throw new Stop(i);
          i += 6;
        } else if (ESCAPE.test(next)) i += 2;
        else throw new Stop(i);
        continue;
      }
      if (c.charCodeAt(0) < 0x20) throw new Stop(i);
      i++;
    }
    throw new Stop(i);
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Stop(-1);
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Stop(i);
        string();
        ws();
        if (text[i] !== ":") throw new Stop(i);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        throw new Stop(i);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        throw new Stop(i);
      }
    }
    if (c === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    throw new Stop(i);
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : undefined;
  } catch (stop) {
    if (stop instanceof Stop) return stop.at < 0 ? undefined : stop.at;
    throw stop;
  }
}
