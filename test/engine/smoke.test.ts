import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate.js";
import { safeEvaluate } from "../../src/validation/safe-evaluate.js";

describe("evaluate smoke", () => {
  it("decides", () => {
    const d = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
    console.log(JSON.stringify(d, null, 1).slice(0, 1500));
    expect(d.outcome).toBe("non-compliant");
    const t = evaluate({ kind: "transfer", from: "mynumber", to: "lgwan", exception: { reference: "EX-1", approverRole: "ciso" } });
    console.log(t.outcome, t.findings.map((f) => `${f.control}:${f.status}`));
    const r = safeEvaluate({ kind: "transfer", from: "x", __proto__: 1, extra: true });
    console.log(JSON.stringify(r, null, 1));
  });
});
