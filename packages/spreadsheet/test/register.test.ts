import { buildAuditReport, type AssetSubject } from "@miyagi-kouiki/infosec-policy";
import { afterAll, describe, expect, it } from "vitest";
import { readRegister, templateHeaders, writeRegisterTemplate } from "../src/index.js";
import { bytesOf, encodeCp932, loadWithExcelJs, ROOT_CLI, run, SHEET_CLI, tempDir } from "./helpers.js";

// Assets as a clerk records them, and the same assets as the JSON the library audits.
const SUBJECTS: AssetSubject[] = [
  {
    kind: "asset",
    id: "A-001",
    name: "住基連携サーバ",
    organization: "secretariat",
    category: "server",
    zone: "mynumber",
    classification: { confidentiality: 3, integrity: 2, availability: 2 },
    // In the order of the template's columns (a register has no other order).
    safeguards: ["isolation", "carry-out-blocked", "multi-factor-sign-in", "physical-protection", "entry-control", "access-control", "malware-protection", "intrusion-prevention", "security-updates", "backup", "power-backup"],
  },
  // Safeguards blank: not recorded, so the controls that need them are manual, never failed.
  { kind: "asset", id: "A-002", name: "窓口端末", organization: "secretariat", location: "member-municipality-counter", category: "terminal", zone: "lgwan", classification: { confidentiality: 2, integrity: 1, availability: 1 } },
  // Classification blank: unclassified (7(2)).
  { kind: "asset", id: "A-003", name: "議会資料", organization: "assembly-secretariat", category: "information", safeguards: [] },
  { kind: "asset", id: "A-004", name: "登米市の端末", organization: { outside: "登米市" }, category: "terminal" },
];

const headers = templateHeaders();
const words: Record<string, string> = { secretariat: "広域連合事務局", "assembly-secretariat": "議会事務局", server: "サーバ", terminal: "パソコン等端末", information: "情報", mynumber: "マイナンバー利用事務系", lgwan: "LGWAN接続系", "member-municipality-counter": "構成市町村窓口" };
const SAFEGUARDS = ["isolation", "carry-out-blocked", "multi-factor-sign-in", "traffic-monitoring", "physical-protection", "entry-control", "anti-theft", "access-control", "malware-protection", "intrusion-prevention", "security-updates", "backup", "encryption", "locked-storage", "power-backup", "environmental-protection"] as const;

/** The row a clerk types for a subject: Japanese words, levels as numbers, ○/× or blank. */
function typedRow(s: AssetSubject): (string | number | null)[] {
  const org = typeof s.organization === "string" ? (words[s.organization] as string) : `組織外:${s.organization.outside}`;
  return [
    s.id ?? null,
    s.name ?? null,
    org,
    s.location === undefined ? null : (words[s.location] as string),
    words[s.category] as string,
    s.zone === undefined ? null : (words[s.zone] as string),
    s.classification?.confidentiality ?? null,
    s.classification?.integrity ?? null,
    s.classification?.availability ?? null,
    ...SAFEGUARDS.map((g) => (s.safeguards === undefined ? null : s.safeguards.includes(g) ? "○" : "×")),
  ];
}

const tmp = tempDir();
afterAll(() => tmp.remove());
const GENERATED = ["--generated-at", "2026-11-25T09:00:00Z"];

function withoutInputs(json: string): unknown {
  const report = JSON.parse(json) as Record<string, unknown>;
  delete report.inputs;
  return report;
}

