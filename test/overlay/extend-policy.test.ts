import { describe, expect, it } from "vitest";
import {
  defineControl,
  evaluate,
  extendPolicy,
  fail,
  InvalidInputError,
  OVERLAY_WEAKENING_CODES,
  OverlayRejectedError,
  OverlaySchema,
  pass,
  policy,
  safeEvaluate,
  safeExtendPolicy,
  type Control,
  type ControlDefinitionBody,
  type OverlayIssue,
  type Policy,
  type RecordedException,
  type Subject,
} from "../../src/index.js";
import { overlayWith, ruleWith, sampleOverlay, samplePolicy } from "./support.js";

function issuesOf(overlay: unknown, base: Policy = policy): readonly OverlayIssue[] {
  const result = safeExtendPolicy(base, overlay);
  if (result.success) throw new Error("expected the overlay to be rejected");
  expect(result.error).toBeInstanceOf(OverlayRejectedError);
  expect(result.error).toBeInstanceOf(InvalidInputError);
  return (result.error as OverlayRejectedError).issues;
}

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value as object).every((key) => isDeeplyFrozen((value as Record<PropertyKey, unknown>)[key], seen));
}

describe("extendPolicy with the sample overlay (examples/overlay.sample.json)", () => {
  it("the sample is valid against the overlay schema and clearly marked as a sample", () => {
    const parsed = OverlaySchema.parse(sampleOverlay);
    expect(parsed.name.en).toContain("SAMPLE");
    expect(parsed.description?.en).toMatch(/fictional sample/i);
    for (const rule of parsed.controls ?? []) expect(rule.requirement.ja.startsWith("【サンプル】")).toBe(true);
  });

  it("gives a new policy with its own id and version (base version plus overlay version as build metadata)", () => {
    expect(samplePolicy).not.toBe(policy);
    expect(samplePolicy.id).toBe("miyagi-kouiki-basic-policy+sample-organization-standards");
    expect(samplePolicy.version).toBe("1.0.0+2026.4.0");
    expect(samplePolicy.effectiveDate).toBe("2027-04-01");
    expect(samplePolicy.overlays).toEqual([
      expect.objectContaining({ id: "sample-organization-standards", version: "2026.4.0", effectiveDate: "2027-04-01" }),
    ]);
    expect(samplePolicy.overlays[0]?.glossary.map((term) => term.id)).toEqual(["removable-media", "remote-work", "logs"]);
  });

  it("keeps the base controls in canonical order, then adds the overlay's, all with provenance organization", () => {
    const ids = samplePolicy.controls.map((control) => control.id);
    expect(ids.slice(0, policy.controls.length)).toEqual(policy.controls.map((control) => control.id));
    const added = samplePolicy.controls.slice(policy.controls.length);
    expect(added.map((control) => control.id)).toEqual([
      "org-no-outsider-sign-in-mynumber",
      "org-removable-media-transfer-encrypted",
      "org-removable-media-storage",
      "org-carry-out-approved-and-encrypted",
      "org-remote-access-no-confidentiality-3",
      "org-log-retention",
    ]);
    for (const control of added) {
      expect(control.provenance).toBe("organization");
      expect(control.gate).toBe(false);
      expect(policy.clauses.some((clause) => clause.ref === control.clause)).toBe(true);
    }
    expect(added[0]?.admitsException).toBe(false);
    expect(added[1]?.admitsException).toBe(true); // the default
  });

  it("tightens the parameters it names and leaves the others", () => {
    expect(samplePolicy.parameters["training-interval"]).toEqual({ trainingCadenceFiscalYears: 1, trainingIntervalMonths: 6 });
    expect(samplePolicy.parameters["self-inspection-interval"]).toEqual({ selfInspectionCadenceFiscalYears: 1, selfInspectionIntervalMonths: 6 });
    expect(samplePolicy.parameters["sign-in-authentication"]).toEqual({ minimumFactorKinds: 2 });
    expect(samplePolicy.parameters["audit-interval"]).toEqual(policy.parameters["audit-interval"]);
  });

  it("withdraws the exception admission it withdraws, and nothing else about the control", () => {
    const before = policy.controls.find((control) => control.id === "confidential-encryption") as Control;
    const after = samplePolicy.controls.find((control) => control.id === "confidential-encryption") as Control;
    expect(before.admitsException).toBe(true);
    expect(after.admitsException).toBe(false);
    expect({ ...after, admitsException: true }).toEqual({ ...before });
  });

  it("is deeply frozen, and leaves the base unchanged", () => {
    expect(isDeeplyFrozen(samplePolicy)).toBe(true);
    expect(policy.controls.length).toBe(samplePolicy.controls.length - 6);
    expect(policy.parameters["training-interval"]).toEqual({ trainingCadenceFiscalYears: 1, trainingIntervalMonths: 24 });
    expect(policy.overlays).toEqual([]);
  });

  it("is accepted by safeEvaluate as a policy option, and every decision names it", () => {
    const result = safeEvaluate({ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] }, { policy: samplePolicy });
    expect(result.success && result.data.policy).toEqual({ id: samplePolicy.id, version: "1.0.0+2026.4.0" });
    expect(result.success && result.data.outcome).toBe("non-compliant");
  });

  it("applying the same overlay twice gives deep-equal policies and decisions", () => {
    const again = extendPolicy(policy, sampleOverlay as never);
    expect(again).not.toBe(samplePolicy);
    expect(again.controls.map((c) => c.id)).toEqual(samplePolicy.controls.map((c) => c.id));
    const subject: Subject = { kind: "asset", organization: "secretariat", category: "media", safeguards: ["encryption"] };
    expect(evaluate(subject, { policy: again })).toEqual(evaluate(subject, { policy: samplePolicy }));
  });
});

