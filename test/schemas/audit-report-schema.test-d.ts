import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  AuditReport,
  ReportControlRow,
  ReportedFinding,
  ReportedSubject,
  ReportGenerated,
  ReportInput,
  ReportOrganizationRow,
  ReportOutOfScope,
  ReportedOutOfScope,
  ReportZoneRow,
  ReportPolicy,
  ReportThreatRow,
  StatusCounts,
} from "../../src/report/audit-report.js";
import type {
  AuditReportSchema,
  ReportControlRowSchema,
  ReportedFindingSchema,
  ReportedSubjectSchema,
  ReportGeneratedSchema,
  ReportInputSchema,
  ReportOrganizationRowSchema,
  ReportOutOfScopeSchema,
  ReportedOutOfScopeSchema,
  ReportZoneRowSchema,
  ReportOverlaySchema,
  ReportPolicySchema,
  ReportThreatRowSchema,
  StatusCountsSchema,
} from "../../src/report/audit-report-schema.js";
import type { ReportOverlay } from "../../src/report/overlay-of.js";

// The zod schemas of the audit report must describe the TypeScript interfaces exactly: each
// inferred type and its interface are assignable both ways (so the `audit-report` JSON Schema
// generated from the zod schema describes what `buildAuditReport` returns and `audit --format
// json` prints, no more and no less).

describe("the audit report zod schemas match the report interfaces", () => {
  it("StatusCounts", () => {
    expectTypeOf<z.infer<typeof StatusCountsSchema>>().toExtend<StatusCounts>();
    expectTypeOf<StatusCounts>().toExtend<z.infer<typeof StatusCountsSchema>>();
  });

  it("ReportInput and ReportGenerated (the report header)", () => {
    expectTypeOf<z.infer<typeof ReportInputSchema>>().toExtend<ReportInput>();
    expectTypeOf<ReportInput>().toExtend<z.infer<typeof ReportInputSchema>>();
    expectTypeOf<z.infer<typeof ReportGeneratedSchema>>().toExtend<ReportGenerated>();
    expectTypeOf<ReportGenerated>().toExtend<z.infer<typeof ReportGeneratedSchema>>();
  });

  it("the summaries by organisation and zone, and the subjects out of scope", () => {
    expectTypeOf<z.infer<typeof ReportOrganizationRowSchema>>().toExtend<ReportOrganizationRow>();
    expectTypeOf<ReportOrganizationRow>().toExtend<z.infer<typeof ReportOrganizationRowSchema>>();
    expectTypeOf<z.infer<typeof ReportZoneRowSchema>>().toExtend<ReportZoneRow>();
    expectTypeOf<ReportZoneRow>().toExtend<z.infer<typeof ReportZoneRowSchema>>();
    expectTypeOf<z.infer<typeof ReportedOutOfScopeSchema>>().toExtend<ReportedOutOfScope>();
    expectTypeOf<ReportedOutOfScope>().toExtend<z.infer<typeof ReportedOutOfScopeSchema>>();
    expectTypeOf<z.infer<typeof ReportOutOfScopeSchema>>().toExtend<ReportOutOfScope>();
    expectTypeOf<ReportOutOfScope>().toExtend<z.infer<typeof ReportOutOfScopeSchema>>();
  });

  it("ReportPolicy", () => {
    expectTypeOf<z.infer<typeof ReportPolicySchema>>().toExtend<ReportPolicy>();
    expectTypeOf<ReportPolicy>().toExtend<z.infer<typeof ReportPolicySchema>>();
  });

  it("ReportOverlay", () => {
    expectTypeOf<z.infer<typeof ReportOverlaySchema>>().toExtend<ReportOverlay>();
    expectTypeOf<ReportOverlay>().toExtend<z.infer<typeof ReportOverlaySchema>>();
  });

  it("ReportControlRow", () => {
    expectTypeOf<z.infer<typeof ReportControlRowSchema>>().toExtend<ReportControlRow>();
    expectTypeOf<ReportControlRow>().toExtend<z.infer<typeof ReportControlRowSchema>>();
  });

  it("ReportThreatRow", () => {
    expectTypeOf<z.infer<typeof ReportThreatRowSchema>>().toExtend<ReportThreatRow>();
    expectTypeOf<ReportThreatRow>().toExtend<z.infer<typeof ReportThreatRowSchema>>();
  });

  it("ReportedFinding", () => {
    expectTypeOf<z.infer<typeof ReportedFindingSchema>>().toExtend<ReportedFinding>();
    expectTypeOf<ReportedFinding>().toExtend<z.infer<typeof ReportedFindingSchema>>();
  });

  it("ReportedSubject", () => {
    expectTypeOf<z.infer<typeof ReportedSubjectSchema>>().toExtend<ReportedSubject>();
    expectTypeOf<ReportedSubject>().toExtend<z.infer<typeof ReportedSubjectSchema>>();
  });

  it("AuditReport", () => {
    expectTypeOf<z.infer<typeof AuditReportSchema>>().toExtend<AuditReport>();
    expectTypeOf<AuditReport>().toExtend<z.infer<typeof AuditReportSchema>>();
  });

  it("a property missing from the schema, or an optional one made required, would be caught (the check is not vacuous)", () => {
    type Missing = Omit<z.infer<typeof AuditReportSchema>, "subjects">;
    expectTypeOf<Missing>().not.toExtend<AuditReport>();
    expectTypeOf<AuditReport & { extra: number }>().toExtend<z.infer<typeof AuditReportSchema>>();
    expectTypeOf<z.infer<typeof AuditReportSchema>>().not.toExtend<AuditReport & { extra: number }>();
    type Required = z.infer<typeof AuditReportSchema> & { readonly asOf: string };
    expectTypeOf<AuditReport>().not.toExtend<Required>();
    // exactOptionalPropertyTypes: `asOf: undefined` is not a report (JSON has no undefined).
    expectTypeOf<{ readonly asOf: undefined }>().not.toExtend<Pick<z.infer<typeof AuditReportSchema>, "asOf">>();
  });
});
