import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { columnMappingSchema, DEFAULT_COLUMN_MAPPING, previewRegister, readRegister, writeRegisterTemplate, type ColumnMapping } from "../src/index.js";
import { bytesOf, ROOT_CLI, run, SHEET_CLI, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

// A body's own register: its own headers and words, a title row above the header.
const OWN = [
  "令和8年度 資産一覧,,,,,,",
  "管理番号,担当課,区分,ネットワーク区分,機密,完全,可用",
  "K-1,総務課,業務端末,マイナ系,3,2,2",
  "K-2,議会,サーバ,ＬＧＷＡＮ,1,1,1",
].join("\r\n");
const MAPPING: ColumnMapping = {
  headerRow: 2,
  columns: { id: "管理番号", organization: "担当課", category: "区分", zone: "ネットワーク区分", confidentiality: "機密", integrity: "完全", availability: "可用" },
  values: { organization: { 総務課: "secretariat" }, category: { 業務端末: "terminal" }, zone: { マイナ系: "mynumber" } },
};

describe("the column mapping", () => {
  it("maps a body's own headers and words onto the subject, adding to the default", async () => {
    expect(columnMappingSchema.parse(MAPPING)).toEqual(MAPPING);
    const read = await readRegister(new TextEncoder().encode(OWN), { mapping: MAPPING, fileName: "own.csv" });
    expect(read.issues).toEqual([]);
    expect(read.source.headerRow).toBe(2);
    expect(read.subjects).toEqual([
      { kind: "asset", id: "K-1", organization: "secretariat", category: "terminal", zone: "mynumber", classification: { confidentiality: 3, integrity: 2, availability: 2 } },
      // 「議会」 and 「ＬＧＷＡＮ」 are default words, kept beside the mapping's.
      { kind: "asset", id: "K-2", organization: "assembly-secretariat", category: "server", zone: "lgwan", classification: { confidentiality: 1, integrity: 1, availability: 1 } },
    ]);
    // Without the mapping, the headers are not found: the reader says how to map them.
    await expect(readRegister(new TextEncoder().encode(OWN), { fileName: "own.csv" })).rejects.toThrow(/--mapping/u);
  });

  it("the CLI takes --mapping; an invalid mapping file is refused with every problem", () => {
    const register = tmp.file("own.csv", OWN);
    const mapping = tmp.file("mapping.json", JSON.stringify(MAPPING));
    const ok = run(SHEET_CLI, ["audit", register, "--mapping", mapping, "--format", "json"]);
    expect(ok.stderr).toBe("");
    expect(JSON.parse(ok.stdout).total).toBe(2);
    const bad = tmp.file("bad.json", JSON.stringify({ columns: { id: "" , colour: "x" }, values: { zone: { マイナ系: "my-number" } } }));
    const refused = run(SHEET_CLI, ["audit", register, "--mapping", bad]);
    expect(refused.status).toBe(65);
    expect(refused.stderr).toContain("columns.id");
    expect(refused.stderr).toContain("columns");
    expect(refused.stderr).toContain("values.zone.マイナ系");
  });

  it("a mapping with columns for only some safeguards reads them as not recorded, and says so", async () => {
    const csv = "資産番号,所管組織,種別,バックアップ\r\nX-1,議会事務局,サーバ,○\r\n";
    const read = await readRegister(new TextEncoder().encode(csv));
    expect(read.subjects[0]?.safeguards).toBeUndefined();
    expect(read.notes[0]?.ja).toContain("未記録として扱います");
  });

  it("the default mapping is frozen data", () => {
    expect(Object.isFrozen(DEFAULT_COLUMN_MAPPING)).toBe(true);
    expect(Object.isFrozen(DEFAULT_COLUMN_MAPPING.values?.zone)).toBe(true);
  });
});

describe("previewRegister", () => {
  it("shows the sheets, the header row, the first rows and the mapping it recognises", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("メモ").getCell("A1").value = "メモ";
    const sheet = workbook.addWorksheet("台帳");
    sheet.getRow(2).values = ["資産番号", "所管組織", "種別", "備考", "バックアップ"];
    for (let i = 0; i < 30; i++) sheet.getRow(i + 3).values = [`P-${i}`, "議会事務局", "サーバ", "", "○"];
    const preview = await previewRegister(await bytesOf(workbook), { limit: 5 });
    expect(preview.sheets).toEqual(["メモ", "台帳"]);
    expect(preview.sheet).toBe("台帳");
    expect(preview.headerRow).toBe(2);
    expect(preview.headers).toEqual(["資産番号", "所管組織", "種別", "備考", "バックアップ"]);
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]).toEqual(["P-0", "議会事務局", "サーバ", "", "○"]);
    expect(preview.suggestedMapping).toEqual({ sheet: "台帳", headerRow: 2, columns: { id: "資産番号", organization: "所管組織", category: "種別", safeguards: { backup: "バックアップ" } } });
    // The suggestion is a mapping the reader takes as it is.
    const read = await readRegister(await bytesOf(workbook), { mapping: preview.suggestedMapping });
    expect(read.subjects).toHaveLength(30);
  });
});

