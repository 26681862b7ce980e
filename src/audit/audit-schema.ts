import { z } from "zod";
import { DecisionSchema, PolicyRefSchema } from "../decision/decision.js";
import { ThreatRefSchema } from "../definitions/vocabulary.js";
import { withoutProtoKeys } from "../overlay/overlay-schema.js";
import { IsoDateSchema } from "../subjects/common.js";
import { SubjectKindSchema } from "../subjects/subject.js";

// The zod schemas of `audit`'s result, matching the interfaces of audit.ts exactly (a type-level
// test checks that each infers a type mutually assignable with its interface). They exist for
// the JSON Schema of the audit result and for services that read an audit result back.

const CountSchema = z.number().int().nonnegative();

/**
 * A subject named in a report: its position in the input and its `id` if it has one.
 *
 * @example
 * ```ts
 * SubjectRefSchema.parse({ index: 3, id: "PC-014" });
 * ```
 */
export const SubjectRefSchema = z
  .object({
    index: CountSchema.describe("Zero-based position in the audited list."),
    id: z.string().exactOptional().describe("The subject's \"id\", if it has one."),
  })
  .strict()
  .readonly();

/**
 * How many findings of one control (or threat) had each status, and which subjects failed.
 *
 * @example
 * ```ts
 * StatusTallySchema.parse({ pass: 1, fail: 0, manual: 0, "not-applicable": 2, failing: [] });
 * ```
 */
export const StatusTallySchema = z
  .object({
    pass: CountSchema.describe("How many findings passed."),
    fail: CountSchema.describe("How many findings failed."),
    manual: CountSchema.describe('How many findings need review by a person ("manual").'),
    "not-applicable": CountSchema.describe("How many findings did not apply."),
    failing: z.array(SubjectRefSchema).readonly().describe('The subjects with a "fail" finding, in input order.'),
  })
  .strict()
  .readonly();

/**
 * The summary of an audit: counts per outcome, control, threat and subject kind.
 *
 * @example
 * ```ts
 * AuditSummarySchema.parse(audit(subjects).summary);
 * ```
 */
export const AuditSummarySchema = z
  .object({
    total: CountSchema.describe("How many subjects were audited."),
    outcomes: z
      .object({
        compliant: CountSchema.describe('How many decisions were "compliant".'),
        "non-compliant": CountSchema.describe('How many decisions were "non-compliant".'),
        "needs-review": CountSchema.describe('How many decisions were "needs-review".'),
        "not-applicable": CountSchema.describe('How many decisions were "not-applicable".'),
      })
      .strict()
      .readonly().describe("How many decisions had each outcome (every outcome is present)."),
    controls: withoutProtoKeys(z.record(z.string().regex(/^(?!__proto__$)/, "a control id cannot be __proto__"), StatusTallySchema).readonly()).describe("Per control id: counts per status and the failing subjects."),
    threats: withoutProtoKeys(z.partialRecord(ThreatRefSchema, StatusTallySchema).readonly()).describe("Per threat and threat example: counts of the findings of controls that counter it."),
    kinds: withoutProtoKeys(z.partialRecord(SubjectKindSchema, CountSchema).readonly()).describe("Per subject kind: how many subjects of that kind."),
  })
  .strict()
  .readonly();

/**
 * The result of `audit`: the policy used, the `asOf` date, one decision per subject, and the
 * summary. Its JSON Schema is `audit-result` (see `jsonSchemaFor`).
 *
 * @example
 * ```ts
 * import { audit, AuditResultSchema } from "@miyagi-kouiki/infosec-policy";
 *
 * const json = JSON.parse(JSON.stringify(audit(subjects, { asOf: "2026-04-01" })));
 * AuditResultSchema.parse(json).summary.total; // subjects.length
 * ```
 */
export const AuditResultSchema = z
  .object({
    policy: PolicyRefSchema.describe("The policy that made every decision."),
    asOf: IsoDateSchema.exactOptional().describe("The date date-based controls were judged as of, if one was given."),
    decisions: z.array(DecisionSchema).readonly().describe("One decision per subject, in input order."),
    summary: AuditSummarySchema.describe("Counts per outcome, control and threat, and the failing subjects."),
  })
  .strict()
  .readonly();