describe("organisation rules compile into controls with four verdicts", () => {
  const finding = (subject: Subject, control: string, asOf?: string) =>
    evaluate(subject, asOf === undefined ? { policy: samplePolicy, locale: "en" } : { policy: samplePolicy, locale: "en", asOf }).findings.find((f) => f.control === control);

  it.each<[string, Subject, string, string]>([
    ["pass", { kind: "transfer", from: "lgwan", to: "lgwan", channel: "removable-media", encrypted: true }, "org-removable-media-transfer-encrypted", "pass"],
    ["fail", { kind: "transfer", from: "lgwan", to: "lgwan", channel: "removable-media", encrypted: false }, "org-removable-media-transfer-encrypted", "fail"],
    ["manual: requirement fact missing", { kind: "transfer", from: "lgwan", to: "lgwan", channel: "removable-media" }, "org-removable-media-transfer-encrypted", "manual"],
    ["manual: condition fact missing", { kind: "transfer", from: "lgwan", to: "lgwan", encrypted: false }, "org-removable-media-transfer-encrypted", "manual"],
    ["not-applicable: condition not met", { kind: "transfer", from: "lgwan", to: "lgwan", channel: "email" }, "org-removable-media-transfer-encrypted", "not-applicable"],
    ["safeguards pass", { kind: "asset", organization: "secretariat", category: "media", safeguards: ["encryption", "locked-storage"] }, "org-removable-media-storage", "pass"],
    ["safeguards fail", { kind: "asset", organization: "secretariat", category: "media", safeguards: ["encryption"] }, "org-removable-media-storage", "fail"],
    ["safeguards manual", { kind: "asset", organization: "secretariat", category: "media" }, "org-removable-media-storage", "manual"],
    ["safeguards not-applicable", { kind: "asset", organization: "secretariat", category: "server", safeguards: [] }, "org-removable-media-storage", "not-applicable"],
    ["prohibited fails when it applies", { kind: "sign-in", zone: "mynumber", person: "contractor", factors: ["knowledge", "possession"] }, "org-no-outsider-sign-in-mynumber", "fail"],
    ["prohibited is not-applicable otherwise", { kind: "sign-in", zone: "mynumber", person: "regular", factors: ["knowledge", "possession"] }, "org-no-outsider-sign-in-mynumber", "not-applicable"],
    ["a classification dimension as a condition", { kind: "access", person: "regular", zone: "internet", classification: { confidentiality: 3, integrity: 1, availability: 1 } }, "org-remote-access-no-confidentiality-3", "fail"],
    ["a classification dimension not met", { kind: "access", person: "regular", zone: "internet", classification: { confidentiality: 2, integrity: 1, availability: 1 } }, "org-remote-access-no-confidentiality-3", "not-applicable"],
    ["a known mismatch wins over a missing fact", { kind: "access", person: "regular", zone: "lgwan" }, "org-remote-access-no-confidentiality-3", "not-applicable"],
  ])("%s", (_, subject, control, status) => {
    const found = finding(subject, control);
    expect(found?.status).toBe(status);
    expect(found?.provenance).toBe("organization");
    expect(found?.message.en).toContain("[SAMPLE]");
  });

  it("a CISO-approved exception turns an organisation control's fail into pass only where the overlay admits one", () => {
    const exception = {
      reference: "EX-1",
      approverRole: "ciso",
      controls: ["org-removable-media-transfer-encrypted", "org-no-outsider-sign-in-mynumber"],
      validUntil: "2027-03-31",
    } as RecordedException;
    const transfer: Subject = { kind: "transfer", from: "lgwan", to: "lgwan", channel: "removable-media", encrypted: false, exception };
    expect(finding(transfer, "org-removable-media-transfer-encrypted", "2026-11-25")).toMatchObject({ status: "pass", exception: { reference: "EX-1" } });
    const signIn: Subject = { kind: "sign-in", zone: "mynumber", person: "outsider", factors: ["knowledge", "possession"], exception };
    expect(finding(signIn, "org-no-outsider-sign-in-mynumber", "2026-11-25")?.status).toBe("fail");
  });

  it("tightened parameters are worded into the messages", () => {
    const signIn = evaluate({ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] }, { policy: samplePolicy, locale: "en" });
    expect(signIn.findings.find((f) => f.control === "sign-in-authentication")?.message.en).toBe("Fewer than 2 kind(s) of factor were presented.");
    const organization = evaluate(
      { kind: "organization", organization: "secretariat", lastTraining: "2026-01-15" },
      { policy: samplePolicy, asOf: "2026-09-01" },
    );
    expect(organization.findings.find((f) => f.control === "training-interval")).toMatchObject({ status: "fail", message: { ja: expect.stringContaining("6か月") } });
  });
});

