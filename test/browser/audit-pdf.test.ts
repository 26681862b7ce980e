import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { buildAuditReport } from "../../src/report/audit-report.js";
import type { Subject } from "../../src/subjects/subject.js";

// The HTML audit report of the sample inventory printed to PDF by Debian's Chromium (headless,
// through playwright-core): A4 pages, and no heading left alone at the foot of a page. The PDF is
// kept in test-artifacts/audit-report.pdf for a person to look at.

const root = fileURLToPath(new URL("../../", import.meta.url));
const artifacts = join(root, "test-artifacts");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const inventory = JSON.parse(readFileSync(join(root, "examples/inventory.json"), "utf8")) as Subject[];
const report = buildAuditReport(inventory, {
  asOf: "2026-11-25",
  inputs: [{ name: "examples/inventory.json", subjects: inventory.length }],
  generated: { at: "2026-11-25T09:00:00+09:00", source: "given" },
});
const html = renderAuditHtml(report);

let browser: Browser;
let pdf: Buffer;
let headings: { tag: string; breakAfter: string; text: string }[];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const page = await browser.newPage({ locale: "ja-JP" });
  await page.setContent(html, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  headings = await page.$$eval("h1, h2, h3", (elements) =>
    elements.map((element) => ({
      tag: element.tagName,
      // Runs in the page (the tests' types have no DOM library).
      breakAfter: (globalThis as unknown as { getComputedStyle(e: unknown): { breakAfter: string } }).getComputedStyle(element).breakAfter,
      text: element.textContent ?? "",
    })),
  );
  pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, "audit-report.pdf"), pdf);
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The MediaBox of every page of a PDF, in points. */
function mediaBoxes(bytes: Buffer): [number, number][] {
  const text = bytes.toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("the HTML audit report printed to PDF", () => {
  it("is a PDF of more than one A4 page (595 × 842 pt)", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [width, height] of boxes) {
      expect(Math.round(width)).toBe(595);
      expect(Math.round(height)).toBe(842);
    }
  });

  it("keeps every heading with what follows (break-after: avoid computed in print)", () => {
    const h2 = headings.filter((h) => h.tag === "H2");
    const h3 = headings.filter((h) => h.tag === "H3");
    expect(h2.length).toBeGreaterThanOrEqual(6);
    // One h3 per listed (non-compliant or needs-review) subject of the sample inventory.
    expect(h3.length).toBe(report.subjects.length);
    for (const heading of headings) expect(heading.breakAfter, heading.text).toBe("avoid");
  });
});
