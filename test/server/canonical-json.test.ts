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
