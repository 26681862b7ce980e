import fc from "fast-check";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { guardedJsonSubjects } from "../../src/cli/guarded-json-subjects.js";
import { BufferedWriter } from "../../src/cli/io.js";
import type { ReportedFinding, ReportedSubject } from "../../src/report/audit-report.js";
import { jsonWriter } from "../../src/report/audit-json.js";
import { guardOutput } from "../../src/report/escape-text.js";
import { SUBJECT_KINDS } from "../../src/subjects/subject-kinds.js";

// The audit's JSON subject lines, guarded piece by piece (src/cli/guarded-json-subjects.ts), are
// what the JSON writer's lines become when guarded whole, on any text: every UTF-16 code unit
// (lone surrogates, pairs, controls, bidi overrides, the characters the guard escapes) in every
// string field, findings shared between entries as the reporter shares them.

/** Any UTF-16 code unit, so that lone surrogates and split pairs are drawn too; and some of the guard's characters. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u202e", "\u0000", "\u001b", "\u2028", "\ufeff", "😀", "\u{e0041}", "行", "\n", '"', "\\"),
);
const text = fc.string({ unit, maxLength: 12 });

const findingArbitrary: fc.Arbitrary<ReportedFinding> = fc.record(
  {
    control: text,
    title: text,
    status: fc.constantFrom("fail" as const, "manual" as const),
    clause: fc.constantFrom("7(2)", "5(1)", "8"),
    provenance: fc.constantFrom("basic-policy" as const, "guideline" as const, "organization" as const),
    reason: text,
    remediation: text,
  },
  { requiredKeys: ["control", "title", "status", "clause", "provenance", "reason"] },
) as fc.Arbitrary<ReportedFinding>;

/** Entries in the reporter's shape (keys in its order), drawing their findings from a shared few. */
const entriesArbitrary = fc.array(findingArbitrary, { minLength: 1, maxLength: 4 }).chain((shared) =>
  fc.array(
    fc.record({
      index: fc.nat(),
      id: fc.option(text, { nil: undefined }),
      name: fc.option(text, { nil: undefined }),
      kind: fc.constantFrom(...SUBJECT_KINDS),
      outcome: fc.constantFrom("non-compliant" as const, "needs-review" as const),
      findings: fc.array(fc.nat({ max: shared.length - 1 }).map((i) => shared[i] as ReportedFinding), { maxLength: 5 }),
    }).map(({ index, id, name, kind, outcome, findings }): ReportedSubject => {
      if (id === undefined) return name === undefined ? { index, kind, outcome, findings } : { index, name, kind, outcome, findings };
      return name === undefined ? { index, id, kind, outcome, findings } : { index, id, name, kind, outcome, findings };
    }),
    { maxLength: 6 },
  ),
);

describe("guardedJsonSubjects", () => {
  it("gives guardOutput of the JSON writer's subject lines, entry by entry and joined (property)", () => {
    let escaped = 0;
    fc.assert(
      fc.property(entriesArbitrary, (entries) => {
        const writer = jsonWriter();
        const guarded = guardedJsonSubjects();
        const head = {} as never;
        let whole = "";
        let pieces = "";
        entries.forEach((entry, position) => {
          const line = writer.subject(entry, position, head);
          expect(guarded(entry, position)).toBe(guardOutput(line));
          whole += line;
          pieces += guarded(entry, position);
        });
        expect(pieces).toBe(guardOutput(whole));
        if (guardOutput(whole) !== whole) escaped++;
      }),
      { numRuns: 1_500 },
    );
    // The guard had something to do in many runs: a check that never met an escape proves little.
    expect(escaped).toBeGreaterThan(100);
  });
});

describe("BufferedWriter.writeGuarded", () => {
  it("writes guarded text as it is and still guards text written with write, in order", async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString("utf8"));
        done();
      },
    });
    const out = new BufferedWriter(sink, 8);
    await out.write("a\u202eb");
    await out.writeGuarded("c\\u202ed");
    await out.writeGuarded("e");
    await out.write("\u0007f");
    await out.flush();
    expect(chunks.join("")).toBe("a\\u202ebc\\u202ede\\u0007f");
  });
});
