import { describe, expect, it } from "vitest";
import { parseOptions, policy, safeEvaluate } from "../../src/index.js";

describe("parseOptions", () => {
  it("accepts no options and valid options", () => {
    expect(parseOptions(undefined)).toEqual({ success: true, data: undefined });
    const parsed = parseOptions({ locale: "en", policy });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data?.locale).toBe("en");
  });

  it("rejects bad options with every problem, paths starting at options", () => {
    const parsed = parseOptions({ locale: "fr" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.length).toBeGreaterThan(0);
    expect(parsed.error.issues.every((issue) => issue.path[0] === "options")).toBe(true);
    expect(parsed.error.issues.some((issue) => issue.path.includes("locale"))).toBe(true);
  });
});

describe("safeEvaluate describes even an unprintable cause", () => {
  it("a trap that throws something whose string conversion throws: 'an unprintable error'", () => {
    const hostile = {
      toString() {
        throw new Error("no");
      },
    };
    // A Proxy whose descriptor trap throws (a getter is never called: it is refused as not data).
    const input = new Proxy({ kind: "transfer" }, { getOwnPropertyDescriptor: () => { throw hostile; } });
    const result = safeEvaluate(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([{ path: [], at: "(root)", message: "unreadable input: an unprintable error", code: "unreadable_input" }]);
  });

  it("a trap that throws a non-Error value: its string", () => {
    const input = new Proxy({ kind: "transfer" }, { getOwnPropertyDescriptor: () => { throw "plain string"; } });
    const result = safeEvaluate(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe("unreadable input: plain string");
  });
});
