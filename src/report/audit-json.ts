import type { AuditReport, AuditReportHead } from "./audit-report.js";
import { renderWith, type ReportWriter } from "./report-writer.js";

/** The JSON report, in parts: the head indented, then one subject per line. `JSON.parse` of the whole gives the `AuditReport`. */
export function jsonWriter(): ReportWriter {
  return {
    head(head: AuditReportHead) {
      const text = JSON.stringify(head, null, 2);
      return `${text.slice(0, text.lastIndexOf("\n}"))},\n  "subjects": [`;
    },
    subject(entry, position) {
      return `${position === 0 ? "" : ","}\n    ${JSON.stringify(entry)}`;
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
