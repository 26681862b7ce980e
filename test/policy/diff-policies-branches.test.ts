import { describe, expect, it } from "vitest";
import { diffPolicies, extendPolicy, policy, renderPolicyDiffMarkdown, type Clause, type Control, type ControlFieldChange, type Overlay, type Policy } from "../../src/index.js";
import { overlayWith } from "../overlay/support.js";

/** A hand-made "next version" of the shipped policy. */
function nextVersion(edit: {
  clauses?: (clauses: readonly Clause[]) => readonly Clause[];
  controls?: (controls: readonly Control[]) => readonly Control[];
  parameters?: Policy["parameters"];
  extra?: Partial<Policy>;
}): Policy {
  return Object.freeze({
    ...policy,
    version: "1.1.0",
    clauses: Object.freeze(edit.clauses?.(policy.clauses) ?? policy.clauses),
    controls: Object.freeze(edit.controls?.(policy.controls) ?? policy.controls),
    parameters: edit.parameters ?? policy.parameters,
    ...edit.extra,
  });
}

const replaceControl = (id: string, change: (control: Control) => Control) => (controls: readonly Control[]) =>
  controls.map((control) => (control.id === id ? Object.freeze(change(control)) : control));

const byId = (id: string): Control => {
  const found = policy.controls.find((control) => control.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

function changesOf(from: Policy, to: Policy, id: string): readonly ControlFieldChange[] {
  return diffPolicies(from, to).controls.changed.find((each) => each.id === id)?.changes ?? [];
}

const lines = (from: Policy, to: Policy, locale: "ja" | "en") => renderPolicyDiffMarkdown(diffPolicies(from, to), locale).split("\n");

describe("diffPolicies: parameters in every shape", () => {
  const spec = byId("training-interval").parameters["trainingIntervalMonths"]!;

  it("a parameter whose stricter side flips: unknown, no stricter hint, rendered without it", () => {
    const to = nextVersion({ controls: replaceControl("training-interval", (c) => ({ ...c, parameters: { ...c.parameters, trainingIntervalMonths: { ...spec, stricter: "higher" } } })) });
    expect(changesOf(policy, to, "training-interval")).toEqual([
      { field: "parameter", name: "trainingIntervalMonths", before: 24, after: 24, unit: "months", stricter: undefined, direction: "unknown", bump: "minor" },
    ]);
    expect(lines(policy, to, "en")).toContain("| Parameter `trainingIntervalMonths` (months) | 24 | 24 | unknown (either way) |");
  });

  it("a parameter whose spec changes but whose value does not: neutral, patch", () => {
    const to = nextVersion({ controls: replaceControl("training-interval", (c) => ({ ...c, parameters: { ...c.parameters, trainingIntervalMonths: { ...spec, max: spec.max + 1 } } })) });
    const diff = diffPolicies(policy, to);
    expect(diff.controls.changed[0]?.changes).toEqual([
      { field: "parameter", name: "trainingIntervalMonths", before: 24, after: 24, unit: "months", stricter: "lower", direction: "neutral", bump: "patch" },
    ]);
    expect(diff).toMatchObject({ direction: "neutral", mayTighten: false, mayLoosen: false, bump: "patch" });
    const ja = renderPolicyDiffMarkdown(diff, "ja").split("\n");
    expect(ja).toContain("- 判定への影響: **影響なし**");
    expect(ja).toContain("| パラメータ `trainingIntervalMonths` (months; 小さいほど厳格) | 24 | 24 | 影響なし |");
  });

  it("a parameter removed and one added: before or after missing, direction unknown", () => {
    const removed = nextVersion({ controls: replaceControl("training-interval", (c) => ({ ...c, parameters: { trainingCadenceFiscalYears: c.parameters["trainingCadenceFiscalYears"]! } })) });
    expect(changesOf(policy, removed, "training-interval")[0]).toEqual(
      { field: "parameter", name: "trainingIntervalMonths", before: 24, after: undefined, unit: "months", stricter: undefined, direction: "unknown", bump: "minor" },
    );
    expect(lines(policy, removed, "ja")).toContain("| パラメータ `trainingIntervalMonths` (months) | 24 | — | 不明（両方向あり得る） |");
    const added = changesOf(removed, policy, "training-interval");
    expect(added[0]).toEqual(
      { field: "parameter", name: "trainingIntervalMonths", before: undefined, after: 24, unit: "months", stricter: undefined, direction: "unknown", bump: "minor" },
    );
  });

  it("the same control object with a new parameter value is still compared", () => {
    const to = nextVersion({ parameters: { ...policy.parameters, "training-interval": { trainingCadenceFiscalYears: 1, trainingIntervalMonths: 36 } } });
    expect(changesOf(policy, to, "training-interval")).toMatchObject([{ before: 24, after: 36, direction: "looser", bump: "major" }]);
    expect(diffPolicies(policy, to)).toMatchObject({ direction: "looser", mayTighten: false, mayLoosen: true, bump: "major" });
    expect(lines(policy, to, "en")).toContain("- Effect on decisions: **looser**");
  });
});

describe("diffPolicies: gates, kinds, category, threats", () => {
  it("a gate flag changed: unknown, major, rendered as yes/no", () => {
    const to = nextVersion({ controls: replaceControl("scope-organization", (c) => ({ ...c, gate: false })) });
    expect(changesOf(policy, to, "scope-organization")).toEqual([{ field: "gate", before: true, after: false, direction: "unknown", bump: "major" }]);
    expect(lines(policy, to, "en")).toContain("| Scope gate | yes | no | unknown (either way) |");
    expect(lines(policy, to, "ja")).toContain("| 適用範囲の判定（ゲート） | はい | いいえ | 不明（両方向あり得る） |");
  });

  it("a gate's kinds changed: unknown whichever way", () => {
    const to = nextVersion({
      controls: replaceControl("scope-organization", (c) => {
        const { organization: _, ...checks } = c.checks;
        return { ...c, checks };
      }),
    });
    expect(changesOf(policy, to, "scope-organization")).toMatchObject([{ field: "kinds", direction: "unknown", bump: "minor" }]);
  });

  it("kinds: fewer is looser, more is stricter, swapped is unknown", () => {
    const encryption = byId("confidential-encryption");
    const fewer = nextVersion({ controls: replaceControl("confidential-encryption", (c) => ({ ...c, checks: { transfer: c.checks.transfer! } })) });
    expect(changesOf(policy, fewer, "confidential-encryption")).toContainEqual({
      field: "kinds",
      before: ["transfer", "carry-out"],
      after: ["transfer"],
      direction: "looser",
      bump: "major",
    });
    expect(changesOf(fewer, policy, "confidential-encryption")).toContainEqual({
      field: "kinds",
      before: ["transfer"],
      after: ["transfer", "carry-out"],
      direction: "stricter",
      bump: "minor",
    });
    const swapped = nextVersion({
      controls: replaceControl("confidential-encryption", (c) => ({ ...c, checks: { transfer: c.checks.transfer!, asset: byId("asset-classified").checks.asset! } })),
    });
    expect(changesOf(policy, swapped, "confidential-encryption").find((each) => each.field === "kinds")).toMatchObject({ direction: "unknown" });
    expect(encryption.gate).toBe(false);
  });

  it("kinds emptied and threats emptied render an em dash; category is a plain value", () => {
    const to = nextVersion({ controls: replaceControl("secure-development", (c) => ({ ...c, checks: {}, threats: [], category: "physical" as Control["category"] })) });
    const changes = changesOf(policy, to, "secure-development");
    expect(changes.map((each) => each.field)).toEqual(["kinds", "category", "threats"]);
    expect(changes.find((each) => each.field === "threats")).toMatchObject({ after: [], direction: "neutral", bump: "patch" });
    const en = lines(policy, to, "en");
    expect(en).toContain("| Applies to | organization | — | looser |");
    expect(en.some((line) => line.startsWith("| Threats countered |") && line.endsWith("| — | no effect |"))).toBe(true);
    expect(en.some((line) => line.startsWith("| Category |") && line.includes("| physical |"))).toBe(true);
  });
});

describe("diffPolicies: checks and verdicts", () => {
  it("a check replaced for a kind: its kind is named, direction unknown", () => {
    const to = nextVersion({
      controls: replaceControl("physical-measures", (c) => ({ ...c, checks: { asset: () => "replaced" } })),
    });
    const check = changesOf(policy, to, "physical-measures").find((each) => each.field === "check");
    expect(check).toEqual({ field: "check", kinds: ["asset"], removedVerdicts: [], addedVerdicts: [], direction: "unknown", bump: "minor" });
    expect(lines(policy, to, "en")).toContain("| Check logic or verdicts (asset) | — | — | unknown (either way) |");
  });

  it("a verdict reworded with the same status: wording only, neutral", () => {
    const to = nextVersion({
      controls: replaceControl("physical-measures", (c) => ({ ...c, verdicts: c.verdicts.map((v, i) => (i === 0 ? { ...v, message: { ja: "新しい文", en: "New words" } } : v)) })),
    });
    const check = changesOf(policy, to, "physical-measures").find((each) => each.field === "check");
    const status = byId("physical-measures").verdicts[0]!.status;
    expect(check).toMatchObject({ kinds: [], addedVerdicts: [`${status}: New words`], direction: "neutral", bump: "patch" });
    const row = lines(policy, to, "ja").find((line) => line.startsWith("| 判定の内容（検査・判定文） |"));
    expect(row).toContain(`${status}: New words`);
    expect(row).toMatch(/\| 影響なし \|$/);
  });

  it("a verdict with a computed message (a function) is compared through its default parameters", () => {
    const to = nextVersion({
      controls: replaceControl("training-interval", (c) => ({ ...c, verdicts: c.verdicts.filter((v) => typeof v.message !== "function") })),
    });
    const check = changesOf(policy, to, "training-interval").find((each) => each.field === "check");
    expect(check).toMatchObject({ kinds: [], addedVerdicts: [], direction: "unknown" });
    if (check?.field !== "check") throw new Error("no check change");
    // The four cadence verdicts worded from the parameters, as the defaults word them (毎年度).
    expect(check.removedVerdicts).toHaveLength(4);
    expect(check.removedVerdicts.some((text) => /every fiscal year|毎年度/.test(text))).toBe(true);
    expect(check.removedVerdicts.some((text) => text.includes("24"))).toBe(true);
  });
});

describe("diffPolicies: clauses, gate controls, glossary and other parts", () => {
  const withHeading = policy.clauses.find((clause) => clause.heading !== undefined)!;
  const withoutHeading = policy.clauses.find((clause) => clause.heading === undefined)!;

  it("a heading reworded in English only is neutral; in Japanese it is unknown", () => {
    const edit = (heading: Clause["heading"]) => nextVersion({ clauses: (cs) => cs.map((c) => (c === withHeading ? Object.freeze({ ...c, heading }) : c)) });
    const en = diffPolicies(policy, edit({ ...withHeading.heading!, en: "Another heading" }));
    expect(en.clauses.reworded).toMatchObject([{ ref: withHeading.ref, changed: ["heading"], direction: "neutral", bump: "patch" }]);
    expect(renderPolicyDiffMarkdown(en, "en").split("\n")).toContain(`#### ${withHeading.ref} (no effect)`);
    const ja = diffPolicies(policy, edit({ ...withHeading.heading!, ja: "別の見出し" }));
    expect(ja.clauses.reworded).toMatchObject([{ changed: ["heading"], direction: "unknown", bump: "minor" }]);
    expect(renderPolicyDiffMarkdown(ja, "ja")).toContain("> 別の見出し\n");
  });

  it("a clause without a heading removed: snapshot without heading, quoted paragraphs only", () => {
    const to = nextVersion({ clauses: (cs) => cs.filter((c) => c !== withoutHeading) });
    const diff = diffPolicies(policy, to);
    expect(diff.clauses.removed).toEqual([{ ref: withoutHeading.ref, paragraphs: withoutHeading.paragraphs }]);
    expect(diff.bump).toBe("major");
    const md = renderPolicyDiffMarkdown(diff, "en");
    expect(md).toContain(`### Removed\n\n#### ${withoutHeading.ref}\n\n> ${withoutHeading.paragraphs[0]!.en}`);
  });

  it("a gate control removed or added: unknown, major", () => {
    const without = nextVersion({ controls: (cs) => cs.filter((c) => c.id !== "scope-organization") });
    expect(diffPolicies(policy, without)).toMatchObject({ direction: "unknown", mayTighten: true, mayLoosen: true, bump: "major" });
    const back = diffPolicies(without, policy);
    expect(back).toMatchObject({ direction: "unknown", bump: "major" });
    expect(back.controls.added).toEqual([expect.objectContaining({ id: "scope-organization", gate: true, parameters: {} })]);
    expect(renderPolicyDiffMarkdown(back, "ja")).toContain("| `scope-organization` |");
    expect(renderPolicyDiffMarkdown(back, "ja")).toContain("| 認めない | — |");
  });

  it("a policy title changed: an other part, unknown, minor", () => {
    const to = nextVersion({ extra: { title: { ja: "別の題名", en: "Another title" } as Policy["title"] } });
    const diff = diffPolicies(policy, to);
    expect(diff.otherParts).toEqual(["title"]);
    expect(diff).toMatchObject({ direction: "unknown", bump: "minor" });
    expect(renderPolicyDiffMarkdown(diff, "en")).toContain("## Other changes\n\n- `title`\n");
  });

  it("glossary terms changed and removed between two overlays", () => {
    const term = (definition: string) => ({ id: "t1", term: { ja: "用語", en: "Term" }, definition: { ja: definition, en: definition }, clause: "3(2)" });
    const a = extendPolicy(policy, overlayWith({ glossary: [term("one"), { ...term("gone"), id: "t2" }] }) as unknown as Overlay);
    const b = extendPolicy(policy, overlayWith({ version: "1.1.0", glossary: [term("two")] }) as unknown as Overlay);
    const diff = diffPolicies(a, b);
    expect(diff.glossary.map((each) => [each.id, each.before?.definition.en, each.after?.definition.en])).toEqual([
      ["t1", "one", "two"],
      ["t2", "gone", undefined],
    ]);
    expect(diff).toMatchObject({ direction: "neutral", bump: "major" });
    const en = renderPolicyDiffMarkdown(diff, "en").split("\n");
    expect(en).toContain("| `t1` | Term: one | Term: two |");
    expect(en).toContain("| `t2` | Term: gone | — |");
    expect(diffPolicies(b, a).bump).toBe("minor");
    expect(diff.from.overlays).toEqual(["test-overlay@1.0.0"]);
  });
});

describe("diffPolicies: an organisation rule that gains a condition", () => {
  it("reports the rule change (a missing condition compared as {}) and renders it as JSON", async () => {
    const { ruleWith } = await import("../overlay/support.js");
    const a = extendPolicy(policy, overlayWith({ controls: [ruleWith()] }) as unknown as Overlay);
    const b = extendPolicy(policy, overlayWith({ version: "1.1.0", controls: [ruleWith({ when: { encrypted: [false] } })] }) as unknown as Overlay);
    const rule = changesOf(a, b, "org-test-rule").find((each) => each.field === "rule");
    expect(rule).toMatchObject({ before: { appliesTo: "transfer", when: {} }, after: { when: { encrypted: [false] } }, direction: "unknown", bump: "minor" });
    const row = lines(a, b, "en").find((line) => line.startsWith("| Rule (condition and requirement) |"));
    expect(row).toContain('"when":{}');
    expect(row).toMatch(/\| unknown \(either way\) \|$/);
  });
});
