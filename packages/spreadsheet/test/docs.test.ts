import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { run, SHEET_CLI, tempDir } from "./helpers.js";

// The transcripts (```console blocks) of docs/spreadsheets.md are what the CLI prints, on the
// register the guide describes (made here).
const guide = readFileSync(new URL("../../../docs/spreadsheets.md", import.meta.url), "utf8");
const transcripts = [...guide.matchAll(/```console\n([\s\S]*?)```/gu)].map((m) => m[1] as string);
const tmp = tempDir();
afterAll(() => tmp.remove());

describe("docs/spreadsheets.md", () => {
  it("has transcripts, and each prints what it shows", () => {
    expect(transcripts.length).toBeGreaterThan(0);
    tmp.file("台帳.csv", "資産番号,資産名,所管組織,種別\r\nA-1,住基サーバ,広域連合事務局,サーバ\r\nA-2,窓口端末,総務課,パソコン等端末\r\n");
    for (const transcript of transcripts) {
      const [command, ...expected] = transcript.trimEnd().split("\n");
      const args = (command ?? "").replace(/^\$ infosec-policy-sheet /u, "").split(" ");
      const result = run(SHEET_CLI, args, tmp.dir);
      expect(`${result.stdout}${result.stderr}`.trimEnd().split("\n")).toEqual(expected);
    }
  });

  it("names the files the package ships (the mapping's JSON Schema)", () => {
    expect(guide).toContain("@miyagi-kouiki/infosec-policy-spreadsheet/schemas/column-mapping.json");
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown> };
    expect(pkg.exports["./schemas/column-mapping.json"]).toBe("./dist/schemas/column-mapping.json");
    const schema = JSON.parse(readFileSync(new URL("../dist/schemas/column-mapping.json", import.meta.url), "utf8")) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(["sheet", "headerRow", "columns", "values"]);
  });
});
