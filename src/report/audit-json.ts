import type { AuditReport, AuditReportHead, ReportedSubject } from "./audit-report.js";
import { renderWith, type ReportWriter } from "./report-writer.js";

/** The JSON report, in parts: the head indented, then one subject per line. `JSON.parse` of the whole gives the `AuditReport`. */
export function jsonWriter(): ReportWriter {
  // A report lists the same few findings (shared objects, one per control and verdict) under many
  // subjects: each one's JSON is made once per writer, and a subject's line joined from them. The
  // text is what JSON.stringify(entry) gives (the same keys, in the same order).
  const findingJson = new WeakMap<object, string>();
  const findingsJson = (findings: readonly unknown[]): string => {
    let text = "[";
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      let json = typeof finding === "object" && finding !== null ? findingJson.get(finding) : undefined;
      if (json === undefined) {
        json = JSON.stringify(finding) ?? "null";
        if (typeof finding === "object" && finding !== null) findingJson.set(finding, json);
      }
      text += i === 0 ? json : `,${json}`;
    }
    return `${text}]`;
  };
  const subjectJson = (entry: ReportedSubject): string => {
    const { findings } = entry;
    if (!Array.isArray(findings) || "toJSON" in entry) return JSON.stringify(entry);
    let text = "";
    for (const key of Object.keys(entry)) {
      const json = key === "findings" ? findingsJson(findings) : JSON.stringify((entry as unknown as Record<string, unknown>)[key]);
      if (json !== undefined) text += `${text === "" ? "{" : ","}${JSON.stringify(key)}:${json}`;
    }
    return text === "" ? "{}" : `${text}}`;
  };
  return {
    head(head: AuditReportHead) {
      const text = JSON.stringify(head, null, 2);
      return `${text.slice(0, text.lastIndexOf("\n}"))},\n  "subjects": [`;
    },
    subject(entry, position) {
      return `${position === 0 ? "" : ","}\n    ${subjectJson(entry)}`;
    },
    tail(_head, listed) {
      return `${listed === 0 ? "" : "\n  "}]\n}\n`;
    },
  };
}

/**
 * Renders an audit report as JSON: the `AuditReport` itself, with its head indented and one
 * listed subject per line (so that a large report stays readable and diffable line by line).
 *
 * @param report - The report.
 * @returns JSON text; `JSON.parse` gives back a value deep-equal to `report`.
 */
export function renderAuditJson(report: AuditReport): string {
  return renderWith(jsonWriter(), report);
}
