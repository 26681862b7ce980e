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

// The report's types are inferred from its zod schemas (one source of truth: the `audit-report`
// JSON Schema generated from the zod schema describes what `buildAuditReport` returns and `audit
// --format json` prints, no more and no less). These check that each exported type IS the
// inferred one, and (for ReportOverlay, still an interface of overlay-of.ts) assignable both ways.

describe("the audit report types are the zod schemas' inferred types", () => {
  it("StatusCounts", () => {
    expectTypeOf<StatusCounts>().toEqualTypeOf<z.infer<typeof StatusCountsSchema>>();
  });

  it("ReportInput and ReportGenerated (the report header)", () => {
    expectTypeOf<ReportInput>().toEqualTypeOf<z.infer<typeof ReportInputSchema>>();
    expectTypeOf<ReportGenerated>().toEqualTypeOf<z.infer<typeof ReportGeneratedSchema>>();
  });

  it("the summaries by organisation and zone, and the subjects out of scope", () => {
    expectTypeOf<ReportOrganizationRow>().toEqualTypeOf<z.infer<typeof ReportOrganizationRowSchema>>();
    expectTypeOf<ReportZoneRow>().toEqualTypeOf<z.infer<typeof ReportZoneRowSchema>>();
    expectTypeOf<ReportedOutOfScope>().toEqualTypeOf<z.infer<typeof ReportedOutOfScopeSchema>>();
    expectTypeOf<ReportOutOfScope>().toEqualTypeOf<z.infer<typeof ReportOutOfScopeSchema>>();
  });

  it("ReportPolicy", () => {
    expectTypeOf<ReportPolicy>().toEqualTypeOf<z.infer<typeof ReportPolicySchema>>();
  });

  it("ReportOverlay", () => {
    expectTypeOf<z.infer<typeof ReportOverlaySchema>>().toExtend<ReportOverlay>();
    expectTypeOf<ReportOverlay>().toExtend<z.infer<typeof ReportOverlaySchema>>();
  });

  it("ReportControlRow", () => {
    expectTypeOf<ReportControlRow>().toEqualTypeOf<z.infer<typeof ReportControlRowSchema>>();
  });

  it("ReportThreatRow", () => {
    expectTypeOf<ReportThreatRow>().toEqualTypeOf<z.infer<typeof ReportThreatRowSchema>>();
  });

  it("ReportedFinding", () => {
    expectTypeOf<ReportedFinding>().toEqualTypeOf<z.infer<typeof ReportedFindingSchema>>();
  });

  it("ReportedSubject", () => {
    expectTypeOf<ReportedSubject>().toEqualTypeOf<z.infer<typeof ReportedSubjectSchema>>();
  });

  it("AuditReport", () => {
    expectTypeOf<AuditReport>().toEqualTypeOf<z.infer<typeof AuditReportSchema>>();
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
