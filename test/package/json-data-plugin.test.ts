import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonifyDataLiterals } from "../../scripts/json-data-plugin.js";
import { clauses } from "../../src/definitions/clauses.js";

// The build step of tsup.config.ts that writes large data literals as `JSON.parse('…')` (cold
// import, issue 14). What it must never do: change a value, touch code evaluated per call, or
// shift the lines after a literal (the source maps).

/** Evaluates a module-level expression the rewriter produced (plain JavaScript after it). */
const evaluate = (code: string): unknown => new Function(`return ${code.replace(/^const x = /, "").replace(/;\s*$/, "")}`)();

const big = (inner: string): string => `const x = [${Array.from({ length: 60 }, () => inner).join(",\n")}];`;

describe("jsonifyDataLiterals", () => {
  it("rewrites a large module-level data literal into JSON.parse of the same value, keeping its line count", () => {
    const source = big(`{ ref: "7(3)①", 'it\\'s': "a \\"quote\\" and a \\\\ backslash", n: -1.5, ok: true, no: null, list: [1, "二"] as const, "__x": \`tpl\` }`);
    const { code, count } = jsonifyDataLiterals(source, "x.ts", 100);
    expect(count).toBe(1);
    expect(code).toMatch(/^const x = JSON\.parse\('/);
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    expect(evaluate(code)).toEqual(evaluate(source.replaceAll(" as const", "")));
  });

  it("keeps every string verbatim, for any string (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 20 }), { minLength: 1, maxLength: 8 }), (strings) => {
        const source = `const x = [${strings.map((s) => JSON.stringify(s)).join(",\n")}];`;
        const { code, count } = jsonifyDataLiterals(source, "x.ts", 0);
        expect(count).toBe(1);
        expect(evaluate(code)).toEqual(strings);
        expect(code.split("\n")).toHaveLength(source.split("\n").length);
      }),
      { numRuns: 50 },
    );
  });

  it("leaves alone what is not pure JSON data, small literals and literals inside functions", () => {
    const impure = [
      big(`{ a: someIdentifier }`),
      big(`{ a: undefined }`),
      big(`{ [computed]: 1 }`),
      big(`{ shorthand }`),
      big(`{ ...spread }`),
      big(`{ m() { return 1; } }`),
      big(`{ get g() { return 1; } }`),
      big(`{ __proto__: { polluted: true } }`),
      big(`{ t: \`\${1}\` }`),
      big(`{ f: () => 1 }`),
      big(`{ n: 1 / 0 }`),
      big(`{ z: -0 }`),
      `const x = [1, , 3${", 4".repeat(600)}];`,
      `function f() { return [${'"a", '.repeat(600)}"b"]; }`,
      `const f = () => [${'"a", '.repeat(600)}"b"];`,
      `class C { table = [${'"a", '.repeat(600)}"b"]; }`,
    ];
    for (const source of impure) {
      const { code, count } = jsonifyDataLiterals(source, "x.ts", 100);
      expect({ source, count }).toEqual({ source, count: 0 });
      expect(code).toBe(source);
    }
    expect(jsonifyDataLiterals(`const x = { a: "short" };`, "x.ts").count).toBe(0);
  });

  it("rewrites the policy text of src/definitions/clauses.ts, and the value built from it is the same", () => {
    const path = fileURLToPath(new URL("../../src/definitions/clauses.ts", import.meta.url));
    const source = readFileSync(path, "utf8");
    const { code, count } = jsonifyDataLiterals(source, path);
    expect(count).toBe(1);
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    const literal = /JSON\.parse\(('(?:[^'\\]|\\.)*')\s*\)/.exec(code);
    expect(literal).not.toBeNull();
    const value: unknown = JSON.parse(new Function(`return ${(literal as RegExpExecArray)[1]}`)() as string);
    expect(value).toEqual(clauses);
  });
});
