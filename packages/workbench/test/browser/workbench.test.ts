// The built workbench end to end, in headless Chromium, served from 127.0.0.1 and opened from
// file://: a generated register read (JSON and NDJSON; .xlsx and CP932 .csv when the spreadsheet
// package is part of the build), audited, its totals checked against the library's audit of the
// same subjects, a subject opened, the list filtered, each export compared byte for byte with the
// CLI's output for the same input, the checklist filled and exported, one action checked, a
// weakening overlay rejected and the sample overlay applied. Every test: no console error, and no
// request after load but blob: ones (the worker, the downloads).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { audit, buildAuditReport, evaluate, parseChecklistAnswers, safeExtendPolicy, policy, type Subject } from "@miyagi-kouiki/infosec-policy";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateInventory } from "../../../../bench/generate-inventory.js";
import { go, launch, openWorkbench, pageUrl, repoRoot, serve, type Watched } from "./harness.js";

const AS_OF = "2026-11-25";
const GENERATED = "2026-11-25T09:00:00+09:00";
const TIMESTAMP = "2026-11-25T00:00:00Z";
const cli = join(repoRoot, "dist", "cli.js");
const spreadsheetInstalled = (() => {
  try {
    createRequire(join(repoRoot, "packages", "workbench", "package.json")).resolve("@miyagi-kouiki/infosec-policy-spreadsheet");
    return true;
  } catch {
    return false;
  }
})();

let browser: Browser;
let server: Server;
let origin: string;
let work: string;
let subjects: Subject[];
const open: Watched[] = [];

function runCli(args: string[]): { stdout: string; status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { stdout: result.stdout, status: result.status, stderr: result.stderr };
}

async function downloaded(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

async function outcomes(page: Page): Promise<Record<string, number>> {
  return page.$$eval("#totals [data-outcome]", (cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute("data-outcome") as string, Number((cell.textContent ?? "").replace(/[^0-9]/g, ""))])));
}

async function loadAndAudit(page: Page, file: string): Promise<void> {
  await page.setInputFiles("#register-file", join(work, file));
  await page.waitForSelector("#load-result", { timeout: 60_000 });
  await page.fill("#as-of", AS_OF);
  await page.click("#run-audit");
  await page.waitForSelector("#totals", { timeout: 120_000 });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "workbench-e2e-"));
  const examples = JSON.parse(readFileSync(join(repoRoot, "examples", "inventory.json"), "utf8")) as Subject[];
  subjects = [...examples, ...generateInventory(400, 7)];
  writeFileSync(join(work, "register.json"), JSON.stringify(subjects, null, 1));
  writeFileSync(join(work, "register.ndjson"), subjects.map((s) => JSON.stringify(s)).join("\n") + "\n");
  const weakening = { id: "weakening", version: "1.0.0", name: { ja: "弱める基準", en: "A weakening overlay" }, effectiveDate: "2027-04-01", parameters: { "training-interval": { trainingIntervalMonths: 60 } }, changes: { "confidential-encryption": { admitsException: true } } };
  writeFileSync(join(work, "weakening-overlay.json"), JSON.stringify(weakening));
  browser = await launch();
  ({ server, origin } = await serve());
});

