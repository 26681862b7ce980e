/**
 * The facts the other engines need to restate our rules. They are restated by hand in each
 * engine's own language (see cedar.ts, casl.ts, json-rules-engine.ts); this file only names the
 * vocabulary they share, so that a typo cannot make two engines disagree silently.
 */

/** The organisations of 5(1). */
export const IN_SCOPE_ORGANIZATIONS = ["secretariat", "assembly-secretariat", "audit-secretariat", "election-commission"] as const;

/** The person categories that are 職員 (3(15)). */
export const STAFF = ["regular", "fiscal-year-appointed", "part-time"] as const;

/** The confidentiality level from which the approval and encryption rules apply (the guideline default, `appliesFromConfidentiality`). */
export const CONFIDENTIAL_FROM = 2;

/** Control ids of the rules restated for the action mix, per kind. */
export const ACTION_CONTROLS = {
  transfer: ["confidential-encryption", "internet-sanitization", "mynumber-isolation", "mynumber-no-carry-out", "mynumber-internet-separation"],
  "carry-out": ["confidential-carry-out-approval", "confidential-encryption", "mynumber-no-carry-out"],
  "sign-in": ["mynumber-multi-factor", "mynumber-sign-in-person", "sign-in-authentication"],
  "software-use": ["approved-software-only"],
  access: ["access-control", "outsider-confidential-access"],
} as const;