describe("the register template, filled in as Excel writes it, audits as the same subjects in JSON", () => {
  const json = tmp.file("inventory.json", JSON.stringify(SUBJECTS));
  const expected = run(ROOT_CLI, ["audit", json, "--format", "json", "--as-of", "2026-11-25", ...GENERATED]);

  it("xlsx: template → filled with exceljs → read → the same subjects and the same audit", async () => {
    expect(expected.status).toBe(1);
    const workbook = await loadWithExcelJs(await writeRegisterTemplate({ format: "xlsx" }));
    const sheet = workbook.getWorksheet("情報資産台帳");
    if (sheet === undefined) throw new Error("no sheet 情報資産台帳");
    expect(sheet.getRow(1).values).toEqual([undefined, ...headers]);
    SUBJECTS.forEach((s, i) => {
      sheet.getRow(i + 2).values = typedRow(s);
    });
    const bytes = await bytesOf(workbook);
    const read = await readRegister(bytes, { fileName: "台帳.xlsx" });
    expect(read.issues).toEqual([]);
    expect(read.subjects).toEqual(SUBJECTS);
    expect(read.rows).toEqual([2, 3, 4, 5]);

    const file = tmp.file("台帳.xlsx", bytes);
    const sheetRun = run(SHEET_CLI, ["audit", file, "--format", "json", "--as-of", "2026-11-25", ...GENERATED]);
    expect(sheetRun.stderr).toBe("");
    expect(sheetRun.status).toBe(expected.status);
    expect(withoutInputs(sheetRun.stdout)).toEqual(withoutInputs(expected.stdout));
    expect((JSON.parse(sheetRun.stdout) as { inputs: unknown }).inputs).toEqual([{ name: "台帳.xlsx", subjects: 4 }]);
  });

  it("csv: template → filled as Excel saves CSV (UTF-8 with BOM, CRLF) → the same audit", async () => {
    const template = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await writeRegisterTemplate({ format: "csv" }));
    expect(template.startsWith("\uFEFF資産番号,資産名,所管組織")).toBe(true);
    const lines = SUBJECTS.map((s) => typedRow(s).map((v) => (v === null ? "" : String(v))).join(","));
    const file = tmp.file("台帳.csv", `${template}${lines.join("\r\n")}\r\n`);
    const sheetRun = run(SHEET_CLI, ["audit", file, "--format", "json", "--as-of", "2026-11-25", ...GENERATED]);
    expect(sheetRun.stderr).toBe("");
    expect(withoutInputs(sheetRun.stdout)).toEqual(withoutInputs(expected.stdout));
  });

  it("empty safeguard cells are missing facts (manual), never false", async () => {
    const blank = buildAuditReport([SUBJECTS[1] as AssetSubject]);
    const none = buildAuditReport([{ ...(SUBJECTS[1] as AssetSubject), safeguards: [] }]);
    const statuses = (r: typeof blank) => Object.fromEntries((r.subjects[0]?.findings ?? []).map((f) => [f.control, f.status]));
    // Read from the sheet, the blank row is the subject without safeguards: only manual findings where the none-row fails.
    const csv = `${headers.join(",")}\r\n${typedRow(SUBJECTS[1] as AssetSubject).map((v) => (v === null ? "" : String(v))).join(",")}\r\n`;
    const read = await readRegister(new TextEncoder().encode(csv));
    expect(read.subjects[0]?.safeguards).toBeUndefined();
    expect(statuses(buildAuditReport(read.subjects))).toEqual(statuses(blank));
    expect(Object.values(statuses(blank))).not.toContain("fail");
    expect(Object.values(statuses(none))).toContain("fail");
  });
});

