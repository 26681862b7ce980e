import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { audit, parseSubject, type Subject } from "@miyagi-kouiki/infosec-policy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFormat, isTabular, loadSpreadsheet, PROBLEM_LIMIT, previewRegisterFile, readJsonRegister, readRegisterFile, SpreadsheetUnavailableError, type SpreadsheetApi } from "../src/register-io.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const inventory = JSON.parse(readFileSync(join(repo, "examples", "inventory.json"), "utf8")) as Subject[];
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("detectFormat", () => {
  it("goes by the extension first", () => {
    expect(detectFormat("a.json", utf8("{}"))).toBe("json");
    expect(detectFormat("a.NDJSON", utf8("[]"))).toBe("ndjson");
    expect(detectFormat("a.jsonl", utf8(""))).toBe("ndjson");
    expect(detectFormat("台帳.xlsx", utf8(""))).toBe("xlsx");
    expect(detectFormat("台帳.csv", utf8("[]"))).toBe("csv");
  });
  it("looks at the bytes when the name says nothing", () => {
    expect(detectFormat("register", Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe("xlsx");
    expect(detectFormat("register", utf8("\ufeff  \n[{}]"))).toBe("json");
    expect(detectFormat("register", utf8('{"kind":"asset"}\n'))).toBe("ndjson");
    expect(detectFormat("register", utf8("id,name\n"))).toBe("csv");
  });
  it("says which formats need the spreadsheet package", () => {
    expect((["json", "ndjson", "xlsx", "csv"] as const).filter(isTabular)).toEqual(["xlsx", "csv"]);
  });
});

describe("readJsonRegister", () => {
  it("reads a JSON array to the subjects parseSubject gives, and the same audit", () => {
    const read = readJsonRegister(JSON.stringify(inventory), { fileName: "inventory.json", ndjson: false });
    expect(read).toMatchObject({ count: inventory.length, invalid: 0, problems: [], problemCount: 0 });
    expect(read.subjects).toEqual(inventory.map((s) => (parseSubject(s) as { data: Subject }).data));
    expect(audit(read.subjects).summary).toEqual(audit(inventory).summary);
  });

  it("reads NDJSON (blank lines skipped, CRLF accepted) to the same subjects as JSON", () => {
    const ndjson = `${inventory.map((s) => JSON.stringify(s)).join("\r\n")}\r\n\r\n`;
    expect(readJsonRegister(ndjson, { fileName: "r.ndjson", ndjson: true }).subjects).toEqual(readJsonRegister(JSON.stringify(inventory), { fileName: "r.json", ndjson: false }).subjects);
  });

  it("lists every problem with its place, and audits nothing when any entry is invalid", () => {
    const entries = [inventory[0], { kind: "asset" }, { kind: "nonsense" }];
    const read = readJsonRegister(JSON.stringify(entries), { fileName: "bad.json", ndjson: false });
    expect(read.count).toBe(3);
    expect(read.invalid).toBe(2);
    expect(read.subjects).toEqual([]);
    expect(read.problems.every((line) => line.startsWith("bad.json: ["))).toBe(true);
    expect(read.problems.some((line) => line.startsWith("bad.json: [1]"))).toBe(true);
    expect(read.problems.some((line) => line.startsWith("bad.json: [2]"))).toBe(true);
  });

  it("names the line of a bad NDJSON line", () => {
    const read = readJsonRegister(`${JSON.stringify(inventory[0])}\n{not json\n${JSON.stringify({ kind: "asset" })}\n`, { fileName: "r.ndjson", ndjson: true });
    expect(read.invalid).toBe(2);
    expect(read.problems[0]).toMatch(/^r\.ndjson:2: not JSON/);
    expect(read.problems.slice(1).every((line) => line.startsWith("r.ndjson:3: "))).toBe(true);
  });

  it("rejects what is not a JSON array, saying what it expected", () => {
    expect(() => readJsonRegister("{}", { fileName: "x.json", ndjson: false })).toThrow(/x\.json: expected a JSON array/);
    expect(() => readJsonRegister("[", { fileName: "x.json", ndjson: false })).toThrow(/x\.json: not JSON/);
  });

  it("keeps at most PROBLEM_LIMIT lines but counts them all", () => {
    const read = readJsonRegister(JSON.stringify(Array.from({ length: PROBLEM_LIMIT + 20 }, () => ({ kind: "nonsense" }))), { fileName: "x.json", ndjson: false });
    expect(read.problems).toHaveLength(PROBLEM_LIMIT);
    expect(read.problemCount).toBeGreaterThanOrEqual(PROBLEM_LIMIT + 20);
  });

  it("reads an answers file as the organisation's subject, as the CLI does", () => {
    const read = readJsonRegister(JSON.stringify([{ checklist: "self-inspection", organization: "secretariat", answers: { lastAudit: "never" } }]), { fileName: "a.json", ndjson: false });
    expect(read.subjects[0]?.kind).toBe("organization");
  });

  it("whatever the input, never throws for NDJSON and counts every non-blank line", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.json()), { maxLength: 20 }), (lines) => {
        const text = lines.join("\n");
        const read = readJsonRegister(text, { fileName: "f.ndjson", ndjson: true });
        expect(read.count).toBe(lines.flatMap((l) => l.split(/\r?\n/)).filter((l) => l.trim() !== "").length);
        expect(read.invalid === 0 || read.subjects.length === 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("readRegisterFile", () => {
  it("rejects bytes that are not UTF-8, naming the file", async () => {
    await expect(readRegisterFile(Uint8Array.from([0x5b, 0xff, 0x5d]), { fileName: "x.json" })).rejects.toThrow(/x\.json: not valid UTF-8/);
  });

  it("says spreadsheet support is not installed when the package is absent", async () => {
    await expect(readRegisterFile(utf8("a,b\n"), { fileName: "台帳.csv" }, async () => undefined)).rejects.toBeInstanceOf(SpreadsheetUnavailableError);
    await expect(readRegisterFile(utf8("a,b\n"), { fileName: "台帳.csv" }, async () => undefined)).rejects.toThrow(/spreadsheet support not installed/);
    await expect(previewRegisterFile(utf8("a,b\n"), { fileName: "台帳.xlsx" }, async () => undefined)).rejects.toThrow(/spreadsheet support not installed/);
  });

  it("passes spreadsheets, the mapping and the options to the package, and reports its cell issues", async () => {
    const calls: unknown[] = [];
    const fake: SpreadsheetApi = {
      async readRegister(bytes, options) {
        calls.push({ bytes: bytes.length, options });
        return { subjects: [inventory[0] as Subject, inventory[1] as Subject], rows: [2, 3], issues: [{ row: 4, column: "E", header: "区分", message: { ja: "種別が不明", en: "unknown category" } }] };
      },
      async previewRegister() {
        return { sheets: ["台帳"], headers: ["番号", "区分"], rows: Array.from({ length: 20 }, (_, i) => [`${i}`, "端末"]), suggestedMapping: { columns: { id: "番号", category: "区分" } } };
      },
      async writeAuditWorkbook() {
        return new Uint8Array();
      },
      async writeChecklistWorkbook() {
        return new Uint8Array();
      },
      async readChecklistAnswers() {
        return {};
      },
      REGISTER_FIELDS: ["id", "category", "zone"],
      SAFEGUARD_COLUMNS: ["encryption"],
      FIELD_HEADERS: { id: { ja: "資産番号", en: "Asset number" }, category: { ja: "種別", en: "Category" }, zone: { ja: "領域", en: "Zone" } },
    };
    const read = await readRegisterFile(utf8("x"), { fileName: "台帳.csv", mapping: { id: "番号" }, encoding: "cp932", locale: "en" }, async () => fake);
    expect(calls).toEqual([{ bytes: 1, options: { format: "csv", fileName: "台帳.csv", locale: "en", mapping: { id: "番号" }, encoding: "cp932" } }]);
    expect(read.problems).toEqual(["台帳.csv: row 4, E (区分): unknown category"]);
    expect(read.invalid).toBe(1);
    expect(read.subjects).toEqual([]);
    const preview = await previewRegisterFile(utf8("x"), { fileName: "台帳.csv" }, async () => fake);
    expect(preview.rows).toHaveLength(10);
    expect(preview.fields.map((f) => f.key)).toEqual(["id", "category", "zone", "safeguards.encryption"]);
    expect(preview.fields[0]?.label).toEqual({ ja: "資産番号", en: "Asset number" });
  });

  it("keeps the register rows of a spreadsheet read without problems (for the .xlsx report)", async () => {
    const clean = { readRegister: async () => ({ subjects: [inventory[0] as Subject], rows: [7], issues: [] }) } as unknown as SpreadsheetApi;
    const read = await readRegisterFile(utf8("x"), { fileName: "台帳.xlsx" }, async () => clean);
    expect(read).toMatchObject({ count: 1, invalid: 0, rows: [7], problems: [] });
    expect(read.subjects).toEqual([inventory[0]]);
  });

  it("loadSpreadsheet is undefined while the package is not installed", async () => {
    let installed = true;
    try {
      await import("@miyagi-kouiki/infosec-policy-spreadsheet" as string);
    } catch {
      installed = false;
    }
    expect((await loadSpreadsheet()) !== undefined).toBe(installed);
  });
});
