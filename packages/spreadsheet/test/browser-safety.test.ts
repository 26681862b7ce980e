import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The main entry is what the browser workbench (and its Web Worker) loads: bundled for the
// browser with the library, zod and fflate, it must need no Node built-in (fs, Buffer, stream…).
describe("the main entry in a browser", () => {
  it("bundles for the browser with no Node built-in and no Node global", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../dist/index.js", import.meta.url))],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      minify: true,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.startsWith("node:") || /(^|\/)(fs|stream|buffer)(\.js)?$/u.test(input))).toBe(false);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/\bBuffer\.|\bprocess\.(env|stdout|argv)|require\(["']node:/u);
    expect(inputs.some((input) => input.includes("fflate"))).toBe(true);
  });
});
