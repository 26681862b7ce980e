import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/decision/decision.js";
import { evaluate } from "../../src/evaluate.js";
import { canonicalJson, decisionLogLines, logLine, policyLogText, sha256, type DecisionLogLine, type LogInput } from "../../src/server/decision-log.js";

// The service makes every decision line of a request in one call (decisionLogLines); each line
// must be the very text logLine writes for that line's object: the same members in the same
// order, the same escapes, the input's hash of its canonical JSON.
const unsafeText = fc.string({ unit: fc.constantFrom("a", "é", "日", "\u202e", "\u2028", "\u0085", "\ufeff", "\u200b", "\u2066", '"', "\\", "\n", "\u0001", "\ud800", "🙂") });
const text = fc.oneof(fc.string(), unsafeText);

const finding = fc.record({ control: text, status: fc.constantFrom("pass", "fail", "manual", "not-applicable") });
const decision = fc.record({
  outcome: fc.constantFrom("compliant", "non-compliant", "needs-review", "not-applicable"),
  kind: fc.oneof(fc.constantFrom("sign-in", "access", "transfer"), text),
  subjectId: fc.option(text, { nil: undefined }),
  asOf: fc.option(fc.record({ date: text }), { nil: undefined }),
  findings: fc.array(finding, { maxLength: 6 }),
});
const input = fc.oneof(fc.jsonValue(), fc.dictionary(text, fc.oneof(text, fc.integer(), fc.array(text, { maxLength: 3 }))));
const policy = fc.record({ id: text, version: text, base: text, overlay: fc.option(fc.record({ id: text, version: text }), { nil: null }) });

/** The line's object as the service would write it through logLine. */
function entryOf(d: Decision, value: unknown, id: string, index: number, batch: boolean, shared: { time: string; requestId: string; policy: DecisionLogLine["policy"]; locale: "ja" | "en"; logInput: LogInput }): DecisionLogLine {
  const hash = sha256(canonicalJson(value));
  return {
    type: "decision",
    decisionId: id,
    time: shared.time,
    requestId: shared.requestId,
    ...(batch ? { batchIndex: index } : {}),
    policy: shared.policy,
    kind: d.kind,
    ...(d.subjectId === undefined ? {} : { subjectId: d.subjectId }),
    outcome: d.outcome,
    failingControls: d.findings.filter((f) => f.status === "fail").map((f) => f.control),
    manualControls: d.findings.filter((f) => f.status === "manual").map((f) => f.control),
    locale: shared.locale,
    ...(d.asOf === undefined ? {} : { asOf: d.asOf.date }),
    input: shared.logInput === "none" ? {} : shared.logInput === "hash" ? { sha256: hash } : { sha256: hash, value },
  };
}

describe("decisionLogLines", () => {
  it("is, line by line, the text logLine writes for each decision line of the request (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decision, input, fc.uuid()), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        text,
        policy,
        fc.constantFrom("ja" as const, "en" as const),
        fc.constantFrom("hash" as const, "full" as const, "none" as const),
        (items, batch, requestId, policyValue, locale, logInput) => {
          const decisions = items.map(([d]) => d as unknown as Decision);
          const inputs = items.map(([, value]) => value);
          const ids = items.map(([, , id]) => id);
          const shared = { time: "2026-12-03T08:30:29.435Z", requestId, policy: policyValue, locale, logInput };
          const built = decisionLogLines({ ...shared, policy: policyLogText(policyValue) }, decisions, inputs, ids, batch);
          const expected = decisions.map((d, index) => logLine(entryOf(d, inputs[index], ids[index] as string, index, batch, shared)));
          expect(built.split("\n")).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes the engine's decisions of every example subject as logLine does, one line each, in order", () => {
    const dir = new URL("../../examples/subjects/", import.meta.url);
    const subjects = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as unknown);
    const decisions = subjects.map((subject) => evaluate(subject as Parameters<typeof evaluate>[0]));
    const ids = subjects.map((_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);
    const shared = { time: "2026-12-03T08:30:29.435Z", requestId: "r-1", policy: { id: "p", version: "1.0.0", base: "1.0.0", overlay: null }, locale: "ja" as const, logInput: "hash" as const };
    const built = decisionLogLines({ ...shared, policy: policyLogText(shared.policy) }, decisions, subjects, ids, true);
    const lines = built.split("\n");
    expect(lines).toHaveLength(subjects.length);
    expect(lines).toEqual(decisions.map((d, index) => logLine(entryOf(d, subjects[index], ids[index] as string, index, true, shared))));
    expect(lines.some((line) => JSON.parse(line).failingControls.length > 0)).toBe(true);
  });

  it("escapes the characters that could reorder text on a terminal, as logLine does", () => {
    const decision = { kind: "sign-in", subjectId: "\u202eevil", outcome: "compliant", findings: [] } as unknown as Decision;
    const request = { time: "2026-12-02T00:30:29.435Z", requestId: "r", policy: policyLogText({ id: "p", version: "1.0.0", base: "1.0.0", overlay: null }), locale: "ja", logInput: "full" as const };
    const built = decisionLogLines(request, [decision], [{ note: "\u2066x" }], ["2290d903-5e37-4916-942a-5b6f55c9c65d"], false);
    expect(built).toContain('"subjectId":"\\u202eevil"');
    expect(built).toContain('"note":"\\u2066x"');
    expect(JSON.parse(built).subjectId).toBe("\u202eevil");
  });
});
