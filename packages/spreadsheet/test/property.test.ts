import fc from "fast-check";
import type { AssetSubject } from "@miyagi-kouiki/infosec-policy";
import { describe, expect, it } from "vitest";
import { assetArbitrary } from "../../../test/arbitraries/subjects.js";
import { readRegister, SAFEGUARD_COLUMNS, writeRegisterTemplate } from "../src/index.js";

// What a register row can say about an asset: no exception (the template has no exception
// columns), text as a cell holds it (a cell's text is trimmed), and safeguards as a set (one ○/×
// column each, in the template's order).
// Cell text with what breaks naive writers: formula starts, quotes, commas, line breaks, control
// characters, SpreadsheetML's own _xHHHH_ escape, Japanese and astral characters.
const hardText = fc.string({ unit: fc.constantFrom("=", "+", "-", "@", "'", '"', ",", "\r", "\n", "\r\n", "\u0001", "\u001F", "_x0041_", "&", "<", "資", "ｱ", "𠮷", "a", "1", " "), minLength: 1, maxLength: 10 });
const cellText = fc.oneof(hardText, fc.string({ minLength: 1, maxLength: 24 }));

const registerAsset: fc.Arbitrary<AssetSubject> = fc
  .tuple(assetArbitrary, fc.option(cellText, { nil: undefined }), fc.option(cellText, { nil: undefined }))
  .map(([s, id, name]) => {
    const { id: _id, name: _name, ...rest } = s;
    return { ...rest, ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }) } as AssetSubject;
  })
  .filter((s) => (s.id === undefined || s.id.trim() === s.id) && (s.name === undefined || s.name.trim() === s.name))
  .map((s) => {
    const { exception: _exception, ...rest } = s;
    return rest.safeguards === undefined ? rest : { ...rest, safeguards: SAFEGUARD_COLUMNS.filter((g) => rest.safeguards?.includes(g)) };
  });

describe("property: a register of generated subjects written by the template writer reads back as the same subjects", () => {
  for (const format of ["xlsx", "csv"] as const) {
    it(format, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(registerAsset, { minLength: 1, maxLength: 12 }), async (subjects) => {
          const bytes = await writeRegisterTemplate({ format, subjects, inputRows: 20 });
          const read = await readRegister(bytes, { format });
          expect(read.issues).toEqual([]);
          expect(read.subjects).toEqual(subjects);
          expect(read.rows).toEqual(subjects.map((_, i) => i + 2));
        }),
        { numRuns: format === "xlsx" ? 150 : 300 },
      );
    });
  }

  it("the generator reaches the hard cases: formula-like text, line breaks, control characters, outside bodies, blank safeguards", () => {
    const samples = fc.sample(registerAsset, 3000);
    expect(samples.some((s) => /^[=+\-@]/u.test(s.id ?? ""))).toBe(true);
    expect(samples.some((s) => /[\r\n\u0000-\u0008]/u.test(`${s.id ?? ""}${s.name ?? ""}`))).toBe(true);
    expect(samples.some((s) => typeof s.organization === "object")).toBe(true);
    expect(samples.some((s) => s.safeguards === undefined)).toBe(true);
    expect(samples.some((s) => s.safeguards?.length === 0)).toBe(true);
  });
});

describe("a large register", () => {
  it("is read piece by piece (its sheet XML is several megabytes) with every row intact across the cuts", async () => {
    const subjects = fc.sample(registerAsset, { numRuns: 12_000, seed: 17 });
    const bytes = await writeRegisterTemplate({ format: "xlsx", subjects, inputRows: 0 });
    const { unzipSync } = await import("fflate");
    const sheet = unzipSync(bytes)["xl/worksheets/sheet1.xml"] as Uint8Array;
    // More than two of the reader's 4 MB pieces.
    expect(sheet.length).toBeGreaterThan(8 * 1024 * 1024);
    const read = await readRegister(bytes);
    expect(read.issues).toEqual([]);
    expect(read.rows).toEqual(subjects.map((_, i) => i + 2));
    expect(read.subjects).toEqual(subjects);
  });
});
