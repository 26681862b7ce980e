// Builds the workbench to plain static files in dist/ (or the folder given with --out):
// index.html (with the Content-Security-Policy), app.js (the UI, a classic script so that it runs
// from file://), engine.js (the Web Worker's code as a string: the worker is started from a blob:
// URL, the one way a worker starts from file://) and app.css. No code splitting, no module
// scripts, nothing fetched at run time.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const at = process.argv.indexOf("--out");
const out = at === -1 ? join(root, "dist") : resolve(process.argv[at + 1]);
const SPREADSHEET = "@miyagi-kouiki/infosec-policy-spreadsheet";

/** Whether the spreadsheet package (issue 17) is installed beside the workbench. */
function spreadsheetInstalled() {
  try {
    createRequire(join(root, "package.json")).resolve(SPREADSHEET);
    return true;
  } catch {
    return false;
  }
}

const hasSpreadsheet = spreadsheetInstalled();

/** Without the spreadsheet package, its import resolves to a module saying so (src/register-io.ts shows the message). */
const spreadsheetSeam = {
  name: "spreadsheet-seam",
  setup(b) {
    if (hasSpreadsheet) return;
    b.onResolve({ filter: new RegExp(`^${SPREADSHEET}$`) }, () => ({ path: SPREADSHEET, namespace: "absent" }));
    b.onLoad({ filter: /.*/, namespace: "absent" }, () => ({ contents: "export const SPREADSHEET_ABSENT = true;", loader: "js" }));
  },
};

const common = {
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome109", "firefox115", "safari16"],
  minify: true,
  legalComments: "none",
  write: false,
  charset: "utf8",
  plugins: [spreadsheetSeam],
  logLevel: "warning",
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const worker = await build({ ...common, entryPoints: [join(root, "src/worker.ts")] });
const workerCode = worker.outputFiles[0].text;
writeFileSync(join(out, "engine.js"), `self.WORKBENCH_ENGINE=${JSON.stringify(workerCode)};\n`);

const app = await build({ ...common, entryPoints: [join(root, "src/main.ts")] });
writeFileSync(join(out, "app.js"), app.outputFiles[0].text);
copyFileSync(join(root, "src/app.css"), join(out, "app.css"));
// The audit report's one <style> block, allowed by its hash, so that the print frame (srcdoc,
// which inherits this page's policy) shows the report with its own A4 print styles.
const library = await import(pathToFileURL(createRequire(join(root, "package.json")).resolve("@miyagi-kouiki/infosec-policy")).href);
const sample = library.renderAuditHtml(library.buildAuditReport([], { generated: { at: "2026-01-01T00:00:00Z", source: "given" } }));
const styles = [...sample.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
const html = readFileSync(join(root, "src/index.html"), "utf8").replace("style-src 'self'", `style-src 'self' ${styles.join(" ")}`);
writeFileSync(join(out, "index.html"), html);
console.log(`workbench built to ${out} (spreadsheet support ${hasSpreadsheet ? "included" : "not installed"})`);
