import { describe, expect, it } from "vitest";
import {
  classificationSchemes,
  evaluate,
  policy,
  safeExtendPolicy,
  type Subject,
} from "../../src/index.js";

// An organisation rule that compares classification (`classification.*` in `when` or in a required
// field) is checked against the levels of the scheme the extended policy has: the overlay's
// replacement, else the base's. The default scheme's numbers are not levels of another scheme.

function overlay(
  levels: readonly (string | number)[],
  scheme?: string
): Record<string, unknown> {
  return {
    id: "org-scheme-rule",
    version: "1.0.0",
    name: { ja: "試験", en: "Test" },
    ...(scheme === undefined ? {} : { classificationScheme: scheme }),
    controls: [
      {
        id: "org-top-secret-encrypted",
        title: { ja: "最高機密の暗号化", en: "Encryption of the most secret" },
        clause: "7(2)",
        category: "classification",
        threats: ["T2.1"],
        requirement: {
          ja: "最高機密の情報は暗号化して移送する。",
          en: "Move the most secret information encrypted.",
        },
        remediation: { ja: "暗号化する。", en: "Encrypt it." },
        appliesTo: "transfer",
        when: { "classification.confidentiality": levels },
        require: { check: "fields", fields: { encrypted: true } },
      },
    ],
  };
}

function issuesOf(
  result: ReturnType<typeof safeExtendPolicy>
): { code: string; path: readonly (string | number)[]; message: string }[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path,
    message: issue.message,
  }));
}

const transfer = (
  confidentiality: string | number,
  encrypted: boolean
): Subject =>
  ({
    kind: "transfer",
    id: "t1",
    organization: "secretariat",
    from: "lgwan",
    to: "lgwan",
    channel: "network",
    classification: {
      confidentiality,
      integrity: typeof confidentiality === "number" ? 1 : "1",
      availability: typeof confidentiality === "number" ? 1 : "1",
    },
    encrypted,
  } as never);

describe("rule values on classification.* follow the extended policy's scheme", () => {
  it("accepts the 令和6年10月 level ids under classificationScheme guideline-r6 and rejects the default's numbers, naming the scheme's levels", () => {
    expect(
      safeExtendPolicy(policy, overlay(["3A", "3B"], "guideline-r6") as never)
        .success
    ).toBe(true);
    const issues = issuesOf(
      safeExtendPolicy(policy, overlay([3, "3A"], "guideline-r6") as never)
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("invalid-field-value");
    expect(issues[0]!.message).toContain("guideline-r6");
    expect(issues[0]!.message).toContain('"3A"');
  });

  it("a number and the same digits as a string are different levels", () => {
    // The 令和6年10月 scheme's level "2" is a string; the default scheme's 2 is a number.
    expect(
      issuesOf(
        safeExtendPolicy(policy, overlay(["2"], "guideline-r6") as never)
      )
    ).toEqual([]);
    expect(
      issuesOf(
        safeExtendPolicy(policy, overlay([2], "guideline-r6") as never)
      ).map((issue) => issue.code)
    ).toEqual(["invalid-field-value"]);
    expect(
      issuesOf(safeExtendPolicy(policy, overlay(["2"]) as never)).map(
        (issue) => issue.code
      )
    ).toEqual(["invalid-field-value"]);
  });

  it("without a replacement the base's scheme (the default) decides, and under Ⅰ–Ⅳ its ids", () => {
    expect(safeExtendPolicy(policy, overlay([3]) as never).success).toBe(true);
    expect(
      issuesOf(safeExtendPolicy(policy, overlay(["I"]) as never)).map(
        (issue) => issue.code
      )
    ).toEqual(["invalid-field-value"]);
    expect(
      safeExtendPolicy(policy, overlay(["I", "II"], "importance-i-iv") as never)
        .success
    ).toBe(true);
    expect(
      issuesOf(
        safeExtendPolicy(policy, overlay([3], "importance-i-iv") as never)
      ).map((issue) => issue.code)
    ).toEqual(["invalid-field-value"]);
    expect(
      classificationSchemes[
        "importance-i-iv"
      ]!.dimensions.confidentiality.levels.map((level) => level.id)
    ).toEqual(["IV", "III", "II", "I"]);
  });

  it("the accepted rule decides subjects of the scheme: it applies at 3A, not at 3B", () => {
    const extended = safeExtendPolicy(
      policy,
      overlay(["3A"], "guideline-r6") as never
    );
    if (!extended.success) throw new Error("rejected");
    const finding = (subject: Subject) =>
      evaluate(subject, { policy: extended.data }).findings.find(
        (f) => f.control === "org-top-secret-encrypted"
      );
    expect(finding(transfer("3A", false))?.status).toBe("fail");
    expect(finding(transfer("3A", true))?.status).toBe("pass");
    expect(finding(transfer("3B", false))?.status).toBe("not-applicable");
  });
});
