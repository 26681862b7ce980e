import type { AuditReport, AuditReportHead, ReportedSubject } from "./audit-report.js";

/**
 * A report format in three parts, so that a report of any length can be written while its
 * subjects are read back from wherever they were kept (the CLI streams them from a spill file):
 * the head (summary and tables), then each listed subject, then the tail. Joining the three gives
 * exactly the format's whole report.
 */
export interface ReportWriter {
  /** Everything before the list of subjects. */
  head(head: AuditReportHead): string;
  /** One listed subject; `position` counts from 0 in the list. */
  subject(entry: ReportedSubject, position: number, head: AuditReportHead): string;
  /** Everything after the list; `listed` is how many subjects were written. */
  tail(head: AuditReportHead, listed: number): string;
}

/** Renders a whole in-memory report with a writer. */
export function renderWith(writer: ReportWriter, report: AuditReport): string {
  const { subjects, ...head } = report;
  let text = writer.head(head);
  subjects.forEach((entry, position) => {
    text += writer.subject(entry, position, head);
  });
  return text + writer.tail(head, subjects.length);
}
