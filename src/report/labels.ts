import type { FindingStatus } from "../controls/finding-status.js";
import type { Outcome } from "../decision/decision.js";
import type { LocalizedText } from "../definitions/localized-text.js";

/** How each outcome reads in a report. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, LocalizedText>> = Object.freeze({
  compliant: { ja: "適合", en: "compliant" },
  "non-compliant": { ja: "不適合", en: "non-compliant" },
  "needs-review": { ja: "要確認", en: "needs review" },
  "not-applicable": { ja: "対象外", en: "not applicable" },
});

/** How each finding status reads in a report. */
export const STATUS_LABELS: Readonly<Record<FindingStatus, LocalizedText>> = Object.freeze({
  pass: { ja: "充足", en: "pass" },
  fail: { ja: "不備", en: "fail" },
  manual: { ja: "要確認", en: "manual" },
  "not-applicable": { ja: "対象外", en: "n/a" },
});
