import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateNineKindMix } from "../../bench/nine-kinds.js";
import { evaluate, extendPolicy, policies, policy } from "../../src/index.js";
import type { Decision } from "../../src/decision/decision.js";
import { createDecisionEncoder } from "../../src/server/decision-json.js";

const dir = join(import.meta.dirname, "..", "..", "examples", "subjects");
const examples = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, subject: JSON.parse(readFileSync(join(dir, name), "utf8")) as Parameters<typeof evaluate>[0] }));

const bytesOf = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), "utf8");

describe("createDecisionEncoder: the bytes of JSON.stringify, findings memoised", () => {
  it("has example subjects of every outcome, an exception among them", () => {
    const outcomes = new Set(examples.map(({ subject }) => evaluate(subject).outcome));
    expect([...outcomes].sort()).toEqual(["compliant", "needs-review", "non-compliant", "not-applicable"]);
    expect(examples.some(({ subject }) => "exception" in subject)).toBe(true);
  });

  it("encodes every example subject's decision, in both locales, with and without asOf, as JSON.stringify does; twice alike", () => {
    const encoder = createDecisionEncoder();
    let checked = 0;
    for (const { name, subject } of examples) {
      for (const locale of ["ja", "en"] as const) {
        for (const asOf of [undefined, "2026-04-01"]) {
          const decision = evaluate(subject, asOf === undefined ? { locale } : { locale, asOf });
          const expected = bytesOf(decision);
          expect(encoder.encode(decision).equals(expected), `${name} ${locale} ${asOf ?? "-"}`).toBe(true);
          // The second time the findings' bytes come from the memo.
          expect(encoder.encode(decision).equals(expected), `${name} ${locale} ${asOf ?? "-"} (memoised)`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBe(examples.length * 4);
  });

  it("encodes a batch of the nine-kind mix as JSON.stringify encodes the array, under every shipped policy", () => {
    const encoder = createDecisionEncoder();
    const mix = generateNineKindMix(600);
    for (const policy of policies) {
      const made = mix.map((subject) => evaluate(subject, { policy, asOf: "2026-04-01" }));
      expect(encoder.encode(made).equals(bytesOf(made))).toBe(true);
      const english = mix.slice(0, 100).map((subject) => evaluate(subject, { policy, locale: "en" }));
      expect(encoder.encode(english).equals(bytesOf(english))).toBe(true);
    }
  });

  it("encodes decisions of the sample overlay's extended policy (its own controls' findings) alike", () => {
    const overlay: unknown = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", "overlay.sample.json"), "utf8"));
    const extended = extendPolicy(policy, overlay as Parameters<typeof extendPolicy>[1]);
    const encoder = createDecisionEncoder();
    for (const subject of generateNineKindMix(200, 7)) {
      const decision = evaluate(subject, { policy: extended });
      expect(encoder.encode(decision).equals(bytesOf(decision))).toBe(true);
    }
  });

  it("for any nine-kind mix (any seed, any size, single or batch), the bytes equal JSON.stringify's", () => {
    const encoder = createDecisionEncoder();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), fc.constantFrom("ja" as const, "en" as const), (seed, count, single, locale) => {
        const made = generateNineKindMix(count, seed).map((subject) => evaluate(subject, { locale }));
        if (single && made.length > 0) {
          for (const decision of made) expect(encoder.encode(decision).equals(bytesOf(decision))).toBe(true);
        } else {
          expect(encoder.encode(made).equals(bytesOf(made))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("encodes any decision-shaped value as JSON.stringify does: unfrozen and frozen findings, odd members, undefined, toJSON", () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const finding = fc.oneof(
      fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 5 }),
      fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 5 }).map((value) => Object.freeze(value)),
      fc.constant(undefined),
      fc.constant({ toJSON: () => "custom" }),
      json,
    );
    const decision = fc.record(
      {
        outcome: fc.constantFrom("compliant", "non-compliant", "needs-review", "not-applicable"),
        policy: fc.record({ id: fc.string(), version: fc.string() }),
        kind: fc.string(),
        subjectId: fc.oneof(fc.string(), fc.constant(undefined)),
        findings: fc.array(finding, { maxLength: 6 }),
        asOf: fc.oneof(fc.constant(undefined), fc.record({ date: fc.string(), source: fc.constantFrom("option", "subject") })),
        "\u2028odd \"key\"": json,
      },
      { requiredKeys: ["outcome", "findings"] },
    );
    const encoder = createDecisionEncoder();
    fc.assert(
      fc.property(fc.oneof(decision, fc.array(decision, { maxLength: 4 })), (value) => {
        expect(encoder.encode(value as unknown as Decision).toString("utf8")).toBe(JSON.stringify(value));
        // Again: frozen findings now from the memo.
        expect(encoder.encode(value as unknown as Decision).toString("utf8")).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it("reuses a frozen finding's bytes: the memo is per encoder, so two encoders agree", () => {
    const decision = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
    expect(Object.isFrozen(decision.findings[0])).toBe(true);
    const a = createDecisionEncoder();
    const b = createDecisionEncoder();
    expect(a.encode(decision).equals(b.encode(decision))).toBe(true);
    expect(a.encode([decision, decision]).toString("utf8")).toBe(JSON.stringify([decision, decision]));
  });
  it("encodes a decision seen many times alike every time: its findings' sequence is memoised whole once its path is there", () => {
    const encoder = createDecisionEncoder();
    for (const { name, subject } of examples) {
      const decision = evaluate(subject, { asOf: "2026-04-01" });
      const expected = bytesOf(decision);
      // A path grows by one finding a sighting: more sightings than findings reach its bytes.
      for (let i = 0; i < decision.findings.length + 3; i++) expect(encoder.encode(decision).equals(expected), `${name} #${i}`).toBe(true);
      expect(encoder.encode([decision, decision]).equals(bytesOf([decision, decision])), name).toBe(true);
    }
  });

  it("stays JSON.stringify's while findings made afresh (as for an exception) fill the tree of sequences and it is dropped", () => {
    const encoder = createDecisionEncoder();
    const shared = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
    const expectedShared = bytesOf(shared);
    for (let i = 0; i < 21_000; i++) {
      const fresh = Object.freeze({ control: `fresh-${i}`, status: "pass" });
      const decision = { ...shared, findings: [...shared.findings.slice(0, 2), fresh, ...shared.findings.slice(2)] } as Decision;
      const bytes = encoder.encode(decision);
      if (i % 500 === 0 || i > 19_990) {
        expect(bytes.equals(bytesOf(decision)), `fresh #${i}`).toBe(true);
        expect(encoder.encode(shared).equals(expectedShared), `shared after #${i}`).toBe(true);
      } else {
        encoder.encode(shared);
      }
    }
  });

  it("reuses a large answer's buffer once it is released, and never one not released or not its own (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 120 }), fc.boolean()), { minLength: 1, maxLength: 12 }), (steps) => {
        const encoder = createDecisionEncoder();
        const other = createDecisionEncoder();
        // Answers not released, with the bytes each must still hold.
        const held: { bytes: Buffer; expected: Buffer }[] = [];
        for (const [seed, count, release] of steps) {
          const made = generateNineKindMix(count, seed).map((subject) => evaluate(subject));
          const bytes = encoder.encode(made);
          const expected = bytesOf(made);
          expect(bytes.equals(expected)).toBe(true);
          for (const { bytes: h } of held) expect(h.buffer === bytes.buffer && h.byteOffset < bytes.byteOffset + bytes.length && bytes.byteOffset < h.byteOffset + h.length).toBe(false);
          if (release) {
            encoder.release(bytes);
            encoder.release(bytes); // twice: ignored
            other.release(bytes); // not its own: ignored
          } else held.push({ bytes, expected });
        }
        for (const { bytes, expected } of held) expect(bytes.equals(expected)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("answers a batch after a released one from the same buffer", () => {
    const encoder = createDecisionEncoder();
    const made = generateNineKindMix(100, 3).map((subject) => evaluate(subject));
    const first = encoder.encode(made);
    expect(first.length).toBeGreaterThan(64 * 1024);
    encoder.release(first);
    const second = encoder.encode(made);
    expect(second.buffer).toBe(first.buffer);
    expect(second.equals(bytesOf(made))).toBe(true);
    // Not released: the next gets another buffer.
    expect(encoder.encode(made).buffer).not.toBe(second.buffer);
  });

  it("keeps at most four released buffers: answers beyond them get buffers of their own", () => {
    const encoder = createDecisionEncoder();
    const made = generateNineKindMix(100, 5).map((subject) => evaluate(subject));
    const first = Array.from({ length: 6 }, () => encoder.encode(made));
    expect(new Set(first.map((bytes) => bytes.buffer)).size).toBe(6);
    for (const bytes of first) encoder.release(bytes);
    const second = Array.from({ length: 6 }, () => encoder.encode(made));
    const reused = second.filter((bytes) => first.some((old) => old.buffer === bytes.buffer));
    expect(reused).toHaveLength(4);
    for (const bytes of second) expect(bytes.equals(bytesOf(made))).toBe(true);
  });
});

