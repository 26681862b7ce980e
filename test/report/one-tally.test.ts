import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { STATUS_SEVERITY } from "../../src/decision/outcome.js";
import { evaluate } from "../../src/evaluate.js";
import { buildAuditReport } from "../../src/report/audit-report.js";
import { STATUS_LABELS, statusHeading } from "../../src/report/labels.js";
import { REPORT_STRINGS as S } from "../../src/report/report-strings.js";
import { policy } from "../../src/policy/policies.js";
import type { Subject } from "../../src/subjects/subject.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";

// Issue 14: one audit tally (src/audit/tally.ts) behind `audit` and the audit report, and one
// status-label table. The tally is checked against a count written out here from the decisions.

const STATUSES = ["pass", "fail", "manual", "not-applicable"] as const;

/** The counts per control and per threat, counted naively from `evaluate`'s decisions. */
function naiveCounts(subjects: readonly Subject[]) {
  const controls = new Map<string, Record<string, number>>();
  const threats = new Map<string, Record<string, number>>();
  const zero = () => ({ pass: 0, fail: 0, manual: 0, "not-applicable": 0 });
  for (const control of policy.controls) controls.set(control.id, zero());
  for (const threat of policy.threats) {
    threats.set(threat.id, zero());
    for (const example of threat.examples) threats.set(example.id, zero());
  }
  const failing = new Map<string, number[]>();
  subjects.forEach((subject, index) => {
    for (const finding of evaluate(subject).findings) {
      const counts = controls.get(finding.control) as Record<string, number>;
      counts[finding.status] = (counts[finding.status] ?? 0) + 1;
      const control = policy.controls.find((each) => each.id === finding.control);
      for (const threat of control?.threats ?? []) {
        const row = threats.get(threat);
        if (row !== undefined) row[finding.status] = (row[finding.status] ?? 0) + 1;
      }
      if (finding.status === "fail") failing.set(finding.control, [...(failing.get(finding.control) ?? []), index]);
    }
  });
  return { controls, threats, failing };
}

describe("one audit tally", () => {
  it("audit's summary and the report's rows count every control and threat as the decisions say", () => {
    fc.assert(
      fc.property(fc.array(subjectArbitrary, { maxLength: 25 }), (subjects) => {
        const expected = naiveCounts(subjects);
        const summary = audit(subjects).summary;
        const report = buildAuditReport(subjects);
        expect(summary.total).toBe(subjects.length);
        expect(report.total).toBe(subjects.length);
        for (const [id, counts] of expected.controls) {
          const { failing, ...fromAudit } = summary.controls[id] as NonNullable<(typeof summary.controls)[string]>;
          expect(fromAudit, id).toEqual(counts);
          expect(failing.map((ref) => ref.index), id).toEqual(expected.failing.get(id) ?? []);
          const row = report.controls.find((each) => each.control === id);
          expect({ pass: row?.pass, fail: row?.fail, manual: row?.manual, "not-applicable": row?.["not-applicable"] }, id).toEqual(counts);
        }
        for (const [id, counts] of expected.threats) {
          const { failing: _failing, ...fromAudit } = summary.threats[id as keyof typeof summary.threats] as NonNullable<(typeof summary.threats)["T1"]>;
          expect(fromAudit, id).toEqual(counts);
          const row = report.threats.find((each) => each.threat === id);
          expect({ pass: row?.pass, fail: row?.fail, manual: row?.manual, "not-applicable": row?.["not-applicable"] }, id).toEqual(counts);
        }
        expect(report.outcomes).toEqual(summary.outcomes);
        expect(report.kinds).toEqual(summary.kinds);
      }),
      { numRuns: 60 },
    );
  });
});

describe("one status-label table", () => {
  it("the report's column headings are STATUS_LABELS, capitalised, for every status", () => {
    const heading = { fail: S.fail, manual: S.manual, pass: S.pass, "not-applicable": S.notApplicable };
    for (const status of STATUSES) {
      expect(heading[status].ja, status).toBe(STATUS_LABELS[status].ja);
      expect(heading[status].en.toLowerCase(), status).toBe(STATUS_LABELS[status].en.toLowerCase());
      expect(statusHeading(status)).toEqual(heading[status]);
    }
    expect(S.manual.en).toBe("Manual");
    expect(S.notApplicable.en).toBe("N/A");
    expect(Object.keys(STATUS_SEVERITY).sort()).toEqual([...STATUSES].sort());
  });
});
