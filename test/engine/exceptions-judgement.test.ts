import { describe, expect, it } from "vitest";
import { evaluate, policy, UnknownExceptionControlError, type Finding, type Subject } from "../../src/index.js";

// How a recorded exception (例外措置) is judged for a failed control, through `evaluate`: each
// reason it is rejected for, with its exact wording; the edges of its period (both ends are
// inclusive); which link an exception to the isolation of 7(3)① must open, for a transfer and for
// an asset; what the finding of a used exception records; and the error for an unknown control id.

type Recorded = NonNullable<Extract<Subject, { kind: "transfer" }>["exception"]>;

const base = { reference: "EX-7", approverRole: "ciso", validUntil: "2027-03-31" } as const;
const isolation = (extra: Partial<Recorded> = {}): Recorded => ({ ...base, controls: ["mynumber-isolation"], ...extra });

/** The finding of one control for a subject, as of a date (or without one). */
function findingOf(subject: Subject, control: string, asOf: string | null = "2027-01-15"): Finding {
  const decision = evaluate(subject, asOf === null ? { policy } : { asOf, policy });
  const finding = decision.findings.find((each) => each.control === control);
  if (finding === undefined) throw new Error(`no finding of ${control}`);
  return finding;
}

/** A transfer out of the My Number zone, which fails its isolation. */
const crossing = (exception: Recorded): Subject => ({ kind: "transfer", from: "mynumber", to: "lgwan", exception });
/** A server in the My Number zone without the isolation safeguard, which fails it too. */
const server = (exception: Recorded): Subject => ({ kind: "asset", organization: "secretariat", category: "server", zone: "mynumber", safeguards: [], exception });

describe("an exception that does not apply leaves the control failed, and says why", () => {
  const rejected = (finding: Finding) => {
    expect(finding.status).toBe("fail");
    expect(finding.exception).toBeUndefined();
    return finding.exceptionRejected;
  };

  it("not-admitted: the control admits no exception (7(3)①, no carry-out from a terminal)", () => {
    const subject: Subject = { kind: "carry-out", zone: "mynumber", fromTerminal: true, exception: { ...base, controls: ["mynumber-no-carry-out"] } };
    expect(rejected(findingOf(subject, "mynumber-no-carry-out"))).toEqual({
      reference: "EX-7",
      reason: "not-admitted",
      message: { ja: "例外措置（EX-7）はこの管理策を対象としているが、この管理策は例外措置を認めない。", en: "Exception EX-7 names this control, but the control admits no exception." },
    });
    expect(evaluate(subject, { asOf: "2027-01-15" }).outcome).toBe("non-compliant");
  });

  it.each(["security-officer", "security-manager", "other"] as const)("approver: one approved by %s, not the CISO", (approverRole) => {
    const subject = crossing(isolation({ approverRole, link: { from: "mynumber", to: "lgwan" } }));
    expect(rejected(findingOf(subject, "mynumber-isolation"))).toEqual({
      reference: "EX-7",
      reason: "approver",
      message: {
        ja: "例外措置（EX-7）の承認者がCISOではないため適用しない（承認者をCISOとするのはガイドラインに基づく既定値）。",
        en: "Exception EX-7 was not approved by the CISO, so it does not apply (that the CISO approves is a guideline default).",
      },
    });
  });

  it("no-link: an exception to the isolation that names no link", () => {
    expect(rejected(findingOf(crossing(isolation()), "mynumber-isolation"))).toEqual({
      reference: "EX-7",
      reason: "no-link",
      message: {
        ja: "マイナンバー利用事務系の分離に対する例外措置（EX-7）が開設する経路（接続元及び接続先の領域）を定めていないため適用しない。",
        en: "Exception EX-7 to the isolation of the My Number zone does not name the link it opens (link: from/to), so it does not apply.",
      },
    });
  });

  it("other-link: the link named is not the one the subject crosses", () => {
    expect(rejected(findingOf(crossing(isolation({ link: { from: "lgwan", to: "mynumber" } })), "mynumber-isolation"))).toEqual({
      reference: "EX-7",
      reason: "other-link",
      message: {
        ja: "例外措置（EX-7）が開設する経路は、この対象が通る経路と異なるため適用しない。",
        en: "Exception EX-7 opens a different link from the one this subject crosses, so it does not apply.",
      },
    });
  });

  it("no-as-of: without a date the period cannot be judged", () => {
    expect(rejected(findingOf(crossing(isolation({ link: { from: "mynumber", to: "lgwan" } })), "mynumber-isolation", null))).toEqual({
      reference: "EX-7",
      reason: "no-as-of",
      message: {
        ja: "判定基準日が指定されていないため、例外措置（EX-7）の有効期間を判定できず、適用しない。",
        en: "No as-of date was given, so the period of exception EX-7 cannot be judged and it does not apply.",
      },
    });
  });

  it("expired: the day after validUntil", () => {
    expect(rejected(findingOf(crossing(isolation({ link: { from: "mynumber", to: "lgwan" } })), "mynumber-isolation", "2027-04-01"))).toEqual({
      reference: "EX-7",
      reason: "expired",
      message: { ja: "例外措置（EX-7）は2027-03-31で期限が切れているため適用しない。", en: "Exception EX-7 expired on 2027-03-31, so it does not apply." },
    });
  });

  it("not-yet-valid: the day before validFrom", () => {
    const subject = crossing(isolation({ validFrom: "2026-04-01", link: { from: "mynumber", to: "lgwan" } }));
    expect(rejected(findingOf(subject, "mynumber-isolation", "2026-03-31"))).toEqual({
      reference: "EX-7",
      reason: "not-yet-valid",
      message: {
        ja: "例外措置（EX-7）は2026-04-01から有効であり、判定基準日にはまだ有効でないため適用しない。",
        en: "Exception EX-7 is valid only from 2026-04-01, after the as-of date, so it does not apply.",
      },
    });
  });

  it("a rejected exception keeps the decision non-compliant, and is judged only for the controls it names", () => {
    const subject = crossing(isolation({ approverRole: "other", link: { from: "mynumber", to: "lgwan" } }));
    const decision = evaluate(subject, { asOf: "2027-01-15" });
    expect(decision.outcome).toBe("non-compliant");
    const withRejection = decision.findings.filter((finding) => finding.exceptionRejected !== undefined).map((finding) => finding.control);
    expect(withRejection).toEqual(["mynumber-isolation"]);
  });
});

