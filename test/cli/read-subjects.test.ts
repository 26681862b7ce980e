import fc from "fast-check";
import { isUtf8 } from "node:buffer";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INPUT_LIMITS, readLineBlocks, readLines, tooDeep, type Line } from "../../src/cli/io.js";
import { toGuardedSubject, toSubject } from "../../src/cli/subjects.js";
import { guardSubject } from "../../src/engine/guard-subject.js";
import { createAuditReporter, createGuardedAuditReporter } from "../../src/report/audit-report.js";
import { extendPolicy, parseSubject, policy } from "../../src/index.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";
import { mutationArbitrary } from "../schemas/support.js";

const root = join(import.meta.dirname, "..", "..");

// The CLI's reading path, against the slower ways it replaced: `toSubject` answers as
// `parseSubject` does, `tooDeep`'s bracket count never hides a deep text, and the lines handed
// over a chunk at a time are the lines handed over one by one.

const tmp = mkdtempSync(join(tmpdir(), "infosec-policy-read-subjects-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;
const file = (content: string | Buffer): string => {
  const path = join(tmp, `input-${files++}.ndjson`);
  writeFileSync(path, content);
  return path;
};

/** What `toSubject` answered before the fast path: `parseSubject` on the value. */
function bySchema(value: unknown, locale: "ja" | "en", options?: { policy: typeof policy }) {
  const parsed = parseSubject(value, options === undefined ? { locale } : { locale, policy: options.policy });
  return parsed.success ? { ok: true as const, subject: parsed.data } : { ok: false as const, issues: parsed.error.issues };
}

const readExample = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, "examples", "subjects", name), "utf8")) as Record<string, unknown>;

describe("toSubject (the CLI's reading of one parsed value)", () => {
  it("answers as parseSubject does on random valid subjects and random mutations of them, parsed from JSON", () => {
    fc.assert(
      fc.property(
        subjectArbitrary.chain((subject) => fc.tuple(fc.constant(subject), mutationArbitrary(subject))),
        fc.constantFrom("ja" as const, "en" as const),
        ([subject, mutated], locale) => {
          for (const candidate of [subject, mutated.value]) {
            let text: string;
            try {
              text = JSON.stringify(candidate);
            } catch {
              continue; // not JSON (a BigInt mutation): the CLI never sees it
            }
            if (text === undefined) continue;
            // Each side gets its own parse: the fast path hands back the parsed value itself.
            const fast = toSubject(JSON.parse(text), locale);
            const expected = bySchema(JSON.parse(text), locale);
            expect(fast.ok).toBe(expected.ok);
            if (fast.ok && expected.ok) expect(fast.subject).toStrictEqual(expected.subject);
            if (!fast.ok && !expected.ok) expect(fast.issues).toStrictEqual(expected.issues);
          }
          return true;
        },
      ),
      { numRuns: 400 },
    );
  });

  it("answers as parseSubject does on every example subject, in both languages", () => {
    const names = readdirSync(join(root, "examples", "subjects")).filter((name) => name.endsWith(".json"));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      for (const locale of ["ja", "en"] as const) expect(toSubject(readExample(name), locale), name).toStrictEqual(bySchema(readExample(name), locale));
    }
  });

  it("hands back the parsed value, valid and owned by the caller, not a copy with every optional field", () => {
    const value = JSON.parse('{"kind":"asset","id":"a-1","organization":"secretariat","category":"information","zone":"lgwan","classification":{"confidentiality":2,"integrity":2,"availability":1},"safeguards":["backup"]}') as unknown;
    const read = toSubject(value);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.subject).toBe(value);
      expect(Object.keys(read.subject)).not.toContain("exception");
    }
  });

  it("still refuses an exception naming a control the policy does not have, in the requested language", () => {
    const value = { ...readExample("carry-out.non-compliant.json"), exception: { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-no-carry-ot"], validUntil: "2027-03-31" } };
    const expected = bySchema(structuredClone(value), "en");
    const read = toSubject(structuredClone(value), "en");
    expect(read.ok).toBe(false);
    expect(expected.ok).toBe(false);
    if (!read.ok && !expected.ok) {
      expect(read.issues).toStrictEqual(expected.issues);
      expect(read.issues.map((issue) => issue.code)).toContain("unknown_control");
    }
  });

  it("leaves a policy with another classification scheme to parseSubject (the fast path knows the default levels only)", () => {
    const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
    const extended = extendPolicy(policy, read("examples/schemes/overlay.importance-i-iv.json") as never);
    const register = read("examples/schemes/inventory.importance-i-iv.json") as unknown[];
    const options = { policy: extended };
    for (const subject of register.slice(0, 20)) {
      const fast = toSubject(structuredClone(subject), "en", extended);
      const expected = bySchema(structuredClone(subject), "en", options);
      expect(fast).toStrictEqual(expected);
      expect(fast.ok).toBe(true);
    }
    // Valid in the default scheme (numeric levels), not in the organisation's: refused in its words.
    const defaultLevels = { kind: "asset", category: "information", zone: "lgwan", classification: { confidentiality: 2, integrity: 2, availability: 1 }, safeguards: [] };
    const fast = toSubject(structuredClone(defaultLevels), "en", extended);
    expect(fast).toStrictEqual(bySchema(structuredClone(defaultLevels), "en", options));
    expect(fast.ok).toBe(false);
  });
});

