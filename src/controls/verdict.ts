import type { LocalizedText } from "../definitions/localized-text.js";
import { deepFreeze, deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { FindingStatus } from "./finding-status.js";

/** The named numeric parameters of a control, e.g. `{ trainingIntervalMonths: 12 }`. */
export type ControlParameters = Readonly<Record<string, number>>;

/**
 * A message, fixed or worded from the control's parameters (so that a tightened parameter reads
 * right). `P` types the parameters the message reads, as the check reads them: a verdict made with
 * `pass<{ minimumFactorKinds: number }>((p) => …)` reads `p.minimumFactorKinds` typed, and
 * `defineControl` refuses it for a control without that parameter.
 */
export type VerdictMessage<P extends ControlParameters = ControlParameters> = LocalizedText | ((parameters: P) => LocalizedText);

/**
 * One answer a control's check can give: a status and the reason in words a staff member
 * understands. Verdicts are made once, when the control is defined, in a table by name; checks
 * return the name, and the engine turns each verdict into a prebuilt finding.
 */
export interface Verdict<P extends ControlParameters = ControlParameters> {
  /** The status this verdict gives. */
  readonly status: FindingStatus;
  /** Why, in Japanese and English. */
  readonly message: VerdictMessage<P>;
}

function verdict<P extends ControlParameters>(status: FindingStatus, message: VerdictMessage<P>): Verdict<P> {
  return deepFreeze({ status, message });
}

/**
 * The verdict makers of the shipped catalog (and its helpers in `judge.ts`), whose messages are
 * literals of this package's own source: frozen with `deepFreezeLiteral`, which reads each value
 * directly instead of asking every property for its descriptor (hundreds of verdicts are made at
 * every import). Not part of the public surface: a user's verdict goes through `pass`, `fail`,
 * `manual` and `notApplicable`.
 */
export const shippedVerdict = /* @__PURE__ */ Object.freeze({
  pass: <P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> => deepFreezeLiteral({ status: "pass", message }),
  fail: <P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> => deepFreezeLiteral({ status: "fail", message }),
  manual: <P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> => deepFreezeLiteral({ status: "manual", message }),
  notApplicable: <P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> =>
    deepFreezeLiteral({ status: "not-applicable", message }),
});

/**
 * A verdict that the control is met.
 *
 * @typeParam P - The parameters a worded message reads (default: any).
 * @param message - Why, in Japanese and English.
 * @returns A frozen verdict with status `pass`.
 * @example
 * ```ts
 * const encrypted = pass({ ja: "暗号化されている。", en: "It is encrypted." });
 * ```
 */
export function pass<P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> {
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
export function fail<P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> {
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
export function manual<P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> {
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
export function notApplicable<P extends ControlParameters = ControlParameters>(message: VerdictMessage<P>): Verdict<P> {
  return verdict("not-applicable", message);
}
