import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit, createAuditor } from "../../src/audit/audit.js";
import { createTally, severityOf } from "../../src/audit/tally.js";
import { STATUS_SEVERITY } from "../../src/decision/outcome.js";
import type { Decision } from "../../src/decision/decision.js";
import { compiledPolicy } from "../../src/engine/run.js";
import { evaluate } from "../../src/evaluate.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import type { Policy } from "../../src/policy/policy.js";
import type { Subject } from "../../src/subjects/subject.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";

// The audit tally on its own: every status of every control and threat row against a count
// written out from the decisions, with and without the failing lists, the refs it keeps, and the
// questions it answers for ids the policy does not have.

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];
const overlay = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8")) as Parameters<typeof extendPolicy>[1];
const extended = extendPolicy(policy, overlay);
const AS_OF = "2026-11-25";
const STATUSES = ["pass", "fail", "manual", "not-applicable"] as const;

/** Per control and threat row: the counts and the failing subject indices, counted naively. */
function naive(p: Policy, decisions: readonly Decision[]) {
  const zero = () => ({ pass: 0, fail: 0, manual: 0, "not-applicable": 0 });
  const controls = new Map(p.controls.map((control) => [control.id, { counts: zero(), failing: [] as number[] }]));
  const threats = new Map<string, { counts: ReturnType<typeof zero>; failing: number[] }>();
  for (const threat of p.threats) for (const id of [threat.id, ...threat.examples.map((e) => e.id)]) threats.set(id, { counts: zero(), failing: [] });
  decisions.forEach((decision, index) => {
    for (const finding of decision.findings) {
      const control = p.controls.find((each) => each.id === finding.control)!;
      const row = controls.get(control.id)!;
      row.counts[finding.status]++;
      if (finding.status === "fail") row.failing.push(index);
      for (const threat of control.threats) {
        const t = threats.get(threat);
        if (t === undefined) continue;
        t.counts[finding.status]++;
        if (finding.status === "fail" && t.failing.at(-1) !== index) t.failing.push(index);
      }
    }
  });
  return { controls, threats };
}

function check(p: Policy, subjects: readonly Subject[]) {
  const decisions = subjects.map((subject) => evaluate(subject, { policy: p, asOf: AS_OF }));
  const expected = naive(p, decisions);
  const withFailing = createTally(p, compiledPolicy(p, "ja"), true);
  const countsOnly = createTally(p, compiledPolicy(p, "ja"), false);
  decisions.forEach((decision, index) => {
    withFailing.add(decision, index, subjects[index]!.id);
    countsOnly.add(decision, index, subjects[index]!.id);
  });
  for (const tally of [withFailing, countsOnly]) {
    expect(tally.total).toBe(subjects.length);
    p.controls.forEach((control, row) => expect(tally.control(row), control.id).toEqual(expected.controls.get(control.id)!.counts));
    for (const id of tally.threatIds) expect(tally.threat(id), id).toEqual(expected.threats.get(id)!.counts);
  }
  p.controls.forEach((control, row) => {
    expect(withFailing.controlFailing(row).map((ref) => ref.index), control.id).toEqual(expected.controls.get(control.id)!.failing);
    expect(countsOnly.controlFailing(row)).toEqual([]);
  });
  for (const id of withFailing.threatIds) {
    expect(withFailing.threatFailing(id).map((ref) => ref.index), id).toEqual(expected.threats.get(id)!.failing);
    expect(countsOnly.threatFailing(id)).toEqual([]);
  }
  return { decisions, withFailing };
}

