import type { ExceptionRejected, ExceptionRejectionReason, ExceptionUsed, Finding } from "../decision/finding.js";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import type { Provenance } from "../definitions/vocabulary.js";
import { closestNames } from "../internal/closest.js";
import { dayNumber } from "../internal/calendar.js";
import { deepFreeze, deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { ApproverRole, ExceptionLink, RecordedException } from "../subjects/common.js";
import type { Subject } from "../subjects/subject.js";

/** The id of the control of 7(3)① whose exceptions must name the link they open. */
export const ISOLATION_CONTROL_ID = "mynumber-isolation";

/**
 * Who may approve an exception (例外措置), and where that rule comes from. The basic policy names
 * no approver; that the CISO (最高情報セキュリティ責任者) approves is a default of the national
 * guideline, and says so.
 *
 * @example
 * ```ts
 * import { exceptionApproval } from "@miyagi-kouiki/infosec-policy";
 *
 * exceptionApproval.approverRoles; // ["ciso"]
 * exceptionApproval.provenance; // "guideline"
 * ```
 */
export const exceptionApproval: {
  /** The approver roles whose exceptions take effect. */
  readonly approverRoles: readonly ApproverRole[];
  /** Where the rule comes from: a guideline default. */
  readonly provenance: Provenance;
  /** The rule, in words. */
  readonly text: LocalizedText;
} = deepFreezeLiteral({
  approverRoles: ["ciso"] as ApproverRole[],
  provenance: "guideline" as Provenance,
  text: {
    ja: "【ガイドラインに基づく既定値】例外措置は最高情報セキュリティ責任者（CISO）が承認したものに限り有効とする（基本方針は承認者を定めていない）。例外措置は対象の管理策・期間を定めて例外措置台帳に記録する。",
    en: "[Guideline default] An exception takes effect only if approved by the CISO (the basic policy names no approver). It is recorded in the exception register with the controls it covers and its period.",
  },
});

/** The outcome of judging an exception for one failed control: used, or rejected with a reason. */
export type ExceptionJudgement = { readonly used: true } | { readonly used: false; readonly reason: ExceptionRejectionReason };

const USED: ExceptionJudgement = Object.freeze({ used: true });

function linkCrossed(link: ExceptionLink, subject: Subject): boolean {
  // The isolation judges transfers and the assets of マイナンバー利用事務系; an asset is covered by a
  // link with its zone at one end.
  return subject.kind === "transfer" ? link.from === subject.from && link.to === subject.to : link.from === "mynumber" || link.to === "mynumber";
}

/**
 * Judges whether a recorded exception that names a failed control turns it into a pass: the
 * control must admit one, the approver must be one who may approve, an isolation exception must
 * open exactly the link the subject crosses, and `asOf` must fall within its period.
 *
 * @param exception - The recorded exception; it names the control.
 * @param controlId - The failed control.
 * @param admitsException - Whether the control admits an exception.
 * @param subject - The subject.
 * @param asOfDay - The `asOf` date as a day number, if any.
 * @returns Used, or the reason it was rejected.
 */
export function judgeException(
  exception: RecordedException,
  controlId: string,
  admitsException: boolean,
  subject: Subject,
  asOfDay: number | undefined,
): ExceptionJudgement {
  if (!admitsException) return { used: false, reason: "not-admitted" };
  if (!exceptionApproval.approverRoles.includes(exception.approverRole)) return { used: false, reason: "approver" };
  if (controlId === ISOLATION_CONTROL_ID) {
    if (exception.link === undefined) return { used: false, reason: "no-link" };
    if (!linkCrossed(exception.link, subject)) return { used: false, reason: "other-link" };
  }
  if (asOfDay === undefined) return { used: false, reason: "no-as-of" };
  if (exception.validFrom !== undefined && asOfDay < dayNumber(exception.validFrom)) return { used: false, reason: "not-yet-valid" };
  if (asOfDay > dayNumber(exception.validUntil)) return { used: false, reason: "expired" };
  return USED;
}

function period(exception: RecordedException): LocalizedText {
  return exception.validFrom === undefined
    ? { ja: `${exception.validUntil}まで有効`, en: `valid until ${exception.validUntil}` }
    : { ja: `${exception.validFrom}から${exception.validUntil}まで有効`, en: `valid from ${exception.validFrom} until ${exception.validUntil}` };
}

function usedMessage(title: LocalizedText, provenance: Provenance, exception: RecordedException): LocalizedText {
  const when = period(exception);
  const ref = exception.reference;
  const approval = "例外措置の承認者をCISOとするのはガイドラインに基づく既定値。";
  switch (provenance) {
    case "basic-policy":
      return {
        ja: `原則として求められる「${title.ja}」を満たさないが、CISOが承認した例外措置（${ref}、${when.ja}）により適合とする。${approval}`,
        en: `"${title.en}" is required in principle and is not met, but the CISO-approved exception ${ref} (${when.en}) makes it compliant. That the CISO approves is a guideline default.`,
      };
    case "guideline":
      return {
        ja: `ガイドラインに基づく既定値「${title.ja}」を満たさないが、CISOが承認した例外措置（${ref}、${when.ja}）により適合とする。${approval}`,
        en: `The guideline default "${title.en}" is not met, but the CISO-approved exception ${ref} (${when.en}) makes it compliant. That the CISO approves is a guideline default.`,
      };
    case "organization":
      return {
        ja: `組織の対策基準による「${title.ja}」を満たさないが、CISOが承認した例外措置（${ref}、${when.ja}）により適合とする。${approval}`,
        en: `The organisation's rule "${title.en}" is not met, but the CISO-approved exception ${ref} (${when.en}) makes it compliant. That the CISO approves is a guideline default.`,
      };
  }
}

function rejectionMessage(reason: ExceptionRejectionReason, exception: RecordedException): LocalizedText {
  const ref = exception.reference;
  const from = exception.validFrom;
  switch (reason) {
    case "not-admitted":
      return { ja: `例外措置（${ref}）はこの管理策を対象としているが、この管理策は例外措置を認めない。`, en: `Exception ${ref} names this control, but the control admits no exception.` };
    case "approver":
      return {
        ja: `例外措置（${ref}）の承認者がCISOではないため適用しない（承認者をCISOとするのはガイドラインに基づく既定値）。`,
        en: `Exception ${ref} was not approved by the CISO, so it does not apply (that the CISO approves is a guideline default).`,
      };
    case "no-as-of":
      return {
        ja: `判定基準日が指定されていないため、例外措置（${ref}）の有効期間を判定できず、適用しない。`,
        en: `No as-of date was given, so the period of exception ${ref} cannot be judged and it does not apply.`,
      };
    case "expired":
      return { ja: `例外措置（${ref}）は${exception.validUntil}で期限が切れているため適用しない。`, en: `Exception ${ref} expired on ${exception.validUntil}, so it does not apply.` };
    case "not-yet-valid":
      return {
        ja: `例外措置（${ref}）は${String(from)}から有効であり、判定基準日にはまだ有効でないため適用しない。`,
        en: `Exception ${ref} is valid only from ${String(from)}, after the as-of date, so it does not apply.`,
      };
    case "no-link":
      return {
        ja: `マイナンバー利用事務系の分離に対する例外措置（${ref}）が開設する経路（接続元及び接続先の領域）を定めていないため適用しない。`,
        en: `Exception ${ref} to the isolation of the My Number zone does not name the link it opens (link: from/to), so it does not apply.`,
      };
    case "other-link":
      return {
        ja: `例外措置（${ref}）が開設する経路は、この対象が通る経路と異なるため適用しない。`,
        en: `Exception ${ref} opens a different link from the one this subject crosses, so it does not apply.`,
      };
  }
}

/**
 * The finding of a failed control that an exception turned into a pass.
 *
 * @param base - The control's prebuilt pass finding for an exception.
 * @param exception - The exception used.
 * @param locale - The locale of `reason`.
 * @returns A frozen finding.
 */
export function findingWithException(base: Finding, exception: RecordedException, locale: Locale): Finding {
  // Frozen level by level: everything else the finding holds is the prebuilt, deeply frozen base's
  // (a generic deepFreeze would walk all of it again, and remember every finding in its memo).
  const link = exception.link;
  const used: ExceptionUsed = Object.freeze({
    reference: exception.reference,
    ...(exception.approvedBy === undefined ? {} : { approvedBy: exception.approvedBy }),
    ...(exception.validFrom === undefined ? {} : { validFrom: exception.validFrom }),
    validUntil: exception.validUntil,
    ...(link === undefined ? {} : { link: Object.freeze({ from: link.from, to: link.to }) }),
  });
  const message = Object.freeze(usedMessage(base.title, base.provenance, exception));
  return Object.freeze({ ...base, message, reason: message[locale], exception: used });
}

/**
 * The finding of a failed control whose named exception did not apply: still `fail`, saying why.
 *
 * @param failed - The prebuilt fail finding.
 * @param exception - The exception that names the control.
 * @param reason - Why it did not apply.
 * @returns A frozen finding.
 */
export function findingWithRejectedException(failed: Finding, exception: RecordedException, reason: ExceptionRejectionReason): Finding {
  // Frozen level by level, as above: the rest is the prebuilt fail finding's, already frozen.
  const rejected: ExceptionRejected = Object.freeze({ reference: exception.reference, reason, message: Object.freeze(rejectionMessage(reason, exception)) });
  return Object.freeze({ ...failed, exceptionRejected: rejected });
}

/** One control id in an exception that the policy in use does not have. */
export interface UnknownExceptionControl {
  /** Its index in `exception.controls`. */
  readonly index: number;
  /** The id as given. */
  readonly id: string;
  /** The nearest ids of the policy, nearest first. */
  readonly suggestions: readonly string[];
}

/**
 * The ids in an exception's `controls` that are not controls of the policy, with did-you-mean.
 *
 * @param exception - The recorded exception.
 * @param controlIds - The policy's control ids.
 * @returns The unknown ids; empty if every id is known.
 */
export function unknownExceptionControls(exception: RecordedException, controlIds: readonly string[]): UnknownExceptionControl[] {
  const unknown: UnknownExceptionControl[] = [];
  exception.controls.forEach((id, index) => {
    if (!controlIds.includes(id)) unknown.push({ index, id, suggestions: closestNames(id, controlIds) });
  });
  return unknown;
}

/**
 * The message for an unknown control id in an exception, with the nearest known ids.
 *
 * @param unknown - The unknown id and its suggestions.
 * @returns The message, in English.
 */
export function unknownControlMessage(unknown: UnknownExceptionControl): string {
  return `unknown control id ${JSON.stringify(unknown.id)} in the exception (an exception covers controls of the policy in use by id); did you mean ${unknown.suggestions.map((s) => JSON.stringify(s)).join(", ")}?`;
}

/**
 * Thrown by `evaluate` (and `audit`) for a subject whose exception names a control the policy
 * does not have: a misspelled id must not silently do nothing. `safeEvaluate` reports the same
 * problem as invalid input instead.
 */
export class UnknownExceptionControlError extends Error {
  /** Every unknown id, with did-you-mean suggestions. */
  readonly unknown: readonly UnknownExceptionControl[];

  /**
   * @param unknown - Every unknown id.
   */
  constructor(unknown: readonly UnknownExceptionControl[]) {
    super(unknown.map(unknownControlMessage).join("; "));
    this.name = "UnknownExceptionControlError";
    this.unknown = Object.freeze(unknown.map((each) => Object.freeze({ ...each, suggestions: Object.freeze([...each.suggestions]) })));
  }
}
