import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, decodeText, neutralizeCsv, parseCsv, readRegister, writeCsv } from "../src/index.js";

const records = (text: string) => [...parseCsv(text)].map((r) => r.fields);

describe("parseCsv (RFC 4180 as Excel writes it)", () => {
  it("reads CRLF, LF and lone CR line ends, and numbers records as Excel rows", () => {
    expect(records("a,b\r\nc,d\ne,f\rg,h")).toEqual([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]]);
    expect([...parseCsv("a\r\nb\r\n")].map((r) => r.row)).toEqual([1, 2]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields, and a quoted break does not start a row", () => {
    const parsed = [...parseCsv('id,name\r\n1,"サーバ, 本庁舎\r\n2階 ""A"""\r\n2,x\r\n')];
    expect(parsed.map((r) => r.fields)).toEqual([["id", "name"], ["1", 'サーバ, 本庁舎\r\n2階 "A"'], ["2", "x"]]);
    expect(parsed.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it("skips a UTF-8 BOM and keeps empty fields", () => {
    expect(records("\uFEFF資産番号,,資産名\r\n,,\r\n")).toEqual([["資産番号", "", "資産名"], ["", "", ""]]);
  });

  it("reports an unclosed quote with its row", () => {
    expect(() => records('a\r\n"b,c\r\n')).toThrow(CsvSyntaxError);
    try {
      records('a\r\n"b,c\r\n');
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(2);
    }
  });

  it("property: any table written by writeCsv parses back to the same fields", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "あ", ",", '"', "\r", "\n", " ", "=", "x", "\u3000"), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (table) => {
        // A record of one empty field is written as an empty line, which is a record of one empty field.
        expect(records(writeCsv(table))).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});

describe("decodeText", () => {
  it("detects a BOM, valid UTF-8 and CP932, and decodes CP932 with its NEC extensions", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe3, 0x81, 0x82]))).toEqual({ text: "あ", encoding: "utf-8" });
    expect(decodeText(new TextEncoder().encode("資産"))).toEqual({ text: "資産", encoding: "utf-8" });
    // 「資産①」 in CP932: 0x8E91 0x8E59 0x8740 (① is an NEC special character, in CP932 but not in JIS X 0208).
    expect(decodeText(new Uint8Array([0x8e, 0x91, 0x8e, 0x59, 0x87, 0x40]))).toEqual({ text: "資産①", encoding: "cp932" });
  });

  it("refuses bytes that are not text in the encoding given, with what to do", () => {
    expect(() => decodeText(new Uint8Array([0x8e, 0x91]), "utf-8")).toThrow(/--encoding/u);
    expect(() => decodeText(new Uint8Array([0x81]), "cp932")).toThrow(/CP932/u);
  });
});

describe("neutralizeCsv", () => {
  it("property: a text neutralised for CSV is read back exactly, and never starts like a formula", async () => {
    const text = fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "a", "\t"), minLength: 1, maxLength: 6 }).filter((t) => t.trim() === t);
    await fc.assert(
      fc.asyncProperty(text, async (name) => {
        const written = neutralizeCsv(name);
        expect(written).not.toMatch(/^[=+\-@\t\r]/u);
        const csv = `資産名,所管組織,種別\r\n${written},議会事務局,情報\r\n`;
        expect((await readRegister(new TextEncoder().encode(csv))).subjects[0]?.name).toBe(name);
      }),
      { numRuns: 300 },
    );
  });
});
