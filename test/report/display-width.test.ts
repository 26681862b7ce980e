import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, padEndDisplay } from "../../src/report/display-width.js";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["監査", 4],
    ["ＡＢ", 4], // full-width letters
    ["ｱｲ", 2], // half-width katakana
    ["￥", 2], // U+FFE5, full-width signs
    ["①", 1], // U+2460: East Asian Width "A" (ambiguous), narrow when the context is unknown
    ["7(3)①", 5],
    ["■○→…", 4], // ambiguous too
    ["𠮷", 2], // U+20BB7, CJK Extension B (outside the BMP)
    ["𠮷野家", 6],
    ["\u{3134A}", 2], // CJK Extension G (plane 3)
    ["한", 2], // Hangul syllable
    ["ᄀ", 2], // Hangul Jamo
    ["豈", 2], // CJK compatibility
    ["︰", 2], // CJK compatibility forms
    ["e\u0301", 1], // e + combining acute
    ["か\u3099", 2], // か + combining dakuten
    ["\u200b\u200d\ufeff", 0], // zero width space, joiner, BOM
    ["a\tb", 2], // a control character takes no column
    ["☃", 1], // text presentation by default
    ["😀", 2], // emoji presentation
    ["☃\ufe0f", 2], // text emoji with the emoji variation selector
    ["👨‍👩‍👧", 2], // one ZWJ sequence, one glyph
    ["🇯🇵", 2], // a flag
    ["1\ufe0f\u20e3", 2], // a keycap
  ])("%j is %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("adds up over concatenation of whole characters (no combining marks or joiners)", () => {
    const char = fc.constantFrom("a", "Z", " ", "監", "ア", "ｱ", "Ａ", "①", "𠮷", "😀", "한", "→");
    fc.assert(
      fc.property(fc.array(char), fc.array(char), (a, b) => {
        expect(displayWidth(a.join("") + b.join(""))).toBe(displayWidth(a.join("")) + displayWidth(b.join("")));
      }),
    );
  });

  it("is the length for printable ASCII", () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) }), (text) => {
      expect(displayWidth(text)).toBe(text.length);
    }));
  });
});

describe("padEndDisplay", () => {
  it("pads to the display width, so that columns line up", () => {
    const cells = ["7(3)①", "𠮷田", "ＡＢＣ", "abc", "e\u0301t\u0301e\u0301"];
    const widths = cells.map((cell) => displayWidth(padEndDisplay(cell, 8)));
    expect(widths).toEqual([8, 8, 8, 8, 8]);
    expect(padEndDisplay("7(3)①", 8)).toBe("7(3)①   ");
  });

  it("never cuts a text wider than the width", () => {
    expect(padEndDisplay("監査報告", 4)).toBe("監査報告");
  });
});
