import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/engine/compile-policy.js";
import { STATUS_SEVERITY } from "../../src/decision/outcome.js";
import { extendPolicy, policy } from "../../src/index.js";
import { SUBJECT_KINDS } from "../../src/subjects/subject-kinds.js";

// The compile step (src/engine/compile-policy.ts) on its own: for each subject kind, the steps of
// the controls that check it, in the policy's order; each verdict prebuilt as a frozen finding
// (worded in the policy's classification scheme, except an organisation's own rule, which keeps
// its own words), with its severity, whether it ends the decision at the scope gate and whether
// it is a fail; the pass finding an exception gives, for the controls that admit one.

const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" } as never);
const step = (compiled: ReturnType<typeof compilePolicy>, kind: (typeof SUBJECT_KINDS)[number], id: string) => {
  const found = compiled.steps[kind].find((each) => each.controlId === id);
  if (found === undefined) throw new Error(`no step ${id} for ${kind}`);
  return found;
};

describe("the steps of each kind", () => {
  const compiled = compilePolicy(policy, "ja");

  it("the controls that check the kind, in the policy's order, and every control's id", () => {
    for (const kind of SUBJECT_KINDS) {
      expect(compiled.steps[kind].map((each) => each.controlId), kind).toEqual(policy.controls.filter((control) => control.checks[kind] !== undefined).map((control) => control.id));
      expect(compiled.steps[kind].length, kind).toBeGreaterThan(0);
    }
    expect(compiled.controlIds).toEqual(policy.controls.map((control) => control.id));
    expect(compiled.ref).toEqual({ id: policy.id, version: policy.version });
    expect(compiled.locale).toBe("ja");
    expect(compiled.scheme.scheme.id).toBe("guideline");
    expect(compilePolicy(r6, "en").scheme.scheme.id).toBe("guideline-r6");
  });

  it("each step: the control's check, parameters and whether it admits an exception", () => {
    for (const control of policy.controls) {
      for (const kind of SUBJECT_KINDS) {
        if (control.checks[kind] === undefined) continue;
        const each = step(compiled, kind, control.id);
        expect(each.check).toBe(control.checks[kind]);
        expect(each.parameters).toEqual(policy.parameters[control.id] ?? {});
        expect(each.admitsException).toBe(control.admitsException);
      }
    }
  });

  it("is frozen throughout", () => {
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(Object.isFrozen(compiled.steps)).toBe(true);
    expect(Object.isFrozen(compiled.steps.asset)).toBe(true);
    expect(Object.isFrozen(compiled.controlIds)).toBe(true);
    const backup = step(compiled, "asset", "backup-of-important-assets");
    expect(Object.isFrozen(backup.verdicts["no"])).toBe(true);
    expect(Object.isFrozen(backup.verdicts["no"]?.finding)).toBe(true);
  });
});

