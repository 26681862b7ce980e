import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Issue 14: one public entry. `src/index.ts` is `export * from "./core.js"` plus what needs zod,
// so a zod-free export cannot land in one entry only; and internal helpers stay out of both.

const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

/** The names of `export { … } from` / `export type { … } from` statements of a source file. */
function listedNames(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/^export (?:type )?\{([^}]*)\} from "[^"]+";/gm)) {
    for (const name of (match[1] as string).split(",")) if (name.trim() !== "") names.push(name.trim());
  }
  return names;
}

describe("one public entry", () => {
  it("the main entry re-exports the whole core with export *, and lists no core name again", () => {
    const index = read("src/index.ts");
    expect(index).toMatch(/^export \* from "\.\/core\.js";$/m);
    const coreNames = new Set(listedNames(read("src/core.ts")));
    expect(coreNames.size).toBeGreaterThan(50);
    const listedAgain = listedNames(index).filter((name) => coreNames.has(name));
    expect(listedAgain).toEqual([]);
  });

  it("every value export of the core is an export of the main entry, the very same value", async () => {
    const core: Record<string, unknown> = await import("../../src/core.js");
    const index: Record<string, unknown> = await import("../../src/index.js");
    for (const name of Object.keys(core)) expect(index[name], name).toBe(core[name]);
  });

  it("what the main entry adds to the core is what needs zod (schemas, validation, overlays, reports, OSCAL)", async () => {
    const core: Record<string, unknown> = await import("../../src/core.js");
    const index: Record<string, unknown> = await import("../../src/index.js");
    const added = Object.keys(index).filter((name) => !(name in core));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) expect(listedNames(read("src/index.ts")), name).toContain(name);
  });

  it("exports no internal helper: nothing of src/internal (but the escaping functions), the compiler, the guard, or an @internal function", async () => {
    const index: Record<string, unknown> = await import("../../src/index.js");
    const values = new Set(Object.values(index));
    const internalModules = [
      ...readdirSync(new URL("../../src/internal/", import.meta.url))
        .filter((file) => file.endsWith(".ts") && file !== "escape-text.ts")
        .map((file) => `src/internal/${file}`),
      "src/engine/compile-policy.ts",
      "src/engine/guard-subject.ts",
      "src/engine/guard-fast.ts",
      "src/engine/run.ts",
    ];
    const leaked: string[] = [];
    for (const file of internalModules) {
      const module: Record<string, unknown> = await import(/* @vite-ignore */ `../../${file}`);
      for (const [name, value] of Object.entries(module)) if (values.has(value)) leaked.push(`${file}: ${name}`);
    }
    // Functions whose TSDoc says @internal, wherever they are.
    const tagged: string[] = [];
    const walk = (dir: string): string[] =>
      readdirSync(new URL(`../../${dir}`, import.meta.url), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(`${dir}${entry.name}/`) : entry.name.endsWith(".ts") ? [`${dir}${entry.name}`] : [],
      );
    for (const file of walk("src/")) {
      for (const match of read(file).matchAll(/@internal\s*\n\s*\*\/\s*\nexport (?:function|const|class) (\w+)/g)) tagged.push(match[1] as string);
    }
    expect(tagged).toContain("evaluateUnguarded");
    for (const name of tagged) if (name in index) leaked.push(`@internal ${name}`);
    expect(leaked).toEqual([]);
  });

  it("one unknown-name error: the lookups of clause, term, threat, control and policy version throw UnknownNameError", async () => {
    const index = await import("../../src/index.js");
    const { getControl } = await import("../../src/controls/find-control.js");
    const cases: [string, () => unknown][] = [
      ["clause", () => index.getClause("7(9)")],
      ["term", () => index.getTerm("netwrk")],
      ["threat", () => index.getThreat("T6")],
      ["control", () => getControl("mynumber-isolaton")],
      ["policy-version", () => index.getPolicy("0.9.0")],
    ];
    for (const [kind, lookup] of cases) {
      let caught: unknown;
      try {
        lookup();
      } catch (error) {
        caught = error;
      }
      expect(caught, kind).toBeInstanceOf(index.UnknownNameError);
      const error = caught as InstanceType<typeof index.UnknownNameError>;
      expect(error.kind).toBe(kind);
      expect(error.suggestions.length, kind).toBeGreaterThan(0);
      for (const suggestion of error.suggestions) expect(error.message).toContain(JSON.stringify(suggestion));
      expect(Object.isFrozen(error.suggestions)).toBe(true);
    }
    for (const old of ["UnknownClauseError", "UnknownTermError", "UnknownThreatError", "UnknownControlError", "UnknownPolicyVersionError"]) expect(old in index, old).toBe(false);
  });

  it("one subject-kind list: the schema's options are SUBJECT_KINDS, in the same order", async () => {
    const { SUBJECT_KINDS, SubjectKindSchema, SubjectSchema } = await import("../../src/index.js");
    expect([...SubjectKindSchema.options]).toEqual([...SUBJECT_KINDS]);
    expect(SubjectSchema.options.map((option) => option.shape.kind.value)).toEqual([...SUBJECT_KINDS]);
  });
});
