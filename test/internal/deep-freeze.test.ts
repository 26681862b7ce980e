import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deepFreeze, deepFreezeLiteral } from "../../src/internal/deep-freeze.js";

describe("deepFreeze", () => {
  it("freezes nested objects and arrays and returns the same value", () => {
    const value = { a: { b: [1, { c: "x" }] }, d: [[2]] };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(Object.isFrozen(value.d[0])).toBe(true);
    expect(() => {
      (value.a.b[1] as { c: string }).c = "y";
    }).toThrow(TypeError);
  });

  it("goes on through an object that is already (shallowly) frozen", () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze({ outer });
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it("terminates on cycles and freezes every object of the cycle", () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = { a };
    a["b"] = b;
    deepFreeze(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(b)).toBe(true);
  });

  it("does not throw on a typed array (whose elements cannot be frozen) and still freezes what lies beside it", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const sibling = { y: 2 };
    const value = { bytes, sibling };
    expect(() => deepFreeze(value)).not.toThrow();
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(sibling)).toBe(true);
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it("freezes symbol-keyed and non-enumerable properties' values, and functions", () => {
    const key = Symbol("k");
    const hidden = { h: 1 };
    const bySymbol = { s: 1 };
    const fn = Object.assign(() => 1, { meta: { m: 1 } });
    const value: Record<string | symbol, unknown> = { [key]: bySymbol, fn };
    Object.defineProperty(value, "hidden", { value: hidden, enumerable: false });
    deepFreeze(value);
    expect(Object.isFrozen(bySymbol)).toBe(true);
    expect(Object.isFrozen(hidden)).toBe(true);
    expect(Object.isFrozen(fn)).toBe(true);
    expect(Object.isFrozen(fn.meta)).toBe(true);
  });

  it("does not call getters (an accessor's value is not reached)", () => {
    let calls = 0;
    const value = {
      get lazy() {
        calls++;
        return { z: 1 };
      },
    };
    deepFreeze(value);
    expect(calls).toBe(0);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it("leaves primitives and null as they are", () => {
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze("s")).toBe("s");
    expect(deepFreeze(undefined)).toBeUndefined();
  });
});

describe("deepFreeze's memo of deeply frozen objects", () => {
  it("a walk that throws part-way marks nothing: the next walk through the same objects meets the trap again", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    const root = { first: { deep: { z: 1 } }, bad: hostile };
    expect(() => deepFreeze(root)).toThrow("no keys");
    expect(() => deepFreeze({ again: root })).toThrow("no keys");
  });

  it("a subtree frozen by an earlier call is deeply frozen in the later one, and a fresh sibling is frozen too", () => {
    const shared = deepFreeze({ list: [{ a: 1 }] });
    const later = deepFreeze({ shared, fresh: { b: [2] } });
    expect(Object.isFrozen(later.fresh) && Object.isFrozen(later.fresh.b) && Object.isFrozen(later.shared.list[0])).toBe(true);
    // Object.freeze alone is shallow: deepFreeze still goes through it.
    const shallow = Object.freeze({ inner: { c: 3 } });
    deepFreeze({ shallow });
    expect(Object.isFrozen(shallow.inner)).toBe(true);
  });
});

describe("deepFreezeLiteral (the walk for the package's own literals)", () => {
  it("freezes nested objects, arrays and functions (and a function's prototype) and returns the same value", () => {
    function named(): number {
      return 1;
    }
    const arrow = (): number => 2;
    const value = { a: { b: [1, { c: "x" }, [arrow]] }, d: [[2]], named };
    expect(deepFreezeLiteral(value)).toBe(value);
    for (const each of [value, value.a, value.a.b, value.a.b[1], value.a.b[2], arrow, value.d, value.d[0], named, named.prototype]) {
      expect(Object.isFrozen(each)).toBe(true);
    }
    expect(() => {
      (value.a.b[1] as { c: string }).c = "y";
    }).toThrow(TypeError);
  });

  it("goes on through an object that is already (shallowly) frozen", () => {
    const inner = { x: [1] };
    deepFreezeLiteral({ outer: Object.freeze({ inner }) });
    expect(Object.isFrozen(inner) && Object.isFrozen(inner.x)).toBe(true);
  });

  it("its result counts as deeply frozen for deepFreeze, and what deepFreeze froze counts for it", () => {
    const shared = deepFreezeLiteral({ list: [{ a: 1 }] });
    const fresh = { b: [2] };
    deepFreeze({ shared, fresh });
    expect(Object.isFrozen(fresh) && Object.isFrozen(fresh.b)).toBe(true);
    const generic = deepFreeze({ deep: { e: [3] } });
    const sibling = { f: { g: 4 } };
    deepFreezeLiteral([generic, sibling]);
    expect(Object.isFrozen(sibling) && Object.isFrozen(sibling.f)).toBe(true);
  });

  it("leaves primitives and null as they are", () => {
    expect(deepFreezeLiteral(null)).toBeNull();
    expect(deepFreezeLiteral(3)).toBe(3);
    expect(deepFreezeLiteral("s")).toBe("s");
    expect(deepFreezeLiteral(undefined)).toBeUndefined();
  });

  it("freezes exactly what deepFreeze freezes, on any JSON-like literal", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const a: unknown = structuredClone(json);
        const b: unknown = structuredClone(json);
        deepFreeze(a);
        deepFreezeLiteral(b);
        const frozenness = (value: unknown): unknown =>
          value !== null && typeof value === "object"
            ? [Object.isFrozen(value), ...Object.values(value).map(frozenness)]
            : typeof value;
        expect(frozenness(b)).toEqual(frozenness(a));
      }),
    );
  });
});