describe("export oscal-results from a register", () => {
  it("equals the library's export of the same subjects as JSON", async () => {
    const subjects = [
      { kind: "asset", id: "O-1", organization: "secretariat", category: "server", zone: "mynumber" },
      { kind: "asset", id: "O-2", organization: "audit-secretariat", category: "information", classification: { confidentiality: 2, integrity: 1, availability: 1 } },
    ];
    const json = tmp.file("oscal.json", JSON.stringify(subjects));
    const csv = tmp.file("oscal.csv", "資産番号,所管組織,種別,領域,機密性,完全性,可用性\r\nO-1,広域連合事務局,サーバ,マイナンバー利用事務系,,,\r\nO-2,監査委員事務局,情報,,2,1,1\r\n");
    const args = ["--timestamp", "2026-11-25T09:00:00Z", "--as-of", "2026-11-25"];
    const viaJson = run(ROOT_CLI, ["export", "oscal-results", json, ...args]);
    const viaSheet = run(SHEET_CLI, ["export", "oscal-results", csv, ...args]);
    expect(viaSheet.stderr).toBe("");
    expect(viaSheet.status).toBe(viaJson.status);
    expect(JSON.parse(viaSheet.stdout)).toEqual(JSON.parse(viaJson.stdout));
    expect((await writeRegisterTemplate({ format: "csv" })).length).toBeGreaterThan(3);
  });

  it("--overlay (the organisation's standards) and --policy-version apply as in the library's CLI", () => {
    const overlay = fileURLToPath(new URL("../../../examples/overlay.sample.json", import.meta.url));
    const json = tmp.file("overlay.json", JSON.stringify([{ kind: "asset", id: "V-1", organization: "secretariat", category: "terminal", zone: "lgwan", classification: { confidentiality: 2, integrity: 1, availability: 1 } }]));
    const csv = tmp.file("overlay.csv", "資産番号,所管組織,種別,領域,機密性,完全性,可用性\r\nV-1,広域連合事務局,パソコン等端末,LGWAN接続系,2,1,1\r\n");
    const args = ["--format", "json", "--overlay", overlay, "--policy-version", "1.0.0", "--generated-at", "2026-11-25T09:00:00Z"];
    const viaJson = JSON.parse(run(ROOT_CLI, ["audit", json, ...args]).stdout) as Record<string, unknown>;
    const viaSheet = JSON.parse(run(SHEET_CLI, ["audit", csv, ...args]).stdout) as Record<string, unknown>;
    expect(viaSheet.overlay).toEqual({ id: "sample-organization-standards", version: "2026.4.0", name: "【サンプル】情報セキュリティ対策基準（架空の例）" });
    delete viaJson.inputs;
    delete viaSheet.inputs;
    expect(viaSheet).toEqual(viaJson);
    expect(run(SHEET_CLI, ["audit", csv, "--policy-version", "0.0.1"]).status).toBe(64);
  });
});