describe("the period of an exception includes both its first and its last day", () => {
  const subject = crossing(isolation({ validFrom: "2026-04-01", link: { from: "mynumber", to: "lgwan" } }));

  it.each([
    ["2026-03-31", "fail"],
    ["2026-04-01", "pass"],
    ["2026-10-01", "pass"],
    ["2027-03-31", "pass"],
    ["2027-04-01", "fail"],
  ] as const)("as of %s the control is %s", (asOf, status) => {
    expect(findingOf(subject, "mynumber-isolation", asOf).status).toBe(status);
  });

  it("without validFrom, any day up to validUntil", () => {
    const open = crossing(isolation({ link: { from: "mynumber", to: "lgwan" } }));
    expect(findingOf(open, "mynumber-isolation", "1990-01-01").status).toBe("pass");
    expect(findingOf(open, "mynumber-isolation", "2027-03-31").status).toBe("pass");
    expect(findingOf(open, "mynumber-isolation", "2027-04-01").status).toBe("fail");
  });
});

describe("an exception to the isolation must open the link the subject crosses", () => {
  it.each([
    [{ from: "mynumber", to: "lgwan" }, "pass"],
    [{ from: "lgwan", to: "mynumber" }, "fail"], // the reverse direction
    [{ from: "mynumber", to: "internet" }, "fail"], // the right source, another destination
    [{ from: "internet", to: "lgwan" }, "fail"], // the right destination, another source
    [{ from: "lgwan", to: "internet" }, "fail"],
  ] as const)("a transfer from mynumber to lgwan, link %o: %s", (link, status) => {
    const finding = findingOf(crossing(isolation({ link })), "mynumber-isolation");
    expect(finding.status).toBe(status);
    expect(finding.exceptionRejected?.reason).toBe(status === "fail" ? "other-link" : undefined);
  });

  it("a transfer into the zone is excepted by the link into it", () => {
    const subject: Subject = { kind: "transfer", from: "internet", to: "mynumber", exception: isolation({ link: { from: "internet", to: "mynumber" } }) };
    expect(findingOf(subject, "mynumber-isolation").status).toBe("pass");
  });

  it.each([
    [{ from: "mynumber", to: "lgwan" }, "pass"], // a link out of the zone
    [{ from: "lgwan", to: "mynumber" }, "pass"], // a link into it
    [{ from: "internet", to: "mynumber" }, "pass"],
    [{ from: "lgwan", to: "internet" }, "fail"], // a link that does not touch the zone
    [{ from: "internet", to: "lgwan" }, "fail"],
  ] as const)("an asset of the My Number zone, link %o: %s", (link, status) => {
    const finding = findingOf(server(isolation({ link })), "mynumber-isolation");
    expect(finding.status).toBe(status);
    expect(finding.exceptionRejected?.reason).toBe(status === "fail" ? "other-link" : undefined);
  });
});

