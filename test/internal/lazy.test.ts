import { describe, expect, it } from "vitest";
import { lazy } from "../../src/internal/lazy.js";

describe("lazy", () => {
  it("builds nothing until the first call, then builds once and returns the same value to every call", () => {
    let builds = 0;
    const value = lazy(() => {
      builds++;
      return { built: builds };
    });
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(value()).toBe(first);
    expect(builds).toBe(1);
    expect(first).toEqual({ built: 1 });
  });

  it("keeps a value that is undefined (built once all the same)", () => {
    let builds = 0;
    const value = lazy(() => {
      builds++;
      return undefined;
    });
    expect([value(), value()]).toEqual([undefined, undefined]);
    expect(builds).toBe(1);
  });
});
