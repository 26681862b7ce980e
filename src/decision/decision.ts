import { z } from "zod";
import { SubjectKindSchema } from "../subjects/subject.js";
import { FindingSchema } from "./finding.js";

/**
 * The outcome of a decision: the worst of its findings, `fail` > `manual` > `pass` >
 * `not-applicable`, as `non-compliant` > `needs-review` > `compliant` > `not-applicable`.
 */
export const OutcomeSchema = z.enum(["compliant", "non-compliant", "needs-review", "not-applicable"]);

/** The outcome of a decision. */
export type Outcome = z.infer<typeof OutcomeSchema>;

/** The policy that made a decision. */
export const PolicyRefSchema = z
  .object({
    id: z.string().describe("The policy's id, e.g. \"miyagi-kouiki-basic-policy\"; an overlay's policy has its own."),
    version: z.string().describe("The policy's version (semver), e.g. \"1.0.0\": pin it to get the same decisions."),
  })
  .strict()
  .readonly();

/** The policy that made a decision: its id and version. */
export type PolicyRef = z.infer<typeof PolicyRefSchema>;

/**
 * The date a decision was judged as of, and where it came from: the `asOf` option of
 * `evaluate`/`audit` (the CLI's `--as-of`), or the subject's own `asOf` (an `organization` subject).
 */
export const DecisionAsOfSchema = z
  .object({
    date: z.string().describe("The date, \"YYYY-MM-DD\"."),
    source: z.enum(["option", "subject"]).describe("\"option\": passed to \"evaluate\"; \"subject\": the subject's own \"asOf\"."),
  })
  .strict()
  .readonly();

/** The date a decision was judged as of, and where it came from. */
export type DecisionAsOf = z.infer<typeof DecisionAsOfSchema>;

/**
 * A decision on one subject: the outcome, the policy version that made it, and one finding per
 * control that applies to the subject's kind, in canonical order.
 */
export const DecisionSchema = z
  .object({
    outcome: OutcomeSchema.describe("The worst finding, as an outcome."),
    policy: PolicyRefSchema.describe("The policy (id and version) that made the decision."),
    kind: SubjectKindSchema.describe("The kind of subject decided."),
    subjectId: z.string().optional().describe("The subject's \"id\", if it had one."),
    asOf: DecisionAsOfSchema.optional().describe('The date it was judged as of and where that date came from ("option" or "subject"); absent when no date was given (date-based findings are then "manual").'),
    findings: z.array(FindingSchema).readonly().describe("One finding per control, in the catalog's order."),
  })
  .strict();

/** A decision on one subject. */
export type Decision = z.infer<typeof DecisionSchema>;

