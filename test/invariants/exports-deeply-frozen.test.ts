/**
 * Every object the package exports is deeply frozen: from the main entry and from `/core`, every
 * exported value that is not a function or class (those are code) nor a zod schema (zod's objects
 * keep caches of their own) is frozen, and so is every object, array and function reachable from
 * it through own properties, data or accessor, string- or symbol-keyed. A table that only some
 * other frozen table happened to reach (as `BASIS_SOURCES` once was) fails here.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as core from "../../src/core.js";
import * as main from "../../src/index.js";

/** The paths of the objects reachable from `root` (itself included) that are not frozen. */
function notFrozen(root: object, rootName: string): { readonly reached: number; readonly paths: readonly string[] } {
  const seen = new Set<object>();
  const paths: string[] = [];
  const stack: [string, object][] = [[rootName, root]];
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, object];
    if (seen.has(value)) continue;
    seen.add(value);
    if (!Object.isFrozen(value)) paths.push(path);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (descriptor === undefined) continue;
      const name = `${path}[${typeof key === "symbol" ? key.toString() : JSON.stringify(key)}]`;
      for (const child of [descriptor.value, descriptor.get, descriptor.set]) {
        if (child !== null && (typeof child === "object" || typeof child === "function")) stack.push([name, child as object]);
      }
    }
  }
  return { reached: seen.size, paths };
}

/** The exported values that are data: objects and arrays, not code and not zod schemas. */
function dataExports(entry: Record<string, unknown>): [string, object][] {
  return Object.entries(entry).filter(
    (pair): pair is [string, object] => pair[1] !== null && typeof pair[1] === "object" && !(pair[1] instanceof z.ZodType),
  );
}

describe("every exported object is deeply frozen", () => {
  for (const [entryName, entry] of [
    ["@miyagi-kouiki/infosec-policy/core", core],
    ["@miyagi-kouiki/infosec-policy", main],
  ] as const) {
    const exported = dataExports(entry);

    it(`${entryName}: the walk meets the shipped data`, () => {
      // Not vacuous: the policy, the tables and the catalog are among the exports walked.
      const names = exported.map(([name]) => name);
      expect(names).toEqual(expect.arrayContaining(["policy", "policies", "controlCatalog", "clauses", "glossary", "BASIS_SOURCES"]));
      expect(exported.reduce((sum, [name, value]) => sum + notFrozen(value, name).reached, 0)).toBeGreaterThan(1000);
    });

    it.each(exported)(`${entryName}: %s is frozen all the way down`, (name, value) => {
      expect(notFrozen(value, name).paths).toEqual([]);
    });
  }

  it("BASIS_SOURCES, each source included, cited or not", () => {
    expect(Object.isFrozen(core.BASIS_SOURCES)).toBe(true);
    for (const source of Object.values(core.BASIS_SOURCES)) expect(Object.isFrozen(source), source.id).toBe(true);
    expect(() => {
      (core.BASIS_SOURCES as unknown as Record<string, unknown>)["S99"] = { id: "S99", title: "added" };
    }).toThrow(TypeError);
  });
});