describe("a used exception turns the fail into a pass and records itself on the finding", () => {
  it("with every optional field: approvedBy, validFrom and the link, worded with its period", () => {
    const exception = isolation({ approvedBy: "CISO 宮城 太郎", validFrom: "2026-04-01", link: { from: "mynumber", to: "lgwan" } });
    const finding = findingOf(crossing(exception), "mynumber-isolation");
    expect(finding.status).toBe("pass");
    expect(finding.exceptionRejected).toBeUndefined();
    expect(finding.exception).toEqual({ reference: "EX-7", approvedBy: "CISO 宮城 太郎", validFrom: "2026-04-01", validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } });
    expect(finding.message).toEqual({
      ja: "原則として求められる「マイナンバー利用事務系の分離」を満たさないが、CISOが承認した例外措置（EX-7、2026-04-01から2027-03-31まで有効）により適合とする。例外措置の承認者をCISOとするのはガイドラインに基づく既定値。",
      en: '"Isolation of the My Number zone" is required in principle and is not met, but the CISO-approved exception EX-7 (valid from 2026-04-01 until 2027-03-31) makes it compliant. That the CISO approves is a guideline default.',
    });
    expect(finding.reason).toBe(finding.message.ja);
    expect(Object.isFrozen(finding)).toBe(true);
    expect(Object.isFrozen(finding.exception)).toBe(true);
  });

  it("with none of them: only reference and validUntil, and the reason in the locale asked for", () => {
    const subject: Subject = { kind: "transfer", from: "lgwan", to: "internet", classification: { confidentiality: 2, integrity: 1, availability: 1 }, encrypted: false, exception: { ...base, controls: ["confidential-encryption"] } };
    const decision = evaluate(subject, { asOf: "2027-01-15", locale: "en" });
    const finding = decision.findings.find((each) => each.control === "confidential-encryption");
    expect(finding?.status).toBe("pass");
    expect(finding?.exception).toEqual({ reference: "EX-7", validUntil: "2027-03-31" });
    expect(Object.keys(finding?.exception ?? {})).toEqual(["reference", "validUntil"]);
    expect(finding?.message).toEqual({
      ja: "ガイドラインに基づく既定値「機密性2以上の情報の暗号化」を満たさないが、CISOが承認した例外措置（EX-7、2027-03-31まで有効）により適合とする。例外措置の承認者をCISOとするのはガイドラインに基づく既定値。",
      en: 'The guideline default "Encryption of information of confidentiality 2 or above" is not met, but the CISO-approved exception EX-7 (valid until 2027-03-31) makes it compliant. That the CISO approves is a guideline default.',
    });
    expect(finding?.reason).toBe(finding?.message.en);
  });

  it("a control that passes anyway keeps its own finding: the exception is not recorded on it", () => {
    const subject: Subject = { kind: "transfer", from: "lgwan", to: "lgwan", exception: isolation({ link: { from: "lgwan", to: "lgwan" } }) };
    const finding = findingOf(subject, "mynumber-isolation");
    expect(finding.status).toBe("not-applicable");
    expect(finding.exception).toBeUndefined();
    expect(finding.exceptionRejected).toBeUndefined();
  });
});

describe("an exception naming a control the policy lacks is an error, with did-you-mean", () => {
  const subject: Subject = {
    kind: "transfer",
    from: "lgwan",
    to: "lgwan",
    exception: { ...base, controls: ["mynumber-isolation", "mynumber-isolatoin", "training-intervals"] },
  };

  it("evaluate throws UnknownExceptionControlError listing every unknown id, its index and the nearest ids", () => {
    let thrown: unknown;
    try {
      evaluate(subject);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownExceptionControlError);
    const error = thrown as UnknownExceptionControlError;
    expect(error.name).toBe("UnknownExceptionControlError");
    expect(error.message).toBe(
      'unknown control id "mynumber-isolatoin" in the exception (an exception covers controls of the policy in use by id); did you mean "mynumber-isolation", "mynumber-no-carry-out", "mynumber-multi-factor"?; ' +
        'unknown control id "training-intervals" in the exception (an exception covers controls of the policy in use by id); did you mean "training-interval", "audit-interval", "terminal-anti-theft"?',
    );
    expect(error.unknown).toEqual([
      { index: 1, id: "mynumber-isolatoin", suggestions: ["mynumber-isolation", "mynumber-no-carry-out", "mynumber-multi-factor"] },
      { index: 2, id: "training-intervals", suggestions: ["training-interval", "audit-interval", "terminal-anti-theft"] },
    ]);
    expect(Object.isFrozen(error.unknown)).toBe(true);
    expect(Object.isFrozen(error.unknown[0])).toBe(true);
    expect(Object.isFrozen(error.unknown[0]?.suggestions)).toBe(true);
  });

  it("an error before any check runs, with or without options", () => {
    expect(() => evaluate(subject, { asOf: "2027-01-15", locale: "en" })).toThrow(UnknownExceptionControlError);
  });
});