describe("a TypeScript caller may add controls made with defineControl", () => {
  const verdicts = {
    ok: pass({ ja: "承認済み。", en: "Approved." }),
    no: fail({ ja: "未承認。", en: "Not approved." }),
  };
  const base = {
    id: "org-install-approved" as string,
    title: { ja: "インストールの承認", en: "Installs approved" },
    clause: "7(6)",
    category: "technical",
    threats: ["T2"],
    requirement: { ja: "承認を得る。", en: "Get approval." },
    remediation: { ja: "承認を得る。", en: "Get approval." },
    admitsException: false,
    parameters: {},
    facts: { "software-use": ["approved"] },
    verdicts,
    checks: { "software-use": (s: { approved?: boolean | undefined }) => (s.approved === true ? "ok" : "no") },
  } satisfies Omit<ControlDefinitionBody<never, typeof verdicts, "software-use">, "provenance">;

  it("with provenance organization: accepted and run like any other", () => {
    const control = defineControl({ ...base, provenance: "organization" });
    const extended = extendPolicy(policy, { ...overlayWith({}), controls: [control] } as never);
    // Built from the overlay's snapshot: an equal plain copy, not the caller's object (whose getters could change).
    const added = extended.controls.at(-1);
    expect(added).not.toBe(control);
    expect({ ...added, checks: undefined }).toEqual({ ...control, checks: undefined });
    expect(Object.isFrozen(added)).toBe(true);
    expect(evaluate({ kind: "software-use", approved: false }, { policy: extended }).findings.at(-1)?.status).toBe("fail");
  });

  it("with another provenance, or as a scope gate: rejected", () => {
    const guideline = defineControl({ ...base, provenance: "guideline", basis: { document: "総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」", edition: "unknown", confidence: "inferred", sources: [] } });
    const gate = defineControl({ ...base, provenance: "organization", gate: true, id: "org-gate" });
    const issues = issuesOf({ ...overlayWith({}), controls: [guideline, gate] });
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([
      ["organization-provenance-only", "controls[0].provenance"],
      ["gate-not-allowed", "controls[1].gate"],
    ]);
  });
});

