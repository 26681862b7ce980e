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
    /** Zero-based position in the audited list. */
    index: CountSchema,
    /** The subject's `id`, if it has one. */
    id: z.string().exactOptional(),
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
    /** How many findings passed. */
    pass: CountSchema,
    /** How many findings failed. */
    fail: CountSchema,
    /** How many findings need review by a person (`manual`). */
    manual: CountSchema,
    /** How many findings did not apply. */
    "not-applicable": CountSchema,
    /** The subjects with a `fail` finding, in input order. */
    failing: z.array(SubjectRefSchema).readonly(),
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
    /** How many subjects were audited. */
    total: CountSchema,
    /** How many decisions had each outcome (every outcome is present). */
    outcomes: z
      .object({
        /** How many decisions were `compliant`. */
        compliant: CountSchema,
        /** How many decisions were `non-compliant`. */
        "non-compliant": CountSchema,
        /** How many decisions were `needs-review`. */
        "needs-review": CountSchema,
        /** How many decisions were `not-applicable`. */
        "not-applicable": CountSchema,
      })
      .strict()
      .readonly(),
    /** Per control id: counts per status and the failing subjects. */
    controls: withoutProtoKeys(z.record(z.string().regex(/^(?!__proto__$)/, "a control id cannot be __proto__"), StatusTallySchema).readonly()),
    /** Per threat and threat example: counts of the findings of controls that counter it. */
    threats: withoutProtoKeys(z.partialRecord(ThreatRefSchema, StatusTallySchema).readonly()),
    /** Per subject kind: how many subjects of that kind. */
    kinds: withoutProtoKeys(z.partialRecord(SubjectKindSchema, CountSchema).readonly()),
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
    /** The policy that made every decision. */
    policy: PolicyRefSchema,
    /** The date date-based controls were judged as of, if one was given. */
    asOf: IsoDateSchema.exactOptional(),
    /** One decision per subject, in input order. */
    decisions: z.array(DecisionSchema).readonly(),
    /** Counts per outcome, control and threat, and the failing subjects. */
    summary: AuditSummarySchema,
  })
  .strict()
  .readonly();
