import type { FindingStatus } from "../controls/finding-status.js";
import type { Outcome } from "../decision/decision.js";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import type { Provenance } from "../definitions/vocabulary.js";

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

/**
 * How each provenance reads wherever a rule is shown to a person: the one table every report,
 * `check`, the checklist, `explain`, `controls` and the OSCAL export use, so that a guideline
 * default is never shown as if the basic policy said it.
 */
export const PROVENANCE_LABELS: Readonly<Record<Provenance, LocalizedText>> = Object.freeze({
  "basic-policy": { ja: "基本方針", en: "basic policy" },
  guideline: { ja: "総務省ガイドライン既定値", en: "guideline default" },
  organization: { ja: "組織の対策基準", en: "organisation standard" },
});

/**
 * The clause and provenance of a finding's rule as every finding line shows it:
 * `[7(3)①・基本方針]`, `[7(4)・総務省ガイドライン既定値]`, `[7(4) · organisation standard]`.
 *
 * @param clause - The clause reference, e.g. `"7(4)"` (shown as given: escape the result for the output format).
 * @param provenance - Where the rule comes from.
 * @param locale - The language of the label.
 * @returns The bracketed tag.
 */
export function provenanceTag(clause: string, provenance: Provenance, locale: Locale): string {
  return locale === "ja" ? `[${clause}・${PROVENANCE_LABELS[provenance].ja}]` : `[${clause} · ${PROVENANCE_LABELS[provenance].en}]`;
}
