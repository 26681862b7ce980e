import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { AuditResult, AuditSummary, StatusTally, SubjectRef } from "../../src/audit/audit.js";
import type { AuditResultSchema, AuditSummarySchema, StatusTallySchema, SubjectRefSchema } from "../../src/audit/audit-schema.js";

// The zod schemas of the audit result must describe the TypeScript interfaces exactly: each
// inferred type and its interface are assignable both ways (so the JSON Schema generated from the
// zod schema describes what `audit` returns, no more and no less).

describe("the audit zod schemas match the audit interfaces", () => {
  it("SubjectRef", () => {
    expectTypeOf<z.infer<typeof SubjectRefSchema>>().toExtend<SubjectRef>();
    expectTypeOf<SubjectRef>().toExtend<z.infer<typeof SubjectRefSchema>>();
  });

  it("StatusTally", () => {
    expectTypeOf<z.infer<typeof StatusTallySchema>>().toExtend<StatusTally>();
    expectTypeOf<StatusTally>().toExtend<z.infer<typeof StatusTallySchema>>();
  });

  it("AuditSummary", () => {
    expectTypeOf<z.infer<typeof AuditSummarySchema>>().toExtend<AuditSummary>();
    expectTypeOf<AuditSummary>().toExtend<z.infer<typeof AuditSummarySchema>>();
  });

  it("AuditResult", () => {
    expectTypeOf<z.infer<typeof AuditResultSchema>>().toExtend<AuditResult>();
    expectTypeOf<AuditResult>().toExtend<z.infer<typeof AuditResultSchema>>();
  });

  it("a property missing from the schema would be caught (the check is not vacuous)", () => {
    type Missing = Omit<z.infer<typeof AuditResultSchema>, "summary">;
    expectTypeOf<Missing>().not.toExtend<AuditResult>();
    expectTypeOf<AuditResult & { extra: number }>().toExtend<z.infer<typeof AuditResultSchema>>();
    expectTypeOf<z.infer<typeof AuditResultSchema>>().not.toExtend<AuditResult & { extra: number }>();
  });
});
