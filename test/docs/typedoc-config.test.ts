import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPolicyDocs } from "../../scripts/generate-policy-docs.js";
// @ts-expect-error: a plain ES module of the docs build, without type declarations.
import { CATEGORIES, categoryOfFile } from "../../scripts/typedoc/categories.mjs";
import { guideFiles } from "./doc-blocks.js";

// The documentation site's configuration (typedoc.json): strict, complete, and in step with the
// policy reference generator and the category plugin.

const root = new URL("../../", import.meta.url);
const config = JSON.parse(readFileSync(new URL("typedoc.json", root), "utf8")) as {
  entryPoints: string[];
  projectDocuments: string[];
  validation: Record<string, boolean>;
  treatWarningsAsErrors: boolean;
  categoryOrder: string[];
  plugin: string[];
};

describe("typedoc.json", () => {
  it("documents both entries and fails on any warning: every export documented, every link valid", () => {
    expect(config.entryPoints).toEqual(["src/index.ts", "src/core.ts"]);
    expect(config.validation).toEqual({ notExported: true, invalidLink: true, notDocumented: true });
    expect(config.treatWarningsAsErrors).toBe(true);
  });

  it("includes every guide of docs/ and every generated page, and nothing that does not exist", () => {
    const generated = renderPolicyDocs().map((page) => `docs/generated/${page.path}`);
    for (const guide of guideFiles()) expect(config.projectDocuments).toContain(`docs/${guide}`);
    for (const document of config.projectDocuments) {
      if (document.startsWith("docs/generated/")) expect(generated).toContain(document);
      else expect(existsSync(new URL(document, root)), document).toBe(true);
    }
    // The generated section pages are children of the policy reference's index, not listed here.
    expect(config.projectDocuments).toContain("docs/generated/policy/index.md");
  });

  it("orders the categories the category plugin assigns, and the plugin knows every folder of src/ that exports", () => {
    const categories = [...new Set((CATEGORIES as [string, string][]).map(([, category]) => category))];
    expect(config.categoryOrder).toEqual([...categories, "*"]);
    // The main entry re-exports the core (export * from "./core.js"): the files of both count.
    const entries = ["src/index.ts", "src/core.ts"].map((file) => readFileSync(new URL(file, root), "utf8")).join("\n");
    const folders = new Set(
      [...entries.matchAll(/from "\.\/([^"]+)"/g)].map((match) => `src/${match[1]}`.replace(/\.js$/, ".ts")).filter((file) => file !== "src/core.ts"),
    );
    expect(folders.size).toBeGreaterThan(50);
    for (const file of folders) expect(categoryOfFile(file), file).toBeDefined();
  });

  it("loads every plugin it names", () => {
    for (const plugin of config.plugin) {
      if (plugin.startsWith("./")) expect(existsSync(new URL(plugin, root)), plugin).toBe(true);
    }
  });
});