describe("fixtures made here: CP932, BOM, CRLF, quoted line breaks, merged headers, blank rows", () => {
  it("reads a CP932 CSV with Japanese headers and values, detected and given with --encoding", async () => {
    const text = `資産番号,資産名,所管組織,種別,領域,機密性,完全性,可用性\r\n①-1,"ファイル
サーバ",議会事務局,サーバ,ＬＧＷＡＮ接続系,２,1,1\r\n`;
    const bytes = encodeCp932(text);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const read = await readRegister(bytes, { fileName: "daicho.csv" });
    expect(read.source.encoding).toBe("cp932");
    expect(read.issues).toEqual([]);
    // Full-width ＬＧＷＡＮ and ２ are matched as the half-width words (NFKC); the name keeps its line break.
    expect(read.subjects).toEqual([{ kind: "asset", id: "①-1", name: "ファイル\nサーバ", organization: "assembly-secretariat", category: "server", zone: "lgwan", classification: { confidentiality: 2, integrity: 1, availability: 1 } }]);
    const file = tmp.file("daicho-sjis.csv", bytes);
    const given = run(SHEET_CLI, ["audit", file, "--encoding", "cp932", "--format", "json"]);
    expect(given.stderr).toBe("");
    expect(JSON.parse(given.stdout).total).toBe(1);
    // Read as UTF-8 it is refused with what to do, not misread.
    const wrong = run(SHEET_CLI, ["audit", file, "--encoding", "utf-8"]);
    expect(wrong.status).toBe(65);
    expect(wrong.stderr).toMatch(/--encoding/u);
  });

  it("reads a UTF-8 BOM CSV with CRLF and quoted fields holding line breaks, commas and quotes, with Excel's row numbers", async () => {
    const text = `\uFEFF資産番号,資産名,所管組織,種別\r\nB-1,"課内ネットワーク\r\n(本庁舎, ""2階"")",広域連合事務局,ネットワーク\r\nB-2,x,広域連合事務局,サーバーー\r\n`;
    const read = await readRegister(new TextEncoder().encode(text), { fileName: "bom.csv" });
    expect(read.subjects).toEqual([]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ file: "bom.csv", row: 3, column: "D", header: "種別", value: "サーバーー" });
    const ok = await readRegister(new TextEncoder().encode(text.replace("サーバーー", "サーバ")));
    expect(ok.subjects[0]?.name).toBe('課内ネットワーク\r\n(本庁舎, "2階")');
    expect(ok.rows).toEqual([2, 3]);
  });

  it("reads a register with merged header cells above the headers, blank rows and a merged group cell", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表紙").getCell("A1").value = "令和8年度 情報資産台帳";
    const sheet = workbook.addWorksheet("台帳");
    sheet.getRow(1).values = ["情報資産台帳（令和8年度）"];
    sheet.mergeCells("A1:F1");
    sheet.getRow(2).values = ["基本情報", null, null, "重要度", null, null];
    sheet.mergeCells("A2:C2");
    sheet.mergeCells("D2:F2");
    sheet.getRow(3).values = ["資産番号", "所管組織", "種別", "機密性", "完全性", "可用性"];
    sheet.getRow(4).values = ["C-1", "議会事務局", "サーバ", 1, 1, 1];
    // Row 5 blank; rows 6–7 share a merged 所管組織 cell, as clerks group rows.
    sheet.getRow(6).values = ["C-2", "監査委員事務局", "情報", 2, 1, 1];
    sheet.getRow(7).values = ["C-3", null, "情報", 3, 2, 2];
    sheet.mergeCells("B6:B7");
    const read = await readRegister(await bytesOf(workbook), { fileName: "merged.xlsx" });
    expect(read.issues).toEqual([]);
    expect(read.source).toMatchObject({ format: "xlsx", sheet: "台帳", headerRow: 3 });
    expect(read.rows).toEqual([4, 6, 7]);
    expect(read.subjects.map((s) => [s.id, s.organization])).toEqual([["C-1", "assembly-secretariat"], ["C-2", "audit-secretariat"], ["C-3", "audit-secretariat"]]);
  });
});

