import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPolicyDocs, writePolicyDocs } from "../../scripts/generate-policy-docs.js";

// The tarball ships what it means, and only that: `npm pack --dry-run --json` lists the files, and
// each must be reachable from what a user of the package can reach (an export, the bin, the types,
// the readme and the guides it links to, the licence and the changelog), each by a path that some
// shipped file names. Nothing unreachable ships; nothing reachable is missing. `npm test` builds
// first, so this checks the dist/ that ships. The generated policy reference (docs/generated/,
// not committed) is written by `prepack` when the package is packed; the pack below ignores scripts
// (its output would mix with the JSON), so the test writes the pages first, as `prepack` does.

const root = fileURLToPath(new URL("../../", import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  main: string;
  module: string;
  types: string;
  bin: Record<string, string>;
  exports: unknown;
  typesVersions: Record<string, Record<string, string[]>>;
  files: string[];
  scripts: Record<string, string>;
};

// `npm test` runs vitest under npm, which exports npm_config_* variables a nested npm would obey.
const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

let shipped: string[] = [];

beforeAll(() => {
  writePolicyDocs(join(root, "docs", "generated"));
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, env: cleanEnv(), encoding: "utf8" });
  const [tarball] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  if (tarball === undefined) throw new Error("npm pack produced no tarball");
  shipped = tarball.files.map((file) => file.path).sort();
}, 120_000);

/** A package-relative path (`./dist/x.js`) as npm lists it (`dist/x.js`). */
const packagePath = (path: string): string => posix.normalize(path).replace(/^\.\//, "");

/** Every string of the `exports` map, whatever the nesting of conditions. */
function exportTargets(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(exportTargets);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(exportTargets);
  return [];
}

/** The files a shipped file names: relative imports, requires, source maps, and relative Markdown links. */
function referencesOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const from = dirname(file);
  const resolveRef = (ref: string) => packagePath(posix.join(from, ref));
  if (/\.(c?js|d\.c?ts)$/.test(file)) {
    const refs: string[] = [];
    // Code only: the TSDoc comments of the declarations hold examples with their own imports.
    const code = text
      .split("\n")
      .filter((line) => !/^\s*(\*|\/\*|\/\/)/.test(line))
      .join("\n");
    for (const found of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g)) refs.push(found[1] ?? "");
    for (const found of text.matchAll(/^\/\/# sourceMappingURL=(\S+)$/gm)) refs.push(found[1] ?? "");
    return refs.map(resolveRef);
  }
  if (file.endsWith(".md")) {
    // Links, and the `children` of a TypeDoc document's front matter (the policy reference's sections).
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
    const children = [...frontMatter.matchAll(/^\s+-\s+"([^"]+\.md)"$/gm)].map((found) => found[1] ?? "");
    const links = [...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((found) => found[1] ?? ""), ...children];
    return links
      .filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith("#"))
      .map((link) => resolveRef(decodeURIComponent(link.replace(/#.*$/, ""))));
  }
  return [];
}

/** The package's entry points: what a user reaches without reading any file first. */
function entryPoints(): { files: string[]; patterns: RegExp[] } {
  const targets = [
    manifest.main,
    manifest.module,
    manifest.types,
    ...Object.values(manifest.bin),
    ...exportTargets(manifest.exports),
    ...Object.values(manifest.typesVersions).flatMap((map) => Object.values(map).flat()),
  ].map(packagePath);
  const patterns = targets.filter((target) => target.includes("*")).map((target) => new RegExp(`^${target.replace(/[.]/g, "\\.").replace("*", ".+")}$`));
  const files = targets.filter((target) => !target.includes("*"));
  // What npm shows and what a user reads: the manifest, the readme, the licence, the changelog.
  return { files: [...files, "package.json", "README.md", "LICENSE", "CHANGELOG.md"], patterns };
}

/** The closure of the entry points over the references of shipped files. */
function reachable(list: readonly string[]): { reached: Set<string>; dangling: string[] } {
  const { files, patterns } = entryPoints();
  const inList = new Set(list);
  const queue = [...files.filter((file) => inList.has(file) || file !== "CHANGELOG.md"), ...list.filter((file) => patterns.some((pattern) => pattern.test(file)))];
  const reached = new Set<string>();
  const dangling: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (reached.has(file)) continue;
    reached.add(file);
    if (!inList.has(file)) {
      dangling.push(file);
      continue;
    }
    queue.push(...referencesOf(file));
  }
  return { reached, dangling };
}

describe("npm pack --dry-run", () => {
  it("ships the bin, both entries in ESM and CommonJS with their types, the JSON Schemas, the licence and the guides", () => {
    for (const file of ["dist/cli.js", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/core.js", "dist/core.cjs"]) {
      expect(shipped).toContain(file);
    }
    expect(shipped).toContain("dist/schemas/index.json");
    expect(shipped).toContain("LICENSE");
    expect(shipped).toContain("docs/oscal.md");
    for (const page of renderPolicyDocs()) expect(shipped).toContain(`docs/generated/${page.path}`);
  });

  it("ships only files reachable from an export, the bin, the types, the readme, the licence or the changelog", () => {
    const { reached } = reachable(shipped);
    expect(shipped.filter((file) => !reached.has(file))).toEqual([]);
  });

  it("ships every file that a shipped file names: no dangling import, source map or link", () => {
    expect(reachable(shipped).dangling).toEqual([]);
  });

  it("ships neither a CommonJS binary nor the build's internal entry, which nothing reaches", () => {
    expect(shipped.filter((file) => file.startsWith("dist/cli.") && file !== "dist/cli.js" && file !== "dist/cli.js.map")).toEqual([]);
    expect(shipped.filter((file) => file.startsWith("dist/internal/"))).toEqual([]);
  });

  it("the reachability walk is real: an unreachable file would be reported, and a dangling reference too", () => {
    const extra = reachable([...shipped, "dist/internal/index.js"]);
    expect(extra.reached.has("dist/internal/index.js")).toBe(false);
    const without = reachable(shipped.filter((file) => file !== "docs/oscal.md"));
    expect(without.dangling).toContain("docs/oscal.md");
  });
});

describe("README.md's links", () => {
  const tracked = new Set(execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n"));
  const links = referencesOf("README.md");

  it("are there to check", () => {
    expect(links).toContain("docs/oscal.md");
  });

  it("resolve on the repository page: every relative link names a committed file", () => {
    expect(links.filter((link) => !tracked.has(normalize(link).split("\\").join("/")))).toEqual([]);
  });

  it("resolve in the package: every relative link names a shipped file", () => {
    expect(links.filter((link) => !shipped.includes(link))).toEqual([]);
  });
});

describe("the prepack script", () => {
  it("writes the generated policy reference that the shipped guides link to", () => {
    expect(manifest.scripts["prepack"]).toMatch(/scripts\/generate-policy-docs\.ts/);
    expect(manifest.files).toContain("docs/generated/**/*.md");
  });
});