afterEach(async () => {
  for (const watched of open.splice(0)) {
    await watched.context.close();
    expect(watched.errors, `console errors: ${watched.errors.join(" | ")}`).toEqual([]);
    expect(watched.lateRequests, "requests after load").toEqual([]);
  }
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function start(mode: "http" | "file", lang: "ja" | "en" = "ja"): Promise<Page> {
  const watched = await openWorkbench(browser, pageUrl(mode, origin), { lang });
  open.push(watched);
  return watched.page;
}

async function reload(page: Page): Promise<void> {
  const watched = open.find((w) => w.page === page);
  if (watched === undefined) throw new Error("not a watched page");
  await watched.reload();
}

describe.each(["http", "file"] as const)("the workbench from %s", (mode) => {
  it("audits a JSON register with the library's totals, opens a subject, filters the list, and exports what the CLI writes", async () => {
    const page = await start(mode);
    await loadAndAudit(page, "register.json");
    const expected = audit(subjects, { asOf: AS_OF, locale: "ja" }).summary;
    expect(await outcomes(page)).toEqual(expected.outcomes);
    expect(Number(await page.getAttribute("#totals [data-total]", "data-total"))).toBe(subjects.length);

    // Filter: only the non-compliant subjects, then a text that matches one id.
    await page.selectOption("#filter-outcome", "non-compliant");
    await expect.poll(() => page.textContent("#shown-count")).toContain(`${expected.outcomes["non-compliant"].toLocaleString()} /`);
    const firstId = (subjects.find((s, i) => audit([s], { asOf: AS_OF }).decisions[0]?.outcome === "non-compliant" && i >= 0) as { id: string }).id;
    await page.fill("#filter-text", firstId);
    const matching = subjects.filter((s) => JSON.stringify([(s as { id?: string }).id, (s as { name?: string }).name, (s as { organization?: unknown }).organization]).toLowerCase().includes(firstId.toLowerCase()));
    await expect.poll(() => page.textContent("#shown-count")).toMatch(new RegExp(`^${matching.filter((s) => audit([s], { asOf: AS_OF }).decisions[0]?.outcome === "non-compliant").length} /`));
    const labels = await page.$$eval("#subject-rows .row .label", (cells) => cells.map((c) => c.textContent ?? ""));
    expect(labels.length).toBeGreaterThanOrEqual(1);
    expect(labels.every((text) => text.toLowerCase().includes(firstId.toLowerCase()))).toBe(true);

    // Open it: every finding, with clause text in both languages.
    await page.click("#subject-rows .row");
    await page.waitForSelector("#detail");
    const index = Number(await page.getAttribute("#subject-rows .row", "data-index"));
    const decision = evaluate(subjects[index] as Subject, { asOf: AS_OF, locale: "ja" });
    expect(await page.$$eval("#detail .finding", (items) => items.length)).toBe(decision.findings.length);
    const failing = decision.findings.find((f) => f.status === "fail");
    expect(failing).toBeDefined();
    const detailText = await page.textContent("#detail");
    expect(detailText).toContain(failing?.reason);
    expect(detailText).toContain(failing?.remediation?.ja);
    expect(await page.$$eval("#detail .clause p[lang='en']", (ps) => ps.length)).toBeGreaterThan(0);

    // Export each format and compare with the CLI on the same file.
    await page.click("#nav-export");
    await page.fill("#generated-at", GENERATED);
    await page.fill("#oscal-timestamp", TIMESTAMP);
    const html = await downloaded(page, "#export-html");
    expect(html.name).toBe("register.audit.html");
    expect(html.text).toBe(runCli(["audit", "register.json", "--format", "html", "--as-of", AS_OF, "--generated-at", GENERATED]).stdout);
    const markdown = await downloaded(page, "#export-markdown");
    expect(markdown.text).toBe(runCli(["audit", "register.json", "--format", "markdown", "--as-of", AS_OF, "--generated-at", GENERATED]).stdout);
    const json = await downloaded(page, "#export-json");
    expect(JSON.parse(json.text)).toEqual(JSON.parse(runCli(["audit", "register.json", "--format", "json", "--as-of", AS_OF, "--generated-at", GENERATED]).stdout));
    const oscal = await downloaded(page, "#export-oscal");
    expect(oscal.text).toBe(runCli(["export", "oscal-results", "register.json", "--as-of", AS_OF, "--timestamp", TIMESTAMP]).stdout);
    if (spreadsheetInstalled) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    } else {
      await page.click("#export-xlsx");
      await expect.poll(() => page.textContent("#export-message")).toContain("spreadsheet support not installed");
    }

    // Print: the report in a frame, with its own A4 print styles (allowed by hash, no CSP error).
    await page.click("#print");
    const frame = page.frameLocator("#print-frame");
    const title = /<h1>([^<]*)<\/h1>/.exec(html.text)?.[1];
    expect(title).toBeTruthy();
    await expect.poll(() => frame.locator("h1").textContent()).toBe(title);
    const pageRule = await frame.locator("body").evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).find((text) => text.startsWith("@page")));
    expect(pageRule?.toLowerCase()).toContain("size: a4");
  });

  it("reads the same register as NDJSON to the same totals", async () => {
    const page = await start(mode);
    await loadAndAudit(page, "register.ndjson");
    expect(await outcomes(page)).toEqual(audit(subjects, { asOf: AS_OF }).summary.outcomes);
  });

  it("fills the self-inspection checklist, evaluates it as the library does, and exports the answers file the CLI reads", async () => {
    const page = await start(mode);
    await go(page, "checklist");
    await page.selectOption("#checklist-org", "assembly-secretariat");
    await page.fill("#checklist-date", AS_OF);
    await page.dispatchEvent("#checklist-date", "change");
    await page.check("#q-securityOrganizationEstablished-yes");
    await page.check("#q-staffRulesDefined-no");
    await page.check("#q-lastAudit-never");
    await page.fill("#q-lastTraining-date", "2026-06-15");
    await page.dispatchEvent("#q-lastTraining-date", "change");
    await page.check("#q-staffCategoriesBound-regular");
    await page.waitForSelector("#checklist-outcome");
    const answers = await downloaded(page, "#checklist-json");
    const file = JSON.parse(answers.text) as Record<string, unknown>;
    expect(file).toMatchObject({ checklist: "self-inspection", organization: "assembly-secretariat", asOf: AS_OF, answers: { securityOrganizationEstablished: "yes", staffRulesDefined: "no", lastAudit: "never", lastTraining: "2026-06-15", staffCategoriesBound: ["regular"] } });
    const parsed = parseChecklistAnswers(file);
    expect(parsed.success).toBe(true);
    const decision = evaluate(parsed.success ? parsed.data : (undefined as never), { asOf: AS_OF });
    await expect.poll(() => page.getAttribute("#checklist-outcome", "data-outcome")).toBe(decision.outcome);
    const failing = decision.findings.filter((f) => f.status === "fail" || f.status === "manual");
    expect(await page.$$eval("#checklist-failing .finding", (items) => items.length)).toBe(failing.length);
    writeFileSync(join(work, "answers.json"), answers.text);
    const checked = JSON.parse(runCli(["check", "answers.json", "--format", "json"]).stdout) as { outcome: string };
    expect(checked.outcome).toBe(decision.outcome);
    // The draft is kept: a reload shows the answers again.
    await reload(page);
    await go(page, "checklist");
    await page.selectOption("#checklist-org", "assembly-secretariat");
    expect(await page.isChecked("#q-staffRulesDefined-no")).toBe(true);
    // An answers file loaded back (here another organisation's) becomes that organisation's draft.
    writeFileSync(join(work, "answers-election.json"), JSON.stringify({ ...file, organization: "election-commission", answers: { reviewed: "yes" } }));
    await page.setInputFiles("#checklist-import", join(work, "answers-election.json"));
    await expect.poll(() => page.inputValue("#checklist-org")).toBe("election-commission");
    expect(await page.isChecked("#q-reviewed-yes")).toBe(true);
    expect(await page.textContent("#checklist-message")).toContain("answers-election.json");
    // A file that is not an answers file is refused with its problems.
    writeFileSync(join(work, "not-answers.json"), JSON.stringify({ checklist: "self-inspection", organization: "nowhere", answers: { reviewed: "perhaps" } }));
    await page.setInputFiles("#checklist-import", join(work, "not-answers.json"));
    await expect.poll(() => page.getAttribute("#checklist-message", "class")).toBe("error");
    expect(await page.textContent("#checklist-message")).toContain("reviewed");
    if (!spreadsheetInstalled) {
      await page.click("#checklist-xlsx");
      await expect.poll(() => page.textContent("#checklist-message")).toContain("spreadsheet support not installed");
    }
  });

  it("checks one action with a form generated from the schema, the decision following the form", async () => {
    const page = await start(mode);
    await go(page, "check");
    await page.selectOption("#check-kind", "transfer");
    await page.selectOption("#f-from", "internet");
    await page.selectOption("#f-to", "mynumber");
    await page.selectOption("#f-channel", "email");
    const subject = { kind: "transfer", from: "internet", to: "mynumber", channel: "email" };
    const expected = evaluate(subject as Subject, { locale: "ja" });
    await expect.poll(() => page.getAttribute("#check-outcome", "data-outcome")).toBe(expected.outcome);
    expect(JSON.parse((await page.textContent("#check-json")) ?? "")).toEqual(subject);
    await page.selectOption("#f-to", "internet");
    await page.selectOption("#f-from", "internet");
    const same = evaluate({ kind: "transfer", from: "internet", to: "internet", channel: "email" } as Subject, { locale: "ja" });
    await expect.poll(() => page.getAttribute("#check-outcome", "data-outcome")).toBe(same.outcome);
    // An organisation for asset: the union (5(1) names or an outside body) offered as its names.
    await page.selectOption("#check-kind", "asset");
    expect(await page.$$eval("#f-organization option", (options) => options.map((o) => o.getAttribute("value")))).toContain("secretariat");
  });

  it("rejects a weakening overlay with every error, and applies the sample overlay with its diff", async () => {
    const page = await start(mode);
    await go(page, "policy");
    await page.setInputFiles("#overlay-file", join(work, "weakening-overlay.json"));
    await page.waitForSelector("#overlay-errors");
    const rejected = safeExtendPolicy(policy, JSON.parse(readFileSync(join(work, "weakening-overlay.json"), "utf8")));
    expect(rejected.success).toBe(false);
    const issues = rejected.success ? [] : rejected.error.issues;
    expect(issues.length).toBeGreaterThanOrEqual(1);
    const shown = await page.$$eval("#overlay-errors li", (items) => items.map((li) => li.textContent ?? ""));
    expect(shown).toHaveLength(issues.length);
    for (const [at, issue] of issues.entries()) expect(shown[at]).toContain(issue.message);
    await page.setInputFiles("#overlay-file", join(repoRoot, "examples", "overlay.sample.json"));
    await page.waitForSelector("#overlay-diff");
    expect(await page.textContent("#overlay-status")).toContain("overlay.sample.json");
    expect((await page.textContent("#overlay-diff"))?.length).toBeGreaterThan(100);
    // Audited under the overlay, the report is the CLI's with --overlay.
    await go(page, "audit");
    await loadAndAudit(page, "register.json");
    await go(page, "export");
    await page.fill("#generated-at", GENERATED);
    const html = await downloaded(page, "#export-html");
    const sample = join(repoRoot, "examples", "overlay.sample.json");
    expect(html.text).toBe(runCli(["audit", "register.json", "--format", "html", "--as-of", AS_OF, "--generated-at", GENERATED, "--overlay", sample]).stdout);
    expect(html.text).not.toBe(runCli(["audit", "register.json", "--format", "html", "--as-of", AS_OF, "--generated-at", GENERATED]).stdout);
  });
});

