import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChecklistAnswersSchema, jsonSchemaFor, jsonSchemaNames, parseChecklistAnswers } from "../../src/index.js";
import { makeAjv } from "../schemas/support.js";

// `npm test` builds first (and every tsup build runs scripts/generate-json-schemas.mjs, see
// tsup.config.ts), so these check what ships: dist/schemas/, reached by the package's own name through the
// "./schemas/*" subpath export.
const root = new URL("../../", import.meta.url);
const dir = new URL("dist/schemas/", root);
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });

describe("the JSON Schemas ship in dist/schemas/", () => {
  it("one file per schema name, plus index.json, each exactly what jsonSchemaFor returns", () => {
    // With the decision service's own two (src/server/service-schemas.ts: decision-log, error).
    const serviceOwn = ["decision-log", "error"];
    expect(readdirSync(dir).sort()).toEqual([...jsonSchemaNames, ...serviceOwn].map((name) => `${name}.schema.json`).concat("index.json").sort());
    for (const name of jsonSchemaNames) {
      expect(JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), "utf8"))).toEqual(jsonSchemaFor(name));
    }
    const index = JSON.parse(readFileSync(new URL("index.json", dir), "utf8")) as Record<string, { $id: string; file: string }>;
    expect(Object.keys(index)).toEqual([...jsonSchemaNames, ...serviceOwn]);
    for (const [name, entry] of Object.entries(index).filter(([name]) => !serviceOwn.includes(name))) {
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

// What the built CLI prints, validated with Ajv against the shipped files of dist/schemas/ (not
// jsonSchemaFor), as a service not written in TypeScript would.
describe("the built CLI's JSON output validates against the shipped schemas", () => {
  const shipped = (name: string) => JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), "utf8")) as { $id: string };
  const validator = (name: string) => {
    const ajv = makeAjv();
    const schema = shipped(name);
    const validate = ajv.getSchema(schema.$id);
    if (validate === undefined) throw new Error(`no schema ${schema.$id}`);
    // The shipped file and the one Ajv compiled are the same schema.
    expect(validate.schema).toEqual(schema);
    return validate;
  };
  // `audit` exits 0, 1 or 2 by the report's outcome; the JSON is on standard output either way.
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, ["dist/cli.js", ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(result.status, result.stderr).toBeLessThanOrEqual(2);
    return JSON.parse(result.stdout) as unknown;
  };

  it("audit --format json on examples/inventory.json is an audit-report (and not an audit-result)", () => {
    const validate = validator("audit-report");
    for (const args of [
      ["audit", "examples/inventory.json", "--format", "json"],
      ["audit", "examples/inventory.json", "--format", "json", "--as-of", "2026-11-25", "--lang", "en"],
      ["audit", "examples/inventory.json", "--format", "json", "--overlay", "examples/overlay.sample.json"],
    ]) {
      const report = cli(args) as { total: number; subjects: unknown[] };
      expect(validate(report), `${args.join(" ")}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(report.total).toBeGreaterThan(0);
      expect(report.subjects.length).toBeGreaterThan(0);
      expect(validator("audit-result")(report)).toBe(false);
    }
  });

  it("audit --format json of a streamed NDJSON inventory is an audit-report", () => {
    const inventory = JSON.parse(readFileSync(new URL("examples/inventory.json", root), "utf8")) as unknown[];
    const tmp = mkdtempSync(join(tmpdir(), "infosec-policy-report-"));
    try {
      const file = join(tmp, "inventory.ndjson");
      writeFileSync(file, `${inventory.map((subject) => JSON.stringify(subject)).join("\n")}\n`);
      const validate = validator("audit-report");
      const report = cli(["audit", file, "--format", "json", "--as-of", "2026-11-25"]);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("checklist --format json (the answers template) is a checklist-answers file, which check accepts", () => {
    const validate = validator("checklist-answers");
    for (const organization of ["secretariat", "election-commission"]) {
      const template = cli(["checklist", "--organization", organization, "--format", "json", "--as-of", "2026-11-25"]);
      expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
      expect(ChecklistAnswersSchema.safeParse(template).success).toBe(true);
      expect(parseChecklistAnswers(template).success).toBe(true);
    }
  });

  it("zod and Ajv (with the shipped checklist-answers schema) agree on answers files", () => {
    const validate = validator("checklist-answers");
    const base = { checklist: "self-inspection", organization: "secretariat" };
    for (const [file, valid] of [
      [{ ...base, answers: { securityOrganizationEstablished: "yes", lastTraining: "2026-06-15", lastAudit: "never", reviewed: "unknown" } }, true],
      [{ ...base, id: "self-inspection-2026", respondent: "総務課長", answers: { staffCategoriesBound: ["regular", "part-time"], lastSelfInspection: null } }, true],
      [{ ...base, answers: { lastAudit: "2026-13-01" } }, false],
      [{ ...base, answers: { monitoringInPlace: "sometimes" } }, false],
      [{ ...base, answers: { notAQuestion: "yes" } }, false],
      [{ organization: "secretariat", answers: {} }, false],
    ] as const) {
      expect(validate(file), JSON.stringify(file)).toBe(valid);
      expect(ChecklistAnswersSchema.safeParse(file).success, JSON.stringify(file)).toBe(valid);
    }
  });
});
