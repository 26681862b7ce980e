import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { didYouMean } from "../../src/cli/did-you-mean.js";
import { OPTIONS } from "../../src/cli/options.js";

const options = Object.keys(OPTIONS);

describe("didYouMean", () => {
  it.each([
    ["formt", "format"],
    ["lnag", "lang"],
    ["as-off", "as-of"],
    ["overl", "overlay"],
    ["polcy-version", "policy-version"],
    ["FORMAT", "format"],
    ["ndjsn", "ndjson"],
  ])("%j → %j", (typed, meant) => {
    expect(didYouMean(typed, options)).toBe(meant);
  });

  it.each([["frobnicate"], [""], ["x"], ["zzzzzz"]])("%j → nothing close", (typed) => {
    expect(didYouMean(typed, options)).toBeUndefined();
  });

  it("suggests a known name only, and a known name itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (typed) => {
        const suggestion = didYouMean(typed, options);
        if (suggestion !== undefined) expect(options).toContain(suggestion);
      }),
    );
    for (const name of options) expect(didYouMean(name, options)).toBe(name);
  });
});