describe("each verdict, prebuilt", () => {
  const compiled = compilePolicy(policy, "en");

  it("by the names the control declares, and no other (no prototype: toString is no verdict)", () => {
    const backup = step(compiled, "asset", "backup-of-important-assets");
    expect(Object.keys(backup.verdicts)).toEqual(["yes", "no", "unknown", "unclassified", "notRequired", "notData"]);
    expect(Object.getPrototypeOf(backup.verdicts)).toBeNull();
    expect(backup.verdicts["toString"]).toBeUndefined();
  });

  it("its severity, whether it is a fail, and whether it stops at the gate (only the gate's not-applicable)", () => {
    for (const kind of SUBJECT_KINDS) {
      for (const each of compiled.steps[kind]) {
        const control = policy.controls.find((candidate) => candidate.id === each.controlId);
        for (const verdict of Object.values(each.verdicts)) {
          expect(verdict.severity).toBe(STATUS_SEVERITY[verdict.finding.status]);
          expect(verdict.isFail).toBe(verdict.finding.status === "fail");
          expect(verdict.stopsAtGate, `${each.controlId}`).toBe(control?.gate === true && verdict.finding.status === "not-applicable");
        }
      }
    }
    const gate = step(compiled, "asset", "scope-organization");
    expect(Object.entries(gate.verdicts).map(([name, verdict]) => [name, verdict.severity, verdict.stopsAtGate, verdict.isFail])).toEqual([
      ["inScope", 1, false, false],
      ["ownByDefault", 1, false, false],
      ["unionAssetAtCounter", 1, false, false],
      ["outOfScope", 0, true, false],
    ]);
    const backup = step(compiled, "asset", "backup-of-important-assets");
    expect([backup.verdicts["no"]?.isFail, backup.verdicts["no"]?.severity, backup.verdicts["notData"]?.stopsAtGate, backup.verdicts["unknown"]?.severity]).toEqual([true, 3, false, 2]);
  });

  it("a finding with the control's fields, its reason in the locale, and a remediation only for fail and manual", () => {
    const control = policy.controls.find((candidate) => candidate.id === "backup-of-important-assets");
    const backup = step(compiled, "asset", "backup-of-important-assets");
    const failed = backup.verdicts["no"]?.finding;
    expect(failed).toEqual({
      control: "backup-of-important-assets",
      title: control?.title,
      status: "fail",
      clause: control?.clause,
      provenance: control?.provenance,
      category: control?.category,
      message: { ja: "完全性2又は可用性2の情報資産のバックアップがない。", en: "An asset of integrity 2 or availability 2 has no backup." },
      reason: "An asset of integrity 2 or availability 2 has no backup.",
      threats: control?.threats,
      remediation: control?.remediation,
    });
    expect(backup.verdicts["unknown"]?.finding.remediation).toEqual(control?.remediation);
    expect(backup.verdicts["yes"]?.finding).not.toHaveProperty("remediation");
    expect(backup.verdicts["notData"]?.finding).not.toHaveProperty("remediation");
    expect(compilePolicy(policy, "ja").steps.asset.find((each) => each.controlId === "backup-of-important-assets")?.verdicts["no"]?.finding.reason).toBe("完全性2又は可用性2の情報資産のバックアップがない。");
  });

  it("worded in the policy's scheme: a message that names a default level names the scheme's", () => {
    const media = (compiled: ReturnType<typeof compilePolicy>) => step(compiled, "asset", "locked-storage-of-media");
    expect(media(compilePolicy(policy, "ja")).verdicts["no"]?.finding.message).toEqual({
      ja: "機密性2以上、完全性2又は可用性2の情報を記録した媒体が施錠保管されていない。",
      en: "A medium holding information of confidentiality 2 or higher, integrity 2 or availability 2 is not kept in locked storage.",
    });
    const reworded = media(compilePolicy(r6, "ja"));
    expect(reworded.verdicts["no"]?.finding.message).toEqual({
      ja: "自治体機密性2以上、完全性2又は可用性2の情報を記録した媒体が施錠保管されていない。",
      en: "A medium holding information of municipal confidentiality 2 or higher, integrity 2 or availability 2 is not kept in locked storage.",
    });
    expect(reworded.verdicts["no"]?.finding.reason).toBe("自治体機密性2以上、完全性2又は可用性2の情報を記録した媒体が施錠保管されていない。");
    // A message worded from the parameters is reworded too.
    expect(reworded.verdicts["belowThreshold"]?.finding.message.ja).toBe("自治体機密性2未満、完全性1かつ可用性1の媒体であり、施錠保管は求められない。");
    expect(media(compilePolicy(policy, "ja")).verdicts["belowThreshold"]?.finding.message.ja).toBe("機密性2未満、完全性1かつ可用性1の媒体であり、施錠保管は求められない。");
  });
});

describe("the pass an exception gives", () => {
  const compiled = compilePolicy(policy, "en");

  it("only for a control that admits one: a pass worded as the requirement, without remediation", () => {
    for (const kind of SUBJECT_KINDS) {
      for (const each of compiled.steps[kind]) {
        const control = policy.controls.find((candidate) => candidate.id === each.controlId);
        if (!each.admitsException) {
          expect(each.exceptionPass, each.controlId).toBeUndefined();
          continue;
        }
        expect(each.exceptionPass).toEqual({
          control: each.controlId,
          title: control?.title,
          status: "pass",
          clause: control?.clause,
          provenance: control?.provenance,
          category: control?.category,
          message: control?.requirement,
          reason: control?.requirement.en,
          threats: control?.threats,
        });
        expect(Object.isFrozen(each.exceptionPass)).toBe(true);
      }
    }
    expect(step(compiled, "asset", "mynumber-no-carry-out").exceptionPass).toBeUndefined();
    expect(step(compiled, "asset", "backup-of-important-assets").exceptionPass?.status).toBe("pass");
  });
});
