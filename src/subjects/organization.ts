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
    /** The subject kind, which selects the controls that apply: always `"organization"` here. */
    kind: z.literal("organization"),
    /** Your identifier for this subject, echoed in audit results. */
    id: SubjectIdSchema.optional(),
    /** The organisation inspected (5(1)). */
    organization: OrganizationRefSchema,
    /** The date the answers are judged as of, when `evaluate` is not given one. */
    asOf: IsoDateSchema.optional(),
    /** Whether the organisation for information security (CISO and officers) is established (7(1)). */
    securityOrganizationEstablished: z.boolean().optional(),
    /** The categories of 職員 made bound by the policy (informed, pledged) (6, 3(15)). */
    staffCategoriesBound: z.array(PersonCategorySchema).max(16).optional(),
    /** Whether the rules staff must follow are defined (7(5)). */
    staffRulesDefined: z.boolean().optional(),
    /** The date of the last information security training for staff; `null` if never. */
    lastTraining: IsoDateSchema.nullable().optional(),
    /** Whether information systems are monitored (7(7)). */
    monitoringInPlace: z.boolean().optional(),
    /** Whether a procedure for responding to security incidents is ready (7(7)). */
    incidentResponseReady: z.boolean().optional(),
    /** Whether systems are procured and developed with security requirements, reviewed and tested before use. */
    secureDevelopmentInPlace: z.boolean().optional(),
    /** Whether a business continuity plan covers disasters, staff shortage and outages. */
    continuityPlanInPlace: z.boolean().optional(),
    /** The date of the last information security audit; `null` if never (8). */
    lastAudit: IsoDateSchema.nullable().optional(),
    /** The date of the last self-inspection; `null` if never (8). */
    lastSelfInspection: IsoDateSchema.nullable().optional(),
    /** Whether audit, self-inspection or a change of circumstances made a review necessary (9). */
    reviewNeeded: z.boolean().optional(),
    /** Whether the policy was reviewed after that (9). */
    reviewed: z.boolean().optional(),
    /** Whether the review analysed the likelihood of threats and the loss if they occur (9). */
    riskAnalyzed: z.boolean().optional(),
    /** Whether the standards (対策基準) are established (10). */
    standardsInPlace: z.boolean().optional(),
    /** Whether the procedures (実施手順) are established (11). */
    proceduresInPlace: z.boolean().optional(),
  })
  .strict();

/** The organisation's own posture for self-inspection. */
export type OrganizationSubject = z.infer<typeof OrganizationSubjectSchema>;
