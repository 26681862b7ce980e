// Shared set-up of the workbench's browser tests: Debian's Chromium through playwright-core, the
// built files served read-only from 127.0.0.1 or opened from file://, a page that records console
// errors and every request made after load, axe-core injected from node_modules (through the
// DevTools protocol, so the page's Content-Security-Policy stays as shipped), screenshots kept in
// test-artifacts/workbench/.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
export const repoRoot = join(packageRoot, "..", "..");
export const dist = join(packageRoot, "dist");
export const artifacts = join(repoRoot, "test-artifacts", "workbench");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const TYPES: Readonly<Record<string, string>> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** Serves dist/ read-only on 127.0.0.1; anything else is a 404. */
export function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") throw new Error("no port");
      resolve({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

/** The URL of the workbench's page, served or as a file. */
export function pageUrl(mode: "http" | "file", origin: string): string {
  return mode === "http" ? `${origin}/index.html` : pathToFileURL(join(dist, "index.html")).href;
}

export function launch(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (and fonts-noto-cjk), or set CHROMIUM_PATH`);
  if (!existsSync(join(dist, "index.html"))) throw new Error("packages/workbench/dist is missing: run npm run build -w packages/workbench");
  if (!existsSync(join(repoRoot, "dist", "cli.js"))) throw new Error("the library is not built (dist/cli.js, which the exports are compared with): run npm run build at the root");
  return chromium.launch({ executablePath, args: ["--no-sandbox", "--enable-precise-memory-info", "--js-flags=--expose-gc"] });
}

/** A page with its console errors and the requests made after load recorded. */
export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
  readonly lateRequests: string[];
  readonly requests: string[];
  /** Reloads the page (its own files load again; what is recorded after load starts anew once it is ready). */
  reload(): Promise<void>;
}

export async function openWorkbench(browser: Browser, url: string, options: { width?: number; lang?: "ja" | "en" } = {}): Promise<Watched> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: options.width ?? 1280, height: 900 }, locale: "ja-JP" });
  const page = await context.newPage();
  const errors: string[] = [];
  const lateRequests: string[] = [];
  const requests: string[] = [];
  let loaded = false;
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  context.on("request", (request) => {
    const target = request.url();
    requests.push(target);
    // After load, only blob: (the worker, downloads) is allowed: nothing is fetched, from the page's own origin or any other.
    if (loaded && !target.startsWith("blob:")) lateRequests.push(target);
  });
  context.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 60_000 });
  loaded = true;
  if (options.lang === "en") {
    await page.click("#lang-switch");
    await page.waitForSelector("html[lang='en']");
  }
  const reload = async (): Promise<void> => {
    loaded = false;
    await page.reload();
    await page.waitForSelector("body[data-ready='true']", { timeout: 60_000 });
    loaded = true;
  };
  return { page, context, errors, lateRequests, requests, reload };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const defined = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe);
  if (defined === "undefined") await page.evaluate(`${axeSource}\n;void 0`);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** Goes to a view by keyboard-reachable link. */
export async function go(page: Page, view: "audit" | "checklist" | "check" | "export" | "policy"): Promise<void> {
  await page.click(`#nav-${view}`);
  await page.waitForSelector(`main[data-view='${view}']`);
}