describe("createTally against a naive count", () => {
  it("counts the example inventory, which has every status, under the basic policy and under the sample overlay", () => {
    for (const p of [policy, extended]) {
      const { decisions } = check(p, inventory);
      const statuses = new Set(decisions.flatMap((decision) => decision.findings.map((finding) => finding.status)));
      expect([...statuses].sort()).toEqual([...STATUSES].sort());
    }
  });

  it("counts any subjects, including ones a scope gate stops early (property)", () => {
    fc.assert(
      fc.property(fc.array(subjectArbitrary, { maxLength: 20 }), (subjects) => {
        check(policy, subjects);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the failing lists", () => {
  it("keep one frozen ref per subject, with its id only when it has one, shared by every list it is on", () => {
    const failing = inventory
      .map((subject) => evaluate(subject, { asOf: AS_OF }))
      .findIndex((decision) => decision.findings.filter((finding) => finding.status === "fail").length >= 2);
    expect(failing).toBeGreaterThanOrEqual(0);
    const decision = evaluate(inventory[failing]!, { asOf: AS_OF });
    const tally = createTally(policy, compiledPolicy(policy, "ja"), true);
    tally.add(decision, 7, undefined);
    tally.add(decision, 8, "named");
    const refs = policy.controls.flatMap((_control, row) => tally.controlFailing(row));
    expect(refs.length).toBeGreaterThanOrEqual(4);
    const first = refs.filter((ref) => ref.index === 7);
    expect(first.every((ref) => ref === first[0])).toBe(true);
    expect(first[0]).toEqual({ index: 7 });
    expect("id" in first[0]!).toBe(false);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(refs.find((ref) => ref.index === 8)).toEqual({ index: 8, id: "named" });
    // A subject failing several controls against one threat is on that threat's list once.
    for (const id of tally.threatIds) {
      const indices = tally.threatFailing(id).map((ref) => ref.index);
      expect(new Set(indices).size, id).toBe(indices.length);
    }
  });
});

describe("ids and rows the policy does not have", () => {
  const tally = createTally(policy, compiledPolicy(policy, "ja"), true);
  tally.add(evaluate(inventory[0]!, { asOf: AS_OF }), 0, undefined);

  it("has no counts and no failing subjects for an unknown threat, and no failing subjects past the last control", () => {
    expect(tally.threat("T99" as never)).toBeUndefined();
    expect(tally.threatFailing("T99" as never)).toEqual([]);
    expect(tally.controlFailing(policy.controls.length)).toEqual([]);
  });

  it("lists every threat then its examples, in document order", () => {
    expect(tally.threatIds).toEqual(policy.threats.flatMap((threat) => [threat.id, ...threat.examples.map((example) => example.id)]));
  });

  it("counts a decision made under an overlay by the base policy's controls only, ignoring the overlay's own", () => {
    const base = createTally(policy, compiledPolicy(policy, "ja"), true);
    const decisions = inventory.map((subject) => evaluate(subject, { policy: extended, asOf: AS_OF }));
    expect(decisions.some((decision) => decision.findings.some((finding) => !policy.controls.some((control) => control.id === finding.control)))).toBe(true);
    decisions.forEach((decision, index) => base.add(decision, index, undefined));
    const expected = naive(extended, decisions);
    expect(base.total).toBe(inventory.length);
    policy.controls.forEach((control, row) => expect(base.control(row), control.id).toEqual(expected.controls.get(control.id)!.counts));
  });
});

describe("audit and createAuditor use the tally", () => {
  it("give the same summary, which matches the naive count with the subjects' ids", () => {
    const auditor = createAuditor({ asOf: AS_OF });
    for (const subject of inventory) auditor.add(subject);
    const summary = audit(inventory, { asOf: AS_OF }).summary;
    expect(auditor.summary()).toEqual(summary);
    const expected = naive(policy, inventory.map((subject) => evaluate(subject, { asOf: AS_OF })));
    for (const [id, row] of expected.controls) {
      const { failing, ...counts } = summary.controls[id]!;
      expect(counts, id).toEqual(row.counts);
      expect(failing, id).toEqual(row.failing.map((index) => (inventory[index]!.id === undefined ? { index } : { index, id: inventory[index]!.id })));
    }
    for (const [id, row] of expected.threats) {
      const { failing, ...counts } = summary.threats[id as keyof typeof summary.threats]!;
      expect(counts, id).toEqual(row.counts);
      expect(failing.map((ref) => ref.index), id).toEqual(row.failing);
    }
  });
});

describe("severityOf", () => {
  it("agrees with STATUS_SEVERITY on every status (exhaustive)", () => {
    for (const status of STATUSES) expect(severityOf(status), status).toBe(STATUS_SEVERITY[status]);
    expect(Object.keys(STATUS_SEVERITY).sort()).toEqual([...STATUSES].sort());
  });
});
