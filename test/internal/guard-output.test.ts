import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardOutput } from "../../src/internal/escape-text.js";

// Characters guardOutput must never let through (all that escapeTerminal shows, but the line feed).
const UNSAFE = /[\u{0}-\u{9}\u{b}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{61c}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2066}-\u{2069}\u{feff}\u{e0000}-\u{e007f}]/u;

describe("guardOutput", () => {
  it("escapes control, bidi and invisible characters as \\uXXXX and keeps the line feed and ordinary text", () => {
    expect(guardOutput("a\u001b[31mred\u0007\n")).toBe("a\\u001b[31mred\\u0007\n");
    expect(guardOutput("\u202eabc\u2066")).toBe("\\u202eabc\\u2066");
    expect(guardOutput("tab\there\r\n")).toBe("tab\\u0009here\\u000d\n");
    expect(guardOutput("情報資産 3A — ok")).toBe("情報資産 3A — ok");
  });

  it("writes a character beyond U+FFFF as its two UTF-16 escapes", () => {
    expect(guardOutput("x\u{e0041}y")).toBe("x\\udb40\\udc41y");
  });

  it("escapes lone surrogates one by one", () => {
    expect(guardOutput("a\ud800b\udc00")).toBe("a\\ud800b\\udc00");
  });

  it("keeps JSON valid and equal: a value's JSON text, guarded, parses back to the same value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: "binary" }), (value, extra) => {
        const data = { value, extra };
        const text = JSON.stringify(data, null, 2);
        const guarded = guardOutput(text);
        expect(JSON.parse(guarded)).toEqual(JSON.parse(text));
        expect(UNSAFE.test(guarded)).toBe(false);
      }),
    );
  });
});