describe("toGuardedSubject and the reporter's addGuarded (the audit's one guard per subject)", () => {
  it("hands over the guard's own copy, and a report built from those copies is the report built by add (property)", () => {
    fc.assert(
      fc.property(fc.array(subjectArbitrary.chain((subject) => fc.oneof(fc.constant(subject), mutationArbitrary(subject).map((m) => m.value))), { maxLength: 12 }), fc.constantFrom("ja" as const, "en" as const), (candidates, locale) => {
        const texts = candidates.flatMap((candidate) => {
          try {
            const text = JSON.stringify(candidate);
            return text === undefined ? [] : [text];
          } catch {
            return []; // not JSON (a BigInt mutation): the CLI never sees it
          }
        });
        const byAdd = createAuditReporter({ locale, asOf: "2026-11-25" });
        const byGuarded = createGuardedAuditReporter({ locale, asOf: "2026-11-25" });
        for (const text of texts) {
          const read = toGuardedSubject(JSON.parse(text), locale);
          expect(read.ok).toBe(toSubject(JSON.parse(text), locale).ok);
          if (!read.ok) continue;
          if (read.guarded !== undefined) expect(read.guarded).toStrictEqual(guardSubject(JSON.parse(text)));
          const entry = read.guarded === undefined ? byGuarded.add(read.subject) : byGuarded.addGuarded(read.guarded);
          expect(entry).toStrictEqual(byAdd.add(JSON.parse(text)));
        }
        expect(byGuarded.head()).toStrictEqual(byAdd.head());
      }),
      { numRuns: 200 },
    );
  });

  it("takes the fast path (a guarded copy) for every valid example subject but checklist answers", () => {
    const names = readdirSync(join(root, "examples", "subjects")).filter((name) => name.endsWith(".json"));
    let guarded = 0;
    for (const name of names) {
      const read = toGuardedSubject(readExample(name));
      if (read.ok && read.guarded !== undefined) guarded++;
    }
    expect(guarded).toBeGreaterThan(10);
  });

  it("the public reporter has no addGuarded", () => {
    expect(Object.keys(createAuditReporter())).toStrictEqual(["add", "head"]);
  });
});

describe("tooDeep", () => {
  /** The scan without the bracket count: depth by depth, strings skipped. */
  function deepestOf(text: string): number {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
      else if (c === "]" || c === "}") depth--;
    }
    return deepest;
  }

  it("finds exactly the texts nested deeper than the limit, brackets in strings or not", () => {
    const piece = fc.constantFrom("[", "]", "{", "}", '"', "\\", "a", ",", ":", "1", '"[', '"{');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 0, max: 8 }), (pieces, max) => {
        const text = pieces.join("");
        expect(tooDeep(text, max) !== undefined).toBe(deepestOf(text) > max);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts brackets inside strings toward the quick check only: max brackets in a string are not depth", () => {
    const max = INPUT_LIMITS.depth;
    expect(tooDeep(`{"a":"${"[".repeat(max * 2)}"}`)).toBeUndefined();
    expect(tooDeep(`${"[".repeat(max)}${"]".repeat(max)}`)).toBeUndefined();
    expect(tooDeep(`${"[".repeat(max + 1)}${"]".repeat(max + 1)}`)).toStrictEqual({ line: 1, column: max + 1 });
  });
});

