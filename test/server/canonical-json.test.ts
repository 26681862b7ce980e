import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/server/index.js";


describe("canonicalJson", () => {
  it("is the same text whatever the key order, and parses back to an equal value (property)", () => {
    const shuffle = (value: unknown, seed: number): unknown => {
      if (Array.isArray(value)) return value.map((item) => shuffle(item, seed));
      if (typeof value !== "object" || value === null) return value;
      const entries = Object.entries(value);
      if (seed % 2 === 1) entries.reverse();
      return Object.fromEntries(entries.map(([key, item]) => [key, shuffle(item, seed >> 1)]));
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        const text = canonicalJson(value);
        expect(canonicalJson(shuffle(value, seed))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

/** The writer canonicalJson used before its native fast path: member by member. */
function reference(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      text += `${i === 0 ? "" : ","}${item === undefined ? "null" : reference(item)}`;
    }
    return `${text}]`;
  }
  const keys = Object.keys(value).sort();
  let text = "{";
  let first = true;
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    text += `${first ? "" : ","}${JSON.stringify(key)}:${reference(item)}`;
    first = false;
  }
  return `${text}}`;
}

describe("canonicalJson's fast path", () => {
  it("writes the same text as the member-by-member writer, for JSON data and for anything else (property)", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("__proto__", "0", "1", "10", "9", "a", "B", "é", "constructor", "toJSON"));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.jsonValue(), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 5 })),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, key }), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps keys that objects order otherwise (array indices, __proto__) in code-unit order", () => {
    const parsed: unknown = JSON.parse('{"b":1,"10":2,"9":3,"__proto__":{"z":1,"a":[{"y":1,"x":2}]},"a":null}');
    expect(canonicalJson(parsed)).toBe('{"10":2,"9":3,"__proto__":{"a":[{"x":2,"y":1}],"z":1},"a":null,"b":1}');
    expect(canonicalJson({ a: undefined, b: () => 1, c: [undefined], d: new Date(0) })).toBe('{"b":null,"c":[null],"d":{}}');
  });
});
