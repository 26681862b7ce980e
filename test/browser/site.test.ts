import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The documentation site in a real browser: Debian's Chromium, headless, driven by playwright-core
// (no browser download), against the built site served on 127.0.0.1. Checks that the index, a
// guide, an API page and a policy clause page load without console errors or failed requests,
// that Japanese text renders with real glyphs, and that the site search finds マイナンバー.
// Screenshots are kept in test-artifacts/. CI installs chromium and fonts-noto-cjk (.ci/run); the
// test fails, never skips, without them.

const root = fileURLToPath(new URL("../../", import.meta.url));
const site = join(root, "docs-site");
const artifacts = join(root, "test-artifacts");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves docs-site/ read-only; anything outside it, or missing, is a 404. */
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(site, path));
    if (!file.startsWith(site + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
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

/** The page of a document, found by the start of its file name (TypeDoc names it from the title). */
function documentPage(prefix: string): string {
  const found = readdirSync(join(site, "documents")).find((file) => file.startsWith(prefix) && file.endsWith(".html"));
  if (found === undefined) throw new Error(`no page documents/${prefix}*.html in docs-site/`);
  return `documents/${found}`;
}

/** The newest modification time of the files under a path (a file or a folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Whether docs-site/ is missing, or older than a source of the site (src, guides, scripts, config). */
function siteIsStale(): boolean {
  const index = join(site, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const guides = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(root, "docs", name));
  const sources = [join(root, "src"), join(root, "scripts"), join(root, "docs", "assets"), join(root, "typedoc.json"), join(root, "README.md"), ...guides];
  return sources.some((source) => newest(source) > built);
}

/**
 * The few browser APIs the functions run in the page use. The project compiles without the DOM
 * library (the package runs on Node), so they are typed here and read off `globalThis`.
 */
interface PageGlobals {
  readonly document: {
    readonly body: { readonly style: { readonly display: string } };
    readonly fonts: { readonly ready: Promise<unknown> };
    createElement(tag: "canvas"): {
      width: number;
      height: number;
      getContext(kind: "2d"): {
        font: string;
        fillStyle: string;
        textBaseline: string;
        fillText(text: string, x: number, y: number): void;
        getImageData(x: number, y: number, width: number, height: number): { readonly data: ArrayLike<number> };
      } | null;
    };
  };
  getComputedStyle(element: unknown): { readonly font: string };
}

let server: Server;
let origin: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (siteIsStale()) {
    // Self-sufficient: build the site if it is missing or older than its sources (CI builds it
    // after the tests; a developer may have changed a guide since the last build).
    const built = spawnSync("npm", ["run", "docs", "--silent"], { cwd: root, encoding: "utf8", timeout: 240_000 });
    if (built.status !== 0) throw new Error(`npm run docs failed:\n${built.stdout}\n${built.stderr}`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install chromium fonts-noto-cjk (as .ci/run does), or set CHROMIUM_PATH`);
  }
  mkdirSync(artifacts, { recursive: true });
  ({ server, origin } = await serve());
  profile = mkdtempSync(join(tmpdir(), "infosec-policy-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    locale: "ja-JP",
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** Opens a page of the site and records every console error, page error and failed request. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(`${origin}/${path.split("/").map(encodeURIComponent).join("/")}`, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  // TypeDoc's script shows the page once it has run; wait for that and for the fonts.
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.body.style.display !== "none");
  await page.evaluate(() => (globalThis as unknown as PageGlobals).document.fonts.ready);
  return { page, problems };
}

describe("the documentation site in Chromium", () => {
  it("shows the index with the README and the navigation", async () => {
    const { page, problems } = await open("index.html");
    await expect(page.title()).resolves.toContain("@miyagi-kouiki/infosec-policy");
    await expect(page.locator(".tsd-typography h2", { hasText: "Quick start" }).first().isVisible()).resolves.toBe(true);
    await page.locator("#tsd-nav-container, .site-menu").first().waitFor();
    await expect(page.locator(".site-menu").getByText("Guides", { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(artifacts, "site-index.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it("shows a guide", async () => {
    const { page, problems } = await open(documentPage("Getting_started"));
    await expect(page.locator("h1").first().textContent()).resolves.toContain("Getting started はじめに");
    await expect(page.getByText("Your first decision 最初の判定").first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it("shows the API page of evaluate, with its parameter type linked", async () => {
    const { page, problems } = await open("functions/_miyagi-kouiki_infosec-policy.evaluate.html");
    await expect(page.locator("h1").first().textContent()).resolves.toContain("evaluate");
    // Two overloads: a subject in another scheme (with an explicit policy) and the default's Subject.
    const signatures = page.locator(".tsd-signature");
    const texts = await signatures.allTextContents();
    expect(texts.some((text) => /evaluate\(\s*subject: SchemeSubject,\s*options: EvaluateOptions & \{\s*policy: Policy\s*\},?\s*\): Decision/.test(text))).toBe(true);
    const plain = texts.findIndex((text) => /evaluate\(\s*subject: Subject,\s*options\?: EvaluateOptions,?\s*\): Decision/.test(text));
    expect(plain).toBeGreaterThanOrEqual(0);
    await expect(signatures.nth(plain).locator("a", { hasText: /^Subject$/ }).count()).resolves.toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it("shows a policy clause in Japanese, with real glyphs, beside its English translation", async () => {
    const { page, problems } = await open(documentPage("Policy_reference_基本方針.7_"));
    const japanese = page.locator('td[lang="ja"]', { hasText: "マイナンバー利用事務系においては、原則として" }).first();
    await expect(japanese.isVisible()).resolves.toBe(true);
    const box = await japanese.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(50);
    expect(box?.height ?? 0).toBeGreaterThan(10);
    // The English beside it, in the same row.
    await expect(japanese.locator("xpath=following-sibling::td[1]").textContent()).resolves.toContain("In the My Number zone");
    // The controls implementing 7(3)①, with their provenance.
    await expect(page.locator(".policy-controls code", { hasText: "mynumber-isolation" }).first().isVisible()).resolves.toBe(true);

    // Japanese glyphs, not tofu: with the cell's font, two different kana must draw differently
    // (a missing font draws both as the same .notdef box), and each must draw something.
    const glyphs = await japanese.evaluate((cell) => {
      const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
      const font = getComputedStyle(cell).font;
      const draw = (text: string) => {
        const canvas = document.createElement("canvas");
        canvas.width = 64;
        canvas.height = 64;
        const context2d = canvas.getContext("2d");
        if (context2d === null) throw new Error("no 2d context");
        context2d.font = font.replace(/\d+(\.\d+)?px/, "40px");
        context2d.fillStyle = "#000";
        context2d.textBaseline = "top";
        context2d.fillText(text, 4, 4);
        // The alpha channel of each pixel.
        return Array.from(context2d.getImageData(0, 0, 64, 64).data).filter((_, index) => index % 4 === 3);
      };
      const ma = draw("マ");
      const mi = draw("ミ");
      const inked = (alpha: number[]) => alpha.filter((value) => value > 128).length;
      return { ma: inked(ma), mi: inked(mi), differ: ma.some((value, index) => value !== mi[index]) };
    });
    expect(glyphs.ma).toBeGreaterThan(20);
    expect(glyphs.mi).toBeGreaterThan(20);
    expect(glyphs.differ).toBe(true);

    await japanese.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "site-policy-clause-7.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it("finds マイナンバー with the site search", async () => {
    const { page, problems } = await open("index.html");
    await page.locator("#tsd-search-trigger").click();
    const input = page.locator("#tsd-search-input");
    await input.waitFor({ state: "visible" });
    await input.fill("マイナンバー");
    const results = page.locator("#tsd-search-results li");
    await results.first().waitFor({ state: "visible", timeout: 10_000 });
    const titles = await results.allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join("\n")).toMatch(/情報セキュリティ対策|Subjects|subject|mynumber|マイナンバー/i);
    await page.screenshot({ path: join(artifacts, "site-search-mynumber.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});
