import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionLogText, inputLogText, logLine, policyLogText, type DecisionLogLine } from "../../src/server/decision-log.js";

// The service builds its decision lines from pieces (decisionLogText); they must be the very text
// logLine writes for the line's object: the same members in the same order, the same escapes.
const unsafeText = fc.string({ unit: fc.constantFrom("a", "é", "日", "\u202e", "\u2028", "\u0085", "\ufeff", "\u200b", "\u2066", '"', "\\", "\n", "\u0001", "\ud800", "🙂") });
const text = fc.oneof(fc.string(), unsafeText);

const line = fc.record({
  decisionId: fc.uuid(),
  time: fc.constant("2026-12-02T00:30:29.435Z"),
  requestId: text,
  batchIndex: fc.option(fc.nat(), { nil: undefined }),
  policy: fc.record({ id: text, version: text, base: text, overlay: fc.option(fc.record({ id: text, version: text }), { nil: null }) }),
  kind: fc.constantFrom("sign-in", "access", "transfer"),
  subjectId: fc.option(text, { nil: undefined }),
  outcome: fc.constantFrom("compliant", "non-compliant", "needs-review", "not-applicable"),
  failingControls: fc.array(text, { maxLength: 3 }),
  manualControls: fc.array(text, { maxLength: 3 }),
  locale: fc.constantFrom("ja", "en"),
  asOf: fc.option(text, { nil: undefined }),
  input: fc.oneof(
    fc.constant({ mode: "none" as const }),
    fc.record({ mode: fc.constant("hash" as const), sha256: fc.stringMatching(/^[0-9a-f]{64}$/) }),
    fc.record({ mode: fc.constant("full" as const), sha256: fc.stringMatching(/^[0-9a-f]{64}$/), value: fc.oneof(fc.jsonValue(), fc.dictionary(text, text)) }),
  ),
});

describe("decisionLogText", () => {
  it("is the text logLine writes for the same decision line (property)", () => {
    fc.assert(
      fc.property(line, (l) => {
        const input = l.input.mode === "none" ? {} : l.input.mode === "hash" ? { sha256: l.input.sha256 } : { sha256: l.input.sha256, value: l.input.value };
        const entry: DecisionLogLine = {
          type: "decision",
          decisionId: l.decisionId,
          time: l.time,
          requestId: l.requestId,
          ...(l.batchIndex === undefined ? {} : { batchIndex: l.batchIndex }),
          policy: l.policy,
          kind: l.kind,
          ...(l.subjectId === undefined ? {} : { subjectId: l.subjectId }),
          outcome: l.outcome,
          failingControls: l.failingControls,
          manualControls: l.manualControls,
          locale: l.locale,
          ...(l.asOf === undefined ? {} : { asOf: l.asOf }),
          input,
        };
        const built = decisionLogText({
          ...l,
          policy: policyLogText(l.policy),
          input: inputLogText(l.input.mode === "none" ? undefined : l.input.sha256, l.input.mode === "full" ? { value: l.input.value } : undefined),
        });
        expect(built).toBe(logLine(entry));
      }),
      { numRuns: 300 },
    );
  });

  it("escapes the characters that could reorder text on a terminal, as logLine does", () => {
    const built = decisionLogText({
      decisionId: "2290d903-5e37-4916-942a-5b6f55c9c65d",
      time: "2026-12-02T00:30:29.435Z",
      requestId: "r",
      batchIndex: undefined,
      policy: policyLogText({ id: "p", version: "1.0.0", base: "1.0.0", overlay: null }),
      kind: "sign-in",
      subjectId: "\u202eevil",
      outcome: "compliant",
      failingControls: [],
      manualControls: [],
      locale: "ja",
      asOf: undefined,
      input: inputLogText("a".repeat(64), { value: { note: "\u2066x" } }),
    });
    expect(built).toContain('"subjectId":"\\u202eevil"');
    expect(built).toContain('"note":"\\u2066x"');
    expect(JSON.parse(built).subjectId).toBe("\u202eevil");
  });
});
