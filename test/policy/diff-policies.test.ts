import { describe, expect, it } from "vitest";
import {
  diffPolicies,
  extendPolicy,
  policy,
  renderPolicyDiffMarkdown,
  type Clause,
  type Control,
  type ControlFieldChange,
  type Policy,
} from "../../src/index.js";
import * as core from "../../src/core.js";
import { overlayWith, ruleWith, samplePolicy } from "../overlay/support.js";

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Reflect.ownKeys(value).every((key) => isDeeplyFrozen((value as Record<PropertyKey, unknown>)[key], seen));
}

/** A hand-made "next version" of the shipped policy, for the kinds of change an overlay cannot make. */
function nextVersion(edit: { clauses?: (clauses: readonly Clause[]) => readonly Clause[]; controls?: (controls: readonly Control[]) => readonly Control[]; parameters?: Policy["parameters"] }): Policy {
  return Object.freeze({
    ...policy,
    version: "1.1.0",
    effectiveDate: "2027-04-01",
    clauses: Object.freeze(edit.clauses?.(policy.clauses) ?? policy.clauses),
    controls: Object.freeze(edit.controls?.(policy.controls) ?? policy.controls),
    parameters: edit.parameters ?? policy.parameters,
  });
}

const replaceControl = (id: string, change: (control: Control) => Control) => (controls: readonly Control[]) =>
  controls.map((control) => (control.id === id ? Object.freeze(change(control)) : control));

function changesOf(from: Policy, to: Policy, id: string): readonly ControlFieldChange[] {
  return diffPolicies(from, to).controls.changed.find((each) => each.id === id)?.changes ?? [];
}

describe("diffPolicies on two real policy values: the shipped policy and the sample overlay applied", () => {
  const diff = diffPolicies(policy, samplePolicy);

  it("names both sides with their versions, effective dates and overlays", () => {
    expect(diff.from).toEqual({ id: policy.id, version: "1.0.0", effectiveDate: "2026-11-25", overlays: [] });
    expect(diff.to).toEqual({ id: samplePolicy.id, version: "1.0.0+2026.4.0", effectiveDate: "2027-04-01", overlays: ["sample-organization-standards@2026.4.0"] });
  });

  it("finds the six organisation controls added, none removed, and no clause changed", () => {
    expect(diff.controls.added.map((control) => [control.id, control.provenance])).toEqual([
      ["org-no-outsider-sign-in-mynumber", "organization"],
      ["org-removable-media-transfer-encrypted", "organization"],
      ["org-removable-media-storage", "organization"],
      ["org-carry-out-approved-and-encrypted", "organization"],
      ["org-remote-access-no-confidentiality-3", "organization"],
      ["org-log-retention", "organization"],
    ]);
    expect(diff.controls.removed).toEqual([]);
    expect(diff.clauses).toEqual({ added: [], removed: [], reworded: [] });
  });

  it("finds every re-parameterised control with old and new values, and the withdrawn exception admission, all stricter", () => {
    const changed = Object.fromEntries(diff.controls.changed.map((each) => [each.id, each.changes]));
    expect(Object.keys(changed)).toEqual(["confidential-encryption", "locked-storage-of-media", "training-interval", "sign-in-authentication", "self-inspection-interval"]);
    expect(changed["training-interval"]).toEqual([
      { field: "parameter", name: "trainingIntervalMonths", before: 24, after: 6, unit: "months", stricter: "lower", direction: "stricter", bump: "minor" },
    ]);
    expect(changed["sign-in-authentication"]?.[0]).toMatchObject({ before: 1, after: 2, stricter: "higher", direction: "stricter" });
    expect(changed["confidential-encryption"]).toEqual([{ field: "admitsException", before: true, after: false, direction: "stricter", bump: "minor" }]);
  });

  it("summarises: stricter, can turn compliant into non-compliant, never the reverse, at least a minor bump", () => {
    expect(diff).toMatchObject({ empty: false, direction: "stricter", mayTighten: true, mayLoosen: false, bump: "minor" });
    expect(diff.glossary.map((term) => [term.id, term.before === undefined, term.after?.term.ja])).toEqual([
      ["removable-media", true, "可搬記憶媒体"],
      ["remote-work", true, "テレワーク"],
      ["logs", true, "ログ"],
    ]);
    expect(diff.otherParts).toEqual([]);
  });

  it("the reverse diff is looser and needs a major bump", () => {
    const reverse = diffPolicies(samplePolicy, policy);
    expect(reverse.controls.removed.map((control) => control.id)).toEqual(diff.controls.added.map((control) => control.id));
    expect(reverse).toMatchObject({ direction: "looser", mayTighten: false, mayLoosen: true, bump: "major" });
  });

  it("is deeply frozen, and the same in the core entry", () => {
    expect(isDeeplyFrozen(diff)).toBe(true);
    expect(core.diffPolicies).toBe(diffPolicies);
    expect(core.renderPolicyDiffMarkdown).toBe(renderPolicyDiffMarkdown);
  });

  it("renders as Markdown a reviewer can read, in English and in Japanese", async () => {
    const en = renderPolicyDiffMarkdown(diff, "en");
    const ja = renderPolicyDiffMarkdown(diff, "ja");
    expect(en.split("\n")[0]).toBe(`# Policy diff: ${policy.id} 1.0.0 → ${samplePolicy.id} 1.0.0+2026.4.0`);
    expect(en).toContain("| Parameter `trainingIntervalMonths` (months; lower is stricter) | 24 | 6 | stricter |");
    expect(en).toContain("- Can turn a compliant decision into non-compliant (or needs-review): **yes**");
    expect(ja).toContain("| パラメータ `trainingIntervalMonths` (months; 小さいほど厳格) | 24 | 6 | 厳格化 |");
    expect(ja).toContain("| `org-removable-media-storage` | 【サンプル】可搬記憶媒体の暗号化と施錠保管 | 7(2) | organization | asset | 認める | — |");
    for (const markdown of [en, ja]) {
      // Every table row has as many cells as its header.
      const lines = markdown.split("\n");
      lines.forEach((line, i) => {
        if (!line.startsWith("|") || line.startsWith("|---")) return;
        let header = i;
        while (header > 0 && lines[header - 1]?.startsWith("|")) header--;
        const cells = (row: string) => row.replace(/\\\|/g, "").split("|").length;
        expect(cells(line), line).toBe(cells(lines[header] as string));
      });
    }
    await expect(en).toMatchFileSnapshot("__snapshots__/sample-overlay-diff.en.md");
    await expect(ja).toMatchFileSnapshot("__snapshots__/sample-overlay-diff.ja.md");
  });
});

