import { describe, expect, it } from "vitest";
import { buildAuditReport, renderAuditHtml, renderAuditMarkdown, renderAuditText } from "../../src/index.js";
import type { Subject } from "../../src/subjects/subject.js";

// The exceptions section and the summaries of an audit report, on an inventory built for them: an
// exception used on more subjects than a row names, one rejected because it expired, subjects with
// no id, no zone, no organisation, and one declared outside 5(1).

const AS_OF = "2026-11-25";

function carryOut(index: number, validUntil: string, reference: string): Subject {
  return {
    kind: "carry-out",
    ...(index % 2 === 0 ? { id: `CO-${index}` } : {}),
    zone: "lgwan",
    fromTerminal: false,
    classification: { confidentiality: 2, integrity: 1, availability: 1 },
    approved: false,
    encrypted: true,
    exception: { reference, approverRole: "ciso", controls: ["confidential-carry-out-approval"], validUntil },
  };
}

const used = Array.from({ length: 102 }, (_, i) => carryOut(i, "2027-03-31", "EX-CO-1"));
const expired = carryOut(1001, "2025-03-31", "EX-CO-OLD");
const outside: Subject = { kind: "transfer", organization: { outside: "登米市" }, from: "lgwan", to: "lgwan", channel: "network" };
const report = buildAuditReport([...used, expired, outside], { asOf: AS_OF, locale: "en" });

describe("the exceptions section", () => {
  it("tallies the used exception on every subject, names at most 100, and records the expired one as rejected", () => {
    const [usedRow, expiredRow] = report.exceptions;
    expect(usedRow).toMatchObject({ reference: "EX-CO-1", validUntil: "2027-03-31", controls: ["confidential-carry-out-approval"], rejected: [], subjectCount: 102 });
    expect(usedRow?.subjects).toHaveLength(100);
    expect(usedRow?.subjects.slice(0, 2)).toEqual(["CO-0", "#2"]);
    expect(usedRow && "validFrom" in usedRow).toBe(false);
    expect(usedRow && "link" in usedRow).toBe(false);
    expect(expiredRow).toMatchObject({ reference: "EX-CO-OLD", controls: [], rejected: [{ control: "confidential-carry-out-approval", reason: "expired" }], subjectCount: 1 });
  });

  it("renders them in text, Markdown and HTML: the period, the rejection and the cut list", () => {
    const text = renderAuditText(report);
    expect(text).toContain("  EX-CO-1  〜2027-03-31  (102)");
    expect(text).toContain("      不適用 / rejected: confidential-carry-out-approval (expired)");
    expect(text).toMatch(/対象 \/ subjects: CO-0, #2, .*, …\n/);
    const markdown = renderAuditMarkdown(report);
    expect(markdown).toMatch(/\| EX-CO-OLD \| 〜2025-03-31 \|  \|  \| `confidential-carry-out-approval` \(expired\) \| \\#103 \(1\) \|/);
    const html = renderAuditHtml(report);
    expect(html).toContain("<td>EX-CO-1</td><td>〜2027-03-31</td><td></td><td><code>confidential-carry-out-approval</code></td><td></td>");
    expect(html).toMatch(/, …\s*\(102\)<\/td>/);
  });
});

describe("the summaries", () => {
  it("count the subjects of no zone and no organisation, and list the outside body's subject by position", () => {
    expect(report.byOrganization.map((row) => [row.group, row.total])).toEqual([
      ["outside", 1],
      ["unstated", 103],
    ]);
    expect(report.byZone.map((row) => [row.zone ?? "none", row.total])).toEqual([["lgwan", 104]]);
    expect(report.outOfScope.total).toBe(1);
    expect(report.outOfScope.subjects[0]).toMatchObject({ index: 103, kind: "transfer", organization: "登米市", clause: "5(1)" });
    expect(report.outOfScope.subjects[0] && "id" in report.outOfScope.subjects[0]).toBe(false);
    expect(renderAuditText(report)).toContain("  - #104  (登米市)");
    expect(renderAuditHtml(report)).toContain("<td>#104</td><td>登米市</td><td>5(1)</td>");
  });
});

describe("parseOptions and parseSubject on values that cannot be read", () => {
  it("say the input is unreadable, never throw", async () => {
    const { parseOptions, parseSubject } = await import("../../src/index.js");
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("trap"); }, getOwnPropertyDescriptor: () => { throw new Error("trap"); } });
    const options = parseOptions(hostile);
    expect(options.success).toBe(false);
    if (!options.success) expect(options.error.issues.map((issue) => issue.code)).toEqual(["unreadable_input"]);
    const subject = parseSubject(hostile);
    expect(subject.success).toBe(false);
    if (!subject.success) expect(subject.error.issues.map((issue) => issue.code)).toEqual(["unreadable_input"]);
    const worded = parseOptions({ locale: "en", asOf: "2026-02-30" });
    expect(worded.success).toBe(false);
    if (!worded.success) expect(worded.error.issues[0]?.message).toMatch(/^"asOf" must be a calendar date/);
  });
});