describe("errors a clerk can fix", () => {
  const csv = [
    "資産番号,資産名,所管組織,種別,領域,機密性,完全性,可用性,通信の分離,持出し制限,多要素認証,通信の監視,物理的保護,入退室管理,盗難防止,アクセス制御,不正プログラム対策,不正アクセス対策,セキュリティ更新,バックアップ,暗号化,施錠保管,予備電源,防災・空調設備",
    "D-1,良い行,広域連合事務局,サーバ,LGWAN接続系,1,1,1" + ",×".repeat(16),
    "D-2,悪い行,総務課,サーバ,LGWAN,4,1,,○" + ",".repeat(15),
    "",
    "D-3,空欄の組織,,サーバ,,,,",
  ].join("\r\n");

  it("lists every invalid cell with row, column letter, header, value and what is allowed, in Japanese and English; nothing is read", async () => {
    const read = await readRegister(new TextEncoder().encode(csv), { fileName: "errors.csv" });
    expect(read.subjects).toEqual([]);
    const cells = read.issues.map((i) => `${i.row}${i.column ?? ""}:${i.header ?? ""}=${i.value ?? ""}`);
    expect(cells).toEqual(expect.arrayContaining(["3C:所管組織=総務課", "3F:機密性=4", "3H:可用性=", "3J:持出し制限=", "5C:所管組織="]));
    const org = read.issues.find((i) => i.row === 3 && i.column === "C");
    expect(org?.message.ja).toContain("総務課");
    expect(org?.message.en).toContain("not an organisation of 5(1)");
    expect(org?.allowed).toEqual(expect.arrayContaining(["広域連合事務局", "議会事務局", "監査委員事務局", "選挙管理委員会"]));
    expect(read.issues.find((i) => i.column === "F")?.allowed).toEqual(["1", "2", "3"]);
    // 「LGWAN」 is a known word for the zone, so E3 is not an issue.
    expect(cells.some((c) => c.startsWith("3E"))).toBe(false);
  });

  it("the CLI audits nothing and exits 65; --skip-invalid audits the rest and lists the rows skipped in every format", async () => {
    const file = tmp.file("errors.csv", csv);
    const refused = run(SHEET_CLI, ["audit", file]);
    expect(refused.status).toBe(65);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("errors.csv 3行目 C列「所管組織」: 値「総務課」:");
    expect(refused.stderr).toContain("nothing was audited");
    const english = run(SHEET_CLI, ["audit", file, "--lang", "en"]);
    expect(english.stderr).toContain('errors.csv row 3 column C「所管組織」: value "総務課": "総務課" is not an organisation of 5(1)');

    const skipped = run(SHEET_CLI, ["audit", file, "--skip-invalid", "--format", "json"]);
    expect(skipped.status).toBe(1);
    // A compliant row alone, with a row skipped, is still no OK: the skipped asset was not judged.
    const compliantOnly = tmp.file("compliant-and-bad.csv", [csv.split("\r\n")[0], "Z-1,議会資料,議会事務局,情報,,1,1,1" + ",○".repeat(16), "Z-2,x,総務課,情報,,1,1,1" + ",○".repeat(16)].join("\r\n"));
    const audited = run(SHEET_CLI, ["audit", compliantOnly, "--skip-invalid", "--format", "json"]);
    expect(JSON.parse(audited.stdout).outcomes.compliant).toBe(1);
    expect(audited.status).toBe(2);
    const report = JSON.parse(skipped.stdout) as { total: number; inputs: { name: string }[] };
    expect(report.total).toBe(1);
    expect(report.inputs[0]?.name).toBe("errors.csv (2 invalid rows skipped: 3, 5)");
    const text = run(SHEET_CLI, ["audit", file, "--skip-invalid"]);
    expect(text.stdout).toContain("スキップした行（--skip-invalid）");
    expect(text.stdout).toContain("errors.csv 5行目 C列「所管組織」");
    const xlsx = tmp.file("skipped.xlsx");
    expect(run(SHEET_CLI, ["audit", file, "--skip-invalid", "--format", "xlsx", "--output", xlsx]).status).toBe(1);
    const { readFileSync } = await import("node:fs");
    const workbook = await loadWithExcelJs(new Uint8Array(readFileSync(xlsx)));
    const sheet = workbook.getWorksheet("スキップした行");
    expect(sheet?.getCell("A2").value).toBe(3);
    expect(sheet?.getCell("C2").value).toBe("C");
  });

  it("a register without a required column, or without a header row, says so", async () => {
    await expect(readRegister(new TextEncoder().encode("foo,bar\r\n1,2\r\n"), { fileName: "x.csv" })).rejects.toThrow(/見出し行が見つかりません/u);
    const noCategory = await readRegister(new TextEncoder().encode("資産番号,所管組織\r\n1,議会事務局\r\n"), { fileName: "y.csv" });
    expect(noCategory.subjects).toEqual([]);
    expect(noCategory.issues[0]?.message.ja).toContain("必須の列「種別」");
  });
});