describe("each kind of weakening overlay is rejected, each with its own message", () => {
  const cases: readonly { name: string; overlay: Record<string, unknown>; code: string; at: string; mentions: readonly string[] }[] = [
    { name: "removing a basic-policy control", overlay: { remove: ["mynumber-isolation"] }, code: "remove-control", at: "remove[0]", mentions: ["cannot remove", "basic-policy", "mynumber-isolation", "7(3)①"] },
    { name: "removing a guideline control", overlay: { remove: ["training-interval"] }, code: "remove-control", at: "remove[0]", mentions: ["cannot remove", "guideline", "training-interval"] },
    { name: "disabling a basic-policy control", overlay: { disable: ["mynumber-multi-factor"] }, code: "disable-control", at: "disable[0]", mentions: ["cannot disable", "mynumber-multi-factor"] },
    { name: "replacing a basic-policy control", overlay: { replace: [{ id: "mynumber-no-carry-out", admitsException: true }] }, code: "replace-control", at: "replace[0]", mentions: ["cannot replace", "mynumber-no-carry-out"] },
    { name: "adding a control with a basic-policy control's id", overlay: { controls: [ruleWith({ id: "mynumber-isolation" })] }, code: "control-id-taken", at: "controls[0].id", mentions: ["already the basic-policy control", "would replace it"] },
    { name: "relabelling a basic-policy control's provenance", overlay: { changes: { "mynumber-isolation": { provenance: "guideline" } } }, code: "change-basic-policy-control", at: "changes.mynumber-isolation.provenance", mentions: ["basic-policy control \"mynumber-isolation\"", "provenance"] },
    { name: "changing a basic-policy control's clause", overlay: { changes: { "access-control": { clause: "7(7)" } } }, code: "change-basic-policy-control", at: "changes.access-control.clause", mentions: ["access-control", "clause"] },
    { name: "changing a basic-policy control's exception admission", overlay: { changes: { "mynumber-no-carry-out": { admitsException: true } } }, code: "change-basic-policy-control", at: "changes.mynumber-no-carry-out.admitsException", mentions: ["mynumber-no-carry-out", "admitsException"] },
    { name: "relabelling a guideline control as organization", overlay: { changes: { "training-interval": { provenance: "organization" } } }, code: "relabel-control", at: "changes.training-interval.provenance", mentions: ["cannot relabel", "training-interval"] },
    { name: "re-citing a guideline control", overlay: { changes: { "training-interval": { clause: "8" } } }, code: "change-control", at: "changes.training-interval.clause", mentions: ["cannot change its clause", "training-interval"] },
    { name: "loosening a guideline parameter", overlay: { parameters: { "training-interval": { trainingIntervalMonths: 36 } } }, code: "loosen-parameter", at: "parameters.training-interval.trainingIntervalMonths", mentions: ["training-interval", "trainingIntervalMonths", "base value 24", "overlay value 36", "lower is stricter"] },
    { name: "loosening the fiscal-year cadence", overlay: { parameters: { "audit-interval": { auditCadenceFiscalYears: 2 } } }, code: "loosen-parameter", at: "parameters.audit-interval.auditCadenceFiscalYears", mentions: ["audit-interval", "auditCadenceFiscalYears", "base value 1", "overlay value 2", "fiscal-years"] },
    { name: "loosening a confidentiality threshold", overlay: { parameters: { "confidential-encryption": { appliesFromConfidentiality: 3 } } }, code: "loosen-parameter", at: "parameters.confidential-encryption.appliesFromConfidentiality", mentions: ["base value 2", "overlay value 3"] },
    { name: "changing a basic-policy control's parameter", overlay: { parameters: { "mynumber-multi-factor": { minimumFactorKinds: 3 } } }, code: "change-basic-policy-parameter", at: "parameters.mynumber-multi-factor.minimumFactorKinds", mentions: ["parameters are fixed by the basic policy", "mynumber-multi-factor"] },
    { name: "adding a control that claims basic-policy provenance", overlay: { controls: [ruleWith({ provenance: "basic-policy" })] }, code: "organization-provenance-only", at: "controls[0].provenance", mentions: ["claims provenance \"basic-policy\""] },
    { name: "adding a rule that a safeguard would make fail", overlay: { controls: [ruleWith({ require: { check: "fields", fields: { encrypted: false } } })] }, code: "rule-not-monotone", at: "controls[0].require.fields.encrypted", mentions: ["requires encrypted to be false", "invariant 4"] },
    { name: "adding a rule that applies only once a safeguard is taken", overlay: { controls: [ruleWith({ when: { sanitized: [true] } })] }, code: "rule-not-monotone", at: "controls[0].when.sanitized", mentions: ["applies only when sanitized is true"] },
    { name: "adding a rule that applies whether or not a safeguard is taken, so only once it is stated", overlay: { controls: [ruleWith({ when: { sanitized: [true, false] } })] }, code: "rule-not-monotone", at: "controls[0].when.sanitized", mentions: ["may only be [false]"] },
  ];

  it.each(cases)("$name → $code", ({ overlay, code, at, mentions }) => {
    const issues = issuesOf(overlayWith(overlay));
    expect(issues).toHaveLength(1);
    const [issue] = issues as [OverlayIssue];
    expect(issue.code).toBe(code);
    expect(issue.at).toBe(at);
    expect(OVERLAY_WEAKENING_CODES.has(issue.code as never)).toBe(true);
    for (const text of mentions) expect(issue.message).toContain(text);
  });

  it("each case has its own message", () => {
    const messages = cases.map(({ overlay }) => issuesOf(overlayWith(overlay))[0]?.message);
    expect(new Set(messages).size).toBe(cases.length);
  });

  // No shipped guideline control refuses exceptions, and no shipped guideline parameter is above
  // its minimum in the higher-is-stricter direction, so these two use a hand-made base.
  const handMadeBase: Policy = Object.freeze({
    ...policy,
    controls: Object.freeze(
      policy.controls.map((control) => (control.id === "training-interval" ? Object.freeze({ ...control, admitsException: false }) : control)),
    ),
    parameters: Object.freeze({ ...policy.parameters, "sign-in-authentication": Object.freeze({ minimumFactorKinds: 2 }) }),
  });

  it("letting a guideline control that refuses exceptions admit them → admit-exception", () => {
    const issues = issuesOf(overlayWith({ changes: { "training-interval": { admitsException: true } } }), handMadeBase);
    expect(issues.map((issue) => [issue.code, issue.at])).toEqual([["admit-exception", "changes.training-interval.admitsException"]]);
    expect(issues[0]?.message).toContain("does not admit exceptions; letting it admit them would loosen it");
    // Withdrawing, or restating, an admission is fine.
    expect(safeExtendPolicy(policy, overlayWith({ changes: { "training-interval": { admitsException: true } } })).success).toBe(true);
    expect(safeExtendPolicy(policy, overlayWith({ changes: { "training-interval": { admitsException: false } } })).success).toBe(true);
  });

  it("loosening a higher-is-stricter parameter → loosen-parameter, naming the direction", () => {
    const issues = issuesOf(overlayWith({ parameters: { "sign-in-authentication": { minimumFactorKinds: 1 } } }), handMadeBase);
    expect(issues.map((issue) => issue.code)).toEqual(["loosen-parameter"]);
    expect(issues[0]?.message).toContain("base value 2");
    expect(issues[0]?.message).toContain("higher is stricter");
    expect(issues[0]?.message).toContain("at least 2");
  });

  it("setting a parameter to its base value is fine (equal is not looser)", () => {
    expect(safeExtendPolicy(policy, overlayWith({ parameters: { "training-interval": { trainingIntervalMonths: 24, trainingCadenceFiscalYears: 1 } } })).success).toBe(true);
  });

  it("every weakening entry of one overlay is reported, in overlay order, and the error message lists them all", () => {
    const overlay = overlayWith({
      controls: [ruleWith({ id: "mynumber-isolation", provenance: "guideline" })],
      parameters: { "training-interval": { trainingIntervalMonths: 36 }, "audit-interval": { auditCadenceFiscalYears: 3 } },
      changes: { "mynumber-isolation": { admitsException: false } },
      remove: ["mynumber-isolation", "malware-protection"],
      disable: ["mynumber-multi-factor"],
      replace: [{ id: "scope-organization" }],
    });
    const result = safeExtendPolicy(policy, overlay);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.code)).toEqual([
      "control-id-taken",
      "organization-provenance-only",
      "loosen-parameter",
      "loosen-parameter",
      "change-basic-policy-control",
      "remove-control",
      "remove-control",
      "disable-control",
      "replace-control",
    ]);
    expect(result.error.message).toMatch(/^overlay "test-overlay" rejected \(9 problems\): /);
    expect(() => extendPolicy(policy, overlay as never)).toThrow(OverlayRejectedError);
  });
});
