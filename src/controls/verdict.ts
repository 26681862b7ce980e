import type { LocalizedText } from "../definitions/localized-text.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { FindingStatus } from "./finding-status.js";

/** The named numeric parameters of a control, e.g. `{ trainingIntervalMonths: 12 }`. */
export type ControlParameters = Readonly<Record<string, number>>;

/** A message, fixed or worded from the control's parameters (so that a tightened parameter reads right). */
export type VerdictMessage = LocalizedText | ((parameters: ControlParameters) => LocalizedText);

/**
 * One answer a control's check can give: a status and the reason in words a staff member
 * understands. Verdicts are made once, when the control is defined, and checks return them by
 * reference: the engine turns each into a prebuilt finding.
 */
export interface Verdict {
  /** The status this verdict gives. */
  readonly status: FindingStatus;
  /** Why, in Japanese and English. */
  readonly message: VerdictMessage;
}

function verdict(status: FindingStatus, message: VerdictMessage): Verdict {
  return deepFreeze({ status, message });
}

/**
 * A verdict that the control is met.
 *
 * @param message - Why, in Japanese and English.
 * @returns A frozen verdict with status `pass`.
 * @example
 * ```ts
 * const encrypted = pass({ ja: "暗号化されている。", en: "It is encrypted." });
 * ```
 */
export function pass(message: VerdictMessage): Verdict {
  return verdict("pass", message);
}

/**
 * A verdict that the control is not met.
 *
 * @param message - Why, in Japanese and English.
 * @returns A frozen verdict with status `fail`.
 * @example
 * ```ts
 * const plain = fail({ ja: "暗号化されていない。", en: "It is not encrypted." });
 * ```
 */
export function fail(message: VerdictMessage): Verdict {
  return verdict("fail", message);
}

/**
 * A verdict that a person must judge, because a fact the control needs was not given.
 *
 * @param message - Which fact is missing, in Japanese and English.
 * @returns A frozen verdict with status `manual`.
 * @example
 * ```ts
 * const unknown = manual({ ja: "暗号化の有無が不明。", en: "Whether it is encrypted is not stated." });
 * ```
 */
export function manual(message: VerdictMessage): Verdict {
  return verdict("manual", message);
}

/**
 * A verdict that the control does not apply to this subject.
 *
 * @param message - Why not, in Japanese and English.
 * @returns A frozen verdict with status `not-applicable`.
 * @example
 * ```ts
 * const other = notApplicable({ ja: "対象外の区分。", en: "Not a category this control covers." });
 * ```
 */
export function notApplicable(message: VerdictMessage): Verdict {
  return verdict("not-applicable", message);
}
