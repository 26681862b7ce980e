import { describe, expectTypeOf, it } from "vitest";
import {
  defineControl,
  diffPolicies,
  extendPolicy,
  pass,
  policy,
  safeExtendPolicy,
  type Overlay,
  type OverlayInput,
  type Policy,
  type PolicyDiff,
  type SafeResult,
} from "../../src/index.js";

describe("the overlay API types", () => {
  it("extendPolicy takes an overlay written inline, as in its documentation, and returns a Policy", () => {
    const extended = extendPolicy(policy, {
      id: "my-standards",
      version: "2026.4.0",
      name: { ja: "情報セキュリティ対策基準", en: "Information security standards" },
      parameters: { "training-interval": { trainingIntervalMonths: 6 } },
      changes: { "confidential-encryption": { admitsException: false } },
      controls: [
        {
          id: "org-removable-media-encrypted",
          title: { ja: "可搬記憶媒体による移送の暗号化", en: "Encryption on removable media" },
          clause: "7(2)",
          category: "classification",
          threats: ["T2.1"],
          requirement: { ja: "暗号化する。", en: "Encrypt." },
          remediation: { ja: "暗号化する。", en: "Encrypt." },
          appliesTo: "transfer",
          when: { channel: ["removable-media"] },
          require: { check: "fields", fields: { encrypted: true } },
        },
      ],
    });
    expectTypeOf(extended).toEqualTypeOf<Policy>();
  });

  it("a parsed overlay, a readonly (as const) one and defineControl controls are all OverlayInput", () => {
    expectTypeOf<Overlay>().toExtend<OverlayInput>();
    const frozen = { id: "x", version: "1.0.0", name: { ja: "x", en: "x" }, remove: ["mynumber-isolation"] } as const;
    expectTypeOf(frozen).toExtend<OverlayInput>();
    const control = defineControl({
      id: "org-x",
      title: { ja: "x", en: "x" },
      clause: "7(6)",
      provenance: "organization",
      category: "technical",
      threats: ["T1"],
      requirement: { ja: "x", en: "x" },
      remediation: { ja: "x", en: "x" },
      admitsException: true,
      parameters: {},
      facts: { "software-use": [] },
      verdicts: { ok: pass({ ja: "x", en: "x" }) },
      checks: { "software-use": () => "ok" },
    });
    expectTypeOf({ ...frozen, controls: [control] }).toExtend<OverlayInput>();
  });

  it("a rule with an unknown check is a type error", () => {
    // @ts-expect-error: "forbidden" is not a check
    extendPolicy(policy, { id: "x", version: "1.0.0", name: { ja: "x", en: "x" }, controls: [{ require: { check: "forbidden" } }] });
  });

  it("safeExtendPolicy takes unknown input; diffPolicies returns a PolicyDiff", () => {
    expectTypeOf(safeExtendPolicy).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(safeExtendPolicy(policy, {})).toEqualTypeOf<SafeResult<Policy>>();
    expectTypeOf(diffPolicies(policy, policy)).toEqualTypeOf<PolicyDiff>();
  });
});
