import type { FindingStatus } from "../controls/finding-status.js";
import type { Outcome } from "../decision/decision.js";
import { gloss } from "../definitions/glossary.js";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import type { Provenance, Zone } from "../definitions/vocabulary.js";

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

/**
 * A status label as a column heading: the same words as {@link STATUS_LABELS}, the English
 * capitalised (an abbreviation such as "n/a" in capitals).
 *
 * @param status - The finding status.
 * @returns The heading in both languages.
 * @example
 * ```ts
 * statusHeading("manual"); // { ja: "要確認", en: "Manual" }
 * ```
 */
export function statusHeading(status: FindingStatus): LocalizedText {
  const { ja, en } = STATUS_LABELS[status];
  return { ja, en: en.length <= 3 ? en.toUpperCase() : `${en.charAt(0).toUpperCase()}${en.slice(1)}` };
}

/**
 * How each provenance reads wherever a rule is shown to a person: the one table every report,
 * `check`, the checklist, `explain`, `controls` and the OSCAL export use, so that a guideline
 * default is never shown as if the basic policy said it.
 */
export const PROVENANCE_LABELS: Readonly<Record<Provenance, LocalizedText>> = Object.freeze({
  "basic-policy": gloss("provenance.basic-policy"),
  guideline: gloss("provenance.guideline"),
  organization: gloss("provenance.organization"),
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

/** How each zone of 7(3) reads in a report. */
export const ZONE_LABELS: Readonly<Record<Zone, LocalizedText>> = Object.freeze({
  mynumber: { ja: "マイナンバー利用事務系", en: "My Number zone" },
  lgwan: { ja: "LGWAN接続系", en: "LGWAN zone" },
  internet: { ja: "インターネット接続系", en: "Internet zone" },
});

/** The row of the summary by zone for subjects of no zone. */
export const ZONE_NONE: LocalizedText = Object.freeze({ ja: "領域の指定なし", en: "no zone" });

const ORGANIZATION_GROUPS = Object.freeze({
  outside: { ja: "5(1)の適用範囲外の組織", en: "Bodies outside 5(1)" },
  unstated: { ja: "組織の指定なし（広域連合自身）", en: "No organisation given (the Union's own)" },
});

/**
 * The name of a row of the summary by organisation that is not one organisation.
 *
 * @param group - `outside` (every body outside 5(1)) or `unstated` (no organisation given).
 * @param locale - The language.
 * @returns The row's name.
 */
export function organizationGroupName(group: "outside" | "unstated", locale: Locale): string {
  return ORGANIZATION_GROUPS[group][locale];
}
