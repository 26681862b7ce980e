import { z } from "zod";

/**
 * The status of one control for one subject: `pass`, `fail`, `manual` (a person must judge: a
 * fact the control needs was not given) or `not-applicable`.
 */
export const FindingStatusSchema = z.enum(["pass", "fail", "manual", "not-applicable"]);

/** The status of one control for one subject. */
export type FindingStatus = z.infer<typeof FindingStatusSchema>;
