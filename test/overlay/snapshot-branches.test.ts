import { describe, expect, it } from "vitest";
import { OVERLAY_LIMITS, snapshotOverlay } from "../../src/overlay/snapshot.js";

// The overlay snapshot (src/overlay/snapshot.ts) copies an overlay into plain data once, before any
// check (invariants 9 and 12). Each case below is a value it must refuse, with the path and code of
// the problem, or a value it must copy faithfully.

function refused(input: unknown): { at: string; code: string }[] {
  const result = snapshotOverlay(input);
  if (result.ok) throw new Error(`accepted ${String(JSON.stringify(input))}`);
  return result.issues.map(({ at, code }) => ({ at, code }));
}

describe("snapshotOverlay refuses what is not plain data", () => {
  it("arrays: not plain, with an extra property, with a getter entry, too long", () => {
    class Controls extends Array<unknown> {}
    expect(refused({ controls: Controls.from([{}]) })).toEqual([{ at: "controls", code: "not-plain-data" }]);
    const extra = Object.assign([{}], { note: "x" });
    expect(refused({ controls: extra })).toEqual([{ at: "controls", code: "not-plain-data" }]);
    const withSymbol = Object.assign([{}], { [Symbol("x")]: 1 });
    expect(refused({ controls: withSymbol })).toEqual([{ at: "controls", code: "not-plain-data" }]);
    const getter = [{}];
    Object.defineProperty(getter, 0, { get: () => ({}), enumerable: true });
    expect(refused({ controls: getter })).toEqual([{ at: "controls[0]", code: "not-plain-data" }]);
    expect(refused({ controls: new Array(OVERLAY_LIMITS.maxEntries + 1).fill(0) })).toEqual([{ at: "controls", code: "overlay-too-large" }]);
  });

  it("objects: a symbol key, a getter, too many keys, a throwing Proxy, too deep", () => {
    expect(refused({ [Symbol("x")]: 1 })).toEqual([{ at: "(root)", code: "not-plain-data" }]);
    expect(refused(Object.defineProperty({}, "id", { get: () => "x", enumerable: true }))).toEqual([{ at: "id", code: "not-plain-data" }]);
    const wide = Object.fromEntries(Array.from({ length: OVERLAY_LIMITS.maxEntries + 1 }, (_, i) => [`k${i}`, i]));
    expect(refused(wide)).toEqual([{ at: "(root)", code: "overlay-too-large" }]);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error("no"); } });
    expect(refused({ trap })).toEqual([{ at: "trap", code: "not-plain-data" }]);
    let deep: unknown = {};
    for (let i = 0; i < OVERLAY_LIMITS.maxDepth + 1; i++) deep = { deep };
    expect(refused(deep).map(({ code }) => code)).toEqual(["overlay-too-large"]);
    expect(refused({ when: new Date(0) })).toEqual([{ at: "when", code: "not-plain-data" }]);
  });

  it("strings: one too long, or too much text in all", () => {
    expect(refused({ id: "x".repeat(OVERLAY_LIMITS.maxStringLength + 1) })).toEqual([{ at: "id", code: "overlay-too-large" }]);
    const many = Array.from({ length: Math.ceil(OVERLAY_LIMITS.maxTotalLength / OVERLAY_LIMITS.maxStringLength) + 1 }, () => "x".repeat(OVERLAY_LIMITS.maxStringLength));
    expect(refused({ texts: many.slice(0, OVERLAY_LIMITS.maxEntries) }).map(({ code }) => code)).toContain("overlay-too-large");
  });
});

describe("snapshotOverlay copies plain data faithfully", () => {
  it("keeps values, skips non-enumerable keys, keeps __proto__ as an own key, freezes copies of frozen objects", () => {
    const hidden = Object.defineProperty({ id: "a" }, "secret", { value: 1, enumerable: false });
    const frozenRule = Object.freeze({ check: "x" });
    const input = JSON.parse('{ "__proto__": 1 }') as Record<string, unknown>;
    Object.assign(input, { hidden, frozenRule, list: [1, null, "x"], sparse: [1, , 3] });
    const result = snapshotOverlay(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const copy = result.value as Record<string, unknown>;
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect(copy["hidden"]).toEqual({ id: "a" });
    expect(Object.isFrozen(copy["frozenRule"])).toBe(true);
    expect(copy["frozenRule"]).not.toBe(frozenRule);
    expect(copy["frozenRule"]).toEqual({ check: "x" });
    expect(copy["list"]).toEqual([1, null, "x"]);
    expect(copy["sparse"]).toEqual([1, undefined, 3]);
  });
});
