import type { FindingStatus } from "../controls/finding-status.js";
import type { Outcome } from "../decision/decision.js";
import { gloss } from "../definitions/glossary.js";
import type { LocalizedText } from "../definitions/localized-text.js";

/** How each outcome reads in a report. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, LocalizedText>> = Object.freeze({
  compliant: gloss("outcome.compliant"),
  "non-compliant": gloss("outcome.non-compliant"),
  "needs-review": gloss("outcome.needs-review"),
  "not-applicable": gloss("outcome.not-applicable"),
});

/** How each finding status reads in a report. */
export const STATUS_LABELS: Readonly<Record<FindingStatus, LocalizedText>> = Object.freeze({
  pass: gloss("status.pass"),
  fail: gloss("status.fail"),
  manual: gloss("status.manual"),
  "not-applicable": gloss("status.not-applicable"),
});