/** CP932 (Shift_JIS) bytes of a text, from the browser-grade decoder's own table (Node has no CP932 encoder). */
function encodeCp932(text: string): Uint8Array {
  const decoder = new TextDecoder("shift_jis");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`no CP932 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

// These run when the spreadsheet package (issue 17) is installed beside the workbench, and are
// reported as skipped (never as passed) until then.
interface Sheets {
  writeRegisterTemplate(options: { format: "xlsx" | "csv"; subjects?: readonly unknown[] }): Promise<Uint8Array>;
  readRegister(bytes: Uint8Array, options?: Record<string, unknown>): Promise<{ subjects: Subject[]; rows: number[]; issues: unknown[] }>;
  writeAuditWorkbook(report: unknown, options?: Record<string, unknown>): Promise<Uint8Array>;
  readChecklistAnswers(bytes: Uint8Array, options?: { fileName?: string }): Promise<Record<string, unknown>>;
}

async function sheets(): Promise<Sheets> {
  return (await import("@miyagi-kouiki/infosec-policy-spreadsheet" as string)) as Sheets;
}

describe.skipIf(!spreadsheetInstalled)("spreadsheets (with @miyagi-kouiki/infosec-policy-spreadsheet in the build)", () => {
  it.each(["http", "file"] as const)("reads a generated .xlsx register through the mapping editor to the library's totals, and exports the .xlsx report, from %s", async (mode) => {
    const api = await sheets();
    const assets = generateInventory(300, 5);
    const bytes = await api.writeRegisterTemplate({ format: "xlsx", subjects: assets });
    writeFileSync(join(work, "register.xlsx"), bytes);
    const read = await api.readRegister(bytes, { format: "xlsx", fileName: "register.xlsx" });
    expect(read.issues).toEqual([]);
    const page = await start(mode);
    await page.setInputFiles("#register-file", join(work, "register.xlsx"));
    await page.waitForSelector("#mapping");
    expect(await page.inputValue("#map-id")).not.toBe("");
    await page.click("#read-mapped");
    await page.waitForSelector("#load-result");
    await page.fill("#as-of", AS_OF);
    await page.click("#run-audit");
    await page.waitForSelector("#totals");
    expect(await outcomes(page)).toEqual(audit(read.subjects, { asOf: AS_OF }).summary.outcomes);
    await go(page, "export");
    await page.fill("#generated-at", GENERATED);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
    const workbook = readFileSync(await download.path());
    const expected = await api.writeAuditWorkbook(buildAuditReport(read.subjects, { asOf: AS_OF, locale: "ja", generated: { at: GENERATED, source: "given" }, inputs: [{ name: "register.xlsx", subjects: read.subjects.length }] }), { rows: read.rows });
    expect(Buffer.from(workbook).equals(Buffer.from(expected))).toBe(true);
  });

  it.each(["http", "file"] as const)("reads a CP932 .csv register, remembers the mapping, and says which cells are wrong, from %s", async (mode) => {
    const api = await sheets();
    const assets = generateInventory(120, 9);
    const csvText = new TextDecoder().decode(await api.writeRegisterTemplate({ format: "csv", subjects: assets })).replace(/^\ufeff/, "");
    const cp932 = encodeCp932(csvText);
    writeFileSync(join(work, "register-cp932.csv"), cp932);
    const read = await api.readRegister(cp932, { format: "csv", fileName: "register-cp932.csv" });
    expect(read.issues).toEqual([]);
    const page = await start(mode);
    await page.setInputFiles("#register-file", join(work, "register-cp932.csv"));
    await page.waitForSelector("#mapping");
    const headers = await page.$$eval("#preview-table th", (cells) => cells.map((c) => c.textContent ?? ""));
    expect(headers.some((h) => /[ぁ-んァ-ヶ一-龠]/.test(h))).toBe(true); // decoded from CP932, not mojibake
    await page.click("#read-mapped");
    await page.waitForSelector("#load-result");
    await page.fill("#as-of", AS_OF);
    await page.click("#run-audit");
    await page.waitForSelector("#totals");
    expect(await outcomes(page)).toEqual(audit(read.subjects, { asOf: AS_OF }).summary.outcomes);
    // A changed mapping is remembered for registers with the same headings.
    const zoneHeader = await page.inputValue("#map-zone");
    expect(zoneHeader).not.toBe("");
    await page.selectOption("#map-zone", "");
    await page.click("#read-mapped");
    await page.waitForSelector("#load-result");
    await reload(page);
    await page.setInputFiles("#register-file", join(work, "register-cp932.csv"));
    await page.waitForSelector("#mapping");
    expect(await page.inputValue("#map-zone")).toBe("");
    // A register with a wrong cell: every problem listed, nothing audited.
    const broken = csvText.replace(/\r?\n([^\r\n]*)/, (line) => line.replace(/,(lgwan|mynumber|internet|LGWAN接続系|マイナンバー利用事務系|インターネット接続系),/, ",どこか,"));
    writeFileSync(join(work, "broken.csv"), encodeCp932(broken));
    await page.setInputFiles("#register-file", join(work, "broken.csv"));
    await page.waitForSelector("#mapping");
    await page.click("#read-mapped");
    await page.waitForSelector("#load-result");
    expect(broken).not.toBe(csvText);
    await page.waitForSelector("#load-problems");
    expect(await page.textContent("#load-problems")).toContain("broken.csv");
    expect(await page.textContent("#load-problems")).toContain("どこか");
    expect(await page.$("#run-audit")).toBeNull();
  });

  it("writes the self-inspection workbook the package reads back", async () => {
    const api = await sheets();
    const page = await start("http");
    await go(page, "checklist");
    await page.selectOption("#checklist-org", "audit-secretariat");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#checklist-xlsx")]);
    const bytes = readFileSync(await download.path());
    const answers = await api.readChecklistAnswers(bytes, { fileName: "sheet.xlsx" });
    expect(answers["organization"]).toBe("audit-secretariat");
  });
});
