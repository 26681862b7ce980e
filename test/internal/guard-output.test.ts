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

  it("gives what the full replace gives, for any text: the prefilter never clears text that holds a character to escape (property)", () => {
    const FULL =
      /[\u{0}-\u{9}\u{b}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{61c}\u{115f}\u{1160}\u{180e}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2060}-\u{2064}\u{2066}-\u{206f}\u{3164}\u{feff}\u{ffa0}\u{fff9}-\u{fffb}\u{e0000}-\u{e007f}\u{d800}-\u{dfff}]/gu;
    const full = (text: string): string => text.replace(FULL, (char) => [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""));
    // Each character next to the edges of the ranges, and ordinary text around them.
    const edges = [0, 9, 10, 11, 0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0xac, 0xad, 0xae, 0x61b, 0x61c, 0x61d, 0x115e, 0x115f, 0x1160, 0x1161, 0x180d, 0x180e, 0x180f, 0x200a, 0x200b, 0x200f, 0x2010, 0x2027, 0x2028, 0x202e, 0x202f, 0x205f, 0x2060, 0x2064, 0x2065, 0x2066, 0x206f, 0x2070, 0x3163, 0x3164, 0x3165, 0xfefe, 0xfeff, 0xff00, 0xff9f, 0xffa0, 0xffa1, 0xfff8, 0xfff9, 0xfffb, 0xfffc, 0xd7ff, 0xe000];
    const unit = fc.oneof(fc.constantFrom(...edges.map((code) => String.fromCharCode(code))), fc.constantFrom("\u{e0000}", "\u{e0041}", "\u{e007f}", "\u{e0080}", "\u{dffff}", "\u{1f600}", "\ud800", "\udc00", "\udb40"), fc.string({ unit: "binary", maxLength: 3 }), fc.constantFrom("情報", "asset-1", "\n"));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(guardOutput(text)).toBe(full(text));
      }),
      { numRuns: 2000 },
    );
  });
});
