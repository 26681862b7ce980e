import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tooDeep } from "../../src/cli/io.js";
import { parseJsonText } from "../../src/server/body.js";
import { ServiceError } from "../../src/server/errors.js";

/** What parseJsonText answered: the value, or the error's code and message (both languages). */
function outcome(text: string, maxDepth: number): unknown {
  try {
    return { value: parseJsonText(text, maxDepth) };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return { code: error.code, text: error.text };
  }
}

/** The oracle: the text scanned for its nesting first, then parsed (as the service did before counting). */
function scanned(text: string, maxDepth: number): unknown {
  if (text.trim() === "") return outcome(text, maxDepth);
  const deep = tooDeep(text, maxDepth);
  if (deep !== undefined) {
    const answered = outcome(text, maxDepth) as { text?: { en: string } };
    expect(answered.text?.en).toBe(`nested deeper than ${maxDepth} levels at line ${deep.line}, column ${deep.column} (the most the service reads)`);
    return answered;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return outcome(text, maxDepth);
  }
}

const nest = (depth: number, inner = "1"): string => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

describe("parseJsonText: the nesting limit, by counting where the text allows it", () => {
  it("accepts wide bodies of many brackets within the limit, and refuses one level too deep, saying where", () => {
    const wide = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, list: [[i], { a: [i] }] })));
    expect(outcome(wide, 64)).toEqual({ value: JSON.parse(wide) });
    expect(outcome(nest(64), 64)).toEqual({ value: JSON.parse(nest(64)) });
    const deep = outcome(`[${"0,".repeat(100)}${nest(64)}]`, 64) as { code: string; text: { en: string } };
    expect(deep.code).toBe("invalid-json");
    expect(deep.text.en).toBe("nested deeper than 64 levels at line 1, column 265 (the most the service reads)");
  });

  it("refuses nesting the parsed value does not show: under a key given twice, or too deep and not JSON either", () => {
    // JSON.parse keeps the last of two equal keys: the deep first one is still too deep as text.
    const twice = `{"a": ${nest(70)}, "a": 1}`;
    expect(JSON.parse(twice)).toEqual({ a: 1 });
    expect(outcome(twice, 64)).toMatchObject({ code: "invalid-json", text: { en: expect.stringContaining("nested deeper than 64 levels at line 1, column 70") } });
    expect(outcome(`${nest(70)},`, 64)).toMatchObject({ code: "invalid-json", text: { en: expect.stringContaining("nested deeper than 64 levels") } });
    // Brackets in strings are no nesting.
    const inStrings = JSON.stringify({ text: "[".repeat(200), more: ["{".repeat(100)] });
    expect(outcome(inStrings, 64)).toEqual({ value: JSON.parse(inStrings) });
  });

  it("for any JSON text (brackets in strings, keys given twice, deep or not, broken or not), answers what scanning first answers", () => {
    const piece = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.integer({ min: 0, max: 12 }).map((depth) => nest(depth)),
      fc.integer({ min: 0, max: 12 }).map((depth) => JSON.stringify("[{".repeat(depth))),
      fc.integer({ min: 1, max: 6 }).map((depth) => `{"k": ${nest(depth)}, "k": 0}`),
    );
    const text = fc.tuple(fc.array(piece, { maxLength: 8 }), fc.boolean(), fc.integer({ min: 0, max: 14 })).map(([pieces, broken, wrap]) => {
      const body = nest(wrap, `[${pieces.join(",")}]`);
      return broken ? body.slice(0, -1) : body;
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (body, maxDepth) => {
        expect(outcome(body, maxDepth)).toEqual(scanned(body, maxDepth));
      }),
      { numRuns: 500 },
    );
  });
});
