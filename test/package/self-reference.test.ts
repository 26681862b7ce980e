import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// `npm test` builds first, so these check what ships: dist/ loaded by the package's own name.
const root = new URL("../../", import.meta.url);
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });

describe("the built package loads by its own name", () => {
  it("with import (ESM)", () => {
    const out = run([
      "--input-type=module",
      "-e",
      `import { policy, evaluate } from "@miyagi-kouiki/infosec-policy";
       const d = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
       console.log(JSON.stringify([policy.id, policy.version, d.outcome, Object.isFrozen(policy)]));`,
    ]);
    expect(JSON.parse(out)).toEqual(["miyagi-kouiki-basic-policy", "1.0.0", "non-compliant", true]);
  });

  it("with require (CommonJS)", () => {
    const out = run([
      "-e",
      `const { policy, getClause } = require("@miyagi-kouiki/infosec-policy");
       console.log(JSON.stringify([policy.version, getClause("7(3)①").ref]));`,
    ]);
    expect(JSON.parse(out)).toEqual(["1.0.0", "7(3)①"]);
  });

  it("with type declarations for both, named first in the exports map", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
    const entry = pkg.exports["."];
    expect(Object.keys(entry.import)[0]).toBe("types");
    expect(Object.keys(entry.require)[0]).toBe("types");
    for (const file of [entry.import.types, entry.require.types]) {
      const path = new URL(file, root);
      expect(existsSync(path), file).toBe(true);
      expect(readFileSync(path, "utf8")).toMatch(/declare function evaluate\(/);
    }
    expect(pkg.sideEffects).toBe(false);
    // What ships beyond dist/ (the guides, the generated reference, the sample overlay they link
    // to, the changelog) is checked file by file in pack-contents.test.ts.
    expect(pkg.files[0]).toBe("dist");
    expect(pkg.bin["infosec-policy"]).toBe("./dist/cli.js");
  });
});
