import { z } from "zod";
import { PersonCategorySchema } from "../definitions/vocabulary.js";
import { IsoDateSchema, OrganizationRefSchema, SubjectIdSchema } from "./common.js";

/**
 * The organisation's own posture, as a manager states it in the self-inspection of clause 8.
 * Dates are judged as of the `asOf` date passed to `evaluate` (or given here); the engine never
 * reads the clock. A date of `null` means "never".
 */
export const OrganizationSubjectSchema = z
  .object({
    kind: z.literal("organization").describe('The subject kind, which selects the controls that apply: always "organization" here.'),
    id: SubjectIdSchema.optional().describe("Your identifier for this subject, echoed in audit results."),
    organization: OrganizationRefSchema.describe("The organisation inspected (5(1))."),
    asOf: IsoDateSchema.optional().describe('The date the answers are judged as of, when "evaluate" is not given one.'),
    securityOrganizationEstablished: z.boolean().optional().describe("Whether an organisation that promotes information security measures is established (7(1))."),
    staffCategoriesBound: z.array(PersonCategorySchema).max(16).optional().describe("The categories of 職員 informed (周知) of their duty under clause 6 to comply with the policy and the common implementation procedures (6, 3(15))."),
    staffRulesDefined: z.boolean().optional().describe("Whether the rules staff must follow are defined (7(5))."),
    lastTraining: IsoDateSchema.nullable().optional().describe("The date of the last information security training for staff; null if never."),
    monitoringInPlace: z.boolean().optional().describe("Whether information systems are monitored (7(7))."),
    incidentResponseReady: z.boolean().optional().describe("Whether a procedure for responding to security incidents is ready (7(7))."),
    secureDevelopmentInPlace: z.boolean().optional().describe("Whether systems are procured and developed with security requirements, reviewed and tested before use."),
    continuityPlanInPlace: z.boolean().optional().describe("Whether a business continuity plan covers disasters, staff shortage and outages."),
    lastAudit: IsoDateSchema.nullable().optional().describe("The date of the last information security audit; null if never (8)."),
    lastSelfInspection: IsoDateSchema.nullable().optional().describe("The date of the last self-inspection; null if never (8)."),
    reviewNeeded: z.boolean().optional().describe("Whether audit, self-inspection or a change of circumstances made a review necessary (9)."),
    reviewed: z.boolean().optional().describe("Whether the policy was reviewed after that (9)."),
    riskAnalyzed: z.boolean().optional().describe("Whether the review analysed the likelihood of threats and the loss if they occur (9)."),
    standardsInPlace: z.boolean().optional().describe("Whether the standards (対策基準) are established (10)."),
    proceduresInPlace: z.boolean().optional().describe("Whether the procedures (実施手順) are established (11)."),
  })
  .strict();

/** The organisation's own posture for self-inspection. */
export type OrganizationSubject = z.infer<typeof OrganizationSubjectSchema>;