describe("readLineBlocks", () => {
  async function lines(path: string, max?: number): Promise<{ one: Line[]; blocks: Line[][]; oneError?: string; blockError?: string }> {
    const one: Line[] = [];
    const blocks: Line[][] = [];
    let oneError: string | undefined;
    let blockError: string | undefined;
    try {
      for await (const line of readLines({ path, name: "in.ndjson", ndjson: true }, max)) one.push(line);
    } catch (error) {
      oneError = String(error);
    }
    try {
      for await (const block of readLineBlocks({ path, name: "in.ndjson", ndjson: true }, max)) blocks.push([...block]);
    } catch (error) {
      blockError = String(error);
    }
    return { one, blocks, ...(oneError === undefined ? {} : { oneError }), ...(blockError === undefined ? {} : { blockError }) };
  }

  it("hands over the same lines as readLines, in order, in more than one block for a large input, none empty", async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? "" : `{"n":${i},"s":"行${i}"}`)).join("\r\n");
    const read = await lines(file(`\uFEFF${text}\n`));
    expect(read.blocks.length).toBeGreaterThan(1);
    expect(read.blocks.every((block) => block.length > 0)).toBe(true);
    expect(read.blocks.flat()).toStrictEqual(read.one);
    expect(read.one).toHaveLength(20_000);
    expect(read.one[1]).toStrictEqual({ line: 2, text: '{"n":1,"s":"行1"}' });
  });

  it("hands over the lines before a line that is too long, then fails as readLines does", async () => {
    const read = await lines(file(`{"a":1}\n{"b":2}\n${"x".repeat(300)}\n{"c":3}\n`), 100);
    expect(read.blockError).toBeDefined();
    expect(read.blockError).toBe(read.oneError);
    expect(read.blocks.flat()).toStrictEqual(read.one);
    expect(read.one.map((line) => line.text)).toStrictEqual(['{"a":1}', '{"b":2}']);
  });

  /**
   * The lines of some bytes as the CLI defines them, written the plain way (the whole input at
   * once): split at each line feed, a trailing `\r` dropped, a leading byte-order mark dropped, a
   * line that is not UTF-8 a problem; nothing after a final line feed. With `max`, the lines
   * before the first longer than `max + 1` bytes, and the error naming it.
   */
  function plainLines(bytes: Buffer, max: number): { lines: Line[]; error?: string } {
    const lines: Line[] = [];
    let first = true;
    let start = 0;
    for (let line = 1; ; line++) {
      const newline = bytes.indexOf(10, start);
      const stop = newline === -1 ? bytes.length : newline;
      if (newline === -1 && stop === start) return { lines };
      if (stop - start > max + 1) {
        return { lines, error: `CliError: in.ndjson:${line}: line longer than ${max / (1024 * 1024)} MiB (${max} bytes), the most the CLI reads as one NDJSON line; nothing was read after it` };
      }
      const piece = bytes.subarray(start, stop);
      if (isUtf8(piece)) {
        let text = piece.toString("utf8");
        if (first && text.startsWith("\uFEFF")) text = text.slice(1);
        if (text.endsWith("\r")) text = text.slice(0, -1);
        lines.push({ line, text });
      } else lines.push({ line, problem: `in.ndjson:${line}: not valid UTF-8 (the CLI reads UTF-8 only)` });
      first = false;
      if (newline === -1) return { lines };
      start = newline + 1;
    }
  }

  it("hands over exactly the lines of the plain split, whatever the chunk boundaries (property: long lines, multi-byte, CR, BOM, bad bytes, limits)", async () => {
    const piece = fc.oneof(
      fc.constantFrom("a", "行", "😀", "\r", " ", '{"k":1}').map((text) => Buffer.from(text)),
      fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xe8, 0xa1]), Buffer.from([0xef, 0xbb, 0xbf])),
      // Long runs, so that lines cross the reader's 64 KiB chunks and outgrow its buffer.
      fc.integer({ min: 1, max: 200_000 }).map((size) => Buffer.alloc(size, "x")),
    );
    const lineArbitrary = fc.array(piece, { maxLength: 4 }).map((pieces) => Buffer.concat(pieces));
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArbitrary, { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(INPUT_LIMITS.lineBytes, 100, 70_000, 150_000),
        async (lineBytes, bom, finalNewline, max) => {
          const parts: Buffer[] = bom ? [Buffer.from("\uFEFF")] : [];
          lineBytes.forEach((bytes, i) => parts.push(...(i === 0 ? [] : [Buffer.from("\n")]), bytes));
          if (finalNewline) parts.push(Buffer.from("\n"));
          const bytes = Buffer.concat(parts);
          const expected = plainLines(bytes, max);
          const read = await lines(file(bytes), max);
          expect(read.blocks.every((block) => block.length > 0)).toBe(true);
          expect(read.blocks.flat()).toStrictEqual(expected.lines);
          expect(read.blockError).toBe(expected.error);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("names a line that is not UTF-8 as a problem and goes on, as readLines does", async () => {
    const read = await lines(file(Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\n{"b":2}')])));
    expect(read.blocks.flat()).toStrictEqual(read.one);
    expect(read.one.map((line) => line.problem ?? line.text)).toStrictEqual(['{"a":1}', "in.ndjson:2: not valid UTF-8 (the CLI reads UTF-8 only)", '{"b":2}']);
  });
});
