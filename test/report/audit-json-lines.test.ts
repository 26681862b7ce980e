import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonWriter, renderAuditJson } from "../../src/report/audit-json.js";
import { buildAuditReport, type ReportedSubject } from "../../src/report/audit-report.js";
import type { Subject } from "../../src/subjects/subject.js";

// The JSON writer joins a subject's line from its findings' JSON, made once per writer: each line
// must be exactly JSON.stringify of the entry, whatever the entry holds.

const inventory = JSON.parse(readFileSync(new URL("../../examples/inventory.json", import.meta.url), "utf8")) as Subject[];

const line = (entry: unknown, position: number): string => `${position === 0 ? "" : ","}\n    ${JSON.stringify(entry)}`;

describe("jsonWriter's subject lines", () => {
  it("are JSON.stringify of each listed subject of a real report, findings shared or not", () => {
    const report = buildAuditReport(inventory, { asOf: "2026-11-25", locale: "en" });
    expect(report.subjects.length).toBeGreaterThan(3);
    const writer = jsonWriter();
    // Twice over: the second time every finding's JSON comes from the writer's own store.
    for (let round = 0; round < 2; round++) report.subjects.forEach((entry, position) => expect(writer.subject(entry, position, report)).toBe(line(entry, position)));
    const { subjects, ...head } = report;
    expect(renderAuditJson(report)).toBe(`${jsonWriter().head(head)}${subjects.map(line).join("")}${jsonWriter().tail(head, subjects.length)}`);
  });

  it("are JSON.stringify of any entry: keys in any order, undefined and odd values, shared, repeated and non-object findings, toJSON (property)", () => {
    const finding = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined));
    const entry = fc.tuple(fc.array(finding, { maxLength: 4 }), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined))), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const writer = jsonWriter();
        const shared: unknown[] = [];
        entries.forEach(([findings, rest, reuse, withToJson, at], position) => {
          const list = reuse && shared.length > 0 ? [...shared, ...findings] : findings;
          shared.push(...findings.filter((f) => typeof f === "object" && f !== null));
          // `findings` at some position among the other keys (key order is the entry's own).
          const keys: [string, unknown][] = Object.entries(rest).filter(([key]) => key !== "findings");
          keys.splice(Math.min(at, keys.length), 0, ["findings", list]);
          const value: Record<string, unknown> = Object.fromEntries(keys);
          if (withToJson) value["toJSON"] = () => ({ replaced: true });
          expect(writer.subject(value as unknown as ReportedSubject, position, {} as never)).toBe(line(value, position));
        });
      }),
      { numRuns: 500 },
    );
  });

  it("are JSON.stringify of an entry without a findings array", () => {
    const entry = { index: 1, kind: "asset", findings: "none" } as unknown as ReportedSubject;
    expect(jsonWriter().subject(entry, 0, {} as never)).toBe(line(entry, 0));
  });
});
