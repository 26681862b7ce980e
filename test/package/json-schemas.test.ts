import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaFor, jsonSchemaNames } from "../../src/index.js";

// `npm test` builds first (and every tsup build runs scripts/generate-json-schemas.mjs, see
// tsup.config.ts), so these check what ships: dist/schemas/, reached by the package's own name through the
// "./schemas/*" subpath export.
const root = new URL("../../", import.meta.url);
const dir = new URL("dist/schemas/", root);
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });

describe("the JSON Schemas ship in dist/schemas/", () => {
  it("one file per schema name, plus index.json, each exactly what jsonSchemaFor returns", () => {
    expect(readdirSync(dir).sort()).toEqual([...jsonSchemaNames.map((name) => `${name}.schema.json`), "index.json"].sort());
    for (const name of jsonSchemaNames) {
      expect(JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), "utf8"))).toEqual(jsonSchemaFor(name));
    }
    const index = JSON.parse(readFileSync(new URL("index.json", dir), "utf8")) as Record<string, { $id: string; file: string }>;
    expect(Object.keys(index)).toEqual([...jsonSchemaNames]);
    for (const [name, entry] of Object.entries(index)) {
      expect(entry.$id).toBe(jsonSchemaFor(name as never).$id);
      expect(existsSync(new URL(entry.file, dir))).toBe(true);
    }
  });

  it("are exported as @miyagi-kouiki/infosec-policy/schemas/<name>.schema.json, for import and require", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports["./schemas/*"]).toBe("./dist/schemas/*");
    expect(pkg.files).toContain("dist");
    const esm = run([
      "--input-type=module",
      "-e",
      `const schema = (await import("@miyagi-kouiki/infosec-policy/schemas/decision.schema.json", { with: { type: "json" } })).default;
       console.log(JSON.stringify([schema.$id, schema.title]));`,
    ]);
    expect(JSON.parse(esm)).toEqual([jsonSchemaFor("decision").$id, "Decision"]);
    const cjs = run(["-e", `console.log(JSON.stringify(require("@miyagi-kouiki/infosec-policy/schemas/overlay.schema.json").$id));`]);
    expect(JSON.parse(cjs)).toBe(jsonSchemaFor("overlay").$id);
  });

  it("the built main entry exports jsonSchemaFor, and the built core entry does not", () => {
    const out = run([
      "--input-type=module",
      "-e",
      `const index = await import("@miyagi-kouiki/infosec-policy");
       const core = await import("@miyagi-kouiki/infosec-policy/core");
       console.log(JSON.stringify([typeof index.jsonSchemaFor, index.jsonSchemaNames.length, "jsonSchemaFor" in core, typeof core.diffPolicies]));`,
    ]);
    expect(JSON.parse(out)).toEqual(["function", jsonSchemaNames.length, false, "function"]);
  });
});