describe("diffPolicies finds each kind of change", () => {
  it("identical policies: empty, neutral, no bump", () => {
    const diff = diffPolicies(policy, policy);
    expect(diff).toMatchObject({ empty: true, direction: "neutral", mayTighten: false, mayLoosen: false, bump: "none" });
    expect(renderPolicyDiffMarkdown(diff, "en")).toContain("## Summary\n\nNo change.");
  });

  it("a clause reworded in Japanese (the policy itself changed): both texts, direction unknown, minor", () => {
    const next = nextVersion({
      clauses: (clauses) => clauses.map((clause) => (clause.ref === "8" ? { ...clause, paragraphs: [{ ja: "監査を毎年実施する。", en: "Audit every year." }] } : clause)),
    });
    const [reworded] = diffPolicies(policy, next).clauses.reworded;
    expect(reworded).toMatchObject({ ref: "8", changed: ["text-ja", "text-en"], direction: "unknown", bump: "minor" });
    expect(reworded?.before.paragraphs).toEqual(policy.clauses.find((clause) => clause.ref === "8")?.paragraphs);
    expect(reworded?.after.paragraphs).toEqual([{ ja: "監査を毎年実施する。", en: "Audit every year." }]);
    expect(renderPolicyDiffMarkdown(diffPolicies(policy, next), "ja")).toContain("> 監査を毎年実施する。");
  });

  it("a clause whose translation only changed: neutral, patch", () => {
    const next = nextVersion({
      clauses: (clauses) => clauses.map((clause) => (clause.ref === "1" ? { ...clause, paragraphs: clause.paragraphs.map((p) => ({ ...p, en: `${p.en} (revised)` })) } : clause)),
    });
    const diff = diffPolicies(policy, next);
    expect(diff.clauses.reworded).toMatchObject([{ ref: "1", changed: ["text-en"], direction: "neutral", bump: "patch" }]);
    expect(diff).toMatchObject({ direction: "neutral", mayTighten: false, mayLoosen: false, bump: "patch" });
  });

  it("clauses added and removed", () => {
    const extra: Clause = { ...(policy.clauses.find((clause) => clause.ref === "7(8)") as Clause), ref: "7(9)", item: 9, marker: "（９）" };
    const next = nextVersion({ clauses: (clauses) => [...clauses.filter((clause) => clause.ref !== "11"), extra] });
    const diff = diffPolicies(policy, next);
    expect(diff.clauses.added.map((clause) => clause.ref)).toEqual(["7(9)"]);
    expect(diff.clauses.removed.map((clause) => clause.ref)).toEqual(["11"]);
    expect(diff.bump).toBe("major");
  });

  it("a control removed: looser, major", () => {
    const diff = diffPolicies(policy, nextVersion({ controls: (controls) => controls.filter((control) => control.id !== "malware-protection") }));
    expect(diff.controls.removed.map((control) => control.id)).toEqual(["malware-protection"]);
    expect(diff).toMatchObject({ direction: "looser", mayLoosen: true, bump: "major" });
  });

  it("a control changed in provenance, clause, exception admission, texts and kinds", () => {
    const next = nextVersion({
      controls: replaceControl("training-interval", (control) => ({
        ...control,
        provenance: "organization",
        basis: undefined,
        clause: "7",
        admitsException: false,
        requirement: { ja: "半年ごとに教育する。", en: "Train every six months." },
      })),
    });
    expect(changesOf(policy, next, "training-interval").map((change) => [change.field, change.direction, change.bump])).toEqual([
      ["provenance", "neutral", "minor"],
      ["clause", "neutral", "patch"],
      ["admitsException", "stricter", "minor"],
      ["requirement", "neutral", "patch"],
    ]);
    const admitting = nextVersion({ controls: replaceControl("mynumber-no-carry-out", (control) => ({ ...control, admitsException: true })) });
    expect(changesOf(policy, admitting, "mynumber-no-carry-out")).toEqual([{ field: "admitsException", before: false, after: true, direction: "looser", bump: "major" }]);
  });

  it("a control's check or verdicts changed: the logic may differ, direction unknown", () => {
    const next = nextVersion({
      controls: replaceControl("malware-protection", (control) => ({ ...control, checks: { asset: () => Object.keys(control.verdictsByName)[0] as never } })),
    });
    expect(changesOf(policy, next, "malware-protection")).toMatchObject([{ field: "check", kinds: ["asset"], direction: "unknown", bump: "minor" }]);
  });

  it("a parameter loosened in a new version: looser, major", () => {
    const next = nextVersion({ parameters: { ...policy.parameters, "audit-interval": { auditCadenceFiscalYears: 2, auditIntervalMonths: 24 } } });
    expect(changesOf(policy, next, "audit-interval")).toEqual([
      { field: "parameter", name: "auditCadenceFiscalYears", before: 1, after: 2, unit: "fiscal-years", stricter: "lower", direction: "looser", bump: "major" },
    ]);
  });

  it("an organisation control keeps its rule as frozen data on the control, and the diff compares that data", () => {
    const rule = ruleWith({ when: { channel: ["removable-media"] } });
    const a = extendPolicy(policy, overlayWith({ controls: [rule] }) as never);
    const control = a.controls.find((each) => each.id === "org-test-rule");
    expect(control?.rule).toMatchObject({ appliesTo: rule["appliesTo"], when: { channel: ["removable-media"] }, require: rule["require"] });
    expect(control?.rule).not.toBe(rule);
    expect(Object.isFrozen(control?.rule) && Object.isFrozen((control?.rule as { when: object }).when)).toBe(true);
    // The same rule compiled twice (two closures): no change; a control written in code carries no rule.
    const again = extendPolicy(policy, overlayWith({ version: "1.0.1", controls: [rule] }) as never);
    expect(changesOf(a, again, "org-test-rule")).toEqual([]);
    expect(policy.controls.every((each) => each.rule === undefined)).toBe(true);
    // A rule swapped in as data (same check closure) is seen: the diff reads the rule, not the function.
    const swapped: Policy = Object.freeze({
      ...a,
      controls: Object.freeze(a.controls.map((each) => (each.id === "org-test-rule" ? Object.freeze({ ...each, rule: Object.freeze({ ...each.rule, when: { channel: ["email"] } }) }) : each))),
    });
    expect(changesOf(a, swapped, "org-test-rule")).toMatchObject([{ field: "rule", before: { when: { channel: ["removable-media"] } }, after: { when: { channel: ["email"] } } }]);
  });

  it("two overlays whose organisation control of one id has different rules: the rule change is reported", () => {
    const a = extendPolicy(policy, overlayWith({ controls: [ruleWith({ when: { channel: ["removable-media"] } })] }) as never);
    const b = extendPolicy(policy, overlayWith({ version: "1.1.0", controls: [ruleWith({ when: { channel: ["removable-media", "email"] } })] }) as never);
    const changes = changesOf(a, b, "org-test-rule");
    expect(changes).toMatchObject([{ field: "rule", direction: "unknown", before: { when: { channel: ["removable-media"] } }, after: { when: { channel: ["removable-media", "email"] } } }]);
  });

  it("Markdown cells are escaped: a pipe or a newline in a text cannot break a table", () => {
    const next = nextVersion({
      controls: replaceControl("malware-protection", (control) => ({ ...control, title: { ja: "不正|プログラム\n対策", en: "Malware | protection\nnew" } })),
    });
    const markdown = renderPolicyDiffMarkdown(diffPolicies(policy, next), "en");
    expect(markdown).toContain("| Title | Malware protection | Malware \\| protection<br>new | no effect |");
  });
});
